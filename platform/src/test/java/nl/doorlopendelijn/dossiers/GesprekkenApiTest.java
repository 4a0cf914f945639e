package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.doorlopendelijn.testsupport.IdempotentieProef;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestIssuers;
import nl.doorlopendelijn.testsupport.TestPersonen;
import nl.doorlopendelijn.tenancy.Region;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The kennismaking and the driegesprekken as events through the API: planned, moved, held (which completes the
 * milestone), cancelled; validation of every field at once; versions; who may do what; the dossier's history; the
 * .ics invitation (valid, stable UID, SEQUENCE, times in Europe/Amsterdam, the dossier number, never a name or a
 * V-nummer of the inburgeraar).
 */
@PlatformTest
class GesprekkenApiTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = "/api/v1/regios/hart-van-brabant/dossiers";
  private static final String NOB = "/api/v1/regios/noordoost-brabant/dossiers";
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Autowired
  WebTestClient web;

  @Autowired
  Clock klok;

  private final String tilburg = issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855");
  private final String dongen = issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0766");
  private final String coa = issuers.coaLiaison("AZC-OISTERWIJK");
  private final String coaGilze = issuers.coaLiaison("AZC-GILZE");
  private final String viewer = issuers.dashboardViewer(HART_VAN_BRABANT);
  private final String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);

  private UUID casemanager;
  private UUID klantregisseur;

  @org.junit.jupiter.api.BeforeEach
  void gids() {
    casemanager = TestContactpersonen.nieuw("AZC-OISTERWIJK");
    klantregisseur = TestContactpersonen.vanGemeente("GM0855");
  }

  // -------------------------------------------------------------------------------------------- the flow

  @Test
  void eenDossierHeeftHoogstensHonderdGesprekkenZodatZijnLijstBegrensdIs() {
    String id = dossier(tilburg);
    for (int i = 0; i < 100; i++) {
      plan(tilburg, id, driegesprek(gisteren(8).plus(Duration.ofMinutes(i)))).expectStatus().isCreated()
          .expectBody(Void.class);
    }
    plan(tilburg, id, driegesprek(gisteren(10))).expectStatus().isEqualTo(409).expectBody()
        .jsonPath("$.detail").value(d -> assertThat((String) d).contains("al 100 gesprekken"));
    web.get().uri(HVB + "/{id}/gesprekken", id).headers(h -> h.setBearerAuth(tilburg)).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.gesprekken.length()").isEqualTo(100);
  }


  @Test
  void eenDriegesprekWordtGeplandVerzetGehoudenEnRondtDeMijlpaalAf() {
    String id = dossier(tilburg);
    Instant begin = gisteren(10);
    JsonNode gepland = plan(tilburg, id, driegesprek(begin)).expectStatus().isCreated()
        .expectHeader().valueEquals("ETag", "\"1\"")
        .expectHeader().value("Location", l -> assertThat(l).startsWith(HVB + "/" + id + "/gesprekken/"))
        .expectBody(JsonNode.class).returnResult().getResponseBody();
    String gesprek = gepland.path("id").asString();
    assertThat(gepland.path("status").asString()).isEqualTo("gepland");
    assertThat(gepland.path("soortNaam").asString()).isEqualTo("Driegesprek na koppeling");
    assertThat(gepland.path("vormNaam").asString()).isEqualTo("Op het azc");
    assertThat(gepland.path("deelnemers").findValuesAsString("naam")).containsExactly("Test Contact",
        "Test Klantregisseur");
    // tolk and language follow the dossier when not given
    assertThat(gepland.path("tolkNodig").asBoolean()).isTrue();
    assertThat(gepland.path("taalNaam").asString()).isEqualTo("Arabisch");
    assertThat(gepland.path("inburgeraarNeemtDeel").asBoolean()).isTrue();
    assertThat(gepland.path("mijlpaalStatus").asString()).isEqualTo("open");
    assertThat(gepland.path("volgnummer").asInt()).isZero();

    // the COA sees it in the dossier's list
    web.get().uri(HVB + "/{id}/gesprekken", id).headers(h -> h.setBearerAuth(coa)).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.gesprekken[0].id").isEqualTo(gesprek);

    // moved an hour later: a new version, SEQUENCE + 1, in the history
    Map<String, Object> later = driegesprek(begin.plus(Duration.ofHours(1)));
    wijzig(tilburg, id, gesprek, "\"1\"", later).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"")
        .expectBody().jsonPath("$.volgnummer").isEqualTo(1);
    // the old version: 412, nothing changed
    wijzig(tilburg, id, gesprek, "\"1\"", driegesprek(begin)).expectStatus().isEqualTo(412).expectBody(Void.class);
    wijzig(tilburg, id, gesprek, null, driegesprek(begin)).expectStatus().isEqualTo(428).expectBody(Void.class);

    // the COA liaison records it as held: the milestone is complete on the gesprek's day
    JsonNode gehouden = verslag(coa, id, gesprek, "\"2\"", Map.of("aanwezig", List.of(casemanager.toString()),
        "inburgeraarAanwezig", true, "notitie", "Goed gesprek")).expectStatus().isCreated()
        .expectBody(JsonNode.class).returnResult().getResponseBody();
    assertThat(gehouden.path("status").asString()).isEqualTo("gehouden");
    assertThat(gehouden.path("mijlpaalStatus").asString()).isEqualTo("afgerond");
    assertThat(gehouden.path("melding").asString()).contains("is afgerond");
    assertThat(gehouden.path("deelnemers").path(0).path("aanwezig").asBoolean()).isTrue();
    assertThat(gehouden.path("deelnemers").path(1).path("aanwezig").asBoolean()).isFalse();
    assertThat(gehouden.path("magVastleggen").asBoolean()).isFalse();
    JsonNode d = lees(tilburg, HVB + "/" + id);
    JsonNode mijlpaal = mijlpaal(d, "driegesprek");
    assertThat(mijlpaal.path("status").asString()).isEqualTo("afgerond");
    assertThat(mijlpaal.path("afgerondOp").asString())
        .isEqualTo(begin.plus(Duration.ofHours(1)).atZone(AMSTERDAM).toLocalDate().toString());

    // held: no longer moved, recorded or cancelled (409)
    wijzig(tilburg, id, gesprek, "\"3\"", later).expectStatus().isEqualTo(409).expectBody(Void.class);
    verslag(tilburg, id, gesprek, null, Map.of("inburgeraarAanwezig", true)).expectStatus().isEqualTo(409)
        .expectBody(Void.class);
    annuleer(tilburg, id, gesprek, Map.of("reden", "te laat")).expectStatus().isEqualTo(409).expectBody(Void.class);

    // every step in the dossier's own history, with the name of who took it
    JsonNode historie = lees(tilburg, HVB + "/" + id + "/historie");
    List<String> soorten = historie.path("gebeurtenissen").findValuesAsString("soort");
    assertThat(soorten).containsSubsequence("aangemaakt", "gesprek-gepland", "gesprek-verzet", "gesprek-gehouden",
        "mijlpaal-afgerond");
    for (JsonNode g : historie.path("gebeurtenissen")) {
      if (g.path("soort").asString().startsWith("gesprek-")) {
        assertThat(g.path("mijlpaal").asString()).isEqualTo("driegesprek");
        assertThat(g.path("doorNaam").asString()).isNotBlank();
        assertThat(g.path("omschrijving").asString()).startsWith("Driegesprek na koppeling");
      }
    }
  }

  @Test
  void eenAlAfgerondeMijlpaalWordtNietNogmaalsAfgerondMaarHetVerslagWordtVastgelegd() {
    String id = dossier(tilburg);
    web.post().uri(HVB + "/{id}/mijlpalen/driegesprek/afrondingen", id).headers(h -> h.setBearerAuth(tilburg))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("notitie", "telefonisch")).exchange()
        .expectStatus().isCreated().expectBody(Void.class);
    String gesprek = geplandId(tilburg, id, driegesprek(gisteren(9)));
    JsonNode gehouden = verslag(tilburg, id, gesprek, null, Map.of("inburgeraarAanwezig", false))
        .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    assertThat(gehouden.path("status").asString()).isEqualTo("gehouden");
    assertThat(gehouden.path("melding").asString()).contains("was al afgerond");
    JsonNode historie = lees(tilburg, HVB + "/" + id + "/historie");
    assertThat(historie.path("gebeurtenissen").findValuesAsString("soort").stream()
        .filter("mijlpaal-afgerond"::equals)).hasSize(1);
  }

  @Test
  void deKennismakingRondtAfMetDeVormDieErbijHoort() {
    String id = dossier(tilburg);
    UUID buddy = TestContactpersonen.vanGemeente("GM0855");
    Map<String, Object> k = new LinkedHashMap<>(driegesprek(gisteren(14)));
    k.put("soort", "kennismaking");
    k.put("vorm", "kop-koffie");
    k.put("locatie", "Stadskantoor Tilburg");
    k.put("buddyId", buddy.toString());
    JsonNode gepland = plan(tilburg, id, k).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
        .getResponseBody();
    assertThat(gepland.path("buddy").path("id").asString()).isEqualTo(buddy.toString());
    verslag(tilburg, id, gepland.path("id").asString(), null, Map.of("inburgeraarAanwezig", true))
        .expectStatus().isCreated().expectBody(Void.class);
    JsonNode km = mijlpaal(lees(tilburg, HVB + "/" + id), "kennismaking");
    assertThat(km.path("status").asString()).isEqualTo("afgerond");
    assertThat(km.path("vorm").asString()).isEqualTo("kop-koffie");
  }

  @Test
  void annulerenMaaktDeUitnodigingEenAnnuleringMetEenHogerVolgnummer() {
    String id = dossier(tilburg);
    String gesprek = geplandId(tilburg, id, driegesprek(morgen(11)));
    annuleer(tilburg, id, gesprek, Map.of()).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.invalidParams[0].name").isEqualTo("reden");
    annuleer(tilburg, id, gesprek, Map.of("reden", "De inburgeraar is ziek")).expectStatus().isCreated()
        .expectBody().jsonPath("$.status").isEqualTo("geannuleerd")
        .jsonPath("$.annuleringsreden").isEqualTo("De inburgeraar is ziek");
    VEvent e = event(ics(tilburg, HVB, id, gesprek));
    ICalendar ical = Biweekly.parse(ics(tilburg, HVB, id, gesprek)).first();
    assertThat(ical.getMethod().getValue()).isEqualTo("CANCEL");
    assertThat(e.getSequence().getValue()).isEqualTo(1);
    assertThat(e.getStatus().isCancelled()).isTrue();
    wijzig(tilburg, id, gesprek, "\"2\"", driegesprek(morgen(12))).expectStatus().isEqualTo(409).expectBody(Void.class);
    verslag(tilburg, id, gesprek, null, Map.of("inburgeraarAanwezig", true)).expectStatus().isEqualTo(409)
        .expectBody(Void.class);
    assertThat(lees(tilburg, HVB + "/" + id + "/historie").path("gebeurtenissen").findValuesAsString("soort"))
        .contains("gesprek-geannuleerd");
  }

  @Test
  void eenGesprekDatNogMoetBeginnenWordtNietAlsGehoudenVastgelegd() {
    String id = dossier(tilburg);
    String gesprek = geplandId(tilburg, id, driegesprek(morgen(10)));
    verslag(tilburg, id, gesprek, null, Map.of("inburgeraarAanwezig", true)).expectStatus().isEqualTo(409)
        .expectBody(Void.class);
    assertThat(mijlpaal(lees(tilburg, HVB + "/" + id), "driegesprek").path("status").asString()).isEqualTo("open");
  }

  // -------------------------------------------------------------------------------------------- the invitation

  @Test
  void deUitnodigingIsGeldigEnNoemtHetDossiernummerMaarNooitDeNaamOfHetVNummer() {
    String nobCoordinator = issuers.regioCoordinator("noordoost-brabant");
    List<String> namen = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String voornaam = "Voornaam" + UUID.randomUUID().toString().substring(0, 6);
      String achternaam = "Achter" + UUID.randomUUID().toString().substring(0, 6);
      String vNummer = String.valueOf(1_000_000_000L + (long) (Math.random() * 8_999_999_999L));
      Map<String, Object> invoer = DossierApi.invoer("GM0828", "AZC-OISTERWIJK", UUID.randomUUID());
      invoer.put("persoon", TestPersonen.persoon(voornaam, achternaam));
      invoer.put("vNummer", vNummer);
      Map<String, Object> d = new DossierApi(web).maak(nobCoordinator, "noordoost-brabant", invoer);
      String id = (String) d.get("id");
      Instant begin = morgen(10 + i);
      Map<String, Object> body = driegesprek(begin);
      body.put("soort", "driegesprek-voor-verhuizing");
      body.put("vorm", "online");
      body.put("locatie", "https://video.voorbeeld.nl/kamer/" + i);
      ZonedDateTime lokaal = begin.atZone(AMSTERDAM);
      String gesprek = plan(nobCoordinator, NOB, id, body)
          .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
          .path("id").asString();
      String tekst = web.get().uri(NOB + "/{id}/gesprekken/{g}/uitnodiging", id, gesprek)
          .headers(h -> h.setBearerAuth(nobCoordinator)).exchange().expectStatus().isOk()
          .expectHeader().contentTypeCompatibleWith("text/calendar")
          .expectHeader().value("Content-Disposition", c -> assertThat(c).startsWith("attachment"))
          .expectBody(String.class).returnResult().getResponseBody();
      for (String verboden : List.of(voornaam, achternaam, vNummer)) {
        assertThat(tekst).as("uitnodiging noemt " + verboden).doesNotContainIgnoringCase(verboden);
      }
      namen.add(achternaam);
      ICalendar ical = Biweekly.parse(tekst).first();
      assertThat(ical.validate(biweekly.ICalVersion.V2_0).isEmpty()).as(ical.validate(biweekly.ICalVersion.V2_0)
          .toString()).isTrue();
      assertThat(ical.getMethod().getValue()).isEqualTo("REQUEST");
      VEvent e = ical.getEvents().get(0);
      assertThat(e.getUid().getValue()).isEqualTo(gesprek + "@doorlopendelijn.nl");
      assertThat(e.getSequence().getValue()).isZero();
      assertThat(e.getDateStart().getValue().toInstant()).isEqualTo(begin);
      assertThat(tekst).contains("DTSTART;TZID=Europe/Amsterdam:" + String.format("%04d%02d%02dT%02d%02d00",
          lokaal.getYear(), lokaal.getMonthValue(), lokaal.getDayOfMonth(), lokaal.getHour(), lokaal.getMinute()));
      assertThat(tekst).contains("BEGIN:VTIMEZONE").contains("TZID:Europe/Amsterdam");
      assertThat(e.getSummary().getValue()).contains((String) d.get("dossiernummer"));
      assertThat(e.getLocation().getValue()).isEqualTo("https://video.voorbeeld.nl/kamer/" + i);
      // the site's configured address, never the request's Host header
      assertThat(e.getUrl().getValue()).isEqualTo("http://localhost:8080/regio/noordoost-brabant/dossiers/" + id);
      assertThat(e.getAttendees()).extracting(a -> a.getEmail()).contains("test@voorbeeld.nl");
      assertThat(e.getOrganizer().getEmail()).isEqualTo("test@voorbeeld.nl");
    }
    assertThat(namen).doesNotHaveDuplicates();
  }

  @Test
  void verzettenVerhoogtHetVolgnummerMaarDeUidBlijft() {
    String id = dossier(tilburg);
    String gesprek = geplandId(tilburg, id, driegesprek(morgen(10)));
    VEvent voor = event(ics(tilburg, HVB, id, gesprek));
    wijzig(tilburg, id, gesprek, "\"1\"", driegesprek(morgen(13))).expectStatus().isOk().expectBody(Void.class);
    VEvent na = event(ics(coa, HVB, id, gesprek));
    assertThat(na.getUid().getValue()).isEqualTo(voor.getUid().getValue());
    assertThat(na.getSequence().getValue()).isEqualTo(voor.getSequence().getValue() + 1);
    assertThat(na.getDateStart().getValue().toInstant()).isEqualTo(morgen(13));
  }

  // -------------------------------------------------------------------------------------------- validation

  @Test
  void elkeFoutVanHetPlanKomtTegelijkInEenProbleem() {
    String id = dossier(tilburg);
    Map<String, Object> fout = new LinkedHashMap<>();
    fout.put("soort", "koffieuurtje");
    fout.put("vorm", "per-post");
    fout.put("duurMinuten", 2);
    fout.put("taal", "arabisch");
    fout.put("locatie", "x".repeat(501));
    fout.put("deelnemers", List.of(casemanager.toString(), casemanager.toString()));
    plan(tilburg, id, fout).expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
        .jsonPath("$.invalidParams[*].name").isEqualTo(List.of("soort", "begintOp", "duurMinuten", "vorm",
            "locatie", "deelnemers[1]", "taal"))
        .jsonPath("$.invalidParams[0].reason")
        .isEqualTo("moet kennismaking, driegesprek of driegesprek-voor-verhuizing zijn");
    assertThat(lees(tilburg, HVB + "/" + id + "/gesprekken").path("gesprekken").size()).isZero();
  }

  @Test
  void elkeOngeldigeInvoerIs400MetHetVeldErbij() {
    String id = dossier(tilburg);
    Instant begin = morgen(10);
    UUID weg = DossierContactpersonenTest.inactief(TestContactpersonen.nieuw("AZC-OISTERWIJK"));
    Map<String, Consumer<Map<String, Object>>> gevallen = new LinkedHashMap<>();
    gevallen.put("soort", b -> b.remove("soort"));
    gevallen.put("begintOp", b -> b.remove("begintOp"));
    gevallen.put("eindigtOp", b -> {
      b.remove("duurMinuten");
      b.put("eindigtOp", begin.minusSeconds(60).toString());
    });
    gevallen.put("duurMinuten", b -> b.put("duurMinuten", 481));
    gevallen.put("vorm", b -> b.put("vorm", "Online"));
    gevallen.put("locatie", b -> b.remove("locatie"));
    gevallen.put("deelnemers[0]", b -> b.put("deelnemers", List.of(UUID.randomUUID().toString())));
    gevallen.put("deelnemers[1]", b -> b.put("deelnemers", List.of(casemanager.toString(), weg.toString())));
    gevallen.put("taal", b -> b.put("taal", "xx"));
    gevallen.put("buddyId", b -> b.put("buddyId", klantregisseur.toString()));
    gevallen.put("begintOp ", b -> b.put("begintOp", LocalDate.now(klok).minusDays(30).atTime(10, 0)
        .atZone(AMSTERDAM).toOffsetDateTime().toString()));
    gevallen.put("locatie ", b -> {
      b.put("vorm", "online");
      b.put("locatie", "Zoom bij Sanne");
    });
    gevallen.put("taal  ", b -> {
      b.put("tolkNodig", true);
      b.put("taal", null);
    });
    for (var geval : gevallen.entrySet()) {
      Map<String, Object> body = driegesprek(begin);
      geval.getValue().accept(body);
      String verwacht = geval.getKey().strip();
      String dossierId = verwacht.equals("taal") && body.containsKey("tolkNodig") ? dossierZonderTaal() : id;
      plan(tilburg, dossierId, body).expectStatus().isBadRequest()
          .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody()
          .jsonPath("$.invalidParams[*].name").value(n -> assertThat(n).as(geval.getKey()).isEqualTo(
              List.of(verwacht)));
    }
    // a body that is not JSON of the right shape: 400 too, never a 500
    web.post().uri(HVB + "/{id}/gesprekken", id).headers(h -> h.setBearerAuth(tilburg))
        .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"begintOp\": \"morgen om tien\"}").exchange()
        .expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody(Void.class);
    web.post().uri(HVB + "/{id}/gesprekken", id).headers(h -> h.setBearerAuth(tilburg)).exchange()
        .expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody(Void.class);
    String gesprek = geplandId(tilburg, id, driegesprek(gisteren(10)));
    verslag(tilburg, id, gesprek, null, Map.of("aanwezig", List.of(UUID.randomUUID().toString()),
        "notitie", "x".repeat(501))).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.invalidParams[*].name").isEqualTo(List.of("inburgeraarAanwezig", "aanwezig[0]", "notitie"));
    Map<String, Object> andereSoort = driegesprek(gisteren(10));
    andereSoort.put("soort", "kennismaking");
    wijzig(tilburg, id, gesprek, "\"1\"", andereSoort).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.invalidParams[0].name").isEqualTo("soort");
    web.get().uri(HVB + "/{id}/gesprekken/{g}", id, "geen-uuid").headers(h -> h.setBearerAuth(tilburg)).exchange()
        .expectStatus().isBadRequest().expectBody(Void.class);
    web.get().uri(HVB + "/{id}/gesprekken/{g}", id, UUID.randomUUID()).headers(h -> h.setBearerAuth(tilburg))
        .exchange().expectStatus().isNotFound().expectBody(Void.class);
  }

  // -------------------------------------------------------------------------------------------- access

  @Test
  void wieDeMijlpaalMagAfrondenPlantHetGesprekWieHetDossierZietLeestHet() {
    String id = dossier(tilburg);
    Map<String, Object> kennismaking = new LinkedHashMap<>(driegesprek(morgen(10)));
    kennismaking.put("soort", "kennismaking");
    // the kennismaking is the gemeente's step: the COA liaison who sees the dossier may not plan it
    plan(coa, id, kennismaking).expectStatus().isForbidden().expectBody(Void.class);
    String gesprek = geplandId(coa, id, driegesprek(morgen(10)));
    // another gemeente, another azc, the dashboard viewer: the dossier does not exist for them
    for (String wie : List.of(dongen, coaGilze, viewer)) {
      web.get().uri(HVB + "/{id}/gesprekken", id).headers(h -> h.setBearerAuth(wie)).exchange()
          .expectStatus().isNotFound().expectBody(Void.class);
      web.get().uri(HVB + "/{id}/gesprekken/{g}/uitnodiging", id, gesprek).headers(h -> h.setBearerAuth(wie))
          .exchange().expectStatus().isNotFound().expectBody(Void.class);
      plan(wie, id, driegesprek(morgen(10))).expectStatus().isNotFound().expectBody(Void.class);
    }
    // a closed dossier keeps its gesprekken as they are
    web.post().uri(HVB + "/{id}/sluitingen", id).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isCreated().expectBody(Void.class);
    plan(tilburg, id, driegesprek(morgen(10))).expectStatus().isEqualTo(409).expectBody(Void.class);
    annuleer(tilburg, id, gesprek, Map.of("reden", "gesloten")).expectStatus().isEqualTo(409).expectBody(Void.class);
    web.get().uri(HVB + "/{id}/gesprekken", id).headers(h -> h.setBearerAuth(tilburg)).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.gesprekken[0].magVastleggen").isEqualTo(false);
  }

  @Test
  void lezenVanGesprekkenEnUitnodigingWordtGeaudit() {
    String id = dossier(tilburg);
    String gesprek = geplandId(tilburg, id, driegesprek(morgen(10)));
    UUID tenant = Region.idFor(HART_VAN_BRABANT);
    ics(tilburg, HVB, id, gesprek);
    lees(tilburg, HVB + "/" + id + "/gesprekken");
    for (String actie : List.of("dossier.gesprek-plannen", "dossier.gesprek-uitnodiging-lezen",
        "dossier.gesprekken-lezen")) {
      assertThat(IdempotentieProef.tel(tenant, "select count(*) from audit_record where actie = ? and ? = any(object_ids)",
          actie, id)).as(actie).isPositive();
    }
  }

  @Test
  void eenHerhaaldPlanMetDezelfdeSleutelPlantEenmaal() {
    String id = dossier(tilburg);
    UUID tenant = Region.idFor(HART_VAN_BRABANT);
    IdempotentieProef proef = new IdempotentieProef(web);
    var verzoek = new IdempotentieProef.Verzoek(HVB + "/" + id + "/gesprekken", driegesprek(morgen(10)), tilburg);
    proef.herhalingKrijgtHetEersteAntwoord(verzoek, 201, () -> IdempotentieProef.tel(tenant,
        "select count(*) from dossier_gesprek where dossier_id = ?", UUID.fromString(id)));
    proef.anderVerzoekMetDezelfdeSleutelGeeft422(verzoek,
        new IdempotentieProef.Verzoek(HVB + "/" + id + "/gesprekken", driegesprek(morgen(11)), tilburg),
        () -> IdempotentieProef.tel(tenant, "select count(*) from dossier_gesprek where dossier_id = ?",
            UUID.fromString(id)));
  }

  // -------------------------------------------------------------------------------------------- helpers

  private String dossier(String token) {
    Map<String, Object> invoer = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID());
    return (String) new DossierApi(web).maak(coordinator, HART_VAN_BRABANT, invoer).get("id");
  }

  private String dossierZonderTaal() {
    Map<String, Object> invoer = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID());
    Map<String, Object> p = TestPersonen.persoon();
    p.remove("taal");
    p.put("tolkNodig", false);
    invoer.put("persoon", p);
    return (String) new DossierApi(web).maak(coordinator, HART_VAN_BRABANT, invoer).get("id");
  }

  private Map<String, Object> driegesprek(Instant begin) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("soort", "driegesprek");
    b.put("begintOp", begin.atZone(AMSTERDAM).toOffsetDateTime().toString());
    b.put("duurMinuten", 60);
    b.put("vorm", "op-het-azc");
    b.put("locatie", "azc Oisterwijk, spreekkamer 2");
    b.put("deelnemers", List.of(casemanager.toString(), klantregisseur.toString()));
    return b;
  }

  private Instant gisteren(int uur) {
    return LocalDate.now(klok.withZone(AMSTERDAM)).minusDays(1).atTime(uur, 0).atZone(AMSTERDAM).toInstant();
  }

  private Instant morgen(int uur) {
    return LocalDate.now(klok.withZone(AMSTERDAM)).plusDays(1).atTime(uur, 0).atZone(AMSTERDAM).toInstant()
        .truncatedTo(ChronoUnit.SECONDS);
  }

  private WebTestClient.ResponseSpec plan(String token, String id, Map<String, Object> body) {
    return plan(token, HVB, id, body);
  }

  private WebTestClient.ResponseSpec plan(String token, String pad, String id, Map<String, Object> body) {
    return web.post().uri(pad + "/{id}/gesprekken", id).headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  private String geplandId(String token, String id, Map<String, Object> body) {
    return plan(token, id, body).expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
        .getResponseBody().path("id").asString();
  }

  private WebTestClient.ResponseSpec wijzig(String token, String id, String gesprek, String ifMatch,
      Map<String, Object> body) {
    return web.put().uri(HVB + "/{id}/gesprekken/{g}", id, gesprek).headers(h -> {
      h.setBearerAuth(token);
      if (ifMatch != null) {
        h.setIfMatch(ifMatch);
      }
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  private WebTestClient.ResponseSpec verslag(String token, String id, String gesprek, String ifMatch,
      Map<String, Object> body) {
    return web.post().uri(HVB + "/{id}/gesprekken/{g}/verslag", id, gesprek).headers(h -> {
      h.setBearerAuth(token);
      if (ifMatch != null) {
        h.setIfMatch(ifMatch);
      }
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  private WebTestClient.ResponseSpec annuleer(String token, String id, String gesprek, Map<String, Object> body) {
    return web.post().uri(HVB + "/{id}/gesprekken/{g}/annulering", id, gesprek).headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  private String ics(String token, String pad, String id, String gesprek) {
    return web.get().uri(pad + "/{id}/gesprekken/{g}/uitnodiging", id, gesprek).headers(h -> h.setBearerAuth(token))
        .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
  }

  private static VEvent event(String ics) {
    return Biweekly.parse(ics).first().getEvents().get(0);
  }

  private JsonNode lees(String token, String uri) {
    return web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
        .expectBody(JsonNode.class).returnResult().getResponseBody();
  }

  private static JsonNode mijlpaal(JsonNode dossier, String type) {
    for (JsonNode m : dossier.path("mijlpalen")) {
      if (m.path("type").asString().equals(type)) {
        return m;
      }
    }
    throw new AssertionError("geen mijlpaal " + type);
  }
}
