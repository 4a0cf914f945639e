package nl.doorlopendelijn.notificaties;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static nl.doorlopendelijn.testsupport.TestIssuers.NOORDOOST_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.doorlopendelijn.kernel.Tijdzone;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestAfspraken;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import nl.doorlopendelijn.testsupport.TestPersonen;
import nl.doorlopendelijn.testsupport.VerstelbareKlok;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The notificaties of issue 17 end to end: the dossiers' events through the real outbox, the rows per recipient
 * in real PostgreSQL, the {@code /api/v1/mijn/...} operations with really signed tokens. Recipients are fresh gids
 * entries of each test (linked by SQL, as a confirmed claim leaves them), so other tests' dossiers never count.
 */
@PlatformTest
class NotificatiesTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final Duration RUIM = Duration.ofSeconds(30);
  private static final String HVB = HART_VAN_BRABANT;
  private static final UUID HVB_ID = Region.idFor(HVB);
  private static final UUID NOB_ID = Region.idFor(NOORDOOST_BRABANT);
  private static final String TILBURG = "GM0855";
  private static final String OISTERWIJK = "AZC-OISTERWIJK";

  @Autowired
  WebTestClient web;

  @Autowired
  VerstelbareKlok klok;

  LocalDate vandaag;

  @BeforeEach
  void setUp() {
    vandaag = LocalDate.now(Clock.system(Tijdzone.NL));
  }

  /** A user with a token and (unless {@code koppeling} is null) her gids entry, linked with that status. */
  private record Gebruiker(String token, UUID entry) {}

  private Gebruiker gebruiker(String realm, String rol, Map<String, Object> attributen, UUID entry,
      String koppeling) {
    String subject = rol + "-" + UUID.randomUUID();
    if (koppeling != null) {
      koppel(entry, issuers.issuer(realm), subject, koppeling);
    }
    return new Gebruiker(issuers.token(realm, subject, List.of(rol), attributen), entry);
  }

  private Gebruiker coordinator(UUID entry) {
    return gebruiker(HVB, "regio-coordinator", Map.of(), entry, "bevestigd");
  }

  private Gebruiker gemeente(UUID entry, String koppeling) {
    return gebruiker(HVB, "gemeente-medewerker", Map.of("gemeente", TILBURG), entry, koppeling);
  }

  // ------------------------------------------------------------------------------------ who hears of what

  /**
   * Every soort, each by what really causes it, reaches exactly its recipients: never the actor (linked, in the
   * gemeente's organisation, and named as a participant), never an unlinked or pending entry (named too).
   */
  @Test
  void elkeSoortBereiktPreciesZijnOntvangersNietDeActeurEnGeenOngekoppeldeVermelding() {
    UUID vast = TestContactpersonen.vanGemeente(TILBURG);
    UUID collega = TestContactpersonen.vanGemeente(TILBURG);
    UUID ongekoppeld = TestContactpersonen.vanGemeente(TILBURG);
    UUID aangevraagd = TestContactpersonen.vanGemeente(TILBURG);
    UUID deelnemer = TestContactpersonen.nieuw(OISTERWIJK);
    UUID casemanager = TestContactpersonen.nieuw(OISTERWIJK);
    gemeente(vast, "bevestigd");
    gemeente(collega, "bevestigd");
    gemeente(aangevraagd, "aangevraagd");
    gebruiker("coa", "coa-liaison", Map.of("azc", OISTERWIJK), deelnemer, "bevestigd");
    gebruiker("coa", "coa-liaison", Map.of("azc", OISTERWIJK), casemanager, "bevestigd");
    // the actor: the coördinator, linked to an entry of the same gemeente (so nieuw-dossier would reach her)
    Gebruiker actor = coordinator(TestContactpersonen.vanGemeente(TILBURG));
    Set<UUID> onze = Set.of(vast, collega, ongekoppeld, aangevraagd, deelnemer, casemanager, actor.entry());

    // late from the start (koppeling 30 days ago) and moving in 10 days without klantprofiel-update
    UUID dossier = maakDossier(actor.token(), vast, casemanager, vandaag.minusDays(30), vandaag.plusDays(10));
    planGesprek(actor.token(), dossier, List.of(deelnemer, ongekoppeld, aangevraagd, actor.entry()));
    rondAf(actor.token(), dossier, "klantprofiel-update");

    Map<NotificatieSoort, Set<UUID>> verwacht = new EnumMap<>(NotificatieSoort.class);
    verwacht.put(NotificatieSoort.NIEUW_DOSSIER, Set.of(vast, collega));
    verwacht.put(NotificatieSoort.GESPREK_GEPLAND, Set.of(deelnemer));
    verwacht.put(NotificatieSoort.MIJLPAAL_TE_LAAT, Set.of(vast, casemanager));
    verwacht.put(NotificatieSoort.VERHUIZING_ZONDER_KLANTPROFIEL, Set.of(casemanager));
    verwacht.put(NotificatieSoort.KLANTPROFIEL_BIJGEWERKT, Set.of(vast));
    assertThat(verwacht.keySet()).as("every soort has its case here").containsExactly(NotificatieSoort.values());

    await().atMost(RUIM).untilAsserted(() -> assertThat(ontvangersPerSoort(HVB_ID, dossier, onze))
        .isEqualTo(verwacht));
    // every te-laat milestone is its own notification, each with its milestone; nobody hears one twice
    List<Map<String, Object>> rijen = rijen(HVB_ID, dossier);
    assertThat(rijen).filteredOn(r -> r.get("soort").equals("mijlpaal-te-laat"))
        .allSatisfy(r -> assertThat(r.get("mijlpaal")).isNotNull());
    assertThat(rijen).filteredOn(r -> r.get("soort").equals("verhuizing-zonder-klantprofiel"))
        .allSatisfy(r -> assertThat(r.get("mijlpaal")).isEqualTo("klantprofiel-update"));
    assertThat(rijen).filteredOn(r -> r.get("soort").equals("gesprek-gepland"))
        .allSatisfy(r -> assertThat(r.get("gesprek_id")).isNotNull());
    assertThat(rijen.stream().map(r -> r.get("ontvanger_id") + "/" + r.get("soort") + "/" + r.get("mijlpaal"))
        .toList()).doesNotHaveDuplicates();
    assertThat(rijen).allSatisfy(r -> assertThat(r.get("dossier_nummer")).asString().startsWith("HVB-"));
  }

  /** A gesprek moved tells every participant again; a change that only adds one tells just the new one. */
  @Test
  void eenVerzetGesprekMeldtIedereenOpnieuwEenToegevoegdeDeelnemerAlleenZichzelf() {
    Gebruiker actor = coordinator(TestContactpersonen.vanGemeente(TILBURG));
    UUID eerste = gekoppeldAzc();
    UUID tweede = gekoppeldAzc();
    UUID dossier = maakDossier(actor.token(), null, null, vandaag, null);
    OffsetDateTime begin = OffsetDateTime.now(Clock.system(Tijdzone.NL)).plusDays(3).withNano(0);
    UUID gesprek = planGesprek(actor.token(), dossier, List.of(eerste), begin);
    await().atMost(RUIM).until(() -> aantal(HVB_ID, dossier, "gesprek-gepland", eerste) == 1);

    wijzigGesprek(actor.token(), dossier, gesprek, "\"1\"", List.of(eerste, tweede), begin);
    await().atMost(RUIM).until(() -> aantal(HVB_ID, dossier, "gesprek-gepland", tweede) == 1);
    wijzigGesprek(actor.token(), dossier, gesprek, "\"2\"", List.of(eerste, tweede), begin.plusHours(2));
    await().atMost(RUIM).until(() -> aantal(HVB_ID, dossier, "gesprek-gepland", tweede) == 2);
    assertThat(aantal(HVB_ID, dossier, "gesprek-gepland", eerste)).as("added: not again; moved: again").isEqualTo(2);
  }

  /** A redelivered event (the same outbox event again) makes no second row and publishes no second mail. */
  @Test
  void eenHerbezorgdeGebeurtenisMaaktNietsTweeKeer() {
    UUID ontvanger = TestContactpersonen.vanGemeente(TILBURG);
    gemeente(ontvanger, "bevestigd");
    Gebruiker actor = coordinator(TestContactpersonen.vanGemeente(TILBURG));
    UUID dossier = maakDossier(actor.token(), ontvanger, null, vandaag, null);
    await().atMost(RUIM).until(() -> aantal(HVB_ID, dossier, "nieuw-dossier", ontvanger) == 1);
    UUID notificatie = id(HVB_ID, dossier, "nieuw-dossier", ontvanger);
    assertThat(teMailen(HVB_ID, notificatie)).isOne();

    UUID gebeurtenis = (UUID) rijen(HVB_ID, dossier).stream().filter(r -> r.get("id").equals(notificatie))
        .findFirst().orElseThrow().get("gebeurtenis_id");
    int opnieuw = sql(HVB_ID, "update outbox set delivered_at = null, next_attempt_at = now() where event_id = ?"
        + " and listener = 'notificaties.dossier-aangemaakt'", gebeurtenis);
    assertThat(opnieuw).isOne();
    await().atMost(RUIM).until(() -> geleverd(HVB_ID, gebeurtenis, "notificaties.dossier-aangemaakt"));

    assertThat(aantal(HVB_ID, dossier, "nieuw-dossier", ontvanger)).isOne();
    assertThat(teMailen(HVB_ID, notificatie)).isOne();
  }

  /** The preference at the moment a row is made: direct publishes one NotificatieTeMailen, dagelijks and uit none. */
  @Test
  void alleenBijDirectWordtErGemaild() {
    Map<Bezorging, UUID> perBezorging = new EnumMap<>(Bezorging.class);
    for (Bezorging b : Bezorging.values()) {
      UUID entry = TestContactpersonen.vanGemeente(TILBURG);
      Gebruiker g = gemeente(entry, "bevestigd");
      if (b != Bezorging.STANDAARD) {
        zetVoorkeur(g.token(), "nieuw-dossier", b.code()).expectStatus().isOk();
      }
      perBezorging.put(b, entry);
    }
    Gebruiker actor = coordinator(TestContactpersonen.vanGemeente(TILBURG));
    UUID dossier = maakDossier(actor.token(), null, null, vandaag, null);

    for (Bezorging b : Bezorging.values()) {
      UUID entry = perBezorging.get(b);
      await().atMost(RUIM).until(() -> aantal(HVB_ID, dossier, "nieuw-dossier", entry) == 1);
      UUID notificatie = id(HVB_ID, dossier, "nieuw-dossier", entry);
      assertThat(rij(HVB_ID, notificatie).get("bezorging")).as(b.code()).isEqualTo(b.code());
      assertThat(teMailen(HVB_ID, notificatie)).as(b.code()).isEqualTo(b == Bezorging.DIRECT ? 1 : 0);
    }
  }

  /**
   * A signal notifies when it comes up, not again when a recomputation finds it again. The recomputations are those
   * of the daily job's own statement ({@code DossierStore.zetSignalen}, which a note runs for its dossier alone), on
   * a day 60 days on: the whole daily job would recompute every test's dossiers.
   */
  @Test
  void eenSignaalMeldtEenKeerOokNaTweeHerberekeningen() {
    UUID casemanager = gekoppeldAzc();
    Gebruiker actor = coordinator(TestContactpersonen.vanGemeente(TILBURG));
    UUID dossier = maakDossier(actor.token(), null, casemanager, vandaag, null);
    assertThat(aantalNa(HVB_ID, dossier, "mijlpaal-te-laat", casemanager)).as("nothing late today").isZero();
    try {
      klok.zet(klok.instant().plus(Duration.ofDays(60)));
      schrijfNotitie(actor.token(), dossier);
      await().atMost(RUIM).until(() -> aantal(HVB_ID, dossier, "mijlpaal-te-laat", casemanager) > 0);
      long na1 = aantalNa(HVB_ID, dossier, "mijlpaal-te-laat", casemanager);
      klok.zet(klok.instant().plus(Duration.ofDays(1)));
      schrijfNotitie(actor.token(), dossier);
      assertThat(aantalNa(HVB_ID, dossier, "mijlpaal-te-laat", casemanager)).isEqualTo(na1);
      assertThat(mijlpalenTeLaat(HVB_ID, dossier, casemanager)).doesNotHaveDuplicates();
    } finally {
      klok.terugNaarSysteemtijd();
    }
  }

  // ------------------------------------------------------------------------------------ the API

  /** The list (newest first, paged, ?ongelezen), the count, marking one read (idempotent) and all read. */
  @Test
  void lijstTellingEnGelezenMarkeren() {
    UUID entry = gekoppeldAzc();
    Gebruiker ik = gebruikerVan(entry);
    Gebruiker actor = coordinator(TestContactpersonen.vanGemeente(TILBURG));
    UUID dossier = maakDossier(actor.token(), null, null, vandaag, null);
    for (int i = 0; i < 3; i++) {
      planGesprek(actor.token(), dossier, List.of(entry));
    }
    await().atMost(RUIM).until(() -> aantal(HVB_ID, dossier, "gesprek-gepland", entry) == 3);

    assertThat(ongelezen(ik.token())).isEqualTo(3);
    Map<String, Object> pagina1 = lijst(ik.token(), "paginaGrootte=2");
    assertThat(paginering(pagina1)).containsEntry("pagina", 1).containsEntry("paginaGrootte", 2)
        .containsEntry("totaalAantal", 3).containsEntry("totaalPaginas", 2);
    List<Map<String, Object>> items = items(pagina1);
    assertThat(items).hasSize(2);
    Map<String, Object> eerste = items.get(0);
    assertThat(eerste).containsEntry("soort", "gesprek-gepland").containsEntry("soortNaam", "Gesprek met je gepland")
        .containsEntry("mijlpaal", "driegesprek").containsKey("mijlpaalNaam").containsKey("gesprekId")
        .containsKey("aangemaaktOp").doesNotContainKey("gelezenOp");
    assertThat(eerste.get("regio")).isEqualTo(Map.of("slug", HVB, "naam", "Hart van Brabant"));
    assertThat(((Map<?, ?>) eerste.get("dossier")).get("id")).isEqualTo(dossier.toString());
    assertThat((String) ((Map<?, ?>) eerste.get("dossier")).get("nummer")).startsWith("HVB-");
    List<Map<String, Object>> alle = new ArrayList<>(items);
    alle.addAll(items(lijst(ik.token(), "paginaGrootte=2&pagina=2")));
    List<String> momenten = alle.stream().map(i -> (String) i.get("aangemaaktOp")).toList();
    assertThat(momenten).hasSize(3).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(b)
        .compareTo(OffsetDateTime.parse(a)));

    String id = (String) eerste.get("id");
    for (int i = 0; i < 2; i++) {
      web.post().uri("/api/v1/mijn/notificaties/{regio}/{id}/gelezen", HVB, id)
          .headers(h -> h.setBearerAuth(ik.token())).exchange().expectStatus().isNoContent();
    }
    assertThat(ongelezen(ik.token())).isEqualTo(2);
    assertThat(items(lijst(ik.token(), "ongelezen=true"))).extracting(i -> i.get("id")).doesNotContain(id)
        .hasSize(2);
    assertThat(items(lijst(ik.token(), "")).stream().filter(i -> i.get("id").equals(id)).findFirst().orElseThrow())
        .containsKey("gelezenOp");
    assertThat(auditRecords("notificatie.markeer-gelezen", id)).as("marked once, audited once").isOne();
    // someone else's notification, another region's path, no UUID: 404 / 404 / 400, nothing marked
    Gebruiker ander = gebruikerVan(gekoppeldAzc());
    UUID tweede = UUID.fromString((String) items.get(1).get("id"));
    web.post().uri("/api/v1/mijn/notificaties/{regio}/{id}/gelezen", HVB, tweede)
        .headers(h -> h.setBearerAuth(ander.token())).exchange().expectStatus().isNotFound();
    web.post().uri("/api/v1/mijn/notificaties/{regio}/{id}/gelezen", NOORDOOST_BRABANT, tweede)
        .headers(h -> h.setBearerAuth(ik.token())).exchange().expectStatus().isNotFound();
    web.post().uri("/api/v1/mijn/notificaties/{regio}/{id}/gelezen", HVB, "geen-id")
        .headers(h -> h.setBearerAuth(ik.token())).exchange().expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    web.get().uri("/api/v1/mijn/notificaties?ongelezen=misschien&paginaGrootte=0")
        .headers(h -> h.setBearerAuth(ik.token())).exchange().expectStatus().isBadRequest()
        .expectBody().jsonPath("$.invalidParams.length()").isEqualTo(2);
    assertThat(ongelezen(ik.token())).isEqualTo(2);

    web.post().uri("/api/v1/mijn/notificaties/gelezen").headers(h -> h.setBearerAuth(ik.token())).exchange()
        .expectStatus().isNoContent();
    assertThat(ongelezen(ik.token())).isZero();
    assertThat(items(lijst(ik.token(), "ongelezen=true"))).isEmpty();
    assertThat(items(lijst(ik.token(), ""))).hasSize(3);
  }

  /** Without a confirmed link: an empty list, 0, the default preferences, and 409 on a change. */
  @Test
  void zonderBevestigdeKoppelingNietsEnEenUitlegBijHetWijzigen() {
    Gebruiker aangevraagd = gemeente(TestContactpersonen.vanGemeente(TILBURG), "aangevraagd");
    assertThat(items(lijst(aangevraagd.token(), ""))).isEmpty();
    assertThat(ongelezen(aangevraagd.token())).isZero();
    assertThat(voorkeuren(aangevraagd.token()).values()).containsOnly("direct");
    zetVoorkeur(aangevraagd.token(), "nieuw-dossier", "uit", "\"1\"").expectStatus().isEqualTo(409)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("contactpersonengids"));
  }

  /** Preferences: every soort with names and an ETag; If-Match required (428), current (412); 400 names every bad entry. */
  @Test
  void voorkeurenMetIfMatchEnElkeFoutTegelijk() {
    Gebruiker ik = gebruikerVan(gekoppeldAzc());
    var get = web.get().uri("/api/v1/mijn/notificatievoorkeuren").headers(h -> h.setBearerAuth(ik.token()))
        .exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"")
        .expectBody(Map.class).returnResult().getResponseBody();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> lijst = (List<Map<String, Object>>) get.get("voorkeuren");
    assertThat(lijst).extracting(v -> v.get("soort")).containsExactlyElementsOf(NotificatieSoort.codes());
    assertThat(lijst).allSatisfy(v -> assertThat(v).containsEntry("bezorging", "direct")
        .containsEntry("bezorgingNaam", "Direct per e-mail").containsKey("soortNaam"));

    web.put().uri("/api/v1/mijn/notificatievoorkeuren").headers(h -> h.setBearerAuth(ik.token()))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body(Map.of("nieuw-dossier", "uit")))
        .exchange().expectStatus().isEqualTo(428);
    String etag = zetVoorkeur(ik.token(), "nieuw-dossier", "uit", "\"1\"").expectStatus().isOk()
        .returnResult(Map.class).getResponseHeaders().getETag();
    assertThat(etag).isNotEqualTo("\"1\"");
    zetVoorkeur(ik.token(), "gesprek-gepland", "dagelijks", "\"1\"").expectStatus().isEqualTo(412);
    zetVoorkeur(ik.token(), "gesprek-gepland", "dagelijks", etag).expectStatus().isOk();
    assertThat(voorkeuren(ik.token())).containsEntry("nieuw-dossier", "uit").containsEntry("gesprek-gepland", "dagelijks")
        .containsEntry("mijlpaal-te-laat", "direct");
    assertThat(auditRecords("notificatievoorkeur.wijzigen", ik.entry().toString())).isEqualTo(2);

    List<Map<String, Object>> fout = List.of(Map.of("soort", "onbekend", "bezorging", "direct"),
        Map.of("soort", "mijlpaal-te-laat", "bezorging", "soms"), Map.of("bezorging", "uit"),
        Map.of("soort", "mijlpaal-te-laat", "bezorging", "uit"));
    String huidig = web.get().uri("/api/v1/mijn/notificatievoorkeuren").headers(h -> h.setBearerAuth(ik.token()))
        .exchange().returnResult(Map.class).getResponseHeaders().getETag();
    web.put().uri("/api/v1/mijn/notificatievoorkeuren").headers(h -> {
      h.setBearerAuth(ik.token());
      h.setIfMatch(huidig);
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("voorkeuren", fout)).exchange()
        .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.invalidParams[*].name").value(n -> assertThat((List<Object>) n).containsExactlyInAnyOrder(
            "voorkeuren[0].soort", "voorkeuren[1].bezorging", "voorkeuren[2].soort", "voorkeuren[3].soort"));
    assertThat(voorkeuren(ik.token())).as("nothing changed").containsEntry("mijlpaal-te-laat", "direct");
  }

  /**
   * A region user sees her own region's notifications only, also when her entry has some elsewhere; a COA liaison
   * sees those of every region of her azc. Not one row of another region.
   */
  @Test
  void elkeGebruikerZietAlleenDeRegiosWaarinZeWerkt() {
    TestAfspraken.terOndertekening(web, HVB, OISTERWIJK, TILBURG);
    TestAfspraken.terOndertekening(web, NOORDOOST_BRABANT, OISTERWIJK, "GM0828");
    UUID entry = gekoppeldAzc();
    Gebruiker coa = gebruikerVan(entry);
    UUID hvb = maakDossier(coordinator(TestContactpersonen.vanGemeente(TILBURG)).token(), null, null, vandaag, null);
    String nob = issuers.regioCoordinator(NOORDOOST_BRABANT);
    UUID inNob = maakDossier(nob, NOORDOOST_BRABANT, "GM0828", null, null, vandaag, null);
    planGesprek(issuers.regioCoordinator(HVB), HVB, hvb, List.of(entry), null);
    // (a dossier of Noordoost-Brabant's plan has no driegesprek na koppeling: its kennismaking)
    planGesprek(nob, NOORDOOST_BRABANT, inNob, "kennismaking", List.of(entry));
    await().atMost(RUIM).until(() -> aantal(HVB_ID, hvb, "gesprek-gepland", entry) == 1
        && aantal(NOB_ID, inNob, "gesprek-gepland", entry) == 1);

    assertThat(items(lijst(coa.token(), "")).stream().map(i -> (Object) ((Map<?, ?>) i.get("regio")).get("slug")).toList())
        .containsExactlyInAnyOrder(HVB, NOORDOOST_BRABANT);
    assertThat(ongelezen(coa.token())).isEqualTo(2);

    // the same entry linked to a user of Hart van Brabant instead: only that region's row
    String subject = "regio-" + UUID.randomUUID();
    koppel(entry, issuers.issuer(HVB), subject, "bevestigd");
    String regioGebruiker = issuers.token(HVB, subject, List.of("regio-coordinator"), Map.of());
    List<Map<String, Object>> zijn = items(lijst(regioGebruiker, ""));
    assertThat(zijn).extracting(i -> (Object) ((Map<?, ?>) i.get("regio")).get("slug")).containsOnly(HVB);
    assertThat(zijn).extracting(i -> (Object) ((Map<?, ?>) i.get("dossier")).get("id")).containsExactly(hvb.toString());
    assertThat(ongelezen(regioGebruiker)).isOne();
    String inNobId = id(NOB_ID, inNob, "gesprek-gepland", entry).toString();
    web.post().uri("/api/v1/mijn/notificaties/{regio}/{id}/gelezen", NOORDOOST_BRABANT, inNobId)
        .headers(h -> h.setBearerAuth(regioGebruiker)).exchange().expectStatus().isNotFound();
    web.post().uri("/api/v1/mijn/notificaties/gelezen").headers(h -> h.setBearerAuth(regioGebruiker)).exchange()
        .expectStatus().isNoContent();
    assertThat(rij(NOB_ID, UUID.fromString(inNobId)).get("gelezen_op")).as("another region's row untouched").isNull();
    // and a platform operator has none
    assertThat(items(lijst(issuers.platformOperator(), ""))).isEmpty();
  }

  // ------------------------------------------------------------------------------------ fixtures

  /** A new entry of the azc, linked to a COA liaison of it (confirmed). */
  private UUID gekoppeldAzc() {
    UUID entry = TestContactpersonen.nieuw(OISTERWIJK);
    gebruikerVan(entry);
    return entry;
  }

  /** A COA liaison of Oisterwijk linked to {@code entry} (replacing any earlier link of it). */
  private Gebruiker gebruikerVan(UUID entry) {
    return gebruiker("coa", "coa-liaison", Map.of("azc", OISTERWIJK), entry, "bevestigd");
  }

  private UUID maakDossier(String token, UUID vast, UUID casemanager, LocalDate koppeling, LocalDate verhuizing) {
    return maakDossier(token, HVB, TILBURG, vast, casemanager, koppeling, verhuizing);
  }

  @SuppressWarnings("unchecked")
  private UUID maakDossier(String token, String regio, String gemeente, UUID vast, UUID casemanager,
      LocalDate koppeling, LocalDate verhuizing) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gemeente", gemeente);
    m.put("azcLocatie", OISTERWIJK);
    m.put("koppelingsdatum", koppeling.toString());
    m.put("factoren", Map.of("afstandTotAzcKm", 30, "verwachteMaandenTotWoning", 5, "kanReizen", true,
        "digitaalVaardig", false));
    if (vast != null) {
      m.put("vasteContactpersoonId", vast.toString());
    }
    if (casemanager != null) {
      m.put("casemanagerId", casemanager.toString());
    }
    if (verhuizing != null) {
      m.put("verwachteVerhuisdatum", verhuizing.toString());
    }
    m.put("persoon", TestPersonen.persoon());
    Map<String, Object> d = web.post().uri("/api/v1/regios/{regio}/dossiers", regio)
        .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON).bodyValue(m)
        .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    return UUID.fromString((String) d.get("id"));
  }

  private UUID planGesprek(String token, UUID dossier, List<UUID> deelnemers) {
    return planGesprek(token, HVB, dossier, deelnemers, null);
  }

  private UUID planGesprek(String token, UUID dossier, List<UUID> deelnemers, OffsetDateTime begin) {
    return planGesprek(token, HVB, dossier, deelnemers, begin);
  }

  private UUID planGesprek(String token, String regio, UUID dossier, List<UUID> deelnemers, OffsetDateTime begin) {
    OffsetDateTime start = begin != null ? begin : OffsetDateTime.now(Clock.system(Tijdzone.NL)).plusDays(2).withNano(0);
    return planGesprek(token, regio, dossier, "driegesprek", deelnemers, start);
  }

  private UUID planGesprek(String token, String regio, UUID dossier, String soort, List<UUID> deelnemers) {
    return planGesprek(token, regio, dossier, soort, deelnemers,
        OffsetDateTime.now(Clock.system(Tijdzone.NL)).plusDays(2).withNano(0));
  }

  @SuppressWarnings("unchecked")
  private UUID planGesprek(String token, String regio, UUID dossier, String soort, List<UUID> deelnemers,
      OffsetDateTime start) {
    Map<String, Object> g = web.post().uri("/api/v1/regios/{regio}/dossiers/{id}/gesprekken", regio, dossier)
        .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(gesprek(soort, deelnemers, start)).exchange().expectStatus().isCreated()
        .expectBody(Map.class).returnResult().getResponseBody();
    return UUID.fromString((String) g.get("id"));
  }

  private void wijzigGesprek(String token, UUID dossier, UUID gesprek, String ifMatch, List<UUID> deelnemers,
      OffsetDateTime begin) {
    web.put().uri("/api/v1/regios/{regio}/dossiers/{id}/gesprekken/{g}", HVB, dossier, gesprek).headers(h -> {
      h.setBearerAuth(token);
      h.setIfMatch(ifMatch);
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(gesprek("driegesprek", deelnemers, begin)).exchange()
        .expectStatus().isOk();
  }

  private static Map<String, Object> gesprek(String soort, List<UUID> deelnemers, OffsetDateTime begin) {
    return Map.of("soort", soort, "begintOp", begin.toString(), "vorm", "online",
        "deelnemers", deelnemers.stream().map(UUID::toString).toList());
  }

  private void schrijfNotitie(String token, UUID dossier) {
    web.post().uri("/api/v1/regios/{regio}/dossiers/{id}/notities", HVB, dossier)
        .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("onderwerp", "Stand van zaken", "tekst", "Nog geen woning.")).exchange()
        .expectStatus().isCreated();
  }

  private void rondAf(String token, UUID dossier, String mijlpaal) {
    web.post().uri("/api/v1/regios/{regio}/dossiers/{id}/mijlpalen/{m}/afrondingen", HVB, dossier, mijlpaal)
        .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("notitie", "bijgewerkt in TVS")).exchange().expectStatus().isCreated();
  }

  private WebTestClient.ResponseSpec zetVoorkeur(String token, String soort, String bezorging) {
    String etag = web.get().uri("/api/v1/mijn/notificatievoorkeuren").headers(h -> h.setBearerAuth(token))
        .exchange().returnResult(Map.class).getResponseHeaders().getETag();
    return zetVoorkeur(token, soort, bezorging, etag);
  }

  private WebTestClient.ResponseSpec zetVoorkeur(String token, String soort, String bezorging, String ifMatch) {
    return web.put().uri("/api/v1/mijn/notificatievoorkeuren").headers(h -> {
      h.setBearerAuth(token);
      h.setIfMatch(ifMatch);
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(body(Map.of(soort, bezorging))).exchange();
  }

  private static Map<String, Object> body(Map<String, String> perSoort) {
    return Map.of("voorkeuren", perSoort.entrySet().stream()
        .map(e -> Map.of("soort", e.getKey(), "bezorging", e.getValue())).toList());
  }

  @SuppressWarnings("unchecked")
  private Map<String, String> voorkeuren(String token) {
    Map<String, Object> a = web.get().uri("/api/v1/mijn/notificatievoorkeuren").headers(h -> h.setBearerAuth(token))
        .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    return ((List<Map<String, Object>>) a.get("voorkeuren")).stream()
        .collect(Collectors.toMap(v -> (String) v.get("soort"), v -> (String) v.get("bezorging")));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> lijst(String token, String query) {
    return web.get().uri("/api/v1/mijn/notificaties" + (query.isEmpty() ? "" : "?" + query))
        .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Map<String, Object> lijst) {
    return (List<Map<String, Object>>) lijst.get("notificaties");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> paginering(Map<String, Object> lijst) {
    return (Map<String, Object>) lijst.get("paginering");
  }

  private long ongelezen(String token) {
    Map<?, ?> a = web.get().uri("/api/v1/mijn/notificaties/ongelezen").headers(h -> h.setBearerAuth(token))
        .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    return ((Number) a.get("aantal")).longValue();
  }

  // ------------------------------------------------------------------------------------ the database

  private static void koppel(UUID entry, String issuer, String subject, String status) {
    try (Connection c = TestDatabase.shared().connectAsOwner();
        PreparedStatement ps = c.prepareStatement("""
            update contactpersoon set koppeling_issuer = ?, koppeling_subject = ?, koppeling_status = ?,
                   koppeling_aangevraagd_op = now(),
                   koppeling_bevestigd_op = case when ? = 'bevestigd' then now() end where id = ?""")) {
      ps.setString(1, issuer);
      ps.setString(2, subject);
      ps.setString(3, status);
      ps.setString(4, status);
      ps.setObject(5, entry);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Map<String, Object>> rijen(UUID tenant, UUID dossier) {
    return query(tenant, "select * from notificatie where dossier_id = ?", dossier);
  }

  private static Map<String, Object> rij(UUID tenant, UUID id) {
    return query(tenant, "select * from notificatie where id = ?", id).get(0);
  }

  private static Map<NotificatieSoort, Set<UUID>> ontvangersPerSoort(UUID tenant, UUID dossier, Set<UUID> onze) {
    Map<NotificatieSoort, Set<UUID>> m = new EnumMap<>(NotificatieSoort.class);
    for (Map<String, Object> r : rijen(tenant, dossier)) {
      UUID ontvanger = (UUID) r.get("ontvanger_id");
      if (onze.contains(ontvanger)) {
        m.computeIfAbsent(NotificatieSoort.vanCode((String) r.get("soort")).orElseThrow(),
            k -> new java.util.HashSet<>()).add(ontvanger);
      }
    }
    return m;
  }

  private static long aantal(UUID tenant, UUID dossier, String soort, UUID ontvanger) {
    return rijen(tenant, dossier).stream().filter(r -> r.get("soort").equals(soort)
        && r.get("ontvanger_id").equals(ontvanger)).count();
  }

  /** As {@link #aantal}, after every delivery of the dossier's events has been done. */
  private static long aantalNa(UUID tenant, UUID dossier, String soort, UUID ontvanger) {
    await().atMost(RUIM).until(() -> ((Number) query(tenant, "select count(*) as n from outbox where delivered_at"
        + " is null and payload ->> 'dossierId' = ?", dossier.toString()).get(0).get("n")).longValue() == 0);
    return aantal(tenant, dossier, soort, ontvanger);
  }

  private static List<Object> mijlpalenTeLaat(UUID tenant, UUID dossier, UUID ontvanger) {
    return rijen(tenant, dossier).stream().filter(r -> r.get("soort").equals("mijlpaal-te-laat")
        && r.get("ontvanger_id").equals(ontvanger)).map(r -> r.get("mijlpaal")).toList();
  }

  private static UUID id(UUID tenant, UUID dossier, String soort, UUID ontvanger) {
    return (UUID) rijen(tenant, dossier).stream().filter(r -> r.get("soort").equals(soort)
        && r.get("ontvanger_id").equals(ontvanger)).findFirst().orElseThrow().get("id");
  }

  /** How often a NotificatieTeMailen for this notification was written to the outbox (per listener: the test's). */
  private static long teMailen(UUID tenant, UUID notificatie) {
    return ((Number) query(tenant, "select count(*) as n from outbox where event_type = ? and listener ="
            + " 'test.notificatie-te-mailen' and payload ->> 'notificatieId' = ?",
        NotificatieTeMailen.class.getName(), notificatie.toString()).get(0).get("n")).longValue();
  }

  private static boolean geleverd(UUID tenant, UUID gebeurtenis, String listener) {
    return !query(tenant, "select 1 from outbox where event_id = ? and listener = ? and delivered_at is not null",
        gebeurtenis, listener).isEmpty();
  }

  private static long auditRecords(String actie, String objectId) {
    try (Connection c = TestDatabase.shared().connectAsOwner();
        PreparedStatement ps = c.prepareStatement("select count(*) from audit_record where actie = ?"
            + " and object_ids @> array[cast(? as text)]")) {
      ps.setString(1, actie);
      ps.setString(2, objectId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Map<String, Object>> query(UUID tenant, String sql, Object... args) {
    try (Connection c = TestDatabase.shared().connectAsOwner()) {
      zetTenant(c, tenant);
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          ps.setObject(i + 1, args[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          List<Map<String, Object>> l = new ArrayList<>();
          while (rs.next()) {
            Map<String, Object> m = new HashMap<>();
            for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
              m.put(rs.getMetaData().getColumnLabel(k), rs.getObject(k));
            }
            l.add(m);
          }
          return l;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int sql(UUID tenant, String sql, Object... args) {
    try (Connection c = TestDatabase.shared().connectAsOwner()) {
      zetTenant(c, tenant);
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          ps.setObject(i + 1, args[i]);
        }
        return ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void zetTenant(Connection c, UUID tenant) throws SQLException {
    try (var st = c.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
      st.setString(1, tenant.toString());
      st.execute();
    }
  }

}
