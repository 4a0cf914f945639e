package nl.doorlopendelijn.agreements;

import static nl.doorlopendelijn.agreements.AfspraakApi.HVB;
import static nl.doorlopendelijn.agreements.AfspraakApi.NOB;
import static nl.doorlopendelijn.agreements.AfspraakApi.OISTERWIJK;
import static nl.doorlopendelijn.agreements.AfspraakApi.coordinator;
import static nl.doorlopendelijn.agreements.AfspraakApi.medewerker;
import static nl.doorlopendelijn.agreements.AfspraakApi.pad;
import static nl.doorlopendelijn.agreements.AfspraakApi.verzoek;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Who sees and does what with a region's agreements; every refusal is a 404 that reveals nothing. */
@PlatformTest
class SamenwerkingsafspraakToegangTest {

  @Autowired
  WebTestClient web;

  AfspraakApi api() {
    return new AfspraakApi(web);
  }

  @SuppressWarnings("unchecked")
  private List<String> ids(String regio, String token, String query) {
    Map<String, Object> body = web.get().uri(pad(regio) + "?paginaGrootte=100" + query)
        .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
        .expectBody(AfspraakApi.MAP).returnResult().getResponseBody();
    return ((List<Map<String, Object>>) body.get("samenwerkingsafspraken")).stream()
        .map(m -> (String) m.get("id")).toList();
  }

  @Test
  void regioCoordinatorZietAlleAfsprakenVanDeRegio() {
    String tilburg = api().maakId(HVB, OISTERWIJK, "GM0855");
    String dongen = api().maakId(HVB, OISTERWIJK, "GM0766");
    assertThat(ids(HVB, coordinator(HVB), "&azc=" + OISTERWIJK + "&status=concept")).contains(tilburg, dongen);
  }

  @Test
  void gemeenteIsPartijBijDeEneAfspraakEnNietBijDeAndereVanHetzelfdeAzc() {
    String goirle = api().maakId(HVB, OISTERWIJK, "GM0785", "GM0809");
    String hilvarenbeek = api().maakId(HVB, OISTERWIJK, "GM0798");
    String token = medewerker(HVB, "GM0785");

    List<String> zichtbaar = ids(HVB, token, "&azc=" + OISTERWIJK);
    assertThat(zichtbaar).contains(goirle).doesNotContain(hilvarenbeek);
    api().haal(HVB, goirle, token);

    String base = pad(HVB) + "/" + hilvarenbeek;
    for (String sub : List.of("", "/versies", "/historie", "/ondertekeningen")) {
      web.get().uri(base + sub).headers(h -> h.setBearerAuth(token)).exchange()
          .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
    for (String sub : List.of("/ondertekeningen", "/ter-ondertekening", "/beeindigingen")) {
      web.post().uri(base + sub).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("partij", "GM0785", "reden", "x")).exchange().expectStatus().isNotFound();
    }
    web.put().uri(base).headers(h -> {
      h.setBearerAuth(token);
      h.setIfMatch("\"1\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(verzoek(OISTERWIJK, "GM0798")).exchange()
        .expectStatus().isNotFound();
  }

  @Test
  void gemeenteMedewerkerOndertekentAlleenVoorDeEigenGemeente() {
    String id = api().maakId(HVB, OISTERWIJK, "GM0785", "GM0797");
    api().terOndertekening(HVB, id);
    api().onderteken(HVB, id, medewerker(HVB, "GM0785"), "GM0797").expectStatus().isNotFound();
    api().onderteken(HVB, id, medewerker(HVB, "GM0785"), OISTERWIJK).expectStatus().isNotFound();
    api().onderteken(HVB, id, medewerker(HVB, "GM0785"), "GM0785").expectStatus().isCreated()
        .expectBody()
        .jsonPath("$.gemeenten[?(@.cbsCode == 'GM0785')].ondertekening.door").isEqualTo("medewerker-GM0785")
        .jsonPath("$.gemeenten[?(@.cbsCode == 'GM0797')].ondertekening").doesNotExist();
  }

  @Test
  void alleenDeRegioCoordinatorMaaktAanWijzigtEnBeeindigt() {
    String id = api().maakId(HVB, OISTERWIJK, "GM0855");
    for (String token : List.of(medewerker(HVB, "GM0855"), AfspraakApi.ISSUERS.dashboardViewer(HVB))) {
      web.post().uri(pad(HVB)).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(verzoek(OISTERWIJK, "GM0855")).exchange().expectStatus().isNotFound();
      web.put().uri(pad(HVB) + "/" + id).headers(h -> {
        h.setBearerAuth(token);
        h.setIfMatch("\"1\"");
      }).contentType(MediaType.APPLICATION_JSON).bodyValue(verzoek(OISTERWIJK, "GM0855")).exchange()
          .expectStatus().isNotFound();
      web.post().uri(pad(HVB) + "/" + id + "/beeindigingen").headers(h -> h.setBearerAuth(token))
          .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reden", "weg")).exchange()
          .expectStatus().isNotFound();
    }
    web.post().uri(pad(HVB) + "/" + id + "/beeindigingen").headers(h -> h.setBearerAuth(coordinator(HVB)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reden", "Ingetrokken")).exchange()
        .expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("beeindigd")
        .jsonPath("$.beeindiging.reden").isEqualTo("Ingetrokken");
  }

  @Test
  void dashboardViewerZietDeLijstZonderVrijeTekstEnZonderPersoonsgegevens() {
    String id = api().maakId(HVB, OISTERWIJK, "GM0867");
    String viewer = AfspraakApi.ISSUERS.dashboardViewer(HVB);
    String body = web.get().uri(pad(HVB) + "?paginaGrootte=100&gemeente=GM0867")
        .headers(h -> h.setBearerAuth(viewer)).exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(body).contains(id, "\"scenario\"", "\"normen\"").doesNotContain("afspraken\":\"Werkbezoek",
        "contactpersoonId", "Werkbezoek");
    web.get().uri(pad(HVB) + "/" + id).headers(h -> h.setBearerAuth(viewer)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.afspraken").doesNotExist().jsonPath("$.azc.contactpersoonId").doesNotExist();
    for (String sub : List.of("/versies", "/historie", "/ondertekeningen")) {
      web.get().uri(pad(HVB) + "/" + id + sub).headers(h -> h.setBearerAuth(viewer)).exchange()
          .expectStatus().isNotFound();
    }
    // The coordinator does see the free text.
    assertThat((String) api().haal(HVB, id, coordinator(HVB)).get("afspraken")).startsWith("Werkbezoek");
  }

  @Test
  void afspraakVanAndereRegioIsNietTeVinden() {
    String id = api().maakId(HVB, OISTERWIJK, "GM0855");
    String body = web.method(HttpMethod.GET).uri(pad(NOB) + "/" + id).headers(h -> h.setBearerAuth(coordinator(NOB)))
        .exchange().expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();
    assertThat(body).doesNotContain("GM0855", "Oisterwijk", "Werkbezoek");
    web.get().uri(pad(HVB) + "/" + id).headers(h -> h.setBearerAuth(coordinator(NOB))).exchange()
        .expectStatus().isNotFound();
    // a malformed id names nothing: a 400 that says so, like every other malformed parameter
    web.get().uri(pad(HVB) + "/geen-uuid").headers(h -> h.setBearerAuth(coordinator(HVB))).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("path:id");
  }

  @Test
  void validatieGeeftAlleFoutenTegelijk() {
    Map<String, Object> body = verzoek("AZC-OVERLOON", "GM0855", "GM0828", "GM0855");
    body.remove("scenario");
    body.put("geldigVanaf", "2026-06-01");
    body.put("geldigTot", "2026-01-01");
    body.put("normen", Map.of("dagenTotKennismaking", -1, "driegesprekken", List.of(Map.of("anker", "ooit"))));
    web.post().uri(pad(HVB)).headers(h -> h.setBearerAuth(coordinator(HVB))).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body).exchange().expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.invalidParams[?(@.name == 'azc.code')].code").isEqualTo("unknown")
        .jsonPath("$.invalidParams[?(@.name == 'gemeenten[1].cbsCode')].code").isEqualTo("unknown")
        .jsonPath("$.invalidParams[?(@.name == 'gemeenten[2].cbsCode')].code").isEqualTo("duplicate")
        .jsonPath("$.invalidParams[?(@.name == 'scenario')].code").isEqualTo("required")
        .jsonPath("$.invalidParams[?(@.name == 'geldigTot')].code").isEqualTo("range")
        .jsonPath("$.invalidParams[?(@.name == 'normen.dagenTotKennismaking')].code").isEqualTo("range")
        .jsonPath("$.invalidParams[?(@.name == 'normen.driegesprekken[0].anker')].code").isEqualTo("enum");
    Map<String, Object> mengvorm = verzoek(OISTERWIJK, "GM0855");
    mengvorm.put("scenario", "mengvorm");
    web.post().uri(pad(HVB)).headers(h -> h.setBearerAuth(coordinator(HVB))).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(mengvorm).exchange().expectStatus().isBadRequest()
        .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("mengvorm");
    mengvorm.put("mengvorm", Map.of("omschrijving", "PIP voor de verhuizing", "voorVerhuizing", List.of("pip-advies")));
    web.post().uri(pad(HVB)).headers(h -> h.setBearerAuth(coordinator(HVB))).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(mengvorm).exchange().expectStatus().isBadRequest()
        .expectBody().jsonPath("$.invalidParams[?(@.name == 'mengvorm.voorVerhuizing')].code").isEqualTo("sequence");
  }

  @Test
  void normenDieOntbrekenKomenUitDeRegio() {
    Map<String, Object> hvb = api().maak(HVB, verzoek(OISTERWIJK, "GM0855"));
    assertThat(hvb.get("normen")).isEqualTo(Map.of("dagenTotKennismaking", 7,
        "driegesprekken", List.of(Map.of("anker", "na-koppeling", "dagen", 14),
            Map.of("anker", "voor-verhuizing", "dagen", 14)),
        "klantprofielUpdateDagenVoorVerhuizing", 14, "bredeIntakeEnPipVoorVerhuizing", false,
        "voorinburgering", Map.of("dagenTotToestemming", 14, "dagenTotStart", 14, "duurDagen", 84),
        "rustperiodeRondVerhuizingDagen", 14));
    Map<String, Object> nob = api().maak(NOB, verzoek(OISTERWIJK, "GM0828"));
    assertThat(((Map<?, ?>) nob.get("normen")).get("driegesprekken"))
        .isEqualTo(List.of(Map.of("anker", "voor-verhuizing", "dagen", 14)));
  }

  @Test
  void historieLegtVastWieWanneerWatVanWatNaarWatWijzigde() {
    Map<String, Object> body = verzoek(OISTERWIJK, "GM0797");
    String id = (String) api().maak(HVB, body).get("id");
    body.put("scenario", "start-na-verhuizing");
    web.put().uri(pad(HVB) + "/" + id).headers(h -> {
      h.setBearerAuth(coordinator(HVB));
      h.setIfMatch(api().etag(HVB, id));
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isOk();
    api().terOndertekening(HVB, id);
    web.get().uri(pad(HVB) + "/" + id + "/historie").headers(h -> h.setBearerAuth(medewerker(HVB, "GM0797")))
        .exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.historie.length()").isEqualTo(3)
        .jsonPath("$.historie[0].actie").isEqualTo("aangemaakt")
        .jsonPath("$.historie[1].actie").isEqualTo("gewijzigd")
        .jsonPath("$.historie[1].door").isEqualTo("coordinator-" + HVB)
        .jsonPath("$.historie[1].oud.scenario").isEqualTo("snelle-start")
        .jsonPath("$.historie[1].nieuw.scenario").isEqualTo("start-na-verhuizing")
        .jsonPath("$.historie[1].nieuw.afspraken").doesNotExist()
        .jsonPath("$.historie[2].oud.status").isEqualTo("concept")
        .jsonPath("$.historie[2].nieuw.status").isEqualTo("ter-ondertekening")
        .jsonPath("$.historie[2].tijdstip").exists();
  }

  @Test
  void lijstFiltertEnPagineertInVasteVolgorde() {
    String a = api().maakId(NOB, OISTERWIJK, "GM1721");
    String b = api().maakId(NOB, OISTERWIJK, "GM1721");
    String c = api().maakId(NOB, OISTERWIJK, "GM1721");
    List<String> alle = ids(NOB, coordinator(NOB), "&gemeente=GM1721&geldigOp=2026-03-01&scenario=snelle-start");
    assertThat(alle).containsSubsequence(a, b, c);
    web.get().uri(pad(NOB) + "?gemeente=GM1721&paginaGrootte=1&pagina=2")
        .headers(h -> h.setBearerAuth(coordinator(NOB))).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.samenwerkingsafspraken.length()").isEqualTo(1)
        .jsonPath("$.samenwerkingsafspraken[0].id").isEqualTo(alle.get(1))
        .jsonPath("$.paginering.pagina").isEqualTo(2)
        .jsonPath("$.paginering.totaalAantal").isEqualTo(alle.size());
    assertThat(ids(NOB, coordinator(NOB), "&gemeente=GM1721&geldigOp=2025-12-31")).doesNotContain(a, b, c);
    web.get().uri(pad(NOB) + "?status=onzin&paginaGrootte=0&geldigOp=gisteren")
        .headers(h -> h.setBearerAuth(coordinator(NOB))).exchange().expectStatus().isBadRequest().expectBody()
        .jsonPath("$.invalidParams.length()").isEqualTo(3);
  }

  @Test
  void openApiBeschrijftDeSamenwerkingsafspraken() {
    // The first generation of the document is slow on a cold JVM.
    String doc = web.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build().get().uri("/api/v1/openapi.json").exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(doc).contains("listSamenwerkingsafspraken", "signSamenwerkingsafspraak", "endSamenwerkingsafspraak",
        "listSamenwerkingsafsprakenVanAzc", "listSamenwerkingsafspraakHistorie", "updateAzcLocatie");
  }
}
