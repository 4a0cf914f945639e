package nl.doorlopendelijn.dashboard;

import static nl.doorlopendelijn.dashboard.DashboardTestData.HVB;
import static nl.doorlopendelijn.dashboard.DashboardTestData.HVB_ID;
import static nl.doorlopendelijn.dashboard.DashboardTestData.ISSUERS;
import static nl.doorlopendelijn.dashboard.DashboardTestData.NOB;
import static nl.doorlopendelijn.dashboard.DashboardTestData.OISTERWIJK;
import static nl.doorlopendelijn.dashboard.DashboardTestData.OVERLOON;
import static nl.doorlopendelijn.dashboard.DashboardTestData.cel;
import static nl.doorlopendelijn.dashboard.DashboardTestData.feiten;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Who sees which dashboard, and what a dashboard-viewer's answer holds. */
@PlatformTest
class DashboardToegangTest {

  @Autowired
  WebTestClient web;
  @Autowired
  TenantTransactions tx;
  @Autowired
  DashboardFeiten feiten;
  @Autowired
  org.springframework.context.ApplicationContext context;

  @Test
  void eenAndereRegioOfEenAnderAzcGeeft404() {
    String hvb = "/api/v1/regios/" + HVB + "/dashboard";
    String nob = "/api/v1/regios/" + NOB + "/dashboard";
    for (String pad : List.of(nob, nob + "/stream")) {
      status(pad, ISSUERS.regioCoordinator(HVB), 404);
    }
    status(hvb, ISSUERS.platformOperator(), 404);
    status(hvb, ISSUERS.token(HVB, "zonder-rol", List.of(), java.util.Map.of()), 404);
    status(hvb, ISSUERS.coaLiaison("AZC-GILZE"), 404);
    String oisterwijk = "/api/v1/azc-locaties/" + OISTERWIJK + "/dashboard";
    for (String pad : List.of(oisterwijk, oisterwijk + "/stream")) {
      status(pad, ISSUERS.coaLiaison(OVERLOON), 404);
      status(pad, ISSUERS.regioCoordinator(HVB), 404);
    }
    web.get().uri(hvb).exchange().expectStatus().isUnauthorized();
  }

  @Test
  void coaZietHetEigenAzcOverDeRegiosHeenEnInEenRegioAlleenHetEigenAzcOnverhuld() throws SQLException {
    afspraakInWerking(HVB_ID, OISTERWIJK, "GM0855");
    String status = "coa-" + UUID.randomUUID().toString().substring(0, 8);
    DashboardTestData data = new DashboardTestData(web, tx, feiten);
    data.registreer(HVB_ID, feiten(2, HVB_ID, "GM0855", OISTERWIJK, status));

    String coa = ISSUERS.coaLiaison(OISTERWIJK);
    JsonNode regio = data.wachtOp(HVB, coa, d -> cel(d.get("dossiersPerGemeenteEnStatus"), "GM0855", status) != null);
    assertThat(regio.get("zicht").asString()).isEqualTo("eigen-azc");
    assertThat(regio.get("eigenCode").asString()).isEqualTo(OISTERWIJK);
    // The cell holds her azc's 2 and the other azc's 0; showing 2 would tell her that the others have exactly 0, a
    // count below the threshold: the region's table shows the label, her azc's own dashboard the number.
    assertThat(cel(regio.get("dossiersPerGemeenteEnStatus"), "GM0855", status).get("weergave").asString())
        .as("eigen 2 + andermans 0: de 0 is een klein aantal").isEqualTo("x");
    assertThat(regio.get("afspraken").findValuesAsString("azc")).allMatch(OISTERWIJK::equals);

    byte[] body = web.get().uri("/api/v1/azc-locaties/" + OISTERWIJK + "/dashboard")
        .headers(h -> h.setBearerAuth(coa)).exchange().expectStatus().isOk()
        .expectBody().returnResult().getResponseBody();
    JsonNode azc = DashboardTestData.JSON.readTree(body);
    assertThat(azc.get("zicht").asString()).isEqualTo("volledig");
    assertThat(azc.get("regios").findValuesAsString("slug")).contains(HVB);
    assertThat(cel(azc.get("dossiersPerGemeenteEnStatus"), "GM0855", status).get("waarde").asLong()).isEqualTo(2);
    assertThat(azc.get("dossiersPerAzc").get("items").findValuesAsString("code")).containsOnly(OISTERWIJK);
  }

  @Test
  void hetAntwoordVanEenDashboardViewerBevatGeenPersoonsgegevensEnGeenOnderdrukteAantallen() {
    String status = "viewer-" + UUID.randomUUID().toString().substring(0, 8);
    List<DossierFeit> lijst = feiten(3, HVB_ID, "GM0785", OISTERWIJK, status);
    DashboardTestData data = new DashboardTestData(web, tx, feiten);
    data.registreer(HVB_ID, lijst);
    data.wachtOp(HVB, ISSUERS.regioCoordinator(HVB),
        d -> cel(d.get("dossiersPerGemeenteEnStatus"), "GM0785", status) != null);

    String viewer = ISSUERS.dashboardViewer(HVB);
    byte[] body = web.get().uri("/api/v1/regios/" + HVB + "/dashboard").headers(h -> h.setBearerAuth(viewer))
        .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
    String tekst = new String(body, StandardCharsets.UTF_8);
    JsonNode json = DashboardTestData.JSON.readTree(body);
    assertThat(json.get("zicht").asString()).isEqualTo("onderdrukt");
    for (DossierFeit f : lijst) {
      assertThat(tekst).doesNotContain(f.dossierId().toString());
    }
    assertThat(tekst).doesNotContainIgnoringCase("dossierId").doesNotContainIgnoringCase("vNummer")
        .doesNotContainIgnoringCase("bsn").doesNotContainIgnoringCase("geboorte");
    JsonNode cel = cel(json.get("dossiersPerGemeenteEnStatus"), "GM0785", status);
    assertThat(cel.has("waarde")).isFalse();
    assertThat(cel.get("weergave").asString()).isEqualTo("x");
    DashboardOnderdrukkingTest.geenGetalInOnderdrukteCellen(json);
    DashboardOnderdrukkingTest.elkeLijnHeeftGeenOfMinstensTweeOnderdrukte(json.get("dossiersPerGemeenteEnStatus"));
  }

  @Test
  void feitenBuitenEenTransactieVanDeRegioWordenGeweigerd() {
    DossierFeit feit = DashboardTestData.feit(HVB_ID, "GM0855", OISTERWIJK, "buiten");
    assertThatThrownBy(() -> feiten.registreer(feit).block(Duration.ofSeconds(5)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> tx.write(DashboardTestData.NOB_ID, feiten.registreer(feit)).block(Duration.ofSeconds(5)))
        .isInstanceOf(IllegalStateException.class);
  }

  /**
   * The dashboards number their versions from 1 again when they are stopped and started (a paused test context, a
   * restart of the component): the azc's merged view, cached by the regions' version numbers, must not hand out a
   * view of the previous incarnation that had the same numbers (fresh-clone CI: the azc's dashboard lacked facts the
   * region's showed).
   */
  @Test
  void hetDashboardVanEenAzcNaEenHerstartToontDeStandVanNu() throws SQLException {
    afspraakInWerking(HVB_ID, OISTERWIJK, "GM0855");
    var dashboards = context.getBean("regioDashboards", org.springframework.context.SmartLifecycle.class);
    String coa = ISSUERS.coaLiaison(OISTERWIJK);
    DashboardTestData data = new DashboardTestData(web, tx, feiten);
    // one incarnation: its first versions, the azc's view of them rendered and kept
    dashboards.stop();
    dashboards.start();
    azcDashboard(coa);
    String status = "herstart-" + UUID.randomUUID().toString().substring(0, 8);
    data.registreer(HVB_ID, feiten(2, HVB_ID, "GM0855", OISTERWIJK, status));
    // the next incarnation numbers from 1 again, and its first version holds the new facts
    dashboards.stop();
    dashboards.start();
    data.wachtOp(HVB, coa, d -> cel(d.get("dossiersPerGemeenteEnStatus"), "GM0855", status) != null);
    JsonNode azc = azcDashboard(coa);
    assertThat(cel(azc.get("dossiersPerGemeenteEnStatus"), "GM0855", status)).as("the azc's view of now")
        .isNotNull();
  }

  private JsonNode azcDashboard(String coa) {
    byte[] body = web.get().uri("/api/v1/azc-locaties/" + OISTERWIJK + "/dashboard")
        .headers(h -> h.setBearerAuth(coa)).exchange().expectStatus().isOk()
        .expectBody().returnResult().getResponseBody();
    return DashboardTestData.JSON.readTree(body);
  }

  private void status(String pad, String token, int verwacht) {
    web.get().uri(pad).accept(MediaType.APPLICATION_JSON, MediaType.TEXT_EVENT_STREAM)
        .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isEqualTo(verwacht);
  }

  /**
   * An agreement of the azc in the region in force (actief, valid since 2026-01-01): the COA liaison then sees the
   * region's dashboard (her azc's part).
   */
  private static void afspraakInWerking(UUID tenant, String azc, String gemeente) throws SQLException {
    UUID id = UUID.randomUUID();
    try (Connection c = TestDatabase.shared().connectAsApp()) {
      c.setAutoCommit(false);
      try (PreparedStatement bind = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        bind.setString(1, tenant.toString());
        bind.execute();
      }
      try (PreparedStatement insert = c.prepareStatement("""
          insert into samenwerkingsafspraak (tenant_id, id, afspraak_id, versienummer, status, azc_code, scenario,
            dagen_tot_kennismaking, driegesprek_na_koppeling_dagen, klantprofiel_update_dagen_voor_verhuizing,
            brede_intake_en_pip_voor_verhuizing, rustperiode_rond_verhuizing_dagen, geldig_vanaf, afspraken)
          values (?, ?, ?, 1, 'actief', ?, 'snelle-start', 7, 14, 14, true, 14,
            date '2026-01-01', ?)""")) {
        insert.setObject(1, tenant);
        insert.setObject(2, id);
        insert.setObject(3, id);
        insert.setString(4, azc);
        insert.setString(5, "Dashboardtest COA met " + gemeente);
        insert.executeUpdate();
      }
      c.commit();
    }
  }
}
