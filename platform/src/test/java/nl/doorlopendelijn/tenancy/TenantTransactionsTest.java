package nl.doorlopendelijn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.doorlopendelijn.testsupport.ModuleTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** The one mechanism every data access goes through: a transaction bound to one tenant. */
@ModuleTest
class TenantTransactionsTest {

  private static final UUID HVB = Region.idFor("hart-van-brabant");
  private static final UUID NOB = Region.idFor("noordoost-brabant");

  @Autowired
  TenantTransactions tx;

  @Autowired
  DatabaseClient db;

  @Autowired
  OverRegios overRegios;

  private Flux<String> gemeenten() {
    return db.sql("select cbs_code from regio_gemeente order by cbs_code")
        .map((row, meta) -> row.get(0, String.class)).all();
  }

  @Test
  void transactieZietAlleenDeGebondenTenant() {
    StepVerifier.create(tx.readMany(HVB, gemeenten()).collectList())
        .expectNextMatches(codes -> codes.size() == 9 && codes.contains("GM0855") && !codes.contains("GM0828"))
        .verifyComplete();
    StepVerifier.create(tx.readMany(NOB, gemeenten()).collectList())
        .expectNextMatches(codes -> codes.size() == 6 && codes.contains("GM0828") && !codes.contains("GM0855"))
        .verifyComplete();
  }

  @RepeatedTest(5)
  void eenGepoogdeVerbindingNeemtDeTenantNietMeeNaarHetVolgendeWerk() {
    // Many short transactions on a small pool: any leak of app.tenant_id would show up as rows here.
    Flux<Long> work = Flux.range(0, 40).flatMap(i -> i % 2 == 0
        ? tx.readMany(i % 4 == 0 ? HVB : NOB, gemeenten()).count()
        : gemeenten().count().map(n -> -n), 8);
    StepVerifier.create(work.filter(n -> n <= 0).all(n -> n == 0)).expectNext(true).verifyComplete();
  }

  @Test
  void werkOverRegiosZietInElkeRegioAlleenDieRegio() {
    // no tenant filter in the query: what each region's work sees is what RLS lets through
    Flux<String> perRegio = overRegios.actieve().lees("test.rls", r -> db.sql(
            "select count(*) as n, count(*) filter (where tenant_id = :eigen) as eigen,"
                + " current_setting('app.tenant_id', true) as gebonden from regio_gemeente")
        .bind("eigen", r.id())
        .map((row, meta) -> r.slug() + " " + row.get("n", Long.class) + " "
            + (row.get("n", Long.class).equals(row.get("eigen", Long.class))
                && r.id().toString().equals(row.get("gebonden", String.class))))
        .one());
    StepVerifier.create(perRegio.collectList())
        .assertNext(l -> assertThat(l).contains("hart-van-brabant 9 true", "noordoost-brabant 6 true")
            .allMatch(x -> x.endsWith(" true")).isSorted())
        .verifyComplete();
  }

  @Test
  void zonderTransactieZijnTenantRijenOnzichtbaar() {
    StepVerifier.create(gemeenten().count()).expectNext(0L).verifyComplete();
  }
}
