package nl.doorlopendelijn.tenancy;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static nl.doorlopendelijn.testsupport.TestIssuers.NOORDOOST_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@PlatformTest
class RegionIsolationTest {

  private static final TestIssuers issuers = TestIssuers.shared();

  @Autowired
  WebTestClient web;

  @Test
  void coordinatorZietEigenRegio() {
    web.get().uri("/api/v1/regios/hart-van-brabant")
        .headers(h -> h.setBearerAuth(issuers.regioCoordinator(HART_VAN_BRABANT)))
        .exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals("API-Version", "1.0.0")
        .expectBody()
        .jsonPath("$.slug").isEqualTo("hart-van-brabant")
        .jsonPath("$.naam").isEqualTo("Hart van Brabant");
  }

  @Test
  void gemeentenKomenUitDeTenantTabelVanDeEigenRegio() {
    web.get().uri("/api/v1/regios/hart-van-brabant/gemeenten")
        .headers(h -> h.setBearerAuth(issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855")))
        .exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.gemeenten.length()").isEqualTo(9)
        .jsonPath("$.gemeenten[?(@.cbsCode == 'GM0855')].naam").isEqualTo("Tilburg")
        .jsonPath("$.gemeenten[?(@.cbsCode == 'GM0828')]").doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/regios/noordoost-brabant", "/api/v1/regios/noordoost-brabant/gemeenten",
      "/api/v1/regios/bestaat-niet", "/api/v1/regios/bestaat-niet/gemeenten"})
  void tokenVanRegioAOpPadVanRegioBGeeft404ZonderIetsTePrijsgeven(String path) {
    String body = web.get().uri(path)
        .headers(h -> h.setBearerAuth(issuers.regioCoordinator(HART_VAN_BRABANT)))
        .exchange()
        .expectStatus().isNotFound()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().valueEquals("API-Version", "1.0.0")
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(body).doesNotContain("Noordoost", "Oss", "GM0828", "Overloon", "Exception", "at nl.");
  }

  @Test
  void antwoordOpBestaandeEnOnbestaandeRegioIsGelijk() {
    String token = issuers.regioCoordinator(NOORDOOST_BRABANT);
    String foreign = web.get().uri("/api/v1/regios/hart-van-brabant").headers(h -> h.setBearerAuth(token))
        .exchange().expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();
    String missing = web.get().uri("/api/v1/regios/nergens").headers(h -> h.setBearerAuth(token))
        .exchange().expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();
    assertThat(foreign.replace("/hart-van-brabant", "")).isEqualTo(missing.replace("/nergens", ""));
  }

  @Test
  void coaEnPlatformTokensBetredenNogGeenRegio() {
    for (String token : List.of(issuers.coaLiaison("AZC-GILZE"), issuers.platformOperator())) {
      web.get().uri("/api/v1/regios/hart-van-brabant").headers(h -> h.setBearerAuth(token))
          .exchange().expectStatus().isNotFound();
    }
  }

  @Test
  void azcLocatiesZijnLandelijkeReferentiedata() {
    for (String token : List.of(issuers.regioCoordinator(HART_VAN_BRABANT), issuers.coaLiaison("AZC-OVERLOON"))) {
      web.get().uri("/api/v1/azc-locaties").headers(h -> h.setBearerAuth(token))
          .exchange().expectStatus().isOk()
          .expectBody()
          .jsonPath("$.azcLocaties[?(@.code == 'AZC-OISTERWIJK')].plaats").isEqualTo("Oisterwijk");
    }
  }
}
