package nl.doorlopendelijn.testsupport;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Test fixture: a samenwerkingsafspraak between a gemeente and an azc, submitted for signing (past concept), so the
 * azc's COA liaisons work in that region. Synthetic data, through the agreements API as a regio-coördinator.
 */
public final class TestAfspraken {

  private TestAfspraken() {}

  /** Creates the agreement and submits it for signing; returns its id. */
  @SuppressWarnings("unchecked")
  public static String terOndertekening(WebTestClient web, String regio, String azc, String gemeente) {
    String token = TestIssuers.shared().regioCoordinator(regio);
    String pad = "/api/v1/regios/" + regio + "/samenwerkingsafspraken";
    Map<String, Object> body = Map.of(
        "azc", Map.of("code", azc, "contactpersoonId", TestContactpersonen.nieuw(azc).toString()),
        "gemeenten", List.of(Map.of("cbsCode", gemeente, "contactpersoonId", TestContactpersonen.nieuw(azc).toString())),
        "scenario", "snelle-start",
        "geldigVanaf", "2026-01-01",
        "afspraken", "Testafspraak");
    Map<String, Object> afspraak = web.post().uri(pad).headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
        .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    String id = (String) afspraak.get("id");
    web.post().uri(pad + "/" + id + "/ter-ondertekening").headers(h -> h.setBearerAuth(token))
        .exchange().expectStatus().isOk();
    return id;
  }
}
