package nl.doorlopendelijn.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.keycloak.RegionRealms;
import nl.doorlopendelijn.keycloak.provisioning.RealmFactory;
import nl.doorlopendelijn.keycloak.provisioning.RealmRoles;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.testsupport.keycloak.DemoUsers;
import nl.doorlopendelijn.testsupport.keycloak.E2eRegions;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakLauncher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Login through a gemeente's own identity provider (issue 17), in Chromium against the suite's real Keycloak. A
 * second realm plays Eersel's own IdP; its user's tokens forge the gemeente Bergeijk (another gemeente of the region)
 * and the role regio-coordinator. A region is onboarded through the API with that IdP in its descriptor, so its
 * realm is provisioned by the platform itself; the user logs in through the button on the region's login page and
 * works in the pages as a medewerker of Eersel, nothing more. Then the realm is mis-configured by hand (mappers that
 * take gemeente and role from the IdP's token): the platform still caps her, and the reconciler removes the forged
 * mappers. One IdP realm, one login with a password (the second is single sign-on at the IdP).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InloggenViaGemeenteIdpE2eIT {

  private static final String EERSEL = "GM0770";
  private static final String BERGEIJK = "GM1724";
  private static final String ALIAS = "gemeente-eersel";
  private static final String KNOP = "Inloggen met uw Eersel-account";
  private static final String BROKER_CLIENT = "doorlopende-lijn-broker";

  private static WebOmgeving omgeving;
  private static KeycloakLauncher keycloak;
  private static String regio;
  private static String idpRealm;
  private static String gebruiker;
  private static BrowserContext context;
  private static Page pagina;

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    keycloak = omgeving.keycloak;
    regio = E2eRegions.uniqueSlug("idp");
    String suffix = regio.substring(regio.lastIndexOf('-') + 1);
    idpRealm = "gemeente-eersel-idp-" + suffix;
    gebruiker = "eersel-" + suffix;
    String geheim = UUID.randomUUID().toString();
    String variabele = "DOORLOPENDE_LIJN_IDP_EERSEL_" + suffix.toUpperCase();
    // the secret reaches the platform as its operator would give it: by the name in the descriptor, never in it
    System.setProperty(variabele, geheim);
    maakIdpRealm(geheim);

    Map<String, Object> descriptor = new LinkedHashMap<>(E2eRegions.descriptor(regio));
    descriptor.put("identiteitsaanbieders", List.of(Map.of("alias", ALIAS, "naam", KNOP, "gemeente", EERSEL,
        "issuer", keycloak.issuer(idpRealm), "clientId", BROKER_CLIENT, "clientSecretVariabele", variabele)));
    var aangemeld = omgeving.api("POST", "/api/v1/beheer/regios", "platform", "operator",
        new JsonMapper().writeValueAsString(descriptor));
    assertThat(aangemeld.statusCode()).as(aangemeld.body()).isEqualTo(201);
    assertThat(aangemeld.body()).doesNotContain(geheim);
    context = omgeving.browser.newContext();
    pagina = context.newPage();
  }

  @AfterAll
  static void sluit() {
    if (context != null) {
      context.close();
    }
  }

  @Test
  @Order(1)
  void deRegiorealmBrokertDeIdpMetAlleenDeVasteGemeenteEnRol() {
    try (Keycloak admin = keycloak.adminClient()) {
      var idp = admin.realm(regio).identityProviders().get(ALIAS);
      var representatie = idp.toRepresentation();
      assertThat(representatie.isEnabled()).isTrue();
      assertThat(representatie.getConfig()).containsEntry("issuer", keycloak.issuer(idpRealm))
          .containsEntry("tokenUrl", keycloak.issuer(idpRealm) + "/protocol/openid-connect/token");
      assertThat(idp.getMappers()).extracting(m -> m.getIdentityProviderMapper() + " " + new java.util.TreeMap<>(m.getConfig()))
          .containsExactlyInAnyOrder(
              "hardcoded-attribute-idp-mapper {attribute=gemeente, attribute.value=GM0770, syncMode=FORCE}",
              "oidc-hardcoded-role-idp-mapper {role=gemeente-medewerker, syncMode=FORCE}");
    }
  }

  @Test
  @Order(2)
  void eenMedewerkerLogtInViaDeIdpVanHaarGemeenteEnWerktVoorEerselNietVoorBergeijk() {
    pagina.navigate(omgeving.urlA("/inloggen"));
    pagina.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
        new Page.GetByRoleOptions().setName(regioNaam()).setExact(false)).first().click();
    pagina.waitForURL(url -> url.startsWith(keycloak.issuer(regio)));
    // the region's own login page offers the gemeente's IdP next to the password form
    assertThat(pagina.locator("#social-" + ALIAS)).containsText(KNOP);
    pagina.locator("#social-" + ALIAS).click();
    pagina.waitForURL(url -> url.startsWith(keycloak.issuer(idpRealm)));
    pagina.locator("#username").fill(gebruiker);
    pagina.locator("#password").fill(DemoUsers.PASSWORD);
    pagina.locator("#kc-login").click();
    // first broker login creates her without asking anything: straight back to the platform
    pagina.waitForURL(url -> url.startsWith(omgeving.urlA("/")));

    pagina.navigate(omgeving.urlA("/regio/" + regio));
    assertThat(pagina.locator("main")).containsText("U werkt voor gemeente Eersel");
    assertThat(pagina.locator("main")).not().containsText("U werkt voor gemeente Bergeijk");
    assertThat(pagina.locator(".kop")).containsText("Eva Eersel");
    pagina.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("inloggen-via-gemeente-idp")));

    try (Keycloak admin = keycloak.adminClient()) {
      var users = admin.realm(regio).users();
      UserRepresentation zij = users.searchByUsername(gebruiker, true).get(0);
      assertThat(zij.getAttributes()).containsEntry(RealmFactory.GEMEENTE_ATTRIBUTE, List.of(EERSEL));
      assertThat(users.get(zij.getId()).roles().realmLevel().listEffective()).extracting(RoleRepresentation::getName)
          .contains(RealmRoles.GEMEENTE_MEDEWERKER).doesNotContain(RealmRoles.REGIO_COORDINATOR);
      assertThat(users.get(zij.getId()).getFederatedIdentity()).singleElement()
          .satisfies(link -> assertThat(link.getIdentityProvider()).isEqualTo(ALIAS));
    }
  }

  @Test
  @Order(3)
  void haarTokenNoemtDeIdpEnHetPlatformMaaktErEenMedewerkerVanEerselVan() {
    String token = tokenViaSso(false);
    var claims = E2eRegions.claims(token);
    assertThat(claims.path(RealmFactory.IDENTITY_PROVIDER_CLAIM).asString()).isEqualTo(ALIAS);
    assertThat(claims.path("gemeente").asString()).isEqualTo(EERSEL);
    assertThat(rollen(claims)).contains(RealmRoles.GEMEENTE_MEDEWERKER).doesNotContain(RealmRoles.REGIO_COORDINATOR);

    Caller caller = caller(token);
    assertThat(caller.regionSlug()).isEqualTo(regio);
    assertThat(caller.gemeenteCode()).isEqualTo(EERSEL);
    assertThat(caller.roles()).containsExactly(Role.GEMEENTE_MEDEWERKER);
    var gemeenten = omgeving.metToken("GET", "/api/v1/regios/" + regio + "/gemeenten", token, null);
    assertThat(gemeenten.statusCode()).as(gemeenten.body()).isEqualTo(200);
  }

  @Test
  @Order(4)
  void eenMetDeHandVerkeerdIngerichteRealmMaaktHaarNogSteedsGeenCoordinatorVanBergeijk() {
    try (Keycloak admin = keycloak.adminClient()) {
      var idp = admin.realm(regio).identityProviders().get(ALIAS);
      // someone "fixes" the realm by hand: gemeente and roles taken from the IdP's token
      idp.getMappers().stream().filter(m -> m.getIdentityProviderMapper().equals("hardcoded-attribute-idp-mapper"))
          .forEach(m -> idp.delete(m.getId()));
      idp.addMapper(idpMapper("gemeente uit het token", "oidc-user-attribute-idp-mapper",
          Map.of("claim", "gemeente", "user.attribute", "gemeente", "syncMode", "FORCE"))).close();
      idp.addMapper(idpMapper("coördinator uit het token", "oidc-role-idp-mapper",
          Map.of("claim", "realm_access.roles", "claim.value", RealmRoles.REGIO_COORDINATOR,
              "role", RealmRoles.REGIO_COORDINATOR, "syncMode", "FORCE"))).close();
    }
    String token = tokenViaSso(true);
    var claims = E2eRegions.claims(token);
    // the realm now passes the forgery on ...
    assertThat(claims.path(RealmFactory.IDENTITY_PROVIDER_CLAIM).asString()).isEqualTo(ALIAS);
    assertThat(claims.path("gemeente").asString()).isEqualTo(BERGEIJK);
    assertThat(rollen(claims)).contains(RealmRoles.REGIO_COORDINATOR);
    // ... the platform does not take it
    Caller caller = caller(token);
    assertThat(caller.gemeenteCode()).isEqualTo(EERSEL);
    assertThat(caller.roles()).containsExactly(Role.GEMEENTE_MEDEWERKER);
  }

  @Test
  @Order(5)
  void deReconcilerHaaltDeVervalsteMappersWegEnZetEenVerdwenenIdpTerug() {
    RegionRealms realms = omgeving.replicaA.getBean(RegionRealms.class);
    var descriptor = omgeving.replicaA.getBean(RegionRegistry.class).bySlug(regio).block().descriptor();
    try (Keycloak admin = keycloak.adminClient()) {
      RealmResource realm = admin.realm(regio);
      assertThat(realms.alignIdentityProviders(descriptor).block()).isTrue();
      assertThat(realm.identityProviders().get(ALIAS).getMappers()).extracting(m -> m.getIdentityProviderMapper())
          .containsExactlyInAnyOrder("hardcoded-attribute-idp-mapper", "oidc-hardcoded-role-idp-mapper");

      realm.identityProviders().get(ALIAS).remove();
      assertThat(realms.alignIdentityProviders(descriptor).block()).isTrue();
      assertThat(realm.identityProviders().get(ALIAS).toRepresentation().isEnabled()).isTrue();
      assertThat(realm.identityProviders().get(ALIAS).getMappers()).hasSize(2);
    }
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private static String regioNaam() {
    return (String) E2eRegions.descriptor(regio).get("naam");
  }

  /**
   * A fresh access token of the platform's own web client for the logged-in browser (its Keycloak session, no
   * password): the authorization code is taken from the redirect before the platform sees it. With {@code
   * opnieuwViaIdp} the region realm's session is ended first, so she comes through the IdP again (single sign-on
   * there) and the realm's broker mappers run once more.
   */
  private static String tokenViaSso(boolean opnieuwViaIdp) {
    if (opnieuwViaIdp) {
      try (Keycloak admin = keycloak.adminClient()) {
        var users = admin.realm(regio).users();
        users.get(users.searchByUsername(gebruiker, true).get(0).getId()).logout();
      }
    }
    String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
    String redirect = omgeving.urlA("/login/oauth2/code/" + regio);
    AtomicReference<String> code = new AtomicReference<>();
    // the redirect to the platform's callback, seen as the browser sends it (the platform cannot redeem the code:
    // it started no such login, and answers with its login page)
    java.util.function.Consumer<com.microsoft.playwright.Request> terugweg = request -> {
      if (request.url().startsWith(redirect + "?")) {
        for (String deel : URI.create(request.url()).getRawQuery().split("&")) {
          if (deel.startsWith("code=")) {
            code.set(java.net.URLDecoder.decode(deel.substring(5), StandardCharsets.UTF_8));
          }
        }
      }
    };
    pagina.onRequest(terugweg);
    try {
      pagina.navigate(keycloak.issuer(regio) + "/protocol/openid-connect/auth?client_id=" + RealmFactory.WEB_CLIENT_ID
          + "&response_type=code&scope=openid&state=" + UUID.randomUUID()
          + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8)
          + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256");
      if (opnieuwViaIdp) {
        pagina.locator("#social-" + ALIAS).click();
      }
      pagina.waitForCondition(() -> code.get() != null, new Page.WaitForConditionOptions().setTimeout(20_000));
    } catch (com.microsoft.playwright.TimeoutError e) {
      throw new AssertionError("geen code voor " + redirect + "; de browser staat op " + pagina.url() + ":\n"
          + pagina.locator("body").innerText(), e);
    } finally {
      pagina.offRequest(terugweg);
    }
    return keycloak.authorizationCode(regio, RealmFactory.WEB_CLIENT_ID, KeycloakLauncher.DEMO_WEB_CLIENT_SECRET,
        code.get(), redirect, verifier).accessToken();
  }

  /** The caller the platform (replica A) makes of a token: the same resolver its API uses. */
  @SuppressWarnings("unchecked")
  private static Caller caller(String token) {
    var resolver = (ReactiveAuthenticationManagerResolver<String>) omgeving.replicaA.getBean(
        "trustedIssuerAuthentication", ReactiveAuthenticationManagerResolver.class);
    return (Caller) resolver.resolve(keycloak.issuer(regio))
        .flatMap(manager -> manager.authenticate(new BearerTokenAuthenticationToken(token)))
        .block().getPrincipal();
  }

  private static List<String> rollen(tools.jackson.databind.JsonNode claims) {
    List<String> rollen = new ArrayList<>();
    claims.path("realm_access").path("roles").forEach(r -> rollen.add(r.asString()));
    return rollen;
  }

  private static String challenge(String verifier) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static IdentityProviderMapperRepresentation idpMapper(String naam, String type, Map<String, String> config) {
    var mapper = new IdentityProviderMapperRepresentation();
    mapper.setName(naam);
    mapper.setIdentityProviderAlias(ALIAS);
    mapper.setIdentityProviderMapper(type);
    mapper.setConfig(config);
    return mapper;
  }

  /**
   * Eersel's own IdP: a realm with a confidential client for the region's broker and a user whose tokens claim
   * gemeente Bergeijk (a hard-coded claim) and the realm role regio-coordinator (her role there, in the ID token).
   */
  private static void maakIdpRealm(String geheim) {
    try (Keycloak admin = keycloak.adminClient()) {
      var realm = new RealmRepresentation();
      realm.setRealm(idpRealm);
      realm.setDisplayName("Gemeente Eersel (test-IdP)");
      realm.setEnabled(true);
      var rol = new RoleRepresentation();
      rol.setName(RealmRoles.REGIO_COORDINATOR);
      var rollen = new org.keycloak.representations.idm.RolesRepresentation();
      rollen.setRealm(List.of(rol));
      realm.setRoles(rollen);

      var client = new ClientRepresentation();
      client.setClientId(BROKER_CLIENT);
      client.setEnabled(true);
      client.setProtocol("openid-connect");
      client.setPublicClient(false);
      client.setSecret(geheim);
      client.setStandardFlowEnabled(true);
      client.setDirectAccessGrantsEnabled(false);
      client.setRedirectUris(List.of(keycloak.issuer(regio) + "/broker/" + ALIAS + "/endpoint"));
      client.setProtocolMappers(List.of(
          protocolMapper("vervalste gemeente", "oidc-hardcoded-claim-mapper", Map.of(
              "claim.name", "gemeente", "claim.value", BERGEIJK, "jsonType.label", "String",
              "id.token.claim", "true", "access.token.claim", "true", "userinfo.token.claim", "true")),
          protocolMapper("rollen in het ID-token", "oidc-usermodel-realm-role-mapper", Map.of(
              "claim.name", "realm_access.roles", "multivalued", "true", "jsonType.label", "String",
              "id.token.claim", "true", "access.token.claim", "true", "userinfo.token.claim", "true"))));
      realm.setClients(List.of(client));

      var user = new UserRepresentation();
      user.setUsername(gebruiker);
      user.setEmail(gebruiker + "@eersel.example.org");
      user.setEmailVerified(true);
      user.setFirstName("Eva");
      user.setLastName("Eersel");
      user.setEnabled(true);
      user.setRealmRoles(List.of(RealmRoles.REGIO_COORDINATOR));
      var wachtwoord = new CredentialRepresentation();
      wachtwoord.setType(CredentialRepresentation.PASSWORD);
      wachtwoord.setValue(DemoUsers.PASSWORD);
      wachtwoord.setTemporary(false);
      user.setCredentials(List.of(wachtwoord));
      realm.setUsers(List.of(user));
      admin.realms().create(realm);
    }
  }

  private static ProtocolMapperRepresentation protocolMapper(String naam, String type, Map<String, String> config) {
    var mapper = new ProtocolMapperRepresentation();
    mapper.setName(naam);
    mapper.setProtocol("openid-connect");
    mapper.setProtocolMapper(type);
    mapper.setConfig(config);
    return mapper;
  }
}
