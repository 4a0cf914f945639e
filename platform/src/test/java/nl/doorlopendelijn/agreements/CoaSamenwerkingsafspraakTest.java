package nl.doorlopendelijn.agreements;

import static nl.doorlopendelijn.agreements.AfspraakApi.HVB;
import static nl.doorlopendelijn.agreements.AfspraakApi.NOB;
import static nl.doorlopendelijn.agreements.AfspraakApi.OISTERWIJK;
import static nl.doorlopendelijn.agreements.AfspraakApi.OVERLOON;
import static nl.doorlopendelijn.agreements.AfspraakApi.coa;
import static nl.doorlopendelijn.agreements.AfspraakApi.coordinator;
import static nl.doorlopendelijn.agreements.AfspraakApi.pad;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A COA liaison enters a region only where an agreement with their azc is past concept, and sees there only that
 * azc's agreements. AZC-OVERLOON in noordoost-brabant is used by this class alone (the concept-only case).
 */
@PlatformTest
class CoaSamenwerkingsafspraakTest {

  @Autowired
  WebTestClient web;

  AfspraakApi api() {
    return new AfspraakApi(web);
  }

  @Test
  void coaVanOisterwijkZietDeAfsprakenVanOisterwijkInBeideRegios() {
    String hvb = api().maakId(HVB, OISTERWIJK, "GM0824");
    api().terOndertekening(HVB, hvb);
    String nob = api().maakId(NOB, OISTERWIJK, "GM0865");
    api().terOndertekening(NOB, nob);
    String concept = api().maakId(NOB, OISTERWIJK, "GM0865");

    web.get().uri("/api/v1/azc-locaties/" + OISTERWIJK + "/samenwerkingsafspraken")
        .headers(h -> h.setBearerAuth(coa(OISTERWIJK))).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.samenwerkingsafspraken[?(@.id == '" + hvb + "')].regio").isEqualTo(HVB)
        .jsonPath("$.samenwerkingsafspraken[?(@.id == '" + nob + "')].regio").isEqualTo(NOB)
        .jsonPath("$.samenwerkingsafspraken[?(@.id == '" + concept + "')]").doesNotExist()
        .jsonPath("$.samenwerkingsafspraken[?(@.azc.code != '" + OISTERWIJK + "')]").doesNotExist();
    for (String regio : List.of(HVB, NOB)) {
      web.get().uri(pad(regio) + "?paginaGrootte=100").headers(h -> h.setBearerAuth(coa(OISTERWIJK))).exchange()
          .expectStatus().isOk().expectBody()
          .jsonPath("$.samenwerkingsafspraken[?(@.id == '" + (regio.equals(HVB) ? hvb : nob) + "')]").exists()
          .jsonPath("$.samenwerkingsafspraken[?(@.azc.code != '" + OISTERWIJK + "')]").doesNotExist()
          .jsonPath("$.samenwerkingsafspraken[?(@.status == 'concept')]").doesNotExist();
    }
    web.get().uri(pad(NOB) + "/" + concept).headers(h -> h.setBearerAuth(coa(OISTERWIJK))).exchange()
        .expectStatus().isNotFound();
    // Only the liaison's own azc, and only COA liaisons.
    for (String token : List.of(coa(OVERLOON), coordinator(HVB))) {
      web.get().uri("/api/v1/azc-locaties/" + OISTERWIJK + "/samenwerkingsafspraken")
          .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isNotFound();
    }
  }

  @Test
  void regioWaarDeEnigeAfspraakMetHetAzcEenConceptIsGeeftOveral404() {
    String overloon = api().maakId(NOB, OVERLOON, "GM1982");
    assertThat(statussenVanOverloonInNob()).as("AZC-OVERLOON in noordoost-brabant is voor deze test").containsOnly(
        "concept");

    String token = coa(OVERLOON);
    String base = "/api/v1/regios/" + NOB;
    for (String path : List.of(base, base + "/gemeenten", pad(NOB), pad(NOB) + "/" + overloon,
        pad(NOB) + "/" + overloon + "/versies", pad(NOB) + "/" + overloon + "/historie",
        pad(NOB) + "/" + overloon + "/ondertekeningen")) {
      String body = web.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange()
          .expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();
      assertThat(body).doesNotContain("Overloon", "GM1982", "concept");
    }
    api().onderteken(NOB, overloon, token, OVERLOON).expectStatus().isNotFound();
    web.get().uri("/api/v1/azc-locaties/" + OVERLOON + "/samenwerkingsafspraken")
        .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.samenwerkingsafspraken.length()").isEqualTo(0);

    // Past concept, the liaison of Overloon enters, and the liaison of Oisterwijk still sees none of it.
    api().terOndertekening(NOB, overloon);
    web.get().uri(pad(NOB) + "/" + overloon).headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ter-ondertekening");
    web.get().uri(pad(NOB) + "/" + overloon).headers(h -> h.setBearerAuth(coa(OISTERWIJK))).exchange()
        .expectStatus().isNotFound();
    api().onderteken(NOB, overloon, coa(OISTERWIJK), OVERLOON).expectStatus().isNotFound();
    api().onderteken(NOB, overloon, token, OVERLOON).expectStatus().isCreated();
    // Overloon has no agreement in Hart van Brabant.
    web.get().uri(pad(HVB)).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isNotFound();
  }

  @SuppressWarnings("unchecked")
  private List<String> statussenVanOverloonInNob() {
    Map<String, Object> body = web.get().uri(pad(NOB) + "?paginaGrootte=100&azc=" + OVERLOON)
        .headers(h -> h.setBearerAuth(coordinator(NOB))).exchange().expectStatus().isOk()
        .expectBody(AfspraakApi.MAP).returnResult().getResponseBody();
    return ((List<Map<String, Object>>) body.get("samenwerkingsafspraken")).stream()
        .map(m -> (String) m.get("status")).toList();
  }
}
