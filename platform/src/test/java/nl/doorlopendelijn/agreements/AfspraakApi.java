package nl.doorlopendelijn.agreements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Test fixture: drives the agreements API like a client would, with unique data per call. */
final class AfspraakApi {

  static final TestIssuers ISSUERS = TestIssuers.shared();
  static final String HVB = TestIssuers.HART_VAN_BRABANT;
  static final String NOB = TestIssuers.NOORDOOST_BRABANT;
  static final String OISTERWIJK = "AZC-OISTERWIJK";
  static final String OVERLOON = "AZC-OVERLOON";

  private final WebTestClient web;

  AfspraakApi(WebTestClient web) {
    this.web = web;
  }

  static String pad(String regio) {
    return "/api/v1/regios/" + regio + "/samenwerkingsafspraken";
  }

  static String coordinator(String regio) {
    return ISSUERS.regioCoordinator(regio);
  }

  static String medewerker(String regio, String gemeente) {
    return ISSUERS.gemeenteMedewerker(regio, gemeente);
  }

  static String coa(String azc) {
    return ISSUERS.coaLiaison(azc);
  }

  /** A valid body: the azc and gemeenten as parties, each with a fresh contact id, and a unique free text. */
  static Map<String, Object> verzoek(String azc, String... gemeenten) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("azc", Map.of("code", azc, "contactpersoonId", TestContactpersonen.nieuw().toString()));
    List<Map<String, Object>> gs = new ArrayList<>();
    for (String g : gemeenten) {
      gs.add(Map.of("cbsCode", g, "contactpersoonId", TestContactpersonen.nieuw().toString()));
    }
    b.put("gemeenten", gs);
    b.put("scenario", "snelle-start");
    b.put("geldigVanaf", "2026-01-01");
    b.put("afspraken", "Werkbezoek elk kwartaal " + UUID.randomUUID());
    return b;
  }

  Map<String, Object> maak(String regio, Map<String, Object> body) {
    return web.post().uri(pad(regio)).headers(h -> h.setBearerAuth(coordinator(regio)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
        .exchange().expectStatus().isCreated()
        .expectBody(MAP).returnResult().getResponseBody();
  }

  String maakId(String regio, String azc, String... gemeenten) {
    return (String) maak(regio, verzoek(azc, gemeenten)).get("id");
  }

  void terOndertekening(String regio, String id) {
    web.post().uri(pad(regio) + "/" + id + "/ter-ondertekening").headers(h -> h.setBearerAuth(coordinator(regio)))
        .exchange().expectStatus().isOk();
  }

  WebTestClient.ResponseSpec onderteken(String regio, String id, String token, String partij) {
    return web.post().uri(pad(regio) + "/" + id + "/ondertekeningen").headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("partij", partij)).exchange();
  }

  /** Signs for every party with its own token: gemeente-medewerkers, then the COA liaison. */
  void ondertekenDoorIedereen(String regio, String id, String azc, String... gemeenten) {
    for (String g : gemeenten) {
      onderteken(regio, id, medewerker(regio, g), g).expectStatus().isCreated();
    }
    onderteken(regio, id, coa(azc), azc).expectStatus().isCreated();
  }

  String actiefId(String regio, String azc, String... gemeenten) {
    String id = maakId(regio, azc, gemeenten);
    terOndertekening(regio, id);
    ondertekenDoorIedereen(regio, id, azc, gemeenten);
    return id;
  }

  Map<String, Object> haal(String regio, String id, String token) {
    return web.get().uri(pad(regio) + "/" + id).headers(h -> h.setBearerAuth(token))
        .exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
  }

  String status(String regio, String id) {
    return (String) haal(regio, id, coordinator(regio)).get("status");
  }

  String etag(String regio, String id) {
    return web.get().uri(pad(regio) + "/" + id).headers(h -> h.setBearerAuth(coordinator(regio)))
        .exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
  }

  static final org.springframework.core.ParameterizedTypeReference<Map<String, Object>> MAP =
      new org.springframework.core.ParameterizedTypeReference<>() {};
}
