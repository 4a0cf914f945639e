package nl.doorlopendelijn.dashboard;

import static nl.doorlopendelijn.dashboard.DashboardTestData.HVB;
import static nl.doorlopendelijn.dashboard.DashboardTestData.HVB_ID;
import static nl.doorlopendelijn.dashboard.DashboardTestData.ISSUERS;
import static nl.doorlopendelijn.dashboard.DashboardTestData.OISTERWIJK;
import static nl.doorlopendelijn.dashboard.DashboardTestData.cel;
import static nl.doorlopendelijn.dashboard.DashboardTestData.verhuistOp;
import static nl.doorlopendelijn.dashboard.DashboardTestData.waarde;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.kernel.Tijdzone;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.VerstelbareKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Figures that move with the calendar change at midnight (Europe/Amsterdam) by themselves, without any write. */
@PlatformTest
class DashboardKlokTest {

  private static final ZoneId AMSTERDAM = Tijdzone.NL;

  @Autowired
  WebTestClient web;
  @Autowired
  TenantTransactions tx;
  @Autowired
  DashboardFeiten feiten;
  @Autowired
  VerstelbareKlok klok;

  @AfterEach
  void klokTerug() {
    klok.terugNaarSysteemtijd();
  }

  @Test
  void verhuizingenInDeKomende14DagenVeranderenOmMiddernachtZonderDatErIetsWordtGeschreven() {
    DashboardTestData data = new DashboardTestData(web, tx, feiten);
    // A day far from today, so no other test's moves fall in its window.
    LocalDate dag = LocalDate.of(2031, 3, 14);
    klok.zet(dag.atTime(LocalTime.NOON).atZone(AMSTERDAM).toInstant());
    String status = "klok-" + UUID.randomUUID().toString().substring(0, 8);
    List<DossierFeit> lijst = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      // Moves on day + 15: outside "the next 14 days" today, inside from tomorrow.
      lijst.add(verhuistOp(DashboardTestData.feit(HVB_ID, "GM0784", OISTERWIJK, status), dag.plusDays(15)));
    }
    String coordinator = ISSUERS.regioCoordinator(HVB);
    data.registreer(HVB_ID, lijst);
    JsonNode voor = data.wachtOp(HVB, coordinator,
        d -> d.get("peildatum").asString().equals(dag.toString())
            && cel(d.get("dossiersPerGemeenteEnStatus"), "GM0784", status) != null);
    long verhuizingenVoor = waarde(gilzeEnRijen(voor.get("verhuizingenZonderKlantprofielUpdate")));

    // Just before midnight; then only time passes.
    klok.zet(dag.atTime(23, 59, 59).atZone(AMSTERDAM).toInstant());
    JsonNode na = data.wachtOp(HVB, coordinator, d -> d.get("peildatum").asString().equals(dag.plusDays(1).toString()));
    assertThat(waarde(gilzeEnRijen(na.get("verhuizingenZonderKlantprofielUpdate")))).isEqualTo(verhuizingenVoor + 6);
  }

  private static JsonNode gilzeEnRijen(JsonNode lijst) {
    for (JsonNode item : lijst.get("items")) {
      if (item.get("code").asString().equals("GM0784")) {
        return item.get("aantal");
      }
    }
    throw new AssertionError("geen GM0784 in " + lijst);
  }
}
