package nl.doorlopendelijn.dashboard;

import static nl.doorlopendelijn.dashboard.DashboardTestData.HVB;
import static nl.doorlopendelijn.dashboard.DashboardTestData.HVB_ID;
import static nl.doorlopendelijn.dashboard.DashboardTestData.ISSUERS;
import static nl.doorlopendelijn.dashboard.DashboardTestData.NOB;
import static nl.doorlopendelijn.dashboard.DashboardTestData.NOB_ID;
import static nl.doorlopendelijn.dashboard.DashboardTestData.OISTERWIJK;
import static nl.doorlopendelijn.dashboard.DashboardTestData.cel;
import static nl.doorlopendelijn.dashboard.DashboardTestData.feiten;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.dashboard.SseKijkers.Kijker;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

/** The live dashboard: many viewers, one upstream; the LISTEN connection dies and comes back; viewers reconnect. */
@PlatformTest
class DashboardLiveTest {

  @Autowired
  WebTestClient web;
  @Autowired
  TenantTransactions tx;
  @Autowired
  DashboardFeiten feiten;
  @LocalServerPort
  int poort;

  DashboardTestData data() {
    return new DashboardTestData(web, tx, feiten);
  }

  @Test
  void tweehonderdKijkersKrijgenAlleEenVastgelegdeWijzigingBinnenVijfSeconden() {
    WebClient client = SseKijkers.client(poort, 250);
    String token = ISSUERS.regioCoordinator(HVB);
    List<Kijker> kijkers = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      kijkers.add(SseKijkers.kijk(client, "/api/v1/regios/" + HVB + "/dashboard/stream", token, null));
    }
    try {
      SseKijkers.wachtTot(Duration.ofSeconds(60), () -> kijkers.stream().allMatch(k -> !k.events.isEmpty()),
          () -> "alle 200 kijkers hebben de huidige stand; zonder: "
              + kijkers.stream().filter(k -> k.events.isEmpty()).count() + ", fouten: "
              + kijkers.stream().filter(k -> k.fout != null).map(k -> k.fout.toString()).distinct().toList());
      String status = "live-" + UUID.randomUUID().toString().substring(0, 8);
      long vastgelegd = System.nanoTime();
      data().registreer(HVB_ID, feiten(1, HVB_ID, "GM0855", OISTERWIJK, status));

      SseKijkers.wachtTot(Duration.ofSeconds(5), () -> kijkers.stream().allMatch(k -> k.heeftEventMet(status)),
          "alle 200 kijkers zien de wijziging");
      long traagste = kijkers.stream().mapToLong(k -> k.aankomstVanEerste(status) - vastgelegd).max().orElseThrow();
      System.out.printf("200 kijkers: traagste na %d ms%n", traagste / 1_000_000);
    } finally {
      kijkers.forEach(k -> k.abonnement.dispose());
    }
  }

  @Test
  void naHetVerbrekenVanDeLuisterverbindingHersteltHetDashboardEnKomenWijzigingenWeerDoor() throws Exception {
    String coordinator = ISSUERS.regioCoordinator(NOB);
    data().dashboard(NOB, coordinator);
    int oudePid = luisteraarPid();

    // A change committed while nobody listens (written without NOTIFY): only a resynchronisation can find it.
    String stil = "onaangekondigd-" + UUID.randomUUID().toString().substring(0, 8);
    schrijfZonderNotify(NOB_ID, "GM0828", stil);
    assertThat(cel(data().dashboard(NOB, coordinator).get("dossiersPerGemeenteEnStatus"), "GM0828", stil))
        .as("zonder NOTIFY weet het dashboard nog van niets").isNull();

    try (Connection c = TestDatabase.shared().connectAsApp();
        PreparedStatement s = c.prepareStatement("select pg_terminate_backend(?)")) {
      s.setInt(1, oudePid);
      s.execute();
    }

    data().wachtOp(NOB, coordinator, d -> cel(d.get("dossiersPerGemeenteEnStatus"), "GM0828", stil) != null);
    SseKijkers.wachtTot(Duration.ofSeconds(10), () -> nieuwePid(oudePid), "een nieuwe LISTEN-verbinding");

    String daarna = "na-herstel-" + UUID.randomUUID().toString().substring(0, 8);
    data().registreer(NOB_ID, feiten(1, NOB_ID, "GM0828", OISTERWIJK, daarna));
    data().wachtOp(NOB, coordinator, d -> cel(d.get("dossiersPerGemeenteEnStatus"), "GM0828", daarna) != null);
  }

  @Test
  void eenKijkerDieHerverbindtMetLastEventIdMistNiets() {
    WebClient client = SseKijkers.client(poort, 10);
    String token = ISSUERS.regioCoordinator(HVB);
    String pad = "/api/v1/regios/" + HVB + "/dashboard/stream";

    Kijker eerste = SseKijkers.kijk(client, pad, token, null);
    SseKijkers.wachtTot(Duration.ofSeconds(10), () -> !eerste.events.isEmpty(), "de huidige stand");
    eerste.abonnement.dispose();
    String gezien = eerste.events.get(eerste.events.size() - 1).id();
    String reeks = gezien.substring(0, gezien.lastIndexOf('.'));
    long gezienNummer = Long.parseLong(gezien.substring(gezien.lastIndexOf('.') + 1));

    String gemist = "gemist-" + UUID.randomUUID().toString().substring(0, 8);
    data().registreer(HVB_ID, feiten(1, HVB_ID, "GM0766", OISTERWIJK, gemist));
    String huidigeId = etagNa(HVB, token, gemist);

    Kijker terug = SseKijkers.kijk(client, pad, token, gezien);
    SseKijkers.wachtTot(Duration.ofSeconds(10), () -> terug.heeftEventMet(gemist), "de gemiste versie");
    assertThat(terug.events.get(0).id()).as("de eerste versie na de laatst geziene")
        .isEqualTo(reeks + "." + (gezienNummer + 1));
    assertThat(terug.events).allMatch(e -> e.id().startsWith(reeks + ".")
        && Long.parseLong(e.id().substring(reeks.length() + 1)) > gezienNummer);
    terug.abonnement.dispose();

    // An id the server never handed out (or one from before a restart, or of another replica: the same number in
    // another reeks): the current full state.
    Kijker onbekend = SseKijkers.kijk(client, pad, token, "ander0reeks1." + gezienNummer);
    SseKijkers.wachtTot(Duration.ofSeconds(10), () -> !onbekend.events.isEmpty(), "de huidige stand");
    assertThat(onbekend.events.get(0).id()).isEqualTo(huidigeId);
    assertThat(onbekend.events.get(0).data()).contains(gemist);
    onbekend.abonnement.dispose();
  }

  private String etagNa(String regio, String token, String status) {
    data().wachtOp(regio, token, d -> cel(d.get("dossiersPerGemeenteEnStatus"), "GM0766", status) != null);
    String etag = web.get().uri("/api/v1/regios/" + regio + "/dashboard").headers(h -> h.setBearerAuth(token))
        .exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
    return etag.replace("\"", "");
  }

  private static int luisteraarPid() throws SQLException {
    try (Connection c = TestDatabase.shared().connectAsApp();
        PreparedStatement s = c.prepareStatement(
            "select pid from pg_stat_activity where application_name = 'doorlopendelijn-dashboard-listen'"
                + " and query like 'LISTEN%'");
        ResultSet rs = s.executeQuery()) {
      assertThat(rs.next()).as("er is een LISTEN-verbinding").isTrue();
      return rs.getInt(1);
    }
  }

  private static boolean nieuwePid(int oude) {
    try {
      return luisteraarPid() != oude;
    } catch (SQLException | AssertionError e) {
      return false;
    }
  }

  private static void schrijfZonderNotify(UUID tenant, String gemeente, String status) throws SQLException {
    try (Connection c = TestDatabase.shared().connectAsApp()) {
      c.setAutoCommit(false);
      try (PreparedStatement bind = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        bind.setString(1, tenant.toString());
        bind.execute();
      }
      try (PreparedStatement insert = c.prepareStatement("""
          insert into dashboard_dossier_feit (tenant_id, dossier_id, gemeente_code, azc_code, status, scenario,
            volgnummer) values (?, ?, ?, 'AZC-OISTERWIJK', ?, 'snelle-start', nextval('dashboard_feit_volgnummer'))""")) {
        insert.setObject(1, tenant);
        insert.setObject(2, UUID.randomUUID());
        insert.setString(3, gemeente);
        insert.setString(4, status);
        insert.executeUpdate();
      }
      c.commit();
    }
  }
}
