package nl.doorlopendelijn.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Test fixture: dossier facts written as the dossiers module will (in a tenant write transaction), dashboards read. */
final class DashboardTestData {

  static final TestIssuers ISSUERS = TestIssuers.shared();
  static final String HVB = TestIssuers.HART_VAN_BRABANT;
  static final String NOB = TestIssuers.NOORDOOST_BRABANT;
  static final UUID HVB_ID = Region.idFor(HVB);
  static final UUID NOB_ID = Region.idFor(NOB);
  static final String OISTERWIJK = "AZC-OISTERWIJK";
  static final String OVERLOON = "AZC-OVERLOON";
  static final ObjectMapper JSON = JsonMapper.builder().build();

  private final WebTestClient web;
  private final TenantTransactions tx;
  private final DashboardFeiten feiten;

  DashboardTestData(WebTestClient web, TenantTransactions tx, DashboardFeiten feiten) {
    this.web = web;
    this.tx = tx;
    this.feiten = feiten;
  }

  /** A dossier without dates: counts per status, scenario and gemeente only. */
  static DossierFeit feit(UUID tenant, String gemeente, String azc, String status) {
    return new DossierFeit(tenant, UUID.randomUUID(), gemeente, azc, status, Scenario.SNELLE_START, null, null, null, null,
        null, null, null, Map.of(), null, false);
  }

  static List<DossierFeit> feiten(int aantal, UUID tenant, String gemeente, String azc, String status) {
    List<DossierFeit> lijst = new ArrayList<>();
    for (int i = 0; i < aantal; i++) {
      lijst.add(feit(tenant, gemeente, azc, status));
    }
    return lijst;
  }

  static DossierFeit metDriegesprek(DossierFeit f, LocalDate koppeling, int dagen, UUID afspraakVersie) {
    return new DossierFeit(f.tenantId(), f.dossierId(), f.gemeenteCode(), f.azcCode(), f.status(), f.scenario(),
        koppeling, null, null, koppeling.plusDays(14), koppeling.plusDays(dagen), null, koppeling.plusDays(dagen),
        Map.of(), afspraakVersie, false);
  }

  static DossierFeit verhuistOp(DossierFeit f, LocalDate verhuizing) {
    return new DossierFeit(f.tenantId(), f.dossierId(), f.gemeenteCode(), f.azcCode(), f.status(), f.scenario(),
        verhuizing.minusDays(60), verhuizing, null, null, null, null, null, Map.of(), null, false);
  }

  /** Writes the facts as the dossiers module will: inside its tenant-bound write transaction. */
  void registreer(UUID tenant, List<DossierFeit> lijst) {
    tx.write(tenant, Flux.fromIterable(lijst).concatMap(feiten::registreer).then()).block(Duration.ofSeconds(10));
  }

  JsonNode dashboard(String regio, String token) {
    byte[] body = web.get().uri("/api/v1/regios/" + regio + "/dashboard").headers(h -> h.setBearerAuth(token))
        .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
    return JSON.readTree(body);
  }

  /** Polls the dashboard until the condition holds (the change travels: commit, NOTIFY, recompute). */
  JsonNode wachtOp(String regio, String token, Predicate<JsonNode> klaar) {
    long tot = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    JsonNode laatste = null;
    while (System.nanoTime() < tot) {
      laatste = dashboard(regio, token);
      if (klaar.test(laatste)) {
        return laatste;
      }
      slaap(50);
    }
    throw new AssertionError("het dashboard van " + regio + " werd niet bijgewerkt: " + laatste);
  }

  /** The cell of a gemeente row and a column of a table, or null when the column is not there. */
  static JsonNode cel(JsonNode tabel, String gemeente, String kolom) {
    int k = -1;
    for (int i = 0; i < tabel.get("kolommen").size(); i++) {
      if (tabel.get("kolommen").get(i).asString().equals(kolom)) {
        k = i;
      }
    }
    if (k < 0) {
      return null;
    }
    for (int r = 0; r < tabel.get("rijen").size(); r++) {
      if (tabel.get("rijen").get(r).get("code").asString().equals(gemeente)) {
        return tabel.get("cellen").get(r).get(k);
      }
    }
    return null;
  }

  static long waarde(JsonNode getal) {
    return getal.get("waarde").asLong();
  }

  static void slaap(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
