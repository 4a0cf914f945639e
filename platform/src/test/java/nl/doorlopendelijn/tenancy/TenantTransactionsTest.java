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

  /**
   * In a tenant's transaction every statement runs on its one connection: two started at once are refused in the
   * tests (tenancy.internal.SilenceBoundConnectionFactory), the same two one after the other are not.
   */
  @Test
  void tweeStatementsTegelijkInEenTransactieWordenGeweigerd() {
    StepVerifier.create(tx.read(HVB, reactor.core.publisher.Mono.zip(gemeenten().collectList(),
            gemeenten().collectList())))
        .expectErrorSatisfies(e -> assertThat(e).hasMessageContaining("twee statements tegelijk"))
        .verify();
    StepVerifier.create(tx.read(HVB, gemeenten().collectList().flatMap(a -> gemeenten().collectList())))
        .expectNextMatches(codes -> codes.size() == 9).verifyComplete();
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

  /**
   * Issue 18: the one transaction in two tenants. Each statement sees exactly the tenant of its step (RLS as ever),
   * after a step in the other tenant it is home again, a third tenant cannot be bound through it, and a failure
   * rolls back what both tenants' steps wrote.
   */
  @Test
  void eenTransactieInTweeTenantsZietPerStapPreciesEenTenant() {
    Flux<String> stappen = tx.writeInTwee(HVB, NOB, twee -> gemeenten().collectList().map(l -> "thuis " + l.size())
            .concatWith(twee.in(NOB, gemeenten().collectList().map(l -> "ander " + l.size() + " "
                + l.contains("GM0828"))))
            .concatWith(gemeenten().collectList().map(l -> "terug " + l.size() + " " + l.contains("GM0855")))
            .collectList())
        .flatMapIterable(l -> l);
    StepVerifier.create(stappen.collectList())
        .assertNext(l -> assertThat(l).containsExactly("thuis 9", "ander 6 true", "terug 9 true"))
        .verifyComplete();
    StepVerifier.create(tx.writeInTwee(HVB, NOB, twee -> twee.in(UUID.randomUUID(), gemeenten().count())))
        .expectError(IllegalArgumentException.class).verify();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.writeInTwee(HVB, HVB, twee -> reactor.core.publisher.Mono.empty()))
        .isInstanceOf(IllegalArgumentException.class);

    // both steps write a key, then the work fails: neither key stays
    String sleutel = "twee-" + UUID.randomUUID();
    reactor.core.publisher.Mono<Void> werk = tx.writeInTwee(HVB, NOB, twee -> schrijfSleutel(HVB, sleutel)
        .then(twee.in(NOB, schrijfSleutel(NOB, sleutel)))
        .then(reactor.core.publisher.Mono.error(new IllegalStateException("mislukt"))));
    StepVerifier.create(werk).expectErrorMessage("mislukt").verify();
    StepVerifier.create(tx.read(HVB, sleutels(sleutel)).concatWith(tx.read(NOB, sleutels(sleutel))).collectList())
        .assertNext(l -> assertThat(l).containsExactly(0L, 0L)).verifyComplete();
  }

  /** A row of a tenant table the module owns (the regions' gemeenten): written, then rolled back with the rest. */
  private reactor.core.publisher.Mono<Void> schrijfSleutel(UUID tenant, String code) {
    return db.sql("insert into regio_gemeente (tenant_id, cbs_code, naam) values (:t, :c, :n)")
        .bind("t", tenant).bind("c", String.format("GM9%03d", Math.abs(code.hashCode() % 1000))).bind("n", code)
        .fetch().rowsUpdated().then();
  }

  private reactor.core.publisher.Mono<Long> sleutels(String code) {
    return db.sql("select count(*) as n from regio_gemeente where naam = :n").bind("n", code)
        .map((row, meta) -> row.get("n", Long.class)).one();
  }

  @Test
  void zonderTransactieZijnTenantRijenOnzichtbaar() {
    StepVerifier.create(gemeenten().count()).expectNext(0L).verifyComplete();
  }
}
