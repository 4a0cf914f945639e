package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static nl.doorlopendelijn.testsupport.TestIssuers.NOORDOOST_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestAfspraken;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The overplaatsing of a dossier to another region (issue 18): asked by the sender's coördinator, seen by the
 * receiver with only the minimum, confirmed (the dossier and all its history move in one transaction, the sender
 * keeps no personal data), answered "niet van ons", withdrawn, and a confirmation racing a withdrawal. The tables
 * are found in the catalog as in {@link DossierGegevensOveralGedektTest}: a table with dossier data added later is
 * checked here as soon as it exists.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverplaatsingTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final UUID HVB_ID = Region.idFor(HART_VAN_BRABANT);
  private static final UUID NOB_ID = Region.idFor(NOORDOOST_BRABANT);
  private static final String AZC = "AZC-OISTERWIJK";
  private static final String BERNHEZE = "GM1721";
  private static final String MEIERIJSTAD = "GM1948";
  private static final String GOIRLE = "GM0785";

  @Autowired
  WebTestClient web;

  @Autowired
  Clock klok;

  private final String nob = issuers.regioCoordinator(NOORDOOST_BRABANT);
  private final String hvb = issuers.regioCoordinator(HART_VAN_BRABANT);

  private final List<String[]> afspraken = new ArrayList<>();

  @BeforeAll
  void afspraken() {
    // azc Oisterwijk (the one both regions work with) in force for these gemeenten, ended after the class: the
    // access matrix counts on no agreement of it in force in noordoost-brabant
    afspraken.add(new String[] {NOORDOOST_BRABANT, TestAfspraken.actief(web, NOORDOOST_BRABANT, AZC, BERNHEZE,
        "2026-01-01")});
    afspraken.add(new String[] {NOORDOOST_BRABANT, TestAfspraken.actief(web, NOORDOOST_BRABANT, AZC, MEIERIJSTAD,
        "2026-01-01")});
    afspraken.add(new String[] {HART_VAN_BRABANT, TestAfspraken.actief(web, HART_VAN_BRABANT, AZC, GOIRLE,
        "2026-01-01")});
  }

  @org.junit.jupiter.api.AfterAll
  void beeindig() {
    afspraken.forEach(a -> TestAfspraken.beeindig(web, a[0], a[1]));
  }

  @Test
  void bevestigdGaanHetDossierEnAlZijnHistorieMeeEnHoudtDeVerzenderNietsVanDePersoon() throws Exception {
    String achternaam = "Overplaats" + UUID.randomUUID().toString().substring(0, 8);
    String coaReferentie = "COA-OVP-" + UUID.randomUUID().toString().substring(0, 6);
    UUID id = volledigDossier(achternaam, coaReferentie);
    List<String> tabellen = DossierGegevensOveralGedektTest.dossierTabellen();
    Map<String, Long> voor = DossierRijen.rijen(NOB_ID, id, tabellen);
    // every table but the request's own (not yet asked) has rows of this dossier: the move is really tested
    assertThat(voor).allSatisfy((t, n) -> assertThat(n).as(t).isGreaterThan(t.equals("dossier_overplaatsing") ? -1 : 0));

    // bad input: every error at once, nothing asked
    web.post().uri("/api/v1/regios/noordoost-brabant/dossiers/{id}/overplaatsingen", id)
        .headers(h -> h.setBearerAuth(nob)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("regio", "noordoost-brabant", "gemeente", "Goirle", "reden", " "))
        .exchange().expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.invalidParams.length()").isEqualTo(3);
    web.post().uri("/api/v1/regios/noordoost-brabant/dossiers/{id}/overplaatsingen", id)
        .headers(h -> h.setBearerAuth(nob)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("regio", HART_VAN_BRABANT, "gemeente", BERNHEZE, "reden", "Verkeerde regio"))
        .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.invalidParams[0].name")
        .isEqualTo("gemeente");
    // only the coördinator asks
    web.post().uri("/api/v1/regios/noordoost-brabant/dossiers/{id}/overplaatsingen", id)
        .headers(h -> h.setBearerAuth(issuers.gemeenteMedewerker(NOORDOOST_BRABANT, MEIERIJSTAD)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(verzoek()).exchange().expectStatus().isForbidden();
    assertThat(DossierRijen.rijen(NOB_ID, id, List.of("dossier_overplaatsing")).get("dossier_overplaatsing")).isZero();

    Map<?, ?> uit = vraagAan(id);
    String verzoek = (String) uit.get("id");
    assertThat(uit.get("status")).isEqualTo("aangevraagd");
    assertThat(uit.get("persoon")).isNull();
    // one open request per dossier; while it is open the dossier keeps its gemeente
    web.post().uri("/api/v1/regios/noordoost-brabant/dossiers/{id}/overplaatsingen", id)
        .headers(h -> h.setBearerAuth(nob)).contentType(MediaType.APPLICATION_JSON).bodyValue(verzoek())
        .exchange().expectStatus().isEqualTo(409);

    // the receiver sees the minimum, and nothing of the dossier itself
    Map<?, ?> inkomend = inkomend(hvb, HART_VAN_BRABANT, verzoek);
    assertThat(inkomend.keySet().stream().map(String::valueOf).toList()).doesNotContain("taal", "vNummer", "factoren",
        "huishouden");
    assertThat(((Map<?, ?>) inkomend.get("persoon")).keySet().stream().map(String::valueOf).toList())
        .containsExactlyInAnyOrder("naam", "geboortedatum");
    assertThat(((Map<?, ?>) inkomend.get("persoon")).get("naam")).asString().contains(achternaam);
    assertThat(inkomend.get("coaReferentie")).isEqualTo(coaReferentie);
    assertThat(inkomend.get("andereRegioNaam")).isNotNull();
    web.get().uri("/api/v1/regios/hart-van-brabant/dossiers/{id}", id).headers(h -> h.setBearerAuth(hvb))
        .exchange().expectStatus().isNotFound();
    // the receiver's gemeente staff may not confirm
    web.post().uri("/api/v1/regios/hart-van-brabant/overplaatsingen/{id}/bevestiging", verzoek)
        .headers(h -> h.setBearerAuth(issuers.gemeenteMedewerker(HART_VAN_BRABANT, GOIRLE)))
        .exchange().expectStatus().isForbidden();

    Map<?, ?> bevestigd = web.post().uri("/api/v1/regios/hart-van-brabant/overplaatsingen/{id}/bevestiging", verzoek)
        .headers(h -> {
          h.setBearerAuth(hvb);
          h.set("Idempotency-Key", UUID.randomUUID().toString());
        }).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    assertThat(bevestigd.get("status")).isEqualTo("bevestigd");
    assertThat(bevestigd.get("dossierId")).isEqualTo(id.toString());
    assertThat(bevestigd.get("persoon")).isNull();
    String nieuwNummer = (String) bevestigd.get("nieuwDossiernummer");
    assertThat(nieuwNummer).startsWith("HVB-");

    // the sender: no row of the dossier in any table of it, and nowhere its person's data
    assertThat(DossierRijen.rijen(NOB_ID, id, tabellen)).as("bij de verzender na de overplaatsing")
        .allSatisfy((t, n) -> assertThat(n).as(t).isZero());
    assertThat(persoonsgegevensIn(NOB_ID, List.of(achternaam, coaReferentie))).as("tabellen van de verzender")
        .isEmpty();
    // the receiver: every table's rows arrived (the sender's notificaties are its own and go)
    Map<String, Long> na = DossierRijen.rijen(HVB_ID, id, tabellen);
    for (String t : tabellen) {
      if (t.equals("notificatie")) {
        assertThat(na.get(t)).as(t).isZero();
      } else if (t.equals("dossier_overplaatsing") || t.equals("dashboard_dossier_feit")) {
        assertThat(na.get(t)).as(t).isEqualTo(1);
      } else {
        assertThat(na.get(t)).as("aangekomen in " + t).isGreaterThanOrEqualTo(voor.get(t));
      }
    }

    // the sender's old id answers 404 everywhere, sub-resources too
    for (String pad : List.of("", "/historie", "/mijlpalen", "/gesprekken", "/notities", "/audit", "/inzage")) {
      web.get().uri("/api/v1/regios/noordoost-brabant/dossiers/" + id + pad).headers(h -> h.setBearerAuth(nob))
          .exchange().expectStatus().isNotFound();
    }
    // the receiver's dossier: new number, its gemeente, no vaste contactpersoon, no V-nummer (not recorded here)
    Map<?, ?> dossier = web.get().uri("/api/v1/regios/hart-van-brabant/dossiers/{id}", id)
        .headers(h -> h.setBearerAuth(hvb)).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
        .getResponseBody();
    assertThat(dossier.get("dossiernummer")).isEqualTo(nieuwNummer);
    assertThat(dossier.get("gemeente")).isEqualTo(GOIRLE);
    assertThat(dossier.get("vasteContactpersoonId")).isNull();
    assertThat(dossier.get("vNummer")).isNull();
    assertThat(((Map<?, ?>) dossier.get("persoon")).get("naam")).asString().contains(achternaam);
    assertThat(dossier.get("coaReferentie")).isEqualTo(coaReferentie);
    web.get().uri("/api/v1/regios/hart-van-brabant/dossiers/{id}/historie?paginaGrootte=100", id)
        .headers(h -> h.setBearerAuth(hvb)).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.gebeurtenissen[0].soort").isEqualTo("aangemaakt")
        .jsonPath("$.gebeurtenissen[?(@.soort == 'overgeplaatst')].omschrijving").exists()
        .jsonPath("$.gebeurtenissen[?(@.soort == 'hermatcht')]").exists();
    web.get().uri("/api/v1/regios/hart-van-brabant/dossiers/{id}/notities", id).headers(h -> h.setBearerAuth(hvb))
        .exchange().expectStatus().isOk().expectBody().jsonPath("$.notities.length()").isEqualTo(1);
    web.get().uri("/api/v1/regios/hart-van-brabant/dossiers/{id}/gesprekken", id).headers(h -> h.setBearerAuth(hvb))
        .exchange().expectStatus().isOk().expectBody().jsonPath("$.gesprekken.length()").isEqualTo(1);
    // both sides audited, ids only
    assertThat(acties(NOB_ID, id)).contains("dossier.overplaatsing-aanvragen", "dossier.overplaatsen");
    assertThat(acties(HVB_ID, id)).contains("dossier.ontvangen");
    // the sender sees its answered request, without the dossier
    web.get().uri("/api/v1/regios/noordoost-brabant/overplaatsingen?richting=uitgaand&paginaGrootte=100")
        .headers(h -> h.setBearerAuth(nob)).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.overplaatsingen[?(@.id == '" + verzoek + "')].status").isEqualTo("bevestigd")
        .jsonPath("$.overplaatsingen[?(@.id == '" + verzoek + "')].dossierId").doesNotExist()
        .jsonPath("$.paginering.pagina").isEqualTo(1);
    // a repeat of the confirmation is answered 409, and changes nothing
    web.post().uri("/api/v1/regios/hart-van-brabant/overplaatsingen/{id}/bevestiging", verzoek)
        .headers(h -> h.setBearerAuth(hvb)).exchange().expectStatus().isEqualTo(409)
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void nietVanOnsLaatHetDossierBijDeVerzenderDieHetAntwoordZiet() throws Exception {
    UUID id = eenvoudigDossier();
    String verzoek = (String) vraagAan(id).get("id");
    // hermatching waits while it is open
    web.post().uri("/api/v1/regios/hart-van-brabant/overplaatsingen/{id}/weigering", verzoek)
        .headers(h -> h.setBearerAuth(hvb)).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
        .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("reden");
    web.post().uri("/api/v1/regios/hart-van-brabant/overplaatsingen/{id}/weigering", verzoek)
        .headers(h -> h.setBearerAuth(hvb)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("reden", "Goirle heeft deze koppeling niet")).exchange().expectStatus().isCreated()
        .expectBody().jsonPath("$.status").isEqualTo("geweigerd").jsonPath("$.persoon").doesNotExist();
    web.get().uri("/api/v1/regios/noordoost-brabant/overplaatsingen/{id}", verzoek)
        .headers(h -> h.setBearerAuth(nob)).exchange().expectStatus().isOk().expectBody()
        .jsonPath("$.status").isEqualTo("geweigerd")
        .jsonPath("$.antwoord").isEqualTo("Goirle heeft deze koppeling niet")
        .jsonPath("$.dossierId").isEqualTo(id.toString());
    web.get().uri("/api/v1/regios/noordoost-brabant/dossiers/{id}", id).headers(h -> h.setBearerAuth(nob))
        .exchange().expectStatus().isOk();
    // the receiver keeps nothing of the person after its answer
    assertThat(persoonsgegevensVanVerzoek(HVB_ID, UUID.fromString(verzoek))).isZero();
    // and the sender may ask again
    vraagAan(id);
  }

  @Test
  void eenBevestigingEnEenIntrekkingTegelijkPreciesEenWint() throws Exception {
    for (int i = 0; i < 3; i++) {
      UUID id = eenvoudigDossier();
      String verzoek = (String) vraagAan(id).get("id");
      CompletableFuture<Integer> bevestiging = CompletableFuture.supplyAsync(() -> web.post()
          .uri("/api/v1/regios/hart-van-brabant/overplaatsingen/{id}/bevestiging", verzoek)
          .headers(h -> h.setBearerAuth(hvb)).exchange().returnResult(String.class).getStatus().value());
      CompletableFuture<Integer> intrekking = CompletableFuture.supplyAsync(() -> web.post()
          .uri("/api/v1/regios/noordoost-brabant/overplaatsingen/{id}/intrekking", verzoek)
          .headers(h -> h.setBearerAuth(nob)).exchange().returnResult(String.class).getStatus().value());
      List<Integer> uitkomst = new ArrayList<>(List.of(bevestiging.get(), intrekking.get()));
      assertThat(uitkomst).as("ronde " + i).containsExactlyInAnyOrder(201, 409);
      boolean bevestigd = bevestiging.get() == 201;
      assertThat(DossierRijen.rijen(bevestigd ? HVB_ID : NOB_ID, id, List.of("dossier")).get("dossier")).isEqualTo(1);
      assertThat(DossierRijen.rijen(bevestigd ? NOB_ID : HVB_ID, id, List.of("dossier")).get("dossier")).isZero();
    }
  }

  // ------------------------------------------------------------------------------------------- fixtures

  private static Map<String, Object> verzoek() {
    return Map.of("regio", HART_VAN_BRABANT, "gemeente", GOIRLE, "reden", "Gekoppeld aan Goirle, buiten onze regio");
  }

  private Map<?, ?> vraagAan(UUID id) {
    return web.post().uri("/api/v1/regios/noordoost-brabant/dossiers/{id}/overplaatsingen", id)
        .headers(h -> {
          h.setBearerAuth(nob);
          h.set("Idempotency-Key", UUID.randomUUID().toString());
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(verzoek()).exchange().expectStatus().isCreated()
        .expectBody(Map.class).returnResult().getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private Map<?, ?> inkomend(String token, String regio, String verzoek) {
    Map<?, ?> lijst = web.get().uri("/api/v1/regios/" + regio + "/overplaatsingen?richting=inkomend&paginaGrootte=100")
        .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
        .getResponseBody();
    return ((List<Map<?, ?>>) lijst.get("overplaatsingen")).stream().filter(o -> verzoek.equals(o.get("id")))
        .findFirst().orElseThrow();
  }

  private UUID eenvoudigDossier() {
    Map<String, Object> invoer = DossierApi.invoer(BERNHEZE, AZC, TestContactpersonen.vanGemeente(BERNHEZE));
    return UUID.fromString((String) new DossierApi(web).maak(nob, NOORDOOST_BRABANT, invoer).get("id"));
  }

  /** A dossier with a row in every table: person, V-nummer, household, milestone, gesprek, re-match, note. */
  private UUID volledigDossier(String achternaam, String coaReferentie) throws SQLException {
    UUID vast = TestContactpersonen.vanGemeente(BERNHEZE);
    Map<String, Object> invoer = DossierApi.invoer(BERNHEZE, AZC, vast);
    invoer.put("persoon", nl.doorlopendelijn.testsupport.TestPersonen.persoon("Testpersoon", achternaam));
    invoer.put("huishouden", "HH-OVP-" + UUID.randomUUID().toString().substring(0, 8));
    invoer.put("coaReferentie", coaReferentie);
    invoer.put("vNummer", String.valueOf(1_000_000_000L + (long) (Math.random() * 8_999_999_999L)));
    DossierRijen.koppel(vast, issuers.issuer(NOORDOOST_BRABANT), "overplaatsing-");
    String id = (String) new DossierApi(web).maak(nob, NOORDOOST_BRABANT, invoer).get("id");
    String pad = "/api/v1/regios/noordoost-brabant/dossiers/" + id;
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> DossierRijen.rijen(NOB_ID, UUID.fromString(id),
        List.of("notificatie")).get("notificatie") > 0);
    web.post().uri(pad + "/mijlpalen/kennismaking/afrondingen").headers(h -> h.setBearerAuth(nob))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("notitie", "kennismaking gehad"))
        .exchange().expectStatus().isCreated();
    web.post().uri(pad + "/gesprekken").headers(h -> h.setBearerAuth(nob))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("soort", "driegesprek-voor-verhuizing", "begintOp",
            java.time.OffsetDateTime.now(klok).plusDays(2).withNano(0).toString(), "vorm", "online"))
        .exchange().expectStatus().isCreated();
    invoer.put("gemeente", MEIERIJSTAD);
    invoer.put("vasteContactpersoonId", TestContactpersonen.vanGemeente(MEIERIJSTAD).toString());
    web.put().uri(pad).headers(h -> {
      h.setBearerAuth(nob);
      h.setIfMatch("\"2\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(invoer).exchange().expectStatus().isOk();
    String notitie = (String) web.post().uri(pad + "/notities").headers(h -> h.setBearerAuth(nob))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("onderwerp", "Overplaatsing", "tekst", "Eerste"))
        .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
    web.put().uri(pad + "/notities/" + notitie).headers(h -> {
      h.setBearerAuth(nob);
      h.setIfMatch("\"1\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("onderwerp", "Overplaatsing", "tekst", "Tweede"))
        .exchange().expectStatus().isOk();
    return UUID.fromString(id);
  }



  /** The tenant tables of {@code tenant} with a row that holds one of {@code waarden} anywhere (as JSON text). */
  private static List<String> persoonsgegevensIn(UUID tenant, List<String> waarden) throws SQLException {
    List<String> gevonden = new ArrayList<>();
    try (Connection c = TestDatabase.shared().connectAsOwner()) {
      DossierRijen.zetTenant(c, tenant);
      List<String> tabellen = new ArrayList<>();
      try (var st = c.createStatement(); var rs = st.executeQuery("""
          select c.table_name from information_schema.columns c
          join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
          where c.column_name = 'tenant_id' and c.table_schema = current_schema() and t.table_type = 'BASE TABLE'""")) {
        while (rs.next()) {
          tabellen.add(rs.getString(1));
        }
      }
      for (String t : tabellen) {
        for (String w : waarden) {
          try (var st = c.prepareStatement("select count(*) from " + t + " x where x.tenant_id = ?"
              + " and to_jsonb(x)::text like ?")) {
            st.setObject(1, tenant);
            st.setString(2, "%" + w + "%");
            try (var rs = st.executeQuery()) {
              rs.next();
              if (rs.getLong(1) > 0) {
                gevonden.add(t + ": " + w);
              }
            }
          }
        }
      }
    }
    return gevonden;
  }

  private static long persoonsgegevensVanVerzoek(UUID tenant, UUID verzoek) throws SQLException {
    try (Connection c = TestDatabase.shared().connectAsOwner()) {
      DossierRijen.zetTenant(c, tenant);
      try (var st = c.prepareStatement("select count(*) from dossier_overplaatsing where tenant_id = ? and id = ?"
          + " and (voornamen is not null or achternaam is not null or geboortedatum is not null"
          + " or coa_referentie is not null)")) {
        st.setObject(1, tenant);
        st.setObject(2, verzoek);
        try (var rs = st.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }
  }

  private static List<String> acties(UUID tenant, UUID id) throws SQLException {
    List<String> a = new ArrayList<>();
    try (Connection c = TestDatabase.shared().connectAsOwner()) {
      DossierRijen.zetTenant(c, tenant);
      try (var st = c.prepareStatement("select actie from audit_record where tenant_id = ? and ? = any(object_ids)")) {
        st.setObject(1, tenant);
        st.setString(2, id.toString());
        try (var rs = st.executeQuery()) {
          while (rs.next()) {
            a.add(rs.getString(1));
          }
        }
      }
    }
    return a;
  }

}
