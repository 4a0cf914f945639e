package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestAfspraken;
import nl.doorlopendelijn.testsupport.TestIssuers;
import nl.doorlopendelijn.web.TabularFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import of dossiers through the real API (issue 18): real database, signed tokens. The exact report of a
 * mixed file, a rerun that creates nothing, the refusal of a whole file (BSN, columns, size, not a spreadsheet),
 * .xlsx as well as CSV, the rights of each role, the Idempotency-Key, and two imports of one file at once.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierImportApiTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String PAD = "/api/v1/regios/hart-van-brabant/dossierimporten";
  /**
   * The file has no columns for the factors: the scenario comes from the agreement in force, made below for two
   * gemeenten whose dossiers no other test plans by advice.
   */
  private static final String AZC = "AZC-OISTERWIJK";
  private static final String EIGEN = "GM0867";
  private static final String ANDER = "GM0824";
  private static final List<String> KOP = List.of("coaReferentie", "voornamen", "achternaam", "geboortedatum", "taal",
      "tolkNodig", "gemeente", "azc", "koppelingsdatum", "verwachteVerhuisdatum", "huishouden");

  @Autowired
  WebTestClient web;
  @Autowired
  JsonMapper json;

  private final String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);
  private final String tilburg = issuers.gemeenteMedewerker(HART_VAN_BRABANT, EIGEN);
  private final LocalDate koppeling = LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(3);

  /** The agreements the rows plan by, ended after the class: other tests count on the advice for these gemeenten. */
  private final List<String> afspraken = new java.util.ArrayList<>();

  @BeforeAll
  void afspraken() {
    afspraken.add(TestAfspraken.actief(web, HART_VAN_BRABANT, AZC, EIGEN, "2026-01-01"));
    afspraken.add(TestAfspraken.actief(web, HART_VAN_BRABANT, AZC, ANDER, "2026-01-01"));
  }

  @org.junit.jupiter.api.AfterAll
  void beeindigAfspraken() {
    afspraken.forEach(id -> TestAfspraken.beeindig(web, HART_VAN_BRABANT, id));
  }

  /** A reference prefix unique to this run: letters only, so it never forms a BSN. */
  private static String uniek() {
    Random r = new Random();
    StringBuilder s = new StringBuilder("IMP-");
    for (int i = 0; i < 8; i++) {
      s.append((char) ('A' + r.nextInt(26)));
    }
    return s.toString();
  }

  private List<String> rij(String coa, String achternaam, String gemeente) {
    return new ArrayList<>(List.of(coa, "Testpersoon", achternaam, "1990-05-17", "ara", "ja", gemeente, AZC,
        koppeling.toString(), koppeling.plusMonths(2).toString(), ""));
  }

  private static byte[] csv(List<String> kop, List<List<String>> rijen) {
    StringBuilder s = new StringBuilder(String.join(";", kop)).append("\r\n");
    rijen.forEach(r -> s.append(String.join(";", r)).append("\r\n"));
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private EntityExchangeResult<byte[]> post(String token, byte[] inhoud, String naam, String sleutel) {
    MultipartBodyBuilder b = new MultipartBodyBuilder();
    b.part("bestand", new ByteArrayResource(inhoud) {
      @Override
      public String getFilename() {
        return naam;
      }
    }).filename(naam);
    return web.post().uri(PAD).headers(h -> {
          h.setBearerAuth(token);
          if (sleutel != null) {
            h.set("Idempotency-Key", sleutel);
          }
        })
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(BodyInserters.fromMultipartData(b.build()))
        .exchange().expectBody().returnResult();
  }

  /** Starts an import (202 with its Location) and waits until it is no longer bezig. */
  private JsonNode importeer(String token, byte[] inhoud, String naam) {
    EntityExchangeResult<byte[]> r = post(token, inhoud, naam, null);
    assertThat(r.getStatus().value()).as(new String(r.getResponseBodyContent() == null ? new byte[0]
        : r.getResponseBodyContent(), StandardCharsets.UTF_8)).isEqualTo(202);
    return wacht(token, r.getResponseHeaders().getLocation().toString());
  }

  private JsonNode wacht(String token, String plaats) {
    long tot = System.currentTimeMillis() + 120_000;
    while (true) {
      JsonNode stand = json.readTree(web.get().uri(plaats).headers(h -> h.setBearerAuth(token)).exchange()
          .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
      if (!"bezig".equals(stand.path("status").asString()) || System.currentTimeMillis() > tot) {
        return stand;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static String rapport(JsonNode stand) {
    StringBuilder s = new StringBuilder();
    for (JsonNode r : stand.path("rapport")) {
      s.append(r.path("rij").asInt()).append(' ').append(r.path("uitkomst").asString()).append(':');
      for (JsonNode f : r.path("fouten")) {
        s.append(" [").append(f.path("kolom").isNull() ? "-" : f.path("kolom").asString()).append("] ")
            .append(f.path("reden").asString()).append(';');
      }
      s.append('\n');
    }
    return s.toString();
  }

  private JsonNode probleem(EntityExchangeResult<byte[]> r) {
    return json.readTree(r.getResponseBodyContent());
  }

  @Test
  void eenGemengdBestandGeeftHetExacteRapportEnOpnieuwMaaktHetNietsAan() {
    String p = uniek();
    List<List<String>> rijen = new ArrayList<>();
    rijen.add(rij(p + "-1", "Goed", EIGEN));                       // 2: created
    List<String> r3 = rij(p + "-3", "Fout", "Breda");                   // 3: unknown gemeente, bad tolkNodig
    r3.set(5, "soms");
    rijen.add(r3);
    List<String> r4 = rij(p + "-4", "", EIGEN);                      // 4: no achternaam, no koppelingsdatum
    r4.set(8, "");
    rijen.add(r4);
    rijen.add(rij(p + "-1", "Dubbel", EIGEN));                     // 5: same reference as row 2
    List<String> r6 = rij(p + "-6", "Nederlands", "Waalwijk");           // 6: names and Dutch dates: created
    r6.set(3, "17-05-1990");
    r6.set(4, "Tigrinya");
    r6.set(5, "nee");
    r6.set(7, "azc Oisterwijk");
    r6.set(8, koppeling.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
    r6.set(9, "");
    rijen.add(r6);
    List<String> r7 = rij(p + "-7", "Verhuizing", EIGEN);             // 7: moves before its koppeling
    r7.set(9, koppeling.minusDays(1).toString());
    rijen.add(r7);
    List<String> r8 = rij(p + "-8", "Tolk", EIGEN);                   // 8: a tolk without a language
    r8.set(4, "");
    rijen.add(r8);
    rijen.add(List.of("", "", "", "", "", "", "", "", "", "", ""));     // 9: empty: skipped
    byte[] bestand = csv(KOP, rijen);

    JsonNode stand = importeer(coordinator, bestand, "gemengd.csv");
    assertThat(stand.path("status").asString()).isEqualTo("klaar");
    assertThat(List.of(stand.path("totaal").asInt(), stand.path("verwerkt").asInt(), stand.path("aangemaakt").asInt(),
        stand.path("bestaatAl").asInt(), stand.path("geweigerd").asInt())).containsExactly(7, 7, 2, 1, 4);
    assertThat(rapport(stand)).isEqualTo("""
        3 geweigerd: [tolkNodig] moet ja of nee zijn; [gemeente] is geen gemeente van deze regio (CBS-code of naam);
        4 geweigerd: [achternaam] is verplicht; [koppelingsdatum] is verplicht;
        5 bestaat-al: [coaReferentie] bestaat al: rij 2 van dit bestand heeft dezelfde COA-referentie;
        7 geweigerd: [verwachteVerhuisdatum] mag niet vóór de koppelingsdatum liggen;
        8 geweigerd: [taal] is verplicht als er een tolk nodig is;
        """);
    assertThat(stand.path("dossiers")).extracting(d -> d.path("rij").asInt()).containsExactly(2, 6);
    JsonNode nederlands = dossier(coordinator, stand.path("dossiers").get(1).path("id").asString());
    assertThat(nederlands.path("gemeente").asString()).isEqualTo(EIGEN);
    assertThat(nederlands.path("azcLocatie").asString()).isEqualTo(AZC);
    assertThat(nederlands.path("persoon").path("taal").asString()).isEqualTo("tir");
    assertThat(nederlands.path("persoon").path("geboortedatum").asString()).isEqualTo("1990-05-17");
    assertThat(nederlands.path("koppelingsdatum").asString()).isEqualTo(koppeling.toString());
    assertThat(nederlands.path("coaReferentie").asString()).isEqualTo(p + "-6");
    assertThat(nederlands.path("scenario").asString()).isEqualTo("snelle-start");

    JsonNode opnieuw = importeer(coordinator, bestand, "opnieuw.csv");
    assertThat(List.of(opnieuw.path("aangemaakt").asInt(), opnieuw.path("bestaatAl").asInt(),
        opnieuw.path("geweigerd").asInt())).containsExactly(0, 3, 4);
    assertThat(opnieuw.path("dossiers").size()).isZero();

    // the report as a download: a line per reason
    String csv = new String(web.get().uri(PAD + "/" + stand.path("id").asString() + "/rapport?formaat=csv")
        .headers(h -> h.setBearerAuth(coordinator)).exchange().expectStatus().isOk()
        .expectHeader().contentType("text/csv").expectBody().returnResult().getResponseBodyContent(),
        StandardCharsets.UTF_8);
    assertThat(csv.lines().count()).isEqualTo(1 + 7); // header, then rows 3 (2), 4 (2), 5, 7, 8
    assertThat(csv).contains("3;" + p + "-3;geweigerd;tolkNodig;moet ja of nee zijn");
  }

  private JsonNode dossier(String token, String id) {
    return json.readTree(web.get().uri("/api/v1/regios/hart-van-brabant/dossiers/" + id)
        .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk().expectBody().returnResult()
        .getResponseBodyContent());
  }

  @Test
  void eenXlsxMetEchteDatumcellenWordtGelezenAlsCsv() {
    String p = uniek();
    List<List<?>> rijen = List.of(
        List.of(p + "-1", "Testpersoon", "Excel", LocalDate.of(1988, 4, 2), "ara", "ja", EIGEN, AZC, koppeling,
            koppeling.plusMonths(1), "HH-" + p),
        List.of(p + "-2", "Testpersoon", "Excel", LocalDate.of(1990, 1, 9), "ara", true, "Oisterwijk", AZC, koppeling,
            "", "HH-" + p));
    byte[] xlsx = TabularFiles.write(TabularFiles.Format.XLSX, new TabularFiles.Sheet("Dossiers", KOP, rijen));
    JsonNode stand = importeer(coordinator, xlsx, "dossiers.xlsx");
    assertThat(stand.path("formaat").asString()).isEqualTo("xlsx");
    assertThat(stand.path("aangemaakt").asInt()).as(rapport(stand)).isEqualTo(2);
    JsonNode d = dossier(coordinator, stand.path("dossiers").get(0).path("id").asString());
    assertThat(d.path("persoon").path("geboortedatum").asString()).isEqualTo("1988-04-02");
    assertThat(d.path("huishouden").path("referentie").asString("")).isIn("HH-" + p, "");
  }

  @Test
  void eenBsnKolomOfEenBsnInEenCelWeigertHetHeleBestandEnMaaktNietsAan() {
    String p = uniek();
    List<List<String>> rijen = List.of(rij(p + "-1", "Een", EIGEN), rij(p + "-2", "Twee", EIGEN));
    List<String> metBsnKolom = new ArrayList<>(KOP);
    metBsnKolom.add("BSN");
    List<List<String>> rijenMetBsn = rijen.stream().map(r -> {
      List<String> m = new ArrayList<>(r);
      m.add("");
      return m;
    }).toList();
    EntityExchangeResult<byte[]> kolom = post(coordinator, csv(metBsnKolom, rijenMetBsn), "bsn.csv", null);
    assertThat(kolom.getStatus().value()).isEqualTo(400);
    assertThat(probleem(kolom).path("invalidParams").get(0).path("reason").asString()).contains("BSN-kolom");

    String bsn = "111222333"; // passes the 11-test
    List<List<String>> metBsnCel = new ArrayList<>(rijen);
    List<String> r = rij(p + "-3", "Drie", EIGEN);
    r.set(10, bsn.substring(0, 3) + " " + bsn.substring(3, 6) + " " + bsn.substring(6));
    metBsnCel.add(r);
    EntityExchangeResult<byte[]> cel = post(coordinator, csv(KOP, metBsnCel), "bsn.csv", null);
    assertThat(cel.getStatus().value()).isEqualTo(400);
    String reden = probleem(cel).path("invalidParams").get(0).path("reason").asString();
    assertThat(reden).contains("rij 4, kolom huishouden").contains("BSN").doesNotContain(bsn)
        .doesNotContain("111 222 333");
    assertThat(new String(cel.getResponseBodyContent(), StandardCharsets.UTF_8)).doesNotContain("111 222 333");

    // nothing was created: the same rows without the BSN create all of them
    JsonNode stand = importeer(coordinator, csv(KOP, rijen), "zonder-bsn.csv");
    assertThat(stand.path("aangemaakt").asInt()).isEqualTo(2);
  }

  @Test
  void eenBestandDatNietPastWordtAlsGeheelGeweigerd() {
    // wrong columns, named
    EntityExchangeResult<byte[]> kolommen = post(coordinator, csv(List.of("naam", "gemeente"),
        List.of(List.of("X", EIGEN))), "fout.csv", null);
    assertThat(kolommen.getStatus().value()).isEqualTo(400);
    assertThat(probleem(kolommen).path("invalidParams").toString()).contains("Ontbrekende kolommen: coaReferentie")
        .contains("Onbekende kolommen: naam");
    // not a spreadsheet
    byte[] pdf = "%PDF-1.7\n\u0000\u0001\u0002binary".getBytes(StandardCharsets.ISO_8859_1);
    EntityExchangeResult<byte[]> geen = post(coordinator, pdf, "bestand.pdf", null);
    assertThat(geen.getStatus().value()).isEqualTo(400);
    assertThat(probleem(geen).path("invalidParams").get(0).path("name").asString()).isEqualTo("bestand");
    byte[] kapotteZip = new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
    assertThat(post(coordinator, kapotteZip, "kapot.xlsx", null).getStatus().value()).isEqualTo(400);
    // too big: 413 problem
    byte[] groot = new byte[6 * 1024 * 1024];
    java.util.Arrays.fill(groot, (byte) 'a');
    EntityExchangeResult<byte[]> teGroot = post(coordinator, groot, "groot.csv", null);
    assertThat(teGroot.getStatus().value()).isEqualTo(413);
    assertThat(teGroot.getResponseHeaders().getContentType().toString()).contains("problem+json");
    // no file at all
    MultipartBodyBuilder leeg = new MultipartBodyBuilder();
    leeg.part("iets", "anders");
    web.post().uri(PAD).headers(h -> h.setBearerAuth(coordinator)).contentType(MediaType.MULTIPART_FORM_DATA)
        .body(BodyInserters.fromMultipartData(leeg.build())).exchange().expectStatus().isBadRequest()
        .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("bestand");
    // header only
    assertThat(post(coordinator, csv(KOP, List.of()), "leeg.csv", null).getStatus().value()).isEqualTo(400);
  }

  @Test
  void eenGemeenteImporteertAlleenRijenVanHaarGemeenteEnAnderenKrijgen404() {
    String p = uniek();
    byte[] bestand = csv(KOP, List.of(rij(p + "-1", "Eigen", EIGEN), rij(p + "-2", "Ander", ANDER)));
    JsonNode stand = importeer(tilburg, bestand, "tilburg.csv");
    assertThat(stand.path("aangemaakt").asInt()).isEqualTo(1);
    assertThat(rapport(stand)).isEqualTo(
        "3 geweigerd: [gemeente] U legt alleen dossiers van uw eigen gemeente vast.;\n");
    String plaats = PAD + "/" + stand.path("id").asString();
    // the coördinator reads it; another gemeente does not
    web.get().uri(plaats).headers(h -> h.setBearerAuth(coordinator)).exchange().expectStatus().isOk();
    web.get().uri(plaats).headers(h -> h.setBearerAuth(issuers.gemeenteMedewerker(HART_VAN_BRABANT, ANDER)))
        .exchange().expectStatus().isNotFound();
    for (String token : List.of(issuers.dashboardViewer(HART_VAN_BRABANT), issuers.platformOperator())) {
      assertThat(post(token, bestand, "x.csv", null).getStatus().value()).isIn(403, 404);
      assertThat(web.get().uri(plaats).headers(h -> h.setBearerAuth(token)).exchange().expectBody().returnResult()
          .getStatus().value()).isIn(403, 404);
      assertThat(web.get().uri(PAD + "/sjabloon").headers(h -> h.setBearerAuth(token)).exchange().expectBody()
          .returnResult().getStatus().value()).isIn(403, 404);
    }
  }

  @Test
  void eenHerhalingMetDezelfdeSleutelStartNietsNieuws() {
    String p = uniek();
    byte[] bestand = csv(KOP, List.of(rij(p + "-1", "Sleutel", EIGEN)));
    String sleutel = UUID.randomUUID().toString();
    EntityExchangeResult<byte[]> eerste = post(coordinator, bestand, "a.csv", sleutel);
    EntityExchangeResult<byte[]> tweede = post(coordinator, bestand, "a.csv", sleutel);
    assertThat(eerste.getStatus().value()).isEqualTo(202);
    assertThat(tweede.getStatus().value()).isEqualTo(202);
    assertThat(tweede.getResponseHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(tweede.getResponseHeaders().getLocation()).isEqualTo(eerste.getResponseHeaders().getLocation());
    JsonNode stand = wacht(coordinator, eerste.getResponseHeaders().getLocation().toString());
    assertThat(stand.path("aangemaakt").asInt()).isEqualTo(1);
    // the same key with another file: 422
    assertThat(post(coordinator, csv(KOP, List.of(rij(p + "-2", "Ander", EIGEN))), "b.csv", sleutel)
        .getStatus().value()).isEqualTo(422);
  }

  @Test
  void tweeImportsVanHetzelfdeBestandTegelijkMakenElkDossierEenKeer() {
    String p = uniek();
    List<List<String>> rijen = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      rijen.add(rij(p + "-" + i, "Tegelijk" + i, i % 2 == 0 ? EIGEN : ANDER));
    }
    byte[] bestand = csv(KOP, rijen);
    var a = CompletableFuture.supplyAsync(() -> importeer(coordinator, bestand, "a.csv"));
    var b = CompletableFuture.supplyAsync(() -> importeer(coordinator, bestand, "b.csv"));
    JsonNode sa = a.join();
    JsonNode sb = b.join();
    assertThat(sa.path("aangemaakt").asInt() + sb.path("aangemaakt").asInt()).isEqualTo(30);
    assertThat(sa.path("bestaatAl").asInt() + sb.path("bestaatAl").asInt()).isEqualTo(30);
    assertThat(sa.path("geweigerd").asInt() + sb.path("geweigerd").asInt()).isZero();
  }

  @Test
  void eenTweedeDossierMetDezelfdeCoaReferentieIs409() {
    String coa = uniek();
    Map<String, Object> invoer = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID());
    invoer.put("coaReferentie", coa);
    new DossierApi(web).maak(coordinator, HART_VAN_BRABANT, invoer);
    Map<String, Object> nogEens = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID());
    nogEens.put("coaReferentie", coa);
    web.post().uri("/api/v1/regios/hart-van-brabant/dossiers").headers(h -> h.setBearerAuth(coordinator))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(nogEens).exchange()
        .expectStatus().isEqualTo(409)
        .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("COA-referentie"));
  }

  @Test
  void hetSjabloonHeeftDeKolommenEnEenVoorbeeldrijInBeideFormaten() {
    byte[] csv = web.get().uri(PAD + "/sjabloon?formaat=csv").headers(h -> h.setBearerAuth(tilburg)).exchange()
        .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
    List<List<String>> gelezen = TabularFiles.read(TabularFiles.Format.CSV, new java.io.ByteArrayInputStream(csv));
    assertThat(gelezen.get(0)).containsExactlyElementsOf(KOP);
    assertThat(gelezen).hasSize(2);
    byte[] xlsx = web.get().uri(PAD + "/sjabloon?formaat=xlsx").headers(h -> h.setBearerAuth(tilburg)).exchange()
        .expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
    List<List<String>> blad = TabularFiles.read(TabularFiles.Format.XLSX, new java.io.ByteArrayInputStream(xlsx));
    assertThat(blad.get(0)).containsExactlyElementsOf(KOP);
    assertThat(blad.get(1).get(3)).isEqualTo("1994-02-11");
    web.get().uri(PAD + "/sjabloon?formaat=pdf").headers(h -> h.setBearerAuth(tilburg)).exchange()
        .expectStatus().isBadRequest();
  }
}
