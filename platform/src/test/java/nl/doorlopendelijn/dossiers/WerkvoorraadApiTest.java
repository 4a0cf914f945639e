package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static nl.doorlopendelijn.testsupport.TestIssuers.NOORDOOST_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestAfspraken;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import nl.doorlopendelijn.testsupport.VerstelbareKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * {@code GET /api/v1/mijn/werkvoorraad} (issue 15, "Mijn werkvoorraad"): every kind of item, mine first, in urgency
 * order, paged, with each item's next action; who sees what, and a COA liaison across regions.
 */
@PlatformTest
class WerkvoorraadApiTest {

  private static final TestIssuers issuers = TestIssuers.shared();

  @Autowired
  WebTestClient web;

  @Autowired
  VerstelbareKlok klok;

  @Autowired
  DossierSignals signalen;

  DossierApi api;
  LocalDate vandaag;

  @BeforeEach
  void setUp() {
    api = new DossierApi(web);
    vandaag = LocalDate.now(Clock.system(nl.doorlopendelijn.kernel.Tijdzone.NL));
  }

  @AfterEach
  void klokTerug() {
    klok.terugNaarSysteemtijd();
  }

  /** Tilburg's fixture: two dossiers of hers, four of colleagues with more urgent things. */
  private record Tilburg(String token, UUID ik, String mijn, String mijnTweede, String ergTeLaat, String verhuizing,
      String vertrokken, String zonderContactpersoon) {
    Set<String> alle() {
      return Set.of(mijn, mijnTweede, ergTeLaat, verhuizing, vertrokken, zonderContactpersoon);
    }
  }

  private Tilburg tilburg() {
    String subject = "sanne-" + UUID.randomUUID();
    String token = issuers.token(HART_VAN_BRABANT, subject, List.of("gemeente-medewerker"),
        Map.of("gemeente", "GM0855"));
    UUID ik = TestContactpersonen.vanGemeente("GM0855");
    koppel(ik, issuers.issuer(HART_VAN_BRABANT), subject);
    // hers: a kennismaking 3 days late and a driegesprek due in 4 days (koppeling 10 days ago)
    String mijn = maak(token, "GM0855", ik, vandaag.minusDays(10), null);
    // hers too, nothing late: koppeling today (kennismaking in 7 days)
    String mijnTweede = maak(token, "GM0855", ik, vandaag, null);
    // colleagues': 53 days late; a move in 10 days; a vaste contactpersoon who left; none at all
    String ergTeLaat = maak(token, "GM0855", UUID.randomUUID(), vandaag.minusDays(60), null);
    String verhuizing = maak(token, "GM0855", UUID.randomUUID(), vandaag.minusDays(3), vandaag.plusDays(10));
    UUID weg = UUID.randomUUID();
    String vertrokken = maak(token, "GM0855", weg, vandaag, null);
    signalen.contactpersoonVertrokken(weg).block();
    String zonder = maak(token, "GM0855", null, vandaag, null);
    return new Tilburg(token, ik, mijn, mijnTweede, ergTeLaat, verhuizing, vertrokken, zonder);
  }

  @Test
  void elkeSoortMetZijnVolgendeActie() {
    Tilburg t = tilburg();
    List<Map<String, Object>> items = van(alles(t.token()), t.alle());

    Map<String, Object> teLaat = item(items, t.mijn(), "mijlpaal-te-laat", "kennismaking");
    assertThat(teLaat).containsEntry("mijn", true).containsEntry("urgentie", "hoog").containsEntry("urgentieNaam", "Hoog")
        .containsEntry("soortNaam", "Mijlpaal te laat").containsEntry("datum", vandaag.minusDays(3).toString());
    assertThat((String) teLaat.get("omschrijving")).startsWith("Kennismaking is 3 dagen te laat");
    assertThat(actie(teLaat)).containsEntry("code", "mijlpaal-afronden").containsEntry("naam", "Mijlpaal afronden")
        .containsEntry("methode", "POST")
        .containsEntry("pad", "/regio/hart-van-brabant/dossiers/" + t.mijn() + "/mijlpalen/kennismaking/afronden");
    @SuppressWarnings("unchecked")
    Map<String, Object> dossier = (Map<String, Object>) teLaat.get("dossier");
    assertThat(dossier).containsEntry("regio", "hart-van-brabant").containsEntry("gemeente", "GM0855")
        .containsEntry("gemeenteNaam", "Tilburg").containsEntry("azcLocatie", "AZC-OISTERWIJK");
    assertThat((String) dossier.get("azcLocatieNaam")).contains("Oisterwijk").isNotEqualTo("AZC-OISTERWIJK");
    assertThat(dossier.get("naam")).isNotNull();
    assertThat((String) dossier.get("dossiernummer")).startsWith("HVB-");

    Map<String, Object> binnenkort = item(items, t.mijn(), "mijlpaal-binnenkort", "driegesprek");
    assertThat(binnenkort).containsEntry("urgentie", "middel").containsEntry("datum", vandaag.plusDays(4).toString());

    Map<String, Object> verhuizing = item(items, t.verhuizing(), "verhuizing", "verhuizing");
    assertThat(verhuizing).containsEntry("mijn", false).containsEntry("datum", vandaag.plusDays(10).toString());
    assertThat(actie(verhuizing)).containsEntry("code", "verhuizing-bevestigen")
        .containsEntry("pad", "/regio/hart-van-brabant/dossiers/" + t.verhuizing() + "/mijlpalen/verhuizing/afronden");

    Map<String, Object> vertrokken = signaal(items, t.vertrokken(), "contactpersoon-vertrokken");
    assertThat(vertrokken).containsEntry("soort", "signaal").containsEntry("urgentie", "hoog");
    assertThat(actie(vertrokken)).containsEntry("code", "contactpersoon-kiezen").containsEntry("methode", "GET")
        .containsEntry("pad", "/regio/hart-van-brabant/dossiers/" + t.vertrokken() + "/wijzigen");
    assertThat(signaal(items, t.zonderContactpersoon(), "geen-contactpersoon")).containsEntry("urgentie", "middel");

    // an overdue milestone is said once: not again as the stored signal te-laat or driegesprek-buiten-norm
    assertThat(items).noneSatisfy(i -> assertThat(i.get("signaal")).isIn("te-laat", "driegesprek-buiten-norm"));
    // one item per dossier and milestone
    assertThat(items.stream().filter(i -> i.get("mijlpaal") != null)
        .map(i -> dossierId(i) + "/" + i.get("mijlpaal")).toList()).doesNotHaveDuplicates();
    // nothing to do yet in the second of hers except what is due within 7 days
    assertThat(items.stream().filter(i -> dossierId(i).equals(t.mijnTweede())))
        .allSatisfy(i -> assertThat(i.get("soort")).isEqualTo("mijlpaal-binnenkort"));
  }

  @Test
  void mijnDossiersEerstEnBinnenElkeGroepOpUrgentie() {
    Tilburg t = tilburg();
    List<Map<String, Object>> alles = alles(t.token());
    List<Map<String, Object>> items = van(alles, t.alle());

    // every item of hers before every other, in the whole werkvoorraad (not only the fixture's)
    int laatsteMijn = -1;
    int eersteAndere = Integer.MAX_VALUE;
    for (int i = 0; i < alles.size(); i++) {
      if (Boolean.TRUE.equals(alles.get(i).get("mijn"))) {
        laatsteMijn = i;
      } else {
        eersteAndere = Math.min(eersteAndere, i);
      }
    }
    assertThat(laatsteMijn).isLessThan(eersteAndere);
    assertThat(items.stream().filter(i -> Boolean.TRUE.equals(i.get("mijn"))).map(WerkvoorraadApiTest::dossierId)
        .collect(Collectors.toSet())).containsExactlyInAnyOrder(t.mijn(), t.mijnTweede());

    // the rule of docs/dossiers.md, written out here: te laat (longest first), hoog, coming (soonest), the rest
    assertThat(alles).isSortedAccordingTo(Comparator
        .comparing((Map<String, Object> i) -> !Boolean.TRUE.equals(i.get("mijn")))
        .thenComparingInt(WerkvoorraadApiTest::rang)
        .thenComparing(i -> (String) i.get("datum"), Comparator.nullsLast(Comparator.naturalOrder())));

    // so a colleague's 53 days late comes before her 3 days late? No: hers first; among the others the 53 days
    // late before the signal, the signal before the move, the move before the dossier without a contactpersoon
    int mijnTeLaat = index(items, t.mijn(), "mijlpaal-te-laat");
    int ergTeLaat = index(items, t.ergTeLaat(), "mijlpaal-te-laat");
    int hoog = index(items, t.vertrokken(), "signaal");
    int verhuizing = index(items, t.verhuizing(), "verhuizing");
    int zonder = index(items, t.zonderContactpersoon(), "signaal");
    assertThat(List.of(mijnTeLaat, ergTeLaat, hoog, verhuizing, zonder)).isSorted();
  }

  @Test
  void deTestklokMaaktVanBinnenkortTeLaat() {
    Tilburg t = tilburg();
    klok.zet(klok.instant().plus(Duration.ofDays(6)));
    Map<String, Object> driegesprek = item(van(alles(t.token()), t.alle()), t.mijn(), "mijlpaal-te-laat",
        "driegesprek");
    assertThat(driegesprek).containsEntry("urgentie", "hoog").containsEntry("datum", vandaag.plusDays(4).toString());
    assertThat((String) driegesprek.get("omschrijving")).contains("2 dagen te laat");
  }

  @Test
  void gepagineerdMetDeEnePaginering() {
    Tilburg t = tilburg();
    long totaal = pagina(t.token(), "pagina=1&paginaGrootte=100").paginering().get("totaalAantal");
    Pagina eerste = pagina(t.token(), "pagina=1&paginaGrootte=2");
    Pagina tweede = pagina(t.token(), "pagina=2&paginaGrootte=2");
    assertThat(eerste.items()).hasSize(2);
    assertThat(eerste.paginering()).containsEntry("pagina", 1L).containsEntry("paginaGrootte", 2L)
        .containsEntry("totaalAantal", totaal).containsEntry("totaalPaginas", (totaal + 1) / 2);
    assertThat(tweede.items()).hasSize(2).doesNotContainAnyElementsOf(eerste.items());
    assertThat(alles(t.token()).subList(0, 4)).containsExactlyElementsOf(
        java.util.stream.Stream.concat(eerste.items().stream(), tweede.items().stream()).toList());
    Pagina voorbij = pagina(t.token(), "pagina=" + (totaal + 1) + "&paginaGrootte=1");
    assertThat(voorbij.items()).isEmpty();
    assertThat(voorbij.paginering()).containsEntry("totaalAantal", totaal);

    web.get().uri("/api/v1/mijn/werkvoorraad?pagina=0&paginaGrootte=101").headers(h -> h.setBearerAuth(t.token()))
        .exchange().expectStatus().isBadRequest().expectBody()
        .jsonPath("$.invalidParams[?(@.name == 'query:pagina')]").exists()
        .jsonPath("$.invalidParams[?(@.name == 'query:paginaGrootte')]").exists();
  }

  @Test
  void geenMijnZonderKoppelingEnNietsVanEenAndereGemeente() {
    Tilburg t = tilburg();
    String collega = issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855");
    Map<String, Object> antwoord = antwoord(collega, "paginaGrootte=100");
    assertThat(antwoord).containsEntry("gekoppeld", false).containsEntry("werkgebied", "Tilburg");
    assertThat(van(alles(collega), t.alle())).isNotEmpty()
        .allSatisfy(i -> assertThat(i.get("mijn")).isEqualTo(false));
    assertThat(antwoord(t.token(), "paginaGrootte=1")).containsEntry("gekoppeld", true);

    assertThat(van(alles(issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0766")), t.alle())).isEmpty();
    for (String niemand : List.of(issuers.dashboardViewer(HART_VAN_BRABANT), issuers.platformOperator())) {
      assertThat(antwoord(niemand, "")).containsEntry("items", List.of());
    }
    // the coördinator sees the region: the werkgebied is the region
    assertThat(antwoord(issuers.regioCoordinator(HART_VAN_BRABANT), "paginaGrootte=1"))
        .containsEntry("werkgebied", "Hart van Brabant");
    // the read is audited, naming the dossiers (ids only)
    assertThat(gelezenDoor(t.mijn())).isPositive();
  }

  @Test
  void deCoaLiaisonZietHaarAzcInElkeRegioEnHaarEigenDossiersEerst() {
    TestAfspraken.terOndertekening(web, "hart-van-brabant", "AZC-OISTERWIJK", "GM0855");
    TestAfspraken.terOndertekening(web, "noordoost-brabant", "AZC-OISTERWIJK", "GM0828");
    String subject = "yara-" + UUID.randomUUID();
    String yara = issuers.token("coa", subject, List.of("coa-liaison"), Map.of("azc", "AZC-OISTERWIJK"));
    UUID ik = TestContactpersonen.nieuw("AZC-OISTERWIJK");
    koppel(ik, issuers.issuer("coa"), subject);
    String coordinatorHvb = issuers.regioCoordinator(HART_VAN_BRABANT);
    String coordinatorNob = issuers.regioCoordinator(NOORDOOST_BRABANT);
    var invoer = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID());
    invoer.put("koppelingsdatum", vandaag.minusDays(10).toString());
    invoer.put("casemanagerId", ik.toString());
    String haar = (String) api.maak(coordinatorHvb, "hart-van-brabant", invoer).get("id");
    String nob = maak(coordinatorNob, "noordoost-brabant", "GM0828", UUID.randomUUID(), vandaag.minusDays(30), null,
        "AZC-OISTERWIJK");
    String overloon = maak(coordinatorNob, "noordoost-brabant", "GM0828", UUID.randomUUID(), vandaag.minusDays(10),
        null, "AZC-OVERLOON");

    List<Map<String, Object>> alles = alles(yara);
    List<Map<String, Object>> items = van(alles, Set.of(haar, nob, overloon));
    assertThat(items.stream().map(WerkvoorraadApiTest::dossierId).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(haar, nob);
    assertThat(items).filteredOn(i -> dossierId(i).equals(haar)).allSatisfy(i -> assertThat(i.get("mijn")).isEqualTo(true));
    assertThat(alles.get(0).get("mijn")).isEqualTo(true);
    @SuppressWarnings("unchecked")
    Map<String, Object> inNob = (Map<String, Object>) item(items, nob, "mijlpaal-te-laat", "kennismaking").get("dossier");
    assertThat(inNob).containsEntry("regio", "noordoost-brabant").containsEntry("gemeenteNaam", "Oss");
    // the kennismaking is the gemeente's step: the COA opens the dossier instead
    assertThat(actie(item(items, haar, "mijlpaal-te-laat", "kennismaking"))).containsEntry("code", "dossier-openen")
        .containsEntry("pad", "/regio/hart-van-brabant/dossiers/" + haar);
    assertThat(antwoord(yara, "paginaGrootte=1")).containsEntry("werkgebied", naamVanAzc(items, haar));
  }

  @Test
  void geplandeGesprekkenVanDezeWeekMetHunVolgendeActie() {
    String subject = "sanne-" + UUID.randomUUID();
    String token = issuers.token(HART_VAN_BRABANT, subject, List.of("gemeente-medewerker"),
        Map.of("gemeente", "GM0855"));
    UUID ik = TestContactpersonen.vanGemeente("GM0855");
    koppel(ik, issuers.issuer(HART_VAN_BRABANT), subject);
    String dossier = maak(token, "GM0855", ik, vandaag.minusDays(10), null);
    UUID casemanager = TestContactpersonen.nieuw("AZC-OISTERWIJK");
    java.time.ZoneId zone = nl.doorlopendelijn.kernel.Tijdzone.NL;
    java.time.Instant nu = klok.instant();
    java.time.LocalDate maandag = LocalDate.now(klok.withZone(zone))
        .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
    java.time.Instant zondagAvond = maandag.atStartOfDay(zone).minusHours(1).toInstant();
    org.junit.jupiter.api.Assumptions.assumeTrue(zondagAvond.isAfter(nu.plus(Duration.ofMinutes(5))),
        "zondag na 22:55: 'nog deze week' en 'volgende week' vallen samen");

    // begun two hours ago and not recorded; later this week; next Monday; one cancelled
    java.time.Instant begonnenOp = nu.minus(Duration.ofHours(2));
    String begonnen = plan(token, dossier, "driegesprek", begonnenOp, casemanager);
    String straks = plan(token, dossier, "kennismaking", zondagAvond, casemanager);
    String volgendeWeek = plan(token, dossier, "driegesprek", maandag.atTime(9, 0).atZone(zone).toInstant(), casemanager);
    String geannuleerd = plan(token, dossier, "driegesprek", begonnenOp.minus(Duration.ofHours(1)), casemanager);
    web.post().uri("/api/v1/regios/hart-van-brabant/dossiers/{id}/gesprekken/{g}/annulering", dossier, geannuleerd)
        .headers(h -> h.setBearerAuth(token)).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("reden", "De inburgeraar is ziek")).exchange().expectStatus().isCreated();

    List<Map<String, Object>> gesprekken = van(alles(token), Set.of(dossier)).stream()
        .filter(i -> i.get("soort").equals("gesprek")).toList();
    String pad = "/regio/hart-van-brabant/dossiers/" + dossier;
    assertThat(gesprekken).extracting(WerkvoorraadApiTest::actie).extracting(a -> a.get("pad"))
        .containsExactly(pad + "/gesprekken/" + begonnen + "/vastleggen", pad + "#gesprekken");
    Map<String, Object> teVastleggen = gesprekken.get(0);
    assertThat(teVastleggen).containsEntry("mijn", true).containsEntry("mijlpaal", "driegesprek")
        .containsEntry("soortNaam", "Gesprek gepland").containsEntry("urgentie", "middel")
        .containsEntry("datum", begonnenOp.atZone(zone).toLocalDate().toString());
    assertThat((String) teVastleggen.get("omschrijving")).startsWith("Driegesprek na koppeling van ")
        .endsWith("is nog niet vastgelegd.");
    assertThat(actie(teVastleggen)).containsEntry("code", "gesprek-vastleggen")
        .containsEntry("naam", "Gesprek vastleggen").containsEntry("methode", "GET");
    Map<String, Object> komend = gesprekken.get(1);
    assertThat(komend).containsEntry("mijlpaal", "kennismaking")
        .containsEntry("datum", zondagAvond.atZone(zone).toLocalDate().toString());
    assertThat((String) komend.get("omschrijving")).startsWith("Kennismaking gepland op ");
    assertThat(actie(komend)).containsEntry("code", "gesprek-bekijken");
    assertThat(gesprekken.toString()).doesNotContain(volgendeWeek, geannuleerd, straks);

    // the COA liaison of the azc may record it too: the same item, her action
    String coa = issuers.coaLiaison("AZC-OISTERWIJK");
    assertThat(van(alles(coa), Set.of(dossier)).stream().filter(i -> i.get("soort").equals("gesprek")).toList())
        .extracting(WerkvoorraadApiTest::actie).extracting(a -> a.get("code"))
        .containsExactly("gesprek-vastleggen", "gesprek-bekijken");

    // once held it leaves the werkvoorraad
    web.post().uri("/api/v1/regios/hart-van-brabant/dossiers/{id}/gesprekken/{g}/verslag", dossier, begonnen)
        .headers(h -> h.setBearerAuth(coa)).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("aanwezig", List.of(casemanager.toString()), "inburgeraarAanwezig", true))
        .exchange().expectStatus().isCreated();
    assertThat(van(alles(token), Set.of(dossier)).stream().filter(i -> i.get("soort").equals("gesprek")))
        .extracting(WerkvoorraadApiTest::actie).extracting(a -> a.get("code")).containsExactly("gesprek-bekijken");
  }

  private String plan(String token, String dossier, String soort, java.time.Instant begin, UUID deelnemer) {
    Map<String, Object> b = new java.util.LinkedHashMap<>();
    b.put("soort", soort);
    b.put("begintOp", begin.atZone(nl.doorlopendelijn.kernel.Tijdzone.NL).toOffsetDateTime().toString());
    b.put("duurMinuten", 60);
    b.put("vorm", "op-het-azc");
    b.put("locatie", "azc Oisterwijk");
    b.put("deelnemers", List.of(deelnemer.toString()));
    @SuppressWarnings("unchecked")
    Map<String, Object> gepland = web.post().uri("/api/v1/regios/hart-van-brabant/dossiers/{id}/gesprekken", dossier)
        .headers(h -> h.setBearerAuth(token)).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .bodyValue(b).exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    return (String) gepland.get("id");
  }

  // ---- helpers

  private String maak(String token, String gemeente, UUID contactpersoon, LocalDate koppeling, LocalDate verhuizing) {
    return maak(token, "hart-van-brabant", gemeente, contactpersoon, koppeling, verhuizing, "AZC-OISTERWIJK");
  }

  private String maak(String token, String regio, String gemeente, UUID contactpersoon, LocalDate koppeling,
      LocalDate verhuizing, String azc) {
    var invoer = DossierApi.invoer(gemeente, azc, contactpersoon == null ? UUID.randomUUID() : contactpersoon);
    if (contactpersoon == null) {
      invoer.remove("vasteContactpersoonId");
    }
    invoer.put("koppelingsdatum", koppeling.toString());
    if (verhuizing != null) {
      invoer.put("verwachteVerhuisdatum", verhuizing.toString());
    }
    return (String) api.maak(token, regio, invoer).get("id");
  }

  private record Pagina(List<Map<String, Object>> items, Map<String, Long> paginering) {}

  @SuppressWarnings("unchecked")
  private Map<String, Object> antwoord(String token, String query) {
    return web.get().uri("/api/v1/mijn/werkvoorraad" + (query.isEmpty() ? "" : "?" + query))
        .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private Pagina pagina(String token, String query) {
    Map<String, Object> a = antwoord(token, query);
    Map<String, Long> p = ((Map<String, Number>) a.get("paginering")).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().longValue()));
    return new Pagina((List<Map<String, Object>>) a.get("items"), p);
  }

  /** The whole werkvoorraad, page after page. */
  private List<Map<String, Object>> alles(String token) {
    List<Map<String, Object>> alles = new ArrayList<>();
    for (int p = 1; ; p++) {
      Pagina pagina = pagina(token, "pagina=" + p + "&paginaGrootte=100");
      alles.addAll(pagina.items());
      if (p >= pagina.paginering().get("totaalPaginas")) {
        return alles;
      }
    }
  }

  private static List<Map<String, Object>> van(List<Map<String, Object>> items, Set<String> dossiers) {
    return items.stream().filter(i -> dossiers.contains(dossierId(i))).toList();
  }

  @SuppressWarnings("unchecked")
  private static String dossierId(Map<String, Object> item) {
    return (String) ((Map<String, Object>) item.get("dossier")).get("id");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> actie(Map<String, Object> item) {
    return (Map<String, Object>) item.get("volgendeActie");
  }

  private static Map<String, Object> item(List<Map<String, Object>> items, String dossier, String soort,
      String mijlpaal) {
    return items.stream().filter(i -> dossierId(i).equals(dossier) && soort.equals(i.get("soort"))
        && mijlpaal.equals(i.get("mijlpaal"))).findFirst()
        .orElseThrow(() -> new AssertionError(soort + " " + mijlpaal + " van " + dossier + " ontbreekt in " + items));
  }

  private static Map<String, Object> signaal(List<Map<String, Object>> items, String dossier, String signaal) {
    return items.stream().filter(i -> dossierId(i).equals(dossier) && signaal.equals(i.get("signaal"))).findFirst()
        .orElseThrow(() -> new AssertionError(signaal + " van " + dossier + " ontbreekt in " + items));
  }

  private static int index(List<Map<String, Object>> items, String dossier, String soort) {
    for (int i = 0; i < items.size(); i++) {
      if (dossierId(items.get(i)).equals(dossier) && soort.equals(items.get(i).get("soort"))) {
        return i;
      }
    }
    throw new AssertionError(soort + " van " + dossier + " ontbreekt");
  }

  @SuppressWarnings("unchecked")
  private static String naamVanAzc(List<Map<String, Object>> items, String dossier) {
    return items.stream().filter(i -> dossierId(i).equals(dossier))
        .map(i -> (String) ((Map<String, Object>) i.get("dossier")).get("azcLocatieNaam")).findFirst().orElseThrow();
  }

  /** The rank of docs/dossiers.md: te laat 0, hoog signal 1, coming 2, middel signal 3, laag signal 4. */
  private static int rang(Map<String, Object> i) {
    return switch ((String) i.get("soort")) {
      case "mijlpaal-te-laat" -> 0;
      case "signaal" -> switch ((String) i.get("urgentie")) {
        case "hoog" -> 1;
        case "middel" -> 3;
        default -> 4;
      };
      default -> 2;
    };
  }

  private static void koppel(UUID contactpersoon, String issuer, String subject) {
    try (Connection c = TestDatabase.shared().connectAsOwner();
        PreparedStatement ps = c.prepareStatement("""
            update contactpersoon set koppeling_issuer = ?, koppeling_subject = ?, koppeling_status = 'bevestigd',
                   koppeling_aangevraagd_op = now(), koppeling_bevestigd_op = now() where id = ?""")) {
      ps.setString(1, issuer);
      ps.setString(2, subject);
      ps.setObject(3, contactpersoon);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int gelezenDoor(String dossier) {
    try (Connection c = TestDatabase.shared().connectAsOwner();
        PreparedStatement ps = c.prepareStatement("select count(*) from audit_record where actie ="
            + " 'dossier.werkvoorraad' and object_type = 'dossier' and object_ids @> array[cast(? as text)]")) {
      ps.setString(1, dossier);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
