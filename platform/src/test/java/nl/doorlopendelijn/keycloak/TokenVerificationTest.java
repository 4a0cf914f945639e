package nl.doorlopendelijn.keycloak;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static nl.doorlopendelijn.testsupport.TestIssuers.UNTRUSTED;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Tokens are really signed (several issuers) and really verified; every bad token is a 401 problem. */
@PlatformTest
class TokenVerificationTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String PATH = "/api/v1/regios/hart-van-brabant";

  @Autowired
  WebTestClient web;

  static Map<String, Object> coordinatorClaims(String realm, Instant issuedAt, Duration lifetime) {
    return issuers.claims(realm, "coordinator", List.of("regio-coordinator"), Map.of(), issuedAt, lifetime);
  }

  static Stream<Arguments> ongeldigeTokens() {
    Instant now = Instant.now();
    String valid = issuers.regioCoordinator(HART_VAN_BRABANT);
    String[] parts = valid.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
    String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(payload.replace("regio-coordinator", "regio-coordinatoR").getBytes()) + "." + parts[2];
    return Stream.of(
        Arguments.of("verlopen", issuers.sign(HART_VAN_BRABANT,
            coordinatorClaims(HART_VAN_BRABANT, now.minus(Duration.ofHours(2)), Duration.ofMinutes(5)))),
        Arguments.of("nog niet geldig", issuers.sign(HART_VAN_BRABANT,
            coordinatorClaims(HART_VAN_BRABANT, now.plus(Duration.ofHours(1)), Duration.ofMinutes(5)))),
        Arguments.of("onbekende uitgever", issuers.sign(UNTRUSTED,
            coordinatorClaims(UNTRUSTED, now, Duration.ofMinutes(5)))),
        Arguments.of("sleutel van een ander", TestIssuers.signWithForeignKey(
            coordinatorClaims(HART_VAN_BRABANT, now, Duration.ofMinutes(5)))),
        Arguments.of("sleutel van een andere regio", issuers.sign(TestIssuers.NOORDOOST_BRABANT,
            coordinatorClaims(HART_VAN_BRABANT, now, Duration.ofMinutes(5)))),
        Arguments.of("gewijzigde inhoud", tampered),
        Arguments.of("alg none", TestIssuers.unsigned(coordinatorClaims(HART_VAN_BRABANT, now, Duration.ofMinutes(5)))),
        Arguments.of("geen JWT", "dit-is-geen-token"),
        Arguments.of("verkeerde audience", issuers.sign(HART_VAN_BRABANT, withAudience(
            coordinatorClaims(HART_VAN_BRABANT, now, Duration.ofMinutes(5)), List.of("account")))));
  }

  private static Map<String, Object> withAudience(Map<String, Object> claims, List<String> aud) {
    var copy = new java.util.LinkedHashMap<>(claims);
    copy.put("aud", aud);
    return copy;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ongeldigeTokens")
  void ongeldigTokenGeeft401Probleem(String reden, String token) {
    web.get().uri(PATH).headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().valueEquals("API-Version", "1.0.0")
        .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
        .expectBody()
        .jsonPath("$.status").isEqualTo(401)
        .jsonPath("$.title").isEqualTo("Niet geauthenticeerd");
  }

  @Test
  void geenTokenGeeft401Probleem() {
    web.get().uri(PATH).exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
        .expectBody().jsonPath("$.status").isEqualTo(401);
  }

  @Test
  void geldigTokenWordtGeaccepteerd() {
    web.get().uri(PATH).headers(h -> h.setBearerAuth(issuers.regioCoordinator(HART_VAN_BRABANT)))
        .exchange().expectStatus().isOk();
  }
}
