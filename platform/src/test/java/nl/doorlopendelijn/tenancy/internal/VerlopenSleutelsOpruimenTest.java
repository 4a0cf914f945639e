package nl.doorlopendelijn.tenancy.internal;

import static nl.doorlopendelijn.testsupport.IdempotentieProef.tel;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.ModuleTest;
import nl.doorlopendelijn.testsupport.Opname;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import nl.doorlopendelijn.testsupport.VerstelbareKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.scheduler.VirtualTimeScheduler;

/** Keys older than 24 h are removed, of every tenant (regions and the platform); younger ones stay; a purge takes them. */
@ModuleTest
class VerlopenSleutelsOpruimenTest {

  private static final UUID PLATFORM = UUID.fromString("00000000-0000-0000-0000-000000000000");
  private static final UUID HVB = Region.idFor(TestIssuers.HART_VAN_BRABANT);
  private static final UUID NOB = Region.idFor(TestIssuers.NOORDOOST_BRABANT);

  @Autowired
  VerlopenSleutelsOpruimen opruimen;

  @Autowired
  TenantTables tables;

  @Autowired
  VerstelbareKlok klok;

  @AfterEach
  void klokTerug() {
    klok.terugNaarSysteemtijd();
  }

  @Test
  void elkUurVerdwijnenDeSleutelsOuderDanEenEtmaalVanElkeTenant() throws Exception {
    String actor = "test|" + UUID.randomUUID();
    Instant nu = klok.instant();
    for (UUID tenant : List.of(PLATFORM, HVB, NOB)) {
      sleutel(tenant, actor, "oud", nu.minus(Duration.ofHours(24)).minusSeconds(60));
      sleutel(tenant, actor, "jong", nu.minus(Duration.ofHours(23)));
    }
    // the test's own virtual clock for the interval, never Reactor's global schedulers (see Opname): the clean-up's
    // statements and their timeouts run in real time meanwhile
    VirtualTimeScheduler tijd = VirtualTimeScheduler.create();
    try (Opname<Long> rondes = Opname.van(opruimen.elk(VerlopenSleutelsOpruimen.INTERVAL, tijd).take(2))) {
      tijd.advanceTimeBy(Duration.ofMinutes(59));
      assertThat(rondes.nieuw()).as("nothing before the hour").isEmpty();
      tijd.advanceTimeBy(Duration.ofMinutes(1));
      assertThat(rondes.volgende(Duration.ofSeconds(30))).isGreaterThanOrEqualTo(3);
      klok.zet(nu.plus(Duration.ofHours(2)));
      tijd.advanceTimeBy(Duration.ofHours(1));
      assertThat(rondes.volgende(Duration.ofSeconds(30))).isGreaterThanOrEqualTo(3);
    }
    for (UUID tenant : List.of(PLATFORM, HVB, NOB)) {
      assertThat(tel(tenant, "select count(*) from idempotentie where actor = ?", actor)).as(tenant.toString()).isZero();
    }
  }

  @Test
  void sleutelsZijnEenTenanttabelDieMetDeRegioWordtVerwijderd() {
    assertThat(tables.inDeletionOrder(false).map(TenantTables.Table::name).collectList().block())
        .contains("idempotentie");
  }

  private static void sleutel(UUID tenant, String actor, String sleutel, Instant op) throws Exception {
    try (Connection c = TestDatabase.shared().connectAsOwner()) {
      c.setAutoCommit(false);
      try (PreparedStatement bind = c.prepareStatement("select set_config('app.tenant_id', ?, true)");
          PreparedStatement s = c.prepareStatement("insert into idempotentie (tenant_id, actor, sleutel, verzoek_hash,"
              + " status, aangemaakt_op) values (?, ?, ?, 'h', 201, ?)")) {
        bind.setString(1, tenant.toString());
        bind.execute();
        s.setObject(1, tenant);
        s.setString(2, actor);
        s.setString(3, sleutel);
        s.setTimestamp(4, Timestamp.from(op));
        s.executeUpdate();
      }
      c.commit();
    }
  }
}
