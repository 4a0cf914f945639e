package nl.doorlopendelijn.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.testsupport.ModuleTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The audit log alone: its records are tenant rows (the tenant comes from the transaction, so tenancy boots with it)
 * and the application role may only add to them.
 */
@ModuleTest(extraIncludes = "tenancy")
class AuditLogTest {

  private static final UUID HVB = Region.idFor("hart-van-brabant");
  private static final UUID NOB = Region.idFor("noordoost-brabant");

  @Autowired
  AuditLog audit;

  @Autowired
  TenantTransactions tx;

  @Test
  void recordWordtInDezelfdeTransactieGeschrevenEnIsTerugTeLezen() {
    String object = "test-" + UUID.randomUUID();
    StepVerifier.create(tx.write(HVB, audit.record(AuditEntry.gelukt("test.lezen", "test", List.of(object), "test"))))
        .verifyComplete();
    StepVerifier.create(tx.readMany(HVB, audit.about("test", object)).collectList())
        .assertNext(records -> {
          assertThat(records).hasSize(1);
          assertThat(records.get(0).actie()).isEqualTo("test.lezen");
          assertThat(records.get(0).actor()).isEqualTo("systeem");
          assertThat(records.get(0).objectIds()).containsExactly(object);
        })
        .verifyComplete();
    // Filed under the tenant of the transaction: another region does not see it.
    StepVerifier.create(tx.readMany(NOB, audit.about("test", object)).count()).expectNext(0L).verifyComplete();
  }

  @Test
  void recordVanEenTeruggedraaideTransactieIsMetHaarVerdwenen() {
    String object = "test-" + UUID.randomUUID();
    Mono<Void> failingWork = audit.record(AuditEntry.gelukt("test.wijzigen", "test", List.of(object), "test"))
        .then(Mono.error(new IllegalStateException("het werk mislukt")));
    StepVerifier.create(tx.write(HVB, failingWork)).verifyError(IllegalStateException.class);
    StepVerifier.create(tx.readMany(HVB, audit.about("test", object)).count()).expectNext(0L).verifyComplete();
  }

  @Test
  void deApplicatierolKanAuditrecordsNietWijzigenOfVerwijderen() throws SQLException {
    String object = "test-" + UUID.randomUUID();
    StepVerifier.create(tx.write(HVB, audit.record(AuditEntry.gelukt("test.lezen", "test", List.of(object), "test"))))
        .verifyComplete();
    try (Connection c = TestDatabase.shared().connectAsApp()) {
      c.setAutoCommit(false);
      try (var ps = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        ps.setString(1, HVB.toString());
        ps.execute();
      }
      assertThatThrownBy(() -> c.createStatement().executeUpdate("update audit_record set actor = 'iemand anders'"))
          .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
      c.rollback();
      assertThatThrownBy(() -> c.createStatement().executeUpdate("delete from audit_record"))
          .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
      c.rollback();
      assertThatThrownBy(() -> c.createStatement().executeUpdate("truncate audit_record"))
          .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
      c.rollback();
    }
  }

  @Test
  void retentieIsEenTaakVanDeEigenaarEnNietVanDeApplicatie() throws SQLException {
    try (Connection app = TestDatabase.shared().connectAsApp()) {
      assertThatThrownBy(() -> app.createStatement().executeQuery("select audit_retentie(interval '1 day')"))
          .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    }
    try (Connection owner = TestDatabase.shared().connectAsOwner();
        var rs = owner.createStatement().executeQuery("select audit_retentie(interval '100 years')")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }
}
