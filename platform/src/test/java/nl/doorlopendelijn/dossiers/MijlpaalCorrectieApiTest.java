package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Milestones that forgive a slip (issue 14), through the API: a verhuizing completed by mistake jumped the dossier to
 * verhuisd; undoing it with a reason brings back the status, the actual moving date, the planning and the dashboard's
 * fact; a completion on the wrong day is corrected to the right one. The dossier's own history shows the completion
 * and the correction with the NAMES from the tokens; the audit log has the pseudonymous subject and no name.
 */
@PlatformTest
class MijlpaalCorrectieApiTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = "/api/v1/regios/hart-van-brabant/dossiers";

  @Autowired
  WebTestClient web;

  @Autowired
  TenantTransactions tx;

  @Autowired
  DatabaseClient db;

  private final String tilburg = issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855");
  private final String tilburgNaam = TestIssuers.naam("medewerker-GM0855");
  private final String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);

  @Test
  void eenPerVergissingAfgerondeVerhuizingWordtOngedaanGemaaktEnDeHistorieToontBeideMetNamen() {
    Map<String, Object> d = new DossierApi(web).maak(tilburg, "hart-van-brabant",
        DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID()));
    String id = (String) d.get("id");
    assertThat(d.get("status")).isEqualTo("gekoppeld");
    LocalDate vandaag = LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL);

    Map<String, Object> afgerond = post(tilburg, id, "verhuizing/afrondingen", Map.of("datum", vandaag.toString()),
        201);
    assertThat(afgerond.get("status")).isEqualTo("verhuisd");
    assertThat(afgerond.get("werkelijkeVerhuisdatum")).isEqualTo(vandaag.toString());
    assertThat(mijlpaal(afgerond, "verhuizing")).containsEntry("afgerondDoorNaam", tilburgNaam)
        .containsEntry("magCorrigeren", true);
    assertThat(feitStatus(id)).isEqualTo("verhuisd");

    // the correction: a reason is required, and a date or the undo, never both; all errors at once, nothing changed
    web.post().uri(HVB + "/{id}/mijlpalen/verhuizing/correcties", id).headers(h -> h.setBearerAuth(tilburg))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reden", " ")).exchange()
        .expectStatus().isBadRequest().expectBody()
        .jsonPath("$.invalidParams[?(@.name == 'reden')].code").isEqualTo("required")
        .jsonPath("$.invalidParams[?(@.name == 'datum')].code").isEqualTo("required");
    web.post().uri(HVB + "/{id}/mijlpalen/verhuizing/correcties", id).headers(h -> h.setBearerAuth(tilburg))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("reden", "x", "ongedaanMaken", true, "datum", vandaag.plusDays(1).toString())).exchange()
        .expectStatus().isBadRequest().expectBody()
        .jsonPath("$.invalidParams[?(@.name == 'ongedaanMaken')].code").isEqualTo("not-allowed")
        .jsonPath("$.invalidParams[?(@.name == 'datum')].code").isEqualTo("range");
    // an old If-Match: 412
    web.post().uri(HVB + "/{id}/mijlpalen/verhuizing/correcties", id).headers(h -> {
      h.setBearerAuth(tilburg);
      h.setIfMatch("\"1\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reden", "x", "ongedaanMaken", true)).exchange()
        .expectStatus().isEqualTo(412);

    Map<String, Object> ongedaan = web.post().uri(HVB + "/{id}/mijlpalen/verhuizing/correcties", id)
        .headers(h -> {
          h.setBearerAuth(tilburg);
          h.setIfMatch("\"" + afgerond.get("versie") + "\"");
          h.set("Idempotency-Key", UUID.randomUUID().toString());
        }).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("reden", "Per ongeluk op Enter gedrukt", "ongedaanMaken", true)).exchange()
        .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    assertThat(ongedaan.get("status")).isEqualTo("gekoppeld");
    assertThat(ongedaan.get("werkelijkeVerhuisdatum")).isNull();
    assertThat(mijlpaal(ongedaan, "verhuizing")).containsEntry("status", "open").doesNotContainKey("afgerondOp")
        .doesNotContainKey("afgerondDoorNaam").containsEntry("magAfronden", true)
        .containsEntry("magCorrigeren", false);
    assertThat(feitStatus(id)).isEqualTo("gekoppeld");
    // nothing left to correct: 409
    post(tilburg, id, "verhuizing/correcties", Map.of("reden", "nog eens", "ongedaanMaken", true), 409);

    // a gemeente step on the wrong day, corrected by the coördinator to the right one
    post(tilburg, id, "kennismaking/afrondingen", Map.of("datum", vandaag.toString()), 201);
    Map<String, Object> gecorrigeerd = post(coordinator, id, "kennismaking/correcties",
        Map.of("reden", "Was gisteren", "datum", vandaag.minusDays(1).toString()), 201);
    assertThat(mijlpaal(gecorrigeerd, "kennismaking")).containsEntry("afgerondOp", vandaag.minusDays(1).toString())
        .containsEntry("afgerondDoorNaam", tilburgNaam); // who completed it stays; who corrected is in the history
    // the COA may not correct a gemeente step: 403, and the history gains nothing
    post(issuers.coaLiaison("AZC-OISTERWIJK"), id, "kennismaking/correcties",
        Map.of("reden", "COA", "ongedaanMaken", true), 403);

    List<Map<String, Object>> historie = historie(tilburg, id, "");
    assertThat(historie).extracting(g -> g.get("soort")).containsExactly("aangemaakt", "mijlpaal-afgerond",
        "mijlpaal-gecorrigeerd", "mijlpaal-afgerond", "mijlpaal-gecorrigeerd");
    assertThat(historie.get(1)).containsEntry("mijlpaal", "verhuizing").containsEntry("nieuweDatum",
        vandaag.toString()).containsEntry("oud", "gekoppeld").containsEntry("nieuw", "verhuisd")
        .containsEntry("doorNaam", tilburgNaam);
    assertThat(historie.get(2)).containsEntry("mijlpaal", "verhuizing").containsEntry("oudeDatum", vandaag.toString())
        .doesNotContainKey("nieuweDatum").containsEntry("reden", "Per ongeluk op Enter gedrukt")
        .containsEntry("oud", "verhuisd").containsEntry("nieuw", "gekoppeld").containsEntry("doorNaam", tilburgNaam);
    assertThat((String) historie.get(2).get("omschrijving")).contains("erhuizing", "ongedaan gemaakt");
    assertThat(historie.get(4)).containsEntry("doorNaam", TestIssuers.naam("coordinator-hart-van-brabant"))
        .containsEntry("reden", "Was gisteren");
    assertThat(historie).allSatisfy(g -> assertThat(g.get("op")).isNotNull());
    // paged with the one paging block
    web.get().uri(HVB + "/{id}/historie?paginaGrootte=2&pagina=2", id).headers(h -> h.setBearerAuth(tilburg))
        .exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.gebeurtenissen.length()").isEqualTo(2)
        .jsonPath("$.gebeurtenissen[0].volgnummer").isEqualTo(3)
        .jsonPath("$.paginering.totaalAantal").isEqualTo(5)
        .jsonPath("$.paginering.totaalPaginas").isEqualTo(3);
    web.get().uri(HVB + "/{id}/historie?paginaGrootte=0", id).headers(h -> h.setBearerAuth(tilburg))
        .exchange().expectStatus().isBadRequest().expectBody()
        .jsonPath("$.invalidParams[0].name").isEqualTo("query:paginaGrootte");

    // the audit log: the corrections and the history read, by the pseudonymous subject, never a name
    Map<String, Object> audit = web.get().uri(HVB + "/{id}/audit", id).headers(h -> h.setBearerAuth(coordinator))
        .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> verwerkingen = (List<Map<String, Object>>) audit.get("verwerkingen");
    assertThat(verwerkingen).filteredOn(v -> "dossier.mijlpaal-corrigeren".equals(v.get("actie")))
        .extracting(v -> v.get("actor")).containsExactlyInAnyOrder("medewerker-GM0855", "coordinator-hart-van-brabant");
    assertThat(verwerkingen).anySatisfy(v -> assertThat(v.get("actie")).isEqualTo("dossier.historie-lezen"));
    assertThat(audit.toString()).doesNotContain("Test ").doesNotContain("Enter").doesNotContain("gisteren");

    // the AVG inzage holds the history
    web.get().uri(HVB + "/{id}/inzage", id).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isOk().expectBody()
        .jsonPath("$.historie.length()").isEqualTo(5)
        .jsonPath("$.historie[2].reden").isEqualTo("Per ongeluk op Enter gedrukt");
  }

  @Test
  void eenGecorrigeerdeVerhuisdatumVerplaatstDeWerkelijkeVerhuisdatumEnEenOnbekendeMijlpaalIs404() {
    Map<String, Object> d = new DossierApi(web).maak(tilburg, "hart-van-brabant",
        DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID()));
    String id = (String) d.get("id");
    LocalDate vandaag = LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL);
    post(tilburg, id, "verhuizing/afrondingen", Map.of("datum", vandaag.toString()), 201);
    Map<String, Object> na = post(tilburg, id, "verhuizing/correcties",
        Map.of("reden", "Verhuisd op de dag ervoor", "datum", vandaag.minusDays(1).toString()), 201);
    assertThat(na.get("status")).isEqualTo("verhuisd");
    assertThat(na.get("werkelijkeVerhuisdatum")).isEqualTo(vandaag.minusDays(1).toString());
    post(tilburg, id, "bestaat-niet/correcties", Map.of("reden", "x", "ongedaanMaken", true), 404);
    // before the koppeling: 400 datum, decided by the dossier
    post(tilburg, id, "verhuizing/correcties", Map.of("reden", "x", "datum", vandaag.minusYears(1).toString()), 400);
    // another gemeente's medewerker does not see the dossier: 404, its history neither
    String dongen = issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0766");
    post(dongen, id, "verhuizing/correcties", Map.of("reden", "x", "ongedaanMaken", true), 404);
    web.get().uri(HVB + "/{id}/historie", id).headers(h -> h.setBearerAuth(dongen)).exchange()
        .expectStatus().isNotFound();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> post(String token, String id, String pad, Map<String, Object> body, int status) {
    return web.post().uri(HVB + "/{id}/mijlpalen/" + pad, id).headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
        .expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> historie(String token, String id, String query) {
    return (List<Map<String, Object>>) web.get().uri(HVB + "/{id}/historie" + query, id)
        .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody().get("gebeurtenissen");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> mijlpaal(Map<String, Object> dossier, String type) {
    return ((List<Map<String, Object>>) dossier.get("mijlpalen")).stream().filter(m -> type.equals(m.get("type")))
        .findFirst().orElseThrow();
  }

  /** The dashboard's own fact of the dossier: its status (written in the dossier's transaction). */
  private String feitStatus(String id) {
    UUID tenant = Region.idFor(HART_VAN_BRABANT);
    return tx.read(tenant, db.sql("select status from dashboard_dossier_feit where tenant_id = :t and dossier_id = :d")
            .bind("t", tenant).bind("d", UUID.fromString(id)).map((row, meta) -> row.get("status", String.class))
            .one())
        .block(Duration.ofSeconds(10));
  }
}
