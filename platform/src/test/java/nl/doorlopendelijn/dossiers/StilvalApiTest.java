package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static java.time.temporal.ChronoUnit.DAYS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import nl.doorlopendelijn.dossiers.internal.DossierOnderhoud;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stilval through the API and on the dashboard, by the one rule: three dossiers of Hilvarenbeek matched seven months
 * ago, one waiting without any activity (stilval), one in voorinburgering, one whose inburgering started (neither).
 * Hart van Brabant's period is 90 days ({@code tenants/hart-van-brabant/tenant.yaml}).
 */
@PlatformTest
class StilvalApiTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String REGIO = "hart-van-brabant";
  private static final String HVB = "/api/v1/regios/" + REGIO + "/dossiers";
  private static final String HILVARENBEEK = "GM0798";
  private static final int PERIODE = 90;
  /** Dates as the signals write them: "3 maart 2025". */
  private static final DateTimeFormatter DATUM =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

  @Autowired
  WebTestClient web;

  @Autowired
  Clock klok;

  @Autowired
  TenantTransactions tx;

  @Autowired
  DatabaseClient db;

  @Autowired
  DossierOnderhoud onderhoud;

  private final String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);

  @Test
  @DisplayName("Het wachten op een woning kan soms wel 6 tot 8 maanden duren. Dit kan betekenen dat iemands"
      + " inburgering lange tijd stilvalt.")
  void zevenMaandenWachtenZonderActiviteitIsStilvalInHetDossierEnOpHetDashboard() {
    LocalDate vandaag = LocalDate.now(klok);
    LocalDate koppeling = vandaag.minusMonths(7);
    long voor = stilgevallen(dashboard());

    // in voorinburgering since ten days: silent
    Map<String, Object> bezig = maak(koppeling, "gecombineerde-aanpak");
    rondAf(bezig, "voorinburgering-toestemming", vandaag.minusDays(20));
    Map<String, Object> inVoorinburgering = rondAf(bezig, "voorinburgering-start", vandaag.minusDays(10));
    // the inburgering started 120 days ago, before the move (snelle start): nobody waits, silent
    Map<String, Object> gestart = rondAf(maak(koppeling, "snelle-start"), "start-inburgering",
        vandaag.minusDays(120));
    // seven months of waiting without anything: stilval
    Map<String, Object> stil = maak(koppeling, "gecombineerde-aanpak");

    assertThat(stilval(stil)).containsExactly("Al " + DAYS.between(koppeling, vandaag)
        + " dagen geen activiteit sinds de koppeling (" + DATUM.format(koppeling)
        + ") terwijl de inburgeraar op een woning wacht.");
    assertThat(stilval(inVoorinburgering)).isEmpty();
    assertThat(stilval(gestart)).isEmpty();
    assertThat(lijst("?signaal=stilval&gemeente=" + HILVARENBEEK)).contains((String) stil.get("id"))
        .doesNotContain((String) bezig.get("id"), (String) gestart.get("id"));

    // the dashboard counts by the same rule: exactly the one stalled dossier more
    JsonNode na = wachtOp(d -> stilgevallen(d) == voor + 1);
    assertThat(stilgevallen(na)).isEqualTo(voor + 1);
    // what the dashboard was told: the first day each counts as stalled (judged by the dossiers' one rule)
    LocalDate eindeVoorinburgering = LocalDate.parse((String) mijlpaal(inVoorinburgering, "voorinburgering-einde")
        .get("vervaldatum"));
    assertThat(stilvalVanaf(stil)).contains(koppeling.plusDays(PERIODE));
    assertThat(stilvalVanaf(bezig)).contains(eindeVoorinburgering.plusDays(PERIODE));
    assertThat(stilvalVanaf(gestart)).isEmpty();
  }

  @Test
  void deNachtelijkeRondeGeeftHetDashboardElkOordeelOpnieuwEnLaatOngewijzigdeFeitenMetRust() {
    LocalDate vandaag = LocalDate.now(klok);
    Map<String, Object> stil = maak(vandaag.minusMonths(7), "gecombineerde-aanpak");
    Map<String, Object> rustig = maak(vandaag.minusDays(3), "gecombineerde-aanpak");
    // a fact from before the dashboard knew stilval_vanaf (migration V64), or of a region whose period changed
    UUID tenant = Region.idFor(REGIO);
    tx.write(tenant, db.sql("update dashboard_dossier_feit set stilval_vanaf = null where tenant_id = :t"
            + " and dossier_id = :d").bind("t", tenant).bind("d", UUID.fromString((String) stil.get("id")))
        .fetch().rowsUpdated()).block(Duration.ofSeconds(10));
    long volgnummerRustig = volgnummer(rustig);

    assertThat(onderhoud.vernieuwSignalen(vandaag).block(Duration.ofSeconds(120))).isPositive();

    assertThat(stilvalVanaf(stil)).contains(vandaag.minusMonths(7).plusDays(PERIODE));
    assertThat(volgnummer(rustig)).as("dezelfde feiten: niets gewijzigd, geen melding").isEqualTo(volgnummerRustig);
  }

  @Test
  void eenGeslotenDossierValtNietMeerStilOpHetDashboard() {
    LocalDate vandaag = LocalDate.now(klok);
    Map<String, Object> stil = maak(vandaag.minusMonths(7), "gecombineerde-aanpak");
    assertThat(stilvalVanaf(stil)).isPresent();
    // the dashboard has caught up when it shows what its facts say (other tests' dossiers included)
    long metStil = stilInDeFeiten(vandaag);
    assertThat(stilgevallen(wachtOp(d -> stilgevallen(d) == metStil))).isEqualTo(metStil);

    web.post().uri(HVB + "/{id}/sluitingen", stil.get("id")).headers(h -> h.setBearerAuth(coordinator))
        .exchange().expectStatus().is2xxSuccessful();

    assertThat(feitGesloten(stil)).as("the dashboard's fact of the dossier says closed").isTrue();
    assertThat(stilInDeFeiten(vandaag)).isEqualTo(metStil - 1);
    assertThat(stilgevallen(wachtOp(d -> stilgevallen(d) == metStil - 1))).isEqualTo(metStil - 1);
  }

  /** Hilvarenbeek's stalled dossiers by the dashboard's own facts: open, and stalled on or before today. */
  private long stilInDeFeiten(LocalDate vandaag) {
    UUID tenant = Region.idFor(REGIO);
    return tx.read(tenant, db.sql("select count(*) as n from dashboard_dossier_feit where tenant_id = :t"
                + " and gemeente_code = :g and not gesloten and stilval_vanaf <= :vandaag")
            .bind("t", tenant).bind("g", HILVARENBEEK).bind("vandaag", vandaag)
            .map((row, meta) -> row.get("n", Long.class)).one())
        .block(Duration.ofSeconds(10));
  }

  private boolean feitGesloten(Map<String, Object> dossier) {
    UUID tenant = Region.idFor(REGIO);
    return tx.read(tenant, db.sql("select gesloten and status = 'gesloten' as dicht from dashboard_dossier_feit"
                + " where tenant_id = :t and dossier_id = :d")
            .bind("t", tenant).bind("d", UUID.fromString((String) dossier.get("id")))
            .map((row, meta) -> Boolean.TRUE.equals(row.get("dicht", Boolean.class))).one())
        .block(Duration.ofSeconds(10));
  }

  private long volgnummer(Map<String, Object> dossier) {
    UUID tenant = Region.idFor(REGIO);
    return tx.read(tenant, db.sql("select volgnummer from dashboard_dossier_feit where tenant_id = :t and"
                + " dossier_id = :d")
            .bind("t", tenant).bind("d", UUID.fromString((String) dossier.get("id")))
            .map((row, meta) -> row.get("volgnummer", Long.class)).one())
        .block(Duration.ofSeconds(10));
  }

  private Map<String, Object> maak(LocalDate koppeling, String scenario) {
    Map<String, Object> invoer = DossierApi.invoer(HILVARENBEEK, "AZC-OISTERWIJK", UUID.randomUUID());
    invoer.put("koppelingsdatum", koppeling.toString());
    invoer.put("gekozenScenario", scenario);
    return new DossierApi(web).maak(coordinator, REGIO, invoer);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> rondAf(Map<String, Object> dossier, String mijlpaal, LocalDate datum) {
    return web.post().uri(HVB + "/{id}/mijlpalen/{type}/afrondingen", dossier.get("id"), mijlpaal)
        .headers(h -> h.setBearerAuth(coordinator)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("datum", datum.toString()))
        .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private static List<String> stilval(Map<String, Object> dossier) {
    return ((List<Map<String, Object>>) dossier.get("signalen")).stream()
        .filter(s -> "stilval".equals(s.get("type"))).map(s -> (String) s.get("omschrijving")).toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mijlpaal(Map<String, Object> dossier, String type) {
    return ((List<Map<String, Object>>) dossier.get("mijlpalen")).stream()
        .filter(m -> type.equals(m.get("type"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private List<String> lijst(String query) {
    Map<String, Object> body = web.get().uri(HVB + query + "&paginaGrootte=100")
        .headers(h -> h.setBearerAuth(coordinator)).exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    return ((List<Map<String, Object>>) body.get("dossiers")).stream().map(d -> (String) d.get("id")).toList();
  }

  private JsonNode dashboard() {
    byte[] body = web.get().uri("/api/v1/regios/" + REGIO + "/dashboard").headers(h -> h.setBearerAuth(coordinator))
        .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
    return JsonMapper.builder().build().readTree(body);
  }

  private JsonNode wachtOp(Predicate<JsonNode> klaar) {
    long tot = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    JsonNode laatste = dashboard();
    while (!klaar.test(laatste) && System.nanoTime() < tot) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      laatste = dashboard();
    }
    return laatste;
  }

  private static long stilgevallen(JsonNode dashboard) {
    for (JsonNode item : dashboard.get("stilgevallenDossiers").get("items")) {
      if (item.get("code").asString().equals(HILVARENBEEK)) {
        return item.get("aantal").get("waarde").asLong();
      }
    }
    return 0;
  }

  private Optional<LocalDate> stilvalVanaf(Map<String, Object> dossier) {
    UUID tenant = Region.idFor(REGIO);
    return tx.read(tenant, db.sql("select stilval_vanaf from dashboard_dossier_feit where tenant_id = :t and"
                + " dossier_id = :d")
            .bind("t", tenant).bind("d", UUID.fromString((String) dossier.get("id")))
            .map((row, meta) -> Optional.ofNullable(row.get("stilval_vanaf", LocalDate.class))).one())
        .block(Duration.ofSeconds(10));
  }
}
