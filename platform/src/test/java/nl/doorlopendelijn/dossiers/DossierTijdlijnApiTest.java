package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The timeline through the API: recomputed when the move date becomes known, milestones marked done, signals. */
@PlatformTest
class DossierTijdlijnApiTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = "/api/v1/regios/hart-van-brabant/dossiers";

  @Autowired
  WebTestClient web;

  @Autowired
  DossierSignals dossierSignals;

  private final String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);

  @Test
  void mijlpalenWordenHerberekendAlsDeVerhuisdatumBekendWordtEnAfgerondeHoudenHunDatum() {
    UUID cp = UUID.randomUUID();
    Map<String, Object> invoer = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", cp);
    LocalDate koppeling = LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(3);
    Map<String, Object> d = new DossierApi(web).maak(coordinator, "hart-van-brabant", invoer);
    String id = (String) d.get("id");
    assertThat(d.get("scenario")).isEqualTo("snelle-start"); // 30 km and can travel
    assertThat(d.get("scenarioBron")).isEqualTo("advies");
    assertThat(d.get("dossiernummer").toString()).matches("HVB-\\d{4}-\\d{6}");
    assertThat(mijlpaal(d, "klantprofiel-update").get("vervaldatum")).isNull();
    assertThat(mijlpaal(d, "kennismaking").get("vervaldatum")).isEqualTo(koppeling.plusDays(7).toString());

    // the kennismaking is done, with who and a note
    Map<String, Object> na = web.post().uri(HVB + "/{id}/mijlpalen/kennismaking/afrondingen", id)
        .headers(h -> h.setBearerAuth(coordinator)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("datum", koppeling.plusDays(1).toString(), "notitie", "kop koffie op het azc"))
        .exchange().expectStatus().isCreated().expectHeader().valueEquals("ETag", "\"2\"")
        .expectBody(Map.class).returnResult().getResponseBody();
    assertThat(mijlpaal(na, "kennismaking")).containsEntry("status", "afgerond")
        .containsEntry("afgerondOp", koppeling.plusDays(1).toString())
        .containsEntry("afgerondDoor", "coordinator-hart-van-brabant")
        .containsEntry("notitie", "kop koffie op het azc");

    // the move date becomes known: milestones counted from the move get dates
    LocalDate verhuizing = koppeling.plusDays(120);
    invoer.put("verwachteVerhuisdatum", verhuizing.toString());
    Map<String, Object> herpland = web.put().uri(HVB + "/{id}", id).headers(h -> {
      h.setBearerAuth(coordinator);
      h.setIfMatch("\"2\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(invoer)
        .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    assertThat(mijlpaal(herpland, "klantprofiel-update").get("vervaldatum"))
        .isEqualTo(verhuizing.minusDays(14).toString());
    assertThat(mijlpaal(herpland, "verhuizing").get("vervaldatum")).isEqualTo(verhuizing.toString());
    assertThat(mijlpaal(herpland, "start-inburgering").get("vervaldatum")).isNotNull();
    assertThat(mijlpaal(herpland, "kennismaking").get("afgerondOp")).isEqualTo(koppeling.plusDays(1).toString());

    web.get().uri(HVB + "/{id}/mijlpalen", id).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isOk().expectBody()
        .jsonPath("$.mijlpalen[?(@.type == 'klantprofiel-update')].vervaldatum")
        .isEqualTo(verhuizing.minusDays(14).toString());
  }

  @Test
  void eenVertrokkenContactpersoonWordtEenSignaalInDeWerkvoorraad() {
    UUID cp = UUID.randomUUID();
    String tilburg = issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855");
    Map<String, Object> d = new DossierApi(web).maak(tilburg, "hart-van-brabant", "GM0855", "AZC-OISTERWIJK", cp);
    assertThat(dossierSignals.contactpersoonVertrokken(cp).block()).isEqualTo(1);

    web.get().uri(HVB + "?signaal=contactpersoon-vertrokken&contactpersoon={cp}", cp)
        .headers(h -> h.setBearerAuth(tilburg)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.dossiers[0].id").isEqualTo(d.get("id"))
        .jsonPath("$.dossiers[0].urgentsteSignaal").isEqualTo("contactpersoon-vertrokken");
    List<Map<String, Object>> werk = werkvoorraad(tilburg);
    assertThat(werk).anySatisfy(w -> {
      assertThat(((Map<?, ?>) w.get("dossier")).get("id")).isEqualTo(d.get("id"));
      assertThat(w.get("signaal")).isEqualTo("contactpersoon-vertrokken");
      assertThat(w.get("urgentie")).isEqualTo("hoog");
    });
    // most urgent first
    List<String> urgenties = werk.stream().map(w -> (String) w.get("urgentie")).toList();
    assertThat(urgenties).isSortedAccordingTo(java.util.Comparator.comparing(u -> List.of("hoog", "middel", "laag")
        .indexOf(u)));
    // a neighbouring gemeente does not get this dossier's signals
    assertThat(werkvoorraad(issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0785")))
        .noneSatisfy(w -> assertThat(((Map<?, ?>) w.get("dossier")).get("id")).isEqualTo(d.get("id")));
  }

  @Test
  void hermatchenNaarEenAndereGemeenteVerhuistHetDossierMetZijnHistorie() {
    UUID cp = UUID.randomUUID();
    String tilburg = issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855");
    String dongen = issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0766");
    Map<String, Object> invoer = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", cp);
    Map<String, Object> d = new DossierApi(web).maak(tilburg, "hart-van-brabant", invoer);
    String id = (String) d.get("id");
    web.post().uri(HVB + "/{id}/mijlpalen/kennismaking/afrondingen", id).headers(h -> h.setBearerAuth(tilburg))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange().expectStatus().isCreated();
    invoer.put("gemeente", "GM0766");
    // the vaste contactpersoon is one of the dossier's gemeente: Tilburg's does not move with it (issue 14)
    invoer.put("vasteContactpersoonId", TestContactpersonen.vanGemeente("GM0766").toString());
    // hermatchen is the coördinator's (the gemeente itself gets 403: ToegangBinnenRegioTest)
    web.put().uri(HVB + "/{id}", id).headers(h -> {
      h.setBearerAuth(coordinator);
      h.setIfMatch("\"2\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(invoer).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.gemeente").isEqualTo("GM0766");

    web.get().uri(HVB + "/{id}", id).headers(h -> h.setBearerAuth(tilburg)).exchange().expectStatus().isNotFound();
    web.get().uri(HVB + "/{id}", id).headers(h -> h.setBearerAuth(dongen)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.dossiernummer").isEqualTo(d.get("dossiernummer"))
        .jsonPath("$.mijlpalen[?(@.type == 'kennismaking')].status").isEqualTo("afgerond");
    web.get().uri(HVB + "/{id}/audit", id).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isOk().expectBody()
        .jsonPath("$.verwerkingen[?(@.actie == 'dossier.hermatchen')]").exists()
        .jsonPath("$.verwerkingen[?(@.actie == 'dossier.aanmaken')]").exists();
  }

  @Test
  void eenGeslotenDossierWordtNietMeerGewijzigd() {
    Map<String, Object> d = new DossierApi(web).maak(coordinator, "hart-van-brabant", "GM0855", "AZC-OISTERWIJK",
        UUID.randomUUID());
    web.post().uri(HVB + "/{id}/sluitingen", d.get("id")).headers(h -> h.setBearerAuth(coordinator))
        .exchange().expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("gesloten");
    web.post().uri(HVB + "/{id}/mijlpalen/kennismaking/afrondingen", d.get("id"))
        .headers(h -> h.setBearerAuth(coordinator)).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
        .exchange().expectStatus().isEqualTo(409);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> werkvoorraad(String token) {
    List<Map<String, Object>> alles = new java.util.ArrayList<>();
    for (int p = 1; ; p++) {
      Map<String, Object> antwoord = web.get().uri("/api/v1/mijn/werkvoorraad?paginaGrootte=100&pagina=" + p)
          .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk().expectBody(Map.class)
          .returnResult().getResponseBody();
      alles.addAll((List<Map<String, Object>>) antwoord.get("items"));
      if (p >= ((Number) ((Map<String, Object>) antwoord.get("paginering")).get("totaalPaginas")).intValue()) {
        return alles;
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mijlpaal(Map<String, Object> dossier, String type) {
    return ((List<Map<String, Object>>) dossier.get("mijlpalen")).stream()
        .filter(m -> type.equals(m.get("type"))).findFirst().orElseThrow();
  }
}
