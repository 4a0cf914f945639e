package nl.doorlopendelijn.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.stream.Stream;
import nl.doorlopendelijn.keycloak.provisioning.RealmFactory;
import nl.doorlopendelijn.testsupport.keycloak.DemoUsers;
import nl.doorlopendelijn.testsupport.keycloak.E2eRegions;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakLauncher;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakPlatformTest;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakPlatformTestInitializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The foundation's isolation rules, with tokens the real Keycloak issued (password grant) for every role and
 * region, verified by the platform against Keycloak's real JWKS.
 */
@KeycloakPlatformTest
@Order(2)
class EchteKeycloakTokensE2eIT {

  private static final KeycloakLauncher keycloak = KeycloakLauncher.shared();
  private static final String HVB = "hart-van-brabant";
  private static final String NOB = "noordoost-brabant";

  @Autowired
  WebTestClient web;

  static Stream<Arguments> regiogebruikers() {
    return Stream.of(
        Arguments.of(HVB, "hvb-coordinator", NOB),
        Arguments.of(HVB, "tilburg-medewerker", NOB),
        Arguments.of(HVB, "dongen-medewerker", NOB),
        Arguments.of(HVB, "hvb-viewer", NOB),
        Arguments.of(NOB, "nob-coordinator", HVB),
        Arguments.of(NOB, "oss-medewerker", HVB),
        Arguments.of(NOB, "nob-viewer", HVB));
  }

  @ParameterizedTest(name = "{1} ({0})")
  @MethodSource("regiogebruikers")
  void regiogebruikerLeestEigenRegioEnNietsVanDeAndere(String realm, String user, String andereRegio) {
    String token = keycloak.passwordGrant(realm, user, DemoUsers.PASSWORD);

    get("/api/v1/regios/" + realm, token).expectStatus().isOk()
        .expectBody().jsonPath("$.slug").isEqualTo(realm);
    get("/api/v1/regios/" + realm + "/gemeenten", token).expectStatus().isOk();
    for (String path : new String[] {"/api/v1/regios/" + andereRegio, "/api/v1/regios/" + andereRegio + "/gemeenten"}) {
      get(path, token).expectStatus().isNotFound()
          .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
    get("/api/v1/beheer/regios/" + realm, token).expectStatus().isForbidden()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void tilburgseMedewerkerLeestTilburgsRegioEnNietsVanNoordoostBrabant() {
    String token = keycloak.passwordGrant(HVB, "tilburg-medewerker", DemoUsers.PASSWORD);
    assertThat(E2eRegions.claims(token).path("gemeente").asString()).isEqualTo("GM0855");

    get("/api/v1/regios/hart-van-brabant", token).expectStatus().isOk()
        .expectBody().jsonPath("$.naam").isEqualTo("Hart van Brabant");
    get("/api/v1/regios/hart-van-brabant/gemeenten", token).expectStatus().isOk()
        .expectBody()
        .jsonPath("$.gemeenten.length()").isEqualTo(9)
        .jsonPath("$.gemeenten[?(@.cbsCode == 'GM0855')].naam").isEqualTo("Tilburg")
        .jsonPath("$.gemeenten[?(@.cbsCode == 'GM0828')]").doesNotExist();
    for (String path : new String[] {"/api/v1/regios/noordoost-brabant", "/api/v1/regios/noordoost-brabant/gemeenten"}) {
      String body = get(path, token).expectStatus().isNotFound()
          .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody(String.class).returnResult().getResponseBody();
      assertThat(body).doesNotContain("Noordoost", "Oss", "GM0828", "Overloon", "Exception", "at nl.");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"coa-oisterwijk", "coa-overloon"})
  void coaLiaisonBetreedtZonderAfsprakenGeenRegio(String user) {
    String token = keycloak.passwordGrant(RealmFactory.COA_REALM, user, DemoUsers.PASSWORD);

    get("/api/v1/regios/hart-van-brabant", token).expectStatus().isNotFound();
    get("/api/v1/regios/noordoost-brabant/gemeenten", token).expectStatus().isNotFound();
    get("/api/v1/azc-locaties", token).expectStatus().isOk();
    get("/api/v1/beheer/regios/hart-van-brabant", token).expectStatus().isForbidden();
  }

  @Test
  void platformbeheerderBeheertRegiosMaarBetreedtErGeen() {
    String token = keycloak.passwordGrant(RealmFactory.PLATFORM_REALM, "operator", DemoUsers.PASSWORD);

    get("/api/v1/regios/hart-van-brabant", token).expectStatus().isNotFound();
    get("/api/v1/beheer/regios/hart-van-brabant", token).expectStatus().isOk()
        .expectBody().jsonPath("$.bron").isEqualTo("descriptor").jsonPath("$.status").isEqualTo("actief");
  }

  /**
   * A client of the realm whose tokens live one second (Keycloak's client attribute {@code access.token.lifespan}),
   * so an expired token comes from Keycloak itself without waiting five minutes. The platform under test allows
   * {@value KeycloakPlatformTestInitializer#CLOCK_SKEW} of clock skew. Then the lifespan goes back to five minutes and
   * the refresh token of the same login gets a fresh access token, which works.
   */
  @Test
  void verlopenTokenGeeft401EnVernieuwdTokenWerkt() throws InterruptedException {
    String clientId = "e2e-kortlevend";
    setShortLivedClient(clientId, "1");
    var tokens = keycloak.passwordGrantTokens(HVB, clientId, "dongen-medewerker", DemoUsers.PASSWORD);
    long exp = E2eRegions.claims(tokens.accessToken()).path("exp").asLong();
    assertThat(exp - E2eRegions.claims(tokens.accessToken()).path("iat").asLong()).isEqualTo(1);

    long skew = Duration.parse(KeycloakPlatformTestInitializer.CLOCK_SKEW).toSeconds();
    long waitMillis = (exp + skew + 1) * 1000 - System.currentTimeMillis();
    Thread.sleep(Math.max(0, waitMillis));

    get("/api/v1/regios/hart-van-brabant", tokens.accessToken()).expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"");

    setShortLivedClient(clientId, "300");
    var refreshed = keycloak.refresh(HVB, clientId, tokens.refreshToken());
    assertThat(E2eRegions.claims(refreshed.accessToken()).path("preferred_username").asString())
        .isEqualTo("dongen-medewerker");
    get("/api/v1/regios/hart-van-brabant", refreshed.accessToken()).expectStatus().isOk();
  }

  /** Creates (or updates) a copy of the API client with the given access-token lifespan in seconds. */
  private static void setShortLivedClient(String clientId, String lifespanSeconds) {
    try (var admin = keycloak.adminClient()) {
      var clients = admin.realm(HVB).clients();
      var existing = clients.findByClientId(clientId);
      if (existing.isEmpty()) {
        var client = clients.findByClientId(RealmFactory.API_CLIENT_ID).get(0);
        client.setId(null);
        client.setClientId(clientId);
        client.getProtocolMappers().forEach(m -> m.setId(null));
        var attributes = new HashMap<>(client.getAttributes());
        attributes.put("access.token.lifespan", lifespanSeconds);
        client.setAttributes(attributes);
        clients.create(client).close();
      } else {
        var client = existing.get(0);
        var attributes = new HashMap<>(client.getAttributes());
        attributes.put("access.token.lifespan", lifespanSeconds);
        client.setAttributes(attributes);
        clients.get(client.getId()).update(client);
      }
    }
  }

  /**
   * One GET, asked once. The client waits longer (the test client's 30 s) than the platform's longest own bounded
   * wait (the region registry's first load, 15 s, then a 503): the "stall" once retried around here was a 15 s client
   * timeout that gave up on a request parked on that wait in the first seconds after the start (ADR 0006).
   */
  private WebTestClient.ResponseSpec get(String path, String token) {
    return web.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
  }
}
