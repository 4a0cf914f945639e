package nl.doorlopendelijn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.ModuleTest;
import nl.doorlopendelijn.testsupport.Wachten;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Requests are cancelled at any moment (a client that goes away, a timeout, a zip whose sibling failed), also while
 * their transaction begins, binds its tenant or commits. Whatever the moment, the pool gets its connection back, and
 * back clean: no transaction left open, no tenant bound, not read-only. Before the fix (r2dbc-pool 1.0.2 put a
 * connection cancelled mid-BEGIN straight back, see {@code CancelSafeConnectionPool}) 3,000 such cancels left 3 to 8
 * of the 20 pooled connections "idle in transaction": the next borrower ran in someone else's transaction
 * (SQLSTATE 25006 in a write, or the other one's tenant, or autocommit writes never committed).
 */
@ModuleTest
class AfgebrokenTransactiesTest {

  private static final UUID HVB = Region.idFor("hart-van-brabant");
  private static final UUID NOB = Region.idFor("noordoost-brabant");
  private static final int VERZOEKEN = 3_000;

  @Autowired
  TenantTransactions tx;

  @Autowired
  DatabaseClient db;

  @Autowired
  ConnectionFactory connectionFactory;

  /** What a connection's session shows: read-only?, bound tenant, and whether it is inside an older transaction. */
  private static final String STAND = "select current_setting('transaction_read_only') || ' '"
      + " || coalesce(nullif(current_setting('app.tenant_id', true), ''), '-') || ' '"
      + " || (now() = statement_timestamp())::text as stand";

  private Mono<String> stand() {
    return db.sql(STAND).map((row, meta) -> row.get(0, String.class)).one();
  }

  /** The kinds of work a request does, each in the shape the platform runs it. */
  private Mono<String> werk(int soort) {
    return switch (soort) {
      case 0 -> tx.read(HVB, stand());
      case 1 -> tx.write(NOB, stand());
      case 2 -> tx.platform(stand());
      case 3 -> tx.readMany(HVB, Flux.concat(stand(), stand(), stand())).next();
      case 4 -> tx.writeInTwee(HVB, NOB, twee -> twee.in(NOB, stand()));
      default -> stand();
    };
  }

  // now() = statement_timestamp() only outside a transaction: inside one (the write below) now() is its start
  @Test
  void eenAfgebrokenVerzoekLaatZijnVerbindingSchoonAchter() {
    long zaad = System.nanoTime();
    Random toeval = new Random(zaad);
    List<long[]> plan = Flux.range(0, VERZOEKEN)
        .map(i -> new long[] {toeval.nextInt(6), toeval.nextInt(toeval.nextBoolean() ? 3_000 : 40_000)}).collectList().block();
    // each request is cancelled after a random 0-3 ms (half) or 0-40 ms: before, during or after its BEGIN, set_config, query, COMMIT
    Long afgemaakt = Flux.fromIterable(plan)
        .flatMap(p -> werk((int) p[0]).timeout(Duration.ofNanos(p[1] * 1_000))
            .map(s -> 1L).onErrorResume(e -> Mono.just(0L)), 16)
        .reduce(0L, Long::sum).block(Duration.ofSeconds(120));
    System.out.printf("afgebroken transacties: %d verzoeken (zaad %d), %d afgemaakt, %d afgebroken%n",
        VERZOEKEN, zaad, afgemaakt, VERZOEKEN - afgemaakt);
    assertThat(VERZOEKEN - afgemaakt).as("the storm cancelled requests").isGreaterThan(VERZOEKEN / 10);

    ConnectionPool pool = connectionFactory instanceof ConnectionPool p ? p
        : connectionFactory instanceof Wrapped<?> w && w.unwrap() instanceof ConnectionPool p ? p : null;
    assertThat(pool).as("the pool under the platform's factory").isNotNull();
    assertThat(Wachten.tot(Duration.ofSeconds(10), () -> pool.getMetrics().orElseThrow().acquiredSize() == 0))
        .as("every connection given back; still out: %d", pool.getMetrics().orElseThrow().acquiredSize()).isTrue();

    List<String> sessies = db.sql("select coalesce(state, '-') from pg_stat_activity"
            + " where usename = current_user and backend_type = 'client backend' and pid <> pg_backend_pid()")
        .map((row, meta) -> row.get(0, String.class)).all().collectList().block();
    assertThat(sessies).as("the app's sessions").doesNotContain("idle in transaction", "idle in transaction (aborted)");

    // every pooled connection at once, as the next borrowers get them
    int max = pool.getMetrics().orElseThrow().getMaxAllocatedSize();
    List<Connection> alle = Flux.range(0, max).flatMap(i -> Mono.<Connection>from(connectionFactory.create()), max)
        .collectList().block(Duration.ofSeconds(10));
    try {
      List<String> standen = Flux.fromIterable(alle)
          .flatMap(c -> Flux.from(c.createStatement(STAND).execute())
              .flatMap(r -> r.map((row, meta) -> row.get(0, String.class))))
          .collectList().block(Duration.ofSeconds(10));
      assertThat(standen).as("read-only, bound tenant, in an older transaction").hasSize(max)
          .containsOnly("off - true");
    } finally {
      Flux.fromIterable(alle).concatMap(Connection::close).blockLast(Duration.ofSeconds(10));
    }
    assertThat(Flux.range(0, 200).flatMap(i -> tx.write(HVB, stand()), 20).collectList().block())
        .as("a write transaction after the storm: its own tenant, not read-only").containsOnly("off " + HVB + " false");
  }
}
