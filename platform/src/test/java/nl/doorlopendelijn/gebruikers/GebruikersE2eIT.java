package nl.doorlopendelijn.gebruikers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.keycloak.DemoUsers;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakLauncher;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakMail;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakPlatformTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The users of a region against the real Keycloak and GreenMail (issue 17): the coördinator of Hart van Brabant
 * invites a gemeente-medewerker, Keycloak mails her the link, she follows it in Chromium and chooses a password,
 * logs in, and her role works on a real endpoint; deactivated, the same still-valid token gets 401 at once; a role
 * the realm kind may not hold or a gemeente of another region is refused and changes nothing in Keycloak. The steps
 * build on each other, in order; one realm (hart-van-brabant) and one Keycloak for all of them.
 */
@KeycloakPlatformTest
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GebruikersE2eIT {

  private static final JsonMapper JSON = new JsonMapper();
  private static final KeycloakLauncher keycloak = KeycloakLauncher.shared();
  private static final String REALM = "hart-van-brabant";
  private static final String PAD = "/api/v1/gebruikers";
  private static final String UNIEK = UUID.randomUUID().toString().substring(0, 8);
  private static final String EMAIL = "medewerker-" + UNIEK + "@example.org";
  private static final String WACHTWOORD = "Eigen-wachtwoord-" + UNIEK;
  private static String coordinator;
  private static String id;
  private static String etag;

  @Autowired
  WebTestClient web;

  private static String coordinator() {
    if (coordinator == null) {
      coordinator = keycloak.passwordGrant(REALM, "hvb-coordinator", DemoUsers.PASSWORD);
    }
    return coordinator;
  }

  private static Map<String, Object> uitnodiging(String email, List<String> rollen, String gemeente) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("voornaam", "Femke");
    b.put("achternaam", "Test " + UNIEK);
    b.put("email", email);
    b.put("rollen", rollen);
    b.put("gemeente", gemeente);
    return b;
  }

  private static boolean inKeycloak(String email) {
    try (var admin = keycloak.adminClient()) {
      return !admin.realm(REALM).users().searchByEmail(email, true).isEmpty();
    }
  }

  @Test
  @Order(1)
  void eenRolDieDeRegioNietKanHoudenOfEenGemeenteVanEenAndereRegioMaaktNietsAan() {
    String coa = "coa-" + UNIEK + "@example.org";
    web.post().uri(PAD).headers(h -> h.setBearerAuth(coordinator()))
        .bodyValue(uitnodiging(coa, List.of("coa-liaison"), null)).exchange()
        .expectStatus().isForbidden()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    web.post().uri(PAD).headers(h -> h.setBearerAuth(coordinator()))
        .bodyValue(uitnodiging(coa, List.of("gemeente-medewerker", "platform-operator"), "GM0766")).exchange()
        .expectStatus().isForbidden();
    String oss = "oss-" + UNIEK + "@example.org";
    web.post().uri(PAD).headers(h -> h.setBearerAuth(coordinator()))
        .bodyValue(uitnodiging(oss, List.of("gemeente-medewerker"), "GM0828")).exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.invalidParams[?(@.name == 'gemeente')].code").isEqualTo("unknown");
    // every error at once
    Map<String, Object> fout = uitnodiging("geen-adres", List.of("tekenbevoegd", "bestaat-niet"), null);
    fout.put("voornaam", " ");
    web.post().uri(PAD).headers(h -> h.setBearerAuth(coordinator())).bodyValue(fout).exchange()
        .expectStatus().isBadRequest()
        .expectBody()
        .jsonPath("$.invalidParams[?(@.name == 'voornaam')]").exists()
        .jsonPath("$.invalidParams[?(@.name == 'email')]").exists()
        .jsonPath("$.invalidParams[?(@.name == 'rollen[1]')].code").isEqualTo("enum")
        .jsonPath("$.invalidParams[?(@.name == 'rollen')].code").isEqualTo("tekenbevoegd-zonder-gemeente");
    assertThat(inKeycloak(coa)).isFalse();
    assertThat(inKeycloak(oss)).isFalse();
    assertThat(KeycloakMail.shared().aantalAan(coa) + KeycloakMail.shared().aantalAan(oss)).isZero();
  }

  @Test
  @Order(2)
  void alleenDeCoordinatorBeheertGebruikers() {
    for (String token : List.of(keycloak.passwordGrant(REALM, "dongen-medewerker", DemoUsers.PASSWORD),
        keycloak.passwordGrant("coa", "coa-oisterwijk", DemoUsers.PASSWORD),
        keycloak.passwordGrant("platform", "operator", DemoUsers.PASSWORD))) {
      web.get().uri(PAD).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isForbidden();
      web.post().uri(PAD).headers(h -> h.setBearerAuth(token))
          .bodyValue(uitnodiging("x-" + UNIEK + "@example.org", List.of("dashboard-viewer"), null)).exchange()
          .expectStatus().isForbidden();
    }
  }

  @Test
  @Order(3)
  void uitnodigingKomtAanEnNaEenWachtwoordWerktDeRol() throws Exception {
    String sleutel = UUID.randomUUID().toString();
    var gemaakt = web.post().uri(PAD).headers(h -> {
          h.setBearerAuth(coordinator());
          h.set("Idempotency-Key", sleutel);
        })
        .bodyValue(uitnodiging(EMAIL, List.of("gemeente-medewerker"), "GM0766")).exchange()
        .expectStatus().isCreated()
        .expectBody(String.class).returnResult();
    JsonNode gebruiker = JSON.readTree(gemaakt.getResponseBody());
    id = gebruiker.path("id").asString();
    assertThat(gemaakt.getResponseHeaders().getLocation()).hasToString(PAD + "/" + id);
    assertThat(gebruiker.path("status").asString()).isEqualTo("uitgenodigd");
    assertThat(gebruiker.path("gemeente").path("naam").asString()).isEqualTo("Dongen");
    assertThat(gebruiker.path("rolNamen").get(0).asString()).isEqualTo("Medewerker van een gemeente");
    // the same request again: the first answer, no second account and no second mail
    web.post().uri(PAD).headers(h -> {
          h.setBearerAuth(coordinator());
          h.set("Idempotency-Key", sleutel);
        })
        .bodyValue(uitnodiging(EMAIL, List.of("gemeente-medewerker"), "GM0766")).exchange()
        .expectStatus().isCreated()
        .expectHeader().valueEquals("Idempotent-Replayed", "true")
        .expectHeader().valueEquals("Location", PAD + "/" + id);
    // the address once more, without the key: 409
    web.post().uri(PAD).headers(h -> h.setBearerAuth(coordinator()))
        .bodyValue(uitnodiging(EMAIL.toUpperCase(), List.of("dashboard-viewer"), null)).exchange()
        .expectStatus().isEqualTo(409);

    MimeMessage mail = KeycloakMail.shared().mailAan(EMAIL, Duration.ofSeconds(30)).orElseThrow(
        () -> new AssertionError("geen uitnodiging ontvangen voor " + EMAIL));
    String link = KeycloakMail.actielink(mail);
    assertThat(KeycloakMail.shared().aantalAan(EMAIL)).isEqualTo(1);
    assertThatThrownBy(() -> keycloak.passwordGrant(REALM, EMAIL, WACHTWOORD)).isNotNull();

    kiesWachtwoord(link, WACHTWOORD);

    String token = keycloak.passwordGrant(REALM, EMAIL, WACHTWOORD);
    web.get().uri("/api/v1/regios/" + REALM + "/dossiers").headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isOk();
    // her gemeente came with the invitation: a dossier of another gemeente she may not register
    web.get().uri(PAD + "/" + id).headers(h -> h.setBearerAuth(coordinator())).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("actief");
    String lijst = web.get().uri(PAD + "?paginaGrootte=100").headers(h -> h.setBearerAuth(coordinator())).exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    assertThat(lijst).contains(id, "\"paginering\"");
  }

  /** Follows the mail's link in Chromium, as she would: Keycloak's page to choose a password. */
  private static void kiesWachtwoord(String link, String wachtwoord) {
    try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(Path.of(System.getProperty("doorlopendelijn.chromium", "/usr/bin/chromium")))
            .setHeadless(true)
            .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
      Page page = browser.newPage();
      page.navigate(link);
      if (page.locator("#password-new").count() == 0) {
        // Keycloak first names the actions to perform, with a link to go on
        page.locator("a[href*='login-actions']").first().click();
      }
      page.locator("#password-new").fill(wachtwoord);
      page.locator("#password-confirm").fill(wachtwoord);
      page.locator("[type=submit]").first().click();
      page.waitForLoadState();
      assertThat(page.locator("#password-new").count()).as(page.content()).isZero();
    }
  }

  @Test
  @Order(4)
  void eenRolDieDeRegioNietKanHoudenWordtNietToegekendEnEenOudeVersieNiet() {
    etag = web.get().uri(PAD + "/" + id).headers(h -> h.setBearerAuth(coordinator())).exchange()
        .expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
    web.put().uri(PAD + "/" + id).headers(h -> {
          h.setBearerAuth(coordinator());
          h.setIfMatch(etag);
        })
        .bodyValue(Map.of("rollen", List.of("gemeente-medewerker", "coa-liaison"), "gemeente", "GM0766")).exchange()
        .expectStatus().isForbidden();
    Map<String, Object> andereRegio = new LinkedHashMap<>();
    andereRegio.put("rollen", List.of("gemeente-medewerker"));
    andereRegio.put("gemeente", "GM0828");
    web.put().uri(PAD + "/" + id).headers(h -> {
          h.setBearerAuth(coordinator());
          h.setIfMatch(etag);
        })
        .bodyValue(andereRegio).exchange()
        .expectStatus().isBadRequest();
    try (var admin = keycloak.adminClient()) {
      var user = admin.realm(REALM).users().get(id);
      assertThat(user.roles().realmLevel().listAll()).extracting(r -> r.getName())
          .contains("gemeente-medewerker").doesNotContain("coa-liaison");
      assertThat(user.toRepresentation().getAttributes().get("gemeente")).containsExactly("GM0766");
    }
    // a change against the version she saw
    String nieuw = web.put().uri(PAD + "/" + id).headers(h -> {
          h.setBearerAuth(coordinator());
          h.setIfMatch(etag);
        })
        .bodyValue(Map.of("rollen", List.of("gemeente-medewerker", "tekenbevoegd"), "gemeente", "GM0855")).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.gemeente.naam").isEqualTo("Tilburg")
        .returnResult().getResponseHeaders().getETag();
    assertThat(nieuw).isNotEqualTo(etag);
    // and one against the version before it: 412, nothing changed
    web.put().uri(PAD + "/" + id).headers(h -> {
          h.setBearerAuth(coordinator());
          h.setIfMatch(etag);
        })
        .bodyValue(Map.of("rollen", List.of("dashboard-viewer"))).exchange()
        .expectStatus().isEqualTo(412);
    // her own account the coördinator does not change
    String zelf = keycloak.passwordGrant(REALM, "hvb-coordinator", DemoUsers.PASSWORD);
    String eigenId = JSON.readTree(new String(java.util.Base64.getUrlDecoder().decode(zelf.split("\\.")[1])))
        .path("sub").asString();
    web.post().uri(PAD + "/" + eigenId + "/deactiveringen").headers(h -> h.setBearerAuth(coordinator())).exchange()
        .expectStatus().isForbidden();
  }

  @Test
  @Order(5)
  void eenGedeactiveerdeGebruikerKrijgt401OpHaarVolgendeVerzoekMetHetzelfdeToken() {
    String token = keycloak.passwordGrant(REALM, EMAIL, WACHTWOORD);
    web.get().uri("/api/v1/regios/" + REALM + "/dossiers").headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isOk();

    web.post().uri(PAD + "/" + id + "/deactiveringen").headers(h -> h.setBearerAuth(coordinator())).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("gedeactiveerd");

    // the token has minutes to live, and is refused now
    web.get().uri("/api/v1/regios/" + REALM + "/dossiers").headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    assertThatThrownBy(() -> keycloak.passwordGrant(REALM, EMAIL, WACHTWOORD)).isNotNull();
    // repeating changes nothing
    web.post().uri(PAD + "/" + id + "/deactiveringen").headers(h -> h.setBearerAuth(coordinator())).exchange()
        .expectStatus().isOk();

    web.post().uri(PAD + "/" + id + "/heractiveringen").headers(h -> h.setBearerAuth(coordinator())).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("actief");
    String weer = keycloak.passwordGrant(REALM, EMAIL, WACHTWOORD);
    web.get().uri("/api/v1/regios/" + REALM + "/dossiers").headers(h -> h.setBearerAuth(weer)).exchange()
        .expectStatus().isOk();
  }

  @Test
  @Order(6)
  void elkeHandelingStaatInDeAuditVanDeRegioMetAlleenHetIdVanDeGebruiker() throws Exception {
    List<String> acties = new ArrayList<>();
    try (Connection c = TestDatabase.shared().connectAsApp()) {
      c.setAutoCommit(false);
      try (var bind = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        bind.setString(1, Region.idFor(REALM).toString());
        bind.execute();
      }
      leesAudit(c, acties);
      c.rollback();
    }
    assertThat(acties).contains("gebruiker.uitnodigen:gelukt", "gebruiker.wijzigen:gelukt",
        "gebruiker.wijzigen:geweigerd", "gebruiker.deactiveren:gelukt", "gebruiker.heractiveren:gelukt");
  }

  private static void leesAudit(Connection c, List<String> acties) throws Exception {
    try (PreparedStatement s = c.prepareStatement("""
            select actie, resultaat, object_ids::text from audit_record
            where tenant_id = ? and object_type = 'gebruiker' and object_ids @> array[?]::text[] order by id""")) {
      s.setObject(1, Region.idFor(REALM));
      s.setString(2, id);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          acties.add(rs.getString(1) + ":" + rs.getString(2));
          assertThat(rs.getString(3)).doesNotContain("@");
        }
      }
      try (PreparedStatement e = c.prepareStatement(
          "select count(*) from audit_record where array_to_string(object_ids, ',') ilike ?")) {
        e.setString(1, "%" + EMAIL + "%");
        try (ResultSet rs = e.executeQuery()) {
          rs.next();
          assertThat(rs.getLong(1)).isZero();
        }
      }
    }
  }
}
