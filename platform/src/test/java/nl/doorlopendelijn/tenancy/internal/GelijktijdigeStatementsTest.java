package nl.doorlopendelijn.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Result;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import nl.doorlopendelijn.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A second statement on one connection while the answer to another is still coming is refused in the tests
 * ({@link SilenceBoundConnectionFactory.Gelijktijdig#WEIGEREN}): the shapes that do it (a zip of two statements, a
 * statement per row of another) and the ones that do not (one after the other, a row list first).
 */
class GelijktijdigeStatementsTest {

  private final ConnectionFactory factory = new SilenceBoundConnectionFactory(raw(),
      new DatabaseTijdslimieten(Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(2),
          Duration.ofSeconds(2)), SilenceBoundConnectionFactory.Gelijktijdig.WEIGEREN);

  private static ConnectionFactory raw() {
    var db = TestDatabase.shared();
    return ConnectionFactories.get(ConnectionFactoryOptions.parse(db.r2dbcUrl()).mutate()
        .option(ConnectionFactoryOptions.USER, db.appUser())
        .option(ConnectionFactoryOptions.PASSWORD, db.appPassword()).build());
  }

  private static Flux<Integer> rijen(Connection c, String sql) {
    return Flux.from(c.createStatement(sql).execute()).concatMap(r -> r.map((row, meta) -> row.get(0, Integer.class)));
  }

  private <T> Mono<T> opEenVerbinding(Function<Connection, Mono<T>> werk) {
    return Mono.usingWhen(factory.create(), werk, Connection::close);
  }

  /** The shapes that start a statement while another's answer is coming; each is refused, naming both. */
  @Test
  void tweeStatementsTegelijkWordenGeweigerd() {
    List<Function<Connection, Mono<?>>> tegelijk = List.of(
        c -> Mono.zip(rijen(c, "select 1").collectList(), rijen(c, "select 2").collectList()),
        c -> rijen(c, "select 1").collectList().zipWith(rijen(c, "select 2").collectList()),
        c -> Mono.when(rijen(c, "select 1"), rijen(c, "select 2")),
        c -> rijen(c, "select generate_series(1, 1000)").flatMap(n -> rijen(c, "select " + n)).collectList(),
        c -> rijen(c, "select generate_series(1, 1000)").concatMap(n -> rijen(c, "select " + n)).collectList());
    for (var vorm : tegelijk) {
      Throwable fout = opEenVerbinding(c -> vorm.apply(c).then(Mono.<Throwable>empty()))
          .onErrorResume(Mono::just).block(Duration.ofSeconds(20));
      assertThat(fout).isInstanceOf(IllegalStateException.class).hasMessageContaining("twee statements tegelijk")
          .hasMessageContaining("select");
    }
  }

  /**
   * Through Spring's DatabaseClient in a transaction, as the services use it: a zip of two reads is refused, the
   * same reads one after the other are not.
   */
  @Test
  void inEenTransactieViaDatabaseClient() {
    var client = org.springframework.r2dbc.core.DatabaseClient.create(factory);
    var tx = org.springframework.transaction.reactive.TransactionalOperator.create(
        new org.springframework.r2dbc.connection.R2dbcTransactionManager(factory));
    Function<String, Mono<java.util.List<Integer>>> lees = sql -> client.sql(sql)
        .map((row, meta) -> row.get(0, Integer.class)).all().collectList();
    Throwable fout = tx.transactional(Mono.zip(lees.apply("select 1"), lees.apply("select 2")).then(Mono.<Throwable>empty()))
        .onErrorResume(Mono::just).block(Duration.ofSeconds(20));
    assertThat(fout).isInstanceOf(IllegalStateException.class).hasMessageContaining("twee statements tegelijk");
    Object klaar = tx.transactional(lees.apply("select 1").flatMap(a -> lees.apply("select 2")).thenReturn("klaar"))
        .block(Duration.ofSeconds(20));
    assertThat(klaar).isEqualTo("klaar");
  }

  /** One after the other, or the rows collected first: never refused, and the connection serves on. */
  @Test
  void naElkaarWordtNietGeweigerd() {
    List<Function<Connection, Mono<?>>> naElkaar = List.of(
        c -> rijen(c, "select 1").collectList().flatMap(a -> rijen(c, "select 2").collectList()),
        c -> rijen(c, "select 1").then(rijen(c, "select 2").then()),
        c -> rijen(c, "select generate_series(1, 300)").collectList()
            .flatMapMany(Flux::fromIterable).concatMap(n -> rijen(c, "select " + n)).collectList(),
        c -> Flux.from(c.createStatement("select 1").execute()).concatMap(Result::getRowsUpdated)
            .then(rijen(c, "select 2").collectList()));
    for (var vorm : naElkaar) {
      Object klaar = opEenVerbinding(c -> vorm.apply(c).thenReturn("klaar")).block(Duration.ofSeconds(20));
      assertThat(klaar).isEqualTo("klaar");
    }
  }
}
