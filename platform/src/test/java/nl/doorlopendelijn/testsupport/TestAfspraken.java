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
  public static String terOndertekening(WebTestClient web, String regio, String azc, String gemeente) {
    return terOndertekening(web, regio, azc, gemeente, "2026-01-01");
  }

  /**
   * An agreement signed by every party, so {@code actief}: in force when today lies within its validity (from
   * {@code geldigVanaf}, open-ended). Returns its id.
   */
  public static String actief(WebTestClient web, String regio, String azc, String gemeente, String geldigVanaf) {
    return actief(web, regio, azc, gemeente, geldigVanaf, Map.of());
  }

  /** As {@link #actief(WebTestClient, String, String, String, String)}, with these fields of the body instead. */
  public static String actief(WebTestClient web, String regio, String azc, String gemeente, String geldigVanaf,
      Map<String, Object> inhoud) {
    String id = terOndertekening(web, regio, azc, gemeente, geldigVanaf, inhoud);
    String pad = "/api/v1/regios/" + regio + "/samenwerkingsafspraken/" + id + "/ondertekeningen";
    web.post().uri(pad).headers(h -> h.setBearerAuth(TestIssuers.shared().gemeenteMedewerker(regio, gemeente)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("partij", gemeente))
        .exchange().expectStatus().isCreated();
    web.post().uri(pad).headers(h -> h.setBearerAuth(TestIssuers.shared().coaLiaison(azc)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("partij", azc))
        .exchange().expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("actief");
    return id;
  }

  /** Ends an agreement ({@code beeindigd}) as the region's coördinator. */
  public static void beeindig(WebTestClient web, String regio, String id) {
    web.post().uri("/api/v1/regios/" + regio + "/samenwerkingsafspraken/" + id + "/beeindigingen")
        .headers(h -> h.setBearerAuth(TestIssuers.shared().regioCoordinator(regio)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reden", "Test: afspraak afgelopen"))
        .exchange().expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("beeindigd");
  }

  private static String terOndertekening(WebTestClient web, String regio, String azc, String gemeente,
      String geldigVanaf) {
    return terOndertekening(web, regio, azc, gemeente, geldigVanaf, Map.of());
  }

  @SuppressWarnings("unchecked")
  private static String terOndertekening(WebTestClient web, String regio, String azc, String gemeente,
      String geldigVanaf, Map<String, Object> inhoud) {
    String token = TestIssuers.shared().regioCoordinator(regio);
    String pad = "/api/v1/regios/" + regio + "/samenwerkingsafspraken";
    Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of(
        "azc", Map.of("code", azc, "contactpersoonId", TestContactpersonen.nieuw(azc).toString()),
        "gemeenten", List.of(Map.of("cbsCode", gemeente, "contactpersoonId", TestContactpersonen.nieuw(azc).toString())),
        "scenario", "snelle-start",
        "geldigVanaf", geldigVanaf,
        "afspraken", "Testafspraak"));
    body.putAll(inhoud);
    Map<String, Object> afspraak = web.post().uri(pad).headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
        .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    String id = (String) afspraak.get("id");
    web.post().uri(pad + "/" + id + "/ter-ondertekening").headers(h -> h.setBearerAuth(token))
        .exchange().expectStatus().isOk();
    return id;
  }
}
