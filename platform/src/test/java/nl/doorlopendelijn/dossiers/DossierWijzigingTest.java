package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/** ETags and If-Match (412 / 428) and every validation error at once (Idempotency-Key: DossierIdempotentieTest). */
@PlatformTest
class DossierWijzigingTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = "/api/v1/regios/hart-van-brabant/dossiers";

  @Autowired
  WebTestClient web;

  private final String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);

  @Test
  void wijzigenZonderIfMatchGeeft428EnMetVerouderdeETag412() {
    Map<String, Object> d = new DossierApi(web).maak(coordinator, "hart-van-brabant", "GM0855", "AZC-OISTERWIJK",
        UUID.randomUUID());
    String id = (String) d.get("id");
    Map<String, Object> invoer = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID());

    web.get().uri(HVB + "/{id}", id).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"");
    web.put().uri(HVB + "/{id}", id).headers(h -> h.setBearerAuth(coordinator))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(invoer)
        .exchange().expectStatus().isEqualTo(428);
    web.put().uri(HVB + "/{id}", id).headers(h -> {
      h.setBearerAuth(coordinator);
      h.setIfMatch("\"1\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(invoer)
        .exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"");
    web.put().uri(HVB + "/{id}", id).headers(h -> {
      h.setBearerAuth(coordinator);
      h.setIfMatch("\"1\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(invoer)
        .exchange().expectStatus().isEqualTo(412);
  }

  @Test
  void gelijktijdigeWijzigingenMetDezelfdeETagLatenPreciesEenWinnen() {
    Map<String, Object> d = new DossierApi(web).maak(coordinator, "hart-van-brabant", "GM0855", "AZC-OISTERWIJK",
        UUID.randomUUID());
    String id = (String) d.get("id");
    List<Integer> statussen = Flux.range(0, 8).parallel(8).runOn(Schedulers.boundedElastic())
        .map(i -> {
          Map<String, Object> invoer = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID());
          return web.mutate().responseTimeout(Duration.ofSeconds(30)).build()
              .put().uri(HVB + "/{id}", id).headers(h -> {
                h.setBearerAuth(coordinator);
                h.setIfMatch("\"1\"");
              }).contentType(MediaType.APPLICATION_JSON).bodyValue(invoer)
              .exchange().returnResult(String.class).getStatus().value();
        })
        .sequential().collectList().block(Duration.ofSeconds(60));
    assertThat(statussen).filteredOn(s -> s == 200).hasSize(1);
    assertThat(statussen).filteredOn(s -> s != 200).containsOnly(412);
  }

  @Test
  void ongeldigeInvoerGeeftAlleFoutenTegelijk() {
    Map<String, Object> invoer = new java.util.LinkedHashMap<>();
    invoer.put("gemeente", "GM0828"); // a gemeente of another region
    invoer.put("azcLocatie", "AZC-BESTAAT-NIET"); // not a location of the national list
    invoer.put("gekozenScenario", "zomaar-iets");
    invoer.put("factoren", Map.of("afstandTotAzcKm", -1, "verwachteMaandenTotWoning", 500));
    invoer.put("status", "gesloten");
    invoer.put("vNummer", "1234567890"); // Hart van Brabant records no V-nummers
    String body = web.post().uri(HVB).headers(h -> h.setBearerAuth(coordinator))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(invoer)
        .exchange().expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.invalidParams[*].name").value(names -> assertThat((List<String>) names).contains(
            "gemeente", "azcLocatie", "koppelingsdatum", "gekozenScenario", "factoren.afstandTotAzcKm",
            "factoren.verwachteMaandenTotWoning", "status", "vNummer", "persoon"))
        .returnResult().getResponseBodyContent() == null ? "" : "";
    assertThat(body).isEmpty();
  }
}
