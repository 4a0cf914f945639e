package nl.doorlopendelijn.dashboard;

import static nl.doorlopendelijn.dashboard.DashboardTestData.ISSUERS;
import static nl.doorlopendelijn.dashboard.DashboardTestData.NOB;
import static nl.doorlopendelijn.dashboard.DashboardTestData.NOB_ID;
import static nl.doorlopendelijn.dashboard.DashboardTestData.OVERLOON;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.kernel.Tijdzone;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The share of driegesprekken within the norm, with two driegesprekken per dossier (issue 13): a dossier counts as
 * within the norm when each of its driegesprekken was held on or before its norm (or is not yet due). A driegesprek
 * held late is no longer an open signal, but its lateness stays in this share.
 */
@PlatformTest
class DriegesprekkenBinnenDeNormTest {

  /** A gemeente whose dossiers no other test gives a driegesprek. */
  private static final String MEIERIJSTAD = "GM1948";

  @Autowired WebTestClient web;
  @Autowired TenantTransactions tx;
  @Autowired DashboardFeiten feiten;

  @Test
  @DisplayName("\"Binnen 2 weken na koppeling vindt een driegesprek plaats\" and \"Zorg rond dat moment ook voor een"
      + " (online) 3-gesprek\": held late, either keeps its dossier out of the share within the norm")
  void eenTeLaatGehoudenDriegesprekBlijftBuitenDeNormTellen() {
    LocalDate vandaag = LocalDate.now(Tijdzone.NL);
    LocalDate k = vandaag.minusDays(60);
    LocalDate v = vandaag.plusDays(30);
    List<DossierFeit> lijst = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      lijst.add(feit(k, k.plusDays(10), null, null));                           // on time: within
      lijst.add(feit(k, k.plusDays(20), null, null));                           // held late: not within
      lijst.add(feit(k, k.plusDays(10), v.minusDays(14), null));                // second not yet due: within
      lijst.add(feit(k, k.plusDays(10), vandaag.minusDays(5), vandaag.minusDays(2))); // second held late: not
    }
    new DashboardTestData(web, tx, feiten).registreer(NOB_ID, lijst);

    JsonNode dashboard = new DashboardTestData(web, tx, feiten).wachtOp(NOB, ISSUERS.regioCoordinator(NOB),
        d -> gemeente(d) != null && gemeente(d).get("driegesprekkenBinnenNorm").has("waarde"));

    assertThat(gemeente(dashboard).get("driegesprekkenBinnenNorm").get("waarde").asDouble()).isEqualTo(50.0);
  }

  private static DossierFeit feit(LocalDate koppeling, LocalDate driegesprek, LocalDate voorVerhuizingNorm,
      LocalDate voorVerhuizing) {
    return new DossierFeit(NOB_ID, UUID.randomUUID(), MEIERIJSTAD, OVERLOON, "in-voorbereiding",
        Scenario.START_NA_VERHUIZING, koppeling, null, null, koppeling.plusDays(14), driegesprek, null, driegesprek,
        Map.of(), null, false, voorVerhuizingNorm, voorVerhuizing);
  }

  private static JsonNode gemeente(JsonNode dashboard) {
    for (JsonNode g : dashboard.path("perGemeente")) {
      if (MEIERIJSTAD.equals(g.path("code").asString())) {
        return g;
      }
    }
    return null;
  }
}
