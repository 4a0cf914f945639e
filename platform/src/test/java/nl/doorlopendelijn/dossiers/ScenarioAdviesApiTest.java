package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** POST /api/v1/scenario-adviezen: the default table at its edges, reasons in Dutch, every error at once. */
@PlatformTest
class ScenarioAdviesApiTest {

  private static final TestIssuers issuers = TestIssuers.shared();

  @Autowired
  WebTestClient web;

  @Test
  void tweeMaandenIsStartNaVerhuizingDrieNiet() {
    assertThat(advies(Map.of("afstandTotAzcKm", 80, "verwachteMaandenTotWoning", 2, "kanReizen", false,
        "digitaalVaardig", false)).get("scenario")).isEqualTo("start-na-verhuizing");
    assertThat(advies(Map.of("afstandTotAzcKm", 80, "verwachteMaandenTotWoning", 3, "kanReizen", false,
        "digitaalVaardig", false)).get("scenario")).isEqualTo("gecombineerde-aanpak");
  }

  @Test
  @SuppressWarnings("unchecked")
  void vijftigKilometerIsBereikbaarEenenvijftigNietMetRedenenEnAlternatieven() {
    Map<String, Object> vijftig = advies(Map.of("afstandTotAzcKm", 50, "verwachteMaandenTotWoning", 4,
        "kanReizen", true, "digitaalVaardig", false));
    assertThat(vijftig.get("scenario")).isEqualTo("snelle-start");
    assertThat((List<String>) vijftig.get("redenen")).anyMatch(r -> r.contains("50 km"));
    Map<String, Object> eenenvijftig = advies(Map.of("afstandTotAzcKm", 51, "verwachteMaandenTotWoning", 7,
        "kanReizen", true, "digitaalVaardig", false));
    assertThat(eenenvijftig.get("scenario")).isEqualTo("gecombineerde-aanpak");
    assertThat(eenenvijftig.get("bredeIntakeNaVoorinburgering")).isEqualTo(true);
    assertThat((List<Map<String, Object>>) eenenvijftig.get("alternatieven"))
        .extracting(a -> a.get("scenario")).containsExactlyInAnyOrder("snelle-start", "start-na-verhuizing");
    assertThat((List<Map<String, Object>>) eenenvijftig.get("alternatieven"))
        .allSatisfy(a -> assertThat((String) a.get("waaromNiet")).startsWith("Niet gekozen"));
  }

  @Test
  void ontbrekendeFactorenGevenAlleFoutenTegelijk() {
    web.post().uri("/api/v1/scenario-adviezen").headers(h -> h.setBearerAuth(issuers.coaLiaison("AZC-OISTERWIJK")))
        .bodyValue(Map.of("afstandTotAzcKm", -3)).exchange().expectStatus().isBadRequest()
        .expectBody().jsonPath("$.invalidParams.length()").isEqualTo(4);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> advies(Map<String, Object> factoren) {
    return web.post().uri("/api/v1/scenario-adviezen")
        .headers(h -> h.setBearerAuth(issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855")))
        .bodyValue(factoren).exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
  }
}
