package nl.doorlopendelijn.webui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;

/**
 * What a page session holds, as JSON: every kind of attribute Spring Security puts in a WebFlux session of an
 * OpenID Connect login comes back equal, and a row naming any other class is refused before anything is built.
 */
class SessieJsonTest {

  static final Instant NU = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  final SessieJson json = new SessieJson();

  static ClientRegistration registratie() {
    String realm = "https://kc.example/realms/hart-van-brabant/protocol/openid-connect";
    return ClientRegistration.withRegistrationId("hart-van-brabant")
        .clientId("doorlopende-lijn-web").clientSecret("geheim").clientName("Hart van Brabant")
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid", "profile")
        .authorizationUri(realm + "/auth").tokenUri(realm + "/token").jwkSetUri(realm + "/certs")
        .userInfoUri(realm + "/userinfo").userNameAttributeName("sub")
        .issuerUri("https://kc.example/realms/hart-van-brabant").build();
  }

  /** The attributes of a logged-in page session, with a second login under way and the page's saved request. */
  static Map<String, Object> ingelogd() {
    OidcIdToken idToken = new OidcIdToken("eyJ.id.token", NU, NU.plusSeconds(300), Map.of("sub", "u-1",
        "iss", "https://kc.example/realms/hart-van-brabant", "preferred_username", "coordinator",
        "aud", List.of("doorlopende-lijn-web"), "sid", "sessie-in-keycloak"));
    DefaultOidcUser gebruiker = new DefaultOidcUser(
        Set.of(new OidcUserAuthority(idToken), new SimpleGrantedAuthority("SCOPE_openid")), idToken, "sub");
    var authenticatie = new OAuth2AuthenticationToken(gebruiker, gebruiker.getAuthorities(), "hart-van-brabant");
    var client = new OAuth2AuthorizedClient(registratie(), "u-1",
        new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "eyJ.access", NU, NU.plusSeconds(300),
            Set.of("openid", "profile")), new OAuth2RefreshToken("eyJ.refresh", NU, NU.plusSeconds(1800)));
    var verzoek = OAuth2AuthorizationRequest.authorizationCode()
        .authorizationUri("https://kc.example/realms/noordoost-brabant/protocol/openid-connect/auth")
        .clientId("doorlopende-lijn-web").redirectUri("http://localhost/login/oauth2/code/noordoost-brabant")
        .scopes(Set.of("openid", "profile")).state("staat-1")
        .additionalParameters(Map.of("nonce", "n-1", "ui_locales", "nl"))
        .attributes(Map.of("registration_id", "noordoost-brabant")).build();
    Map<String, Object> a = new HashMap<>();
    a.put("SPRING_SECURITY_CONTEXT", new SecurityContextImpl(authenticatie));
    a.put("org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository"
        + ".AUTHORIZED_CLIENTS", new HashMap<>(Map.of("hart-van-brabant", client)));
    a.put("org.springframework.security.oauth2.client.web.server.WebSessionOAuth2ServerAuthorizationRequestRepository"
        + ".AUTHORIZATION_REQUEST", verzoek);
    a.put("org.springframework.security.web.server.csrf.WebSessionServerCsrfTokenRepository.CSRF_TOKEN",
        new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "csrf-1"));
    a.put("SPRING_SECURITY_SAVED_REQUEST", "/dossiers?status=gekoppeld");
    return a;
  }

  @Test
  void eenIngelogdeSessieKomtGelijkTerug() {
    Map<String, Object> terug = json.lees(json.schrijf(ingelogd()));

    assertThat(terug).containsOnlyKeys(ingelogd().keySet());
    var context = (SecurityContext) terug.get("SPRING_SECURITY_CONTEXT");
    var authenticatie = (OAuth2AuthenticationToken) context.getAuthentication();
    assertThat(authenticatie.getAuthorizedClientRegistrationId()).isEqualTo("hart-van-brabant");
    OidcUser gebruiker = (OidcUser) authenticatie.getPrincipal();
    assertThat(gebruiker.getName()).isEqualTo("u-1");
    assertThat(gebruiker.getIdToken().getTokenValue()).isEqualTo("eyJ.id.token");
    assertThat(gebruiker.getIdToken().getClaimAsString("sid")).isEqualTo("sessie-in-keycloak");
    assertThat(authenticatie.getAuthorities()).extracting(Object::toString)
        .containsExactlyInAnyOrderElementsOf(((SecurityContext) ingelogd().get("SPRING_SECURITY_CONTEXT"))
            .getAuthentication().getAuthorities().stream().map(Object::toString).toList());
    assertThat(authenticatie).isEqualTo(((SecurityContext) ingelogd().get("SPRING_SECURITY_CONTEXT"))
        .getAuthentication());

    @SuppressWarnings("unchecked")
    var clients = (Map<String, OAuth2AuthorizedClient>) terug.get(
        "org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository"
            + ".AUTHORIZED_CLIENTS");
    OAuth2AuthorizedClient client = clients.get("hart-van-brabant");
    assertThat(client.getAccessToken().getTokenValue()).isEqualTo("eyJ.access");
    assertThat(client.getAccessToken().getExpiresAt()).isEqualTo(NU.plusSeconds(300));
    assertThat(client.getRefreshToken().getTokenValue()).isEqualTo("eyJ.refresh");
    assertThat(client.getClientRegistration().getProviderDetails().getTokenUri()).endsWith("/token");

    var verzoek = (OAuth2AuthorizationRequest) terug.get("org.springframework.security.oauth2.client.web.server"
        + ".WebSessionOAuth2ServerAuthorizationRequestRepository.AUTHORIZATION_REQUEST");
    assertThat(verzoek.getState()).isEqualTo("staat-1");
    assertThat(verzoek.getAdditionalParameters()).containsEntry("nonce", "n-1");
    var csrf = (DefaultCsrfToken) terug.get(
        "org.springframework.security.web.server.csrf.WebSessionServerCsrfTokenRepository.CSRF_TOKEN");
    assertThat(csrf.getToken()).isEqualTo("csrf-1");
    assertThat(terug.get("SPRING_SECURITY_SAVED_REQUEST")).isEqualTo("/dossiers?status=gekoppeld");
  }

  @Test
  void hetIsLeesbareJsonZonderJavaSerialisatie() {
    String tekst = new String(json.schrijf(ingelogd()), StandardCharsets.UTF_8);

    assertThat(tekst).startsWith("{").contains("\"@class\"").contains("eyJ.access");
    assertThat(json.schrijf(ingelogd())[0]).isNotEqualTo((byte) 0xAC); // the magic of a Java serialization stream
  }

  /**
   * Classes a JSON gadget chain would name: none is on the allow-list, so the read fails before any of them is
   * built (whether or not the class is on the class path).
   */
  @Test
  void eenRijDieEenAndereKlasseNoemtWordtGeweigerd() {
    for (String klasse : List.of("java.net.URL", "org.springframework.context.support.FileSystemXmlApplicationContext",
        "java.lang.ProcessBuilder", "javax.naming.InitialContext", "java.util.concurrent.ConcurrentHashMap",
        "nl.doorlopendelijn.webui.session.SessieJson")) {
      String rij = "{\"@class\":\"java.util.HashMap\",\"x\":{\"@class\":\"" + klasse + "\",\"a\":\"b\"}}";
      assertThatThrownBy(() -> json.lees(rij.getBytes(StandardCharsets.UTF_8))).as(klasse)
          .isInstanceOf(RuntimeException.class);
    }
    String buitenaf = "{\"@class\":\"java.net.URL\",\"x\":1}";
    assertThatThrownBy(() -> json.lees(buitenaf.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RuntimeException.class);
  }
}
