package nl.doorlopendelijn.dossiers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Test helper: dossiers through the real API, with unique data so tests never depend on an empty table. */
final class DossierApi {

  private final WebTestClient web;

  DossierApi(WebTestClient web) {
    this.web = web;
  }

  static Map<String, Object> invoer(String gemeente, String azc, UUID contactpersoon) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gemeente", gemeente);
    m.put("azcLocatie", azc);
    m.put("koppelingsdatum", LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(3).toString());
    m.put("factoren", Map.of("afstandTotAzcKm", 30, "verwachteMaandenTotWoning", 5, "kanReizen", true,
        "digitaalVaardig", false));
    // a vaste contactpersoon must be a contact of the dossier's gemeente (issue 14): the fixture's id becomes one
    m.put("vasteContactpersoonId", TestContactpersonen.alsVanGemeente(contactpersoon, gemeente).toString());
    m.put("persoon", nl.doorlopendelijn.testsupport.TestPersonen.persoon());
    return m;
  }

  /** Creates a dossier and returns its JSON as a map. */
  @SuppressWarnings("unchecked")
  Map<String, Object> maak(String token, String regio, Map<String, Object> invoer) {
    return web.post().uri("/api/v1/regios/{regio}/dossiers", regio)
        .headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(invoer)
        .exchange()
        .expectStatus().isCreated()
        .expectBody(Map.class).returnResult().getResponseBody();
  }

  Map<String, Object> maak(String token, String regio, String gemeente, String azc, UUID contactpersoon) {
    return maak(token, regio, invoer(gemeente, azc, contactpersoon));
  }

  static String traceparent(String traceId) {
    return "00-" + traceId + "-" + "0123456789abcdef" + "-01";
  }

  static String nieuweTrace() {
    return UUID.randomUUID().toString().replace("-", "");
  }
}
