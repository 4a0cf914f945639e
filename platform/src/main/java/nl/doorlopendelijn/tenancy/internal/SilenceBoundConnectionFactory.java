package nl.doorlopendelijn.tenancy.internal;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionMetadata;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Lifecycle;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * Wraps the connections the pool creates (a Boot {@code ConnectionFactoryDecorator}, under the pool) so that a
 * database that stops answering without a reset cannot hold a request: every exchange with the server (a statement's
 * results and their first row, begin, commit, rollback, close) fails with {@link R2dbcTimeoutException} when the
 * server sends nothing for {@link DatabaseTijdslimieten#stilteGrens()}. The bound is on the first answer: the rows
 * after it come at the consumer's pace; a slow statement is the server's statement_timeout's business (shorter).
 *
 * <p>A connection that timed out is broken for good (its conversation with the server is in an unknown state): it
 * is closed, and its {@link #validate} answers false, so the pool drops it instead of handing it out again. A
 * connection idle longer than {@link DatabaseTijdslimieten#validatieNaRust()} proves itself with one round trip
 * before the pool hands it out (like HikariCP's alive-bypass window): a pool full of connections to a server that
 * went silent is found out at checkout, one bounded check each, and a busy pool pays nothing.
 *
 * <p>It also sees a second statement started on a connection while the answer of another is still coming (a
 * {@code Mono.zip} or a {@code flatMap} over rows on one transaction's connection). PostgreSQL answers one statement
 * at a time, so it gains nothing, and the driver then holds the second behind a result its consumer stopped reading:
 * a wait up to the timeouts, or for good (pgjdbc/r2dbc-postgresql#650, #661; its maintainer: no zip in a
 * transaction). {@link Gelijktijdig} says whether that is logged (production) or refused (the tests, so every
 * place that does it fails by its SQL).
 */
final class SilenceBoundConnectionFactory implements ConnectionFactory, Wrapped<ConnectionFactory> {

  private static final Logger log = LoggerFactory.getLogger(SilenceBoundConnectionFactory.class);

  /** What a second statement on a connection while another's answer is still coming gets. */
  enum Gelijktijdig {
    /** A warning with both statements' SQL, once per pair; the statement runs (behind the other). */
    WAARSCHUWEN,
    /** An {@link IllegalStateException} naming both statements: the tests, so no such place goes unnoticed. */
    WEIGEREN
  }

  private final ConnectionFactory delegate;
  private final DatabaseTijdslimieten limieten;
  private final Gelijktijdig gelijktijdig;

  SilenceBoundConnectionFactory(ConnectionFactory delegate, DatabaseTijdslimieten limieten, Gelijktijdig gelijktijdig) {
    this.delegate = delegate;
    this.limieten = limieten;
    this.gelijktijdig = gelijktijdig;
  }

  SilenceBoundConnectionFactory(ConnectionFactory delegate, DatabaseTijdslimieten limieten) {
    this(delegate, limieten, Gelijktijdig.WAARSCHUWEN);
  }

  @Override
  public Publisher<? extends Connection> create() {
    return Mono.from(delegate.create()).map(c -> new BoundConnection(c, limieten, gelijktijdig));
  }

  /** The pairs of statements already warned about (bounded: a warning per place, not per request). */
  private static final java.util.Set<String> GEWAARSCHUWD = java.util.concurrent.ConcurrentHashMap.newKeySet();

  @Override
  public ConnectionFactoryMetadata getMetadata() {
    return delegate.getMetadata();
  }

  @Override
  public ConnectionFactory unwrap() {
    return delegate;
  }

  static final class BoundConnection implements Connection, Lifecycle, Wrapped<Connection> {

    private final Connection delegate;
    private final Duration grens;
    private final DatabaseTijdslimieten limieten;
    private volatile boolean kapot;
    private volatile long laatstGebruikt = System.nanoTime();
    /** A begin, commit or rollback was cancelled: the server's transaction state is unknown until a ROLLBACK. */
    private volatile boolean onzeker;
    /** Begins, commits and rollbacks under way: their answer (and so the driver's transaction status) is pending. */
    private final AtomicInteger lopend = new AtomicInteger();
    private final Gelijktijdig gelijktijdig;
    /** The SQL of the statement whose answer is still coming, or null (see the class comment). */
    private final java.util.concurrent.atomic.AtomicReference<String> bezig =
        new java.util.concurrent.atomic.AtomicReference<>();

    BoundConnection(Connection delegate, DatabaseTijdslimieten limieten, Gelijktijdig gelijktijdig) {
      this.delegate = delegate;
      this.limieten = limieten;
      this.grens = limieten.stilteGrens();
      this.gelijktijdig = gelijktijdig;
    }

    BoundConnection(Connection delegate, DatabaseTijdslimieten limieten) {
      this(delegate, limieten, Gelijktijdig.WAARSCHUWEN);
    }

    /**
     * A statement's exchange with the server, from its execute until its last result is in: a second one started
     * meanwhile is warned about or refused ({@link Gelijktijdig}).
     */
    Flux<Result> statement(String sql, Publisher<? extends Result> execute) {
      return Flux.defer(() -> {
        String ander = bezig.compareAndExchange(null, sql);
        if (ander != null) {
          String paar = "'" + kort(ander) + "' en '" + kort(sql) + "'";
          if (gelijktijdig == Gelijktijdig.WEIGEREN) {
            return Flux.error(new IllegalStateException("twee statements tegelijk op één verbinding: " + paar
                + " (de tweede begon voordat het antwoord op de eerste binnen was; maak ze na elkaar)"));
          }
          if (GEWAARSCHUWD.size() < 1_000 && GEWAARSCHUWD.add(paar)) {
            log.warn("twee statements tegelijk op één verbinding: {}; PostgreSQL beantwoordt ze na elkaar en de"
                + " tweede wacht achter de eerste (r2dbc-postgresql#650)", paar);
          }
          return begrens(execute).map(r -> (Result) new BoundResult(r, this));
        }
        // cleared before the end reaches the consumer (doFinally would run after it, when the next statement may
        // already have started from its onComplete)
        Runnable klaar = () -> bezig.compareAndSet(sql, null);
        return begrens(execute).map(r -> (Result) new BoundResult(r, this))
            .doOnTerminate(klaar).doOnCancel(klaar);
      });
    }

    private static String kort(String sql) {
      String plat = sql.replaceAll("\\s+", " ").strip();
      return plat.length() > 120 ? plat.substring(0, 120) + "…" : plat;
    }

    boolean kapot() {
      return kapot;
    }

    /**
     * Bounds the wait for the first answer of a stream (a statement's results, its first row); a timeout breaks the
     * connection. Only the first: later rows come at the consumer's pace (backpressure: a slow HTTP client of a
     * long export requests them slowly), which is no silence of the server.
     */
    <T> Flux<T> begrens(Publisher<T> uitwisseling) {
      return Flux.from(uitwisseling)
          .timeout(Mono.delay(grens), eerste -> Mono.never())
          .onErrorMap(TimeoutException.class, this::opgegeven)
          .doFinally(s -> laatstGebruikt = System.nanoTime());
    }

    <T> Mono<T> begrensMono(Publisher<T> uitwisseling) {
      return Mono.from(uitwisseling)
          .timeout(grens)
          .onErrorMap(TimeoutException.class, this::opgegeven)
          .doFinally(s -> laatstGebruikt = System.nanoTime());
    }

    /** A transaction-control exchange: bounded, and a cancel of it leaves the connection in doubt. */
    private Mono<Void> besturing(Publisher<Void> uitwisseling) {
      return begrensMono(uitwisseling)
          .doOnSubscribe(s -> lopend.incrementAndGet())
          .doFinally(signaal -> {
            if (signaal == SignalType.CANCEL) {
              onzeker = true;
            }
            lopend.decrementAndGet();
          });
    }

    @Override
    public Publisher<Void> postAllocate() {
      return Mono.empty();
    }

    /**
     * Before the pool takes the connection back ({@link CancelSafeConnectionPool}): when a transaction may still be
     * open on the server (a begin, commit or rollback was cancelled or has not answered, or the driver sees one), a
     * plain ROLLBACK. Normal releases pay nothing: the check is local.
     */
    @Override
    public Publisher<Void> preRelease() {
      if (kapot || !(onzeker || lopend.get() > 0 || !delegate.isAutoCommit())) {
        return Mono.empty();
      }
      // A plain ROLLBACK, not rollbackTransaction(): the driver skips that when its last-seen status says idle,
      // which is stale while a cancelled BEGIN is still on its way. The ROLLBACK queues behind it on this connection.
      return begrens(delegate.createStatement("ROLLBACK").execute())
          .concatMap(Result::getRowsUpdated)
          .then()
          .doOnSuccess(v -> onzeker = false);
    }

    private Throwable opgegeven(TimeoutException e) {
      breek();
      return new R2dbcTimeoutException("no answer from the database within " + grens, e);
    }

    private void breek() {
      if (!kapot) {
        kapot = true;
        log.warn("database gave no answer within {}: connection given up", grens);
        // best effort: the server may never hear it, the pool drops the connection anyway (validate says false)
        Mono.from(delegate.close()).timeout(grens).onErrorResume(f -> Mono.empty()).subscribe();
      }
    }

    @Override
    public Publisher<Boolean> validate(ValidationDepth depth) {
      if (kapot) {
        return Mono.just(false);
      }
      boolean rustig = System.nanoTime() - laatstGebruikt < limieten.validatieNaRust().toNanos();
      if (depth == ValidationDepth.LOCAL && rustig) {
        return delegate.validate(ValidationDepth.LOCAL);
      }
      return Mono.from(delegate.validate(ValidationDepth.REMOTE))
          .timeout(limieten.validatieTijd())
          .onErrorReturn(false)
          .defaultIfEmpty(false)
          .doOnNext(goed -> {
            if (goed) {
              laatstGebruikt = System.nanoTime();
            } else {
              breek();
            }
          });
    }

    @Override
    public Publisher<Void> beginTransaction() {
      return besturing(delegate.beginTransaction());
    }

    @Override
    public Publisher<Void> beginTransaction(TransactionDefinition definition) {
      return besturing(delegate.beginTransaction(definition));
    }

    @Override
    public Publisher<Void> close() {
      if (kapot) {
        return Mono.from(delegate.close()).timeout(grens).onErrorResume(f -> Mono.empty());
      }
      return begrensMono(delegate.close());
    }

    @Override
    public Publisher<Void> commitTransaction() {
      return besturing(delegate.commitTransaction());
    }

    @Override
    public Batch createBatch() {
      Batch batch = delegate.createBatch();
      BoundConnection verbinding = this;
      return new Batch() {
        private final StringBuilder sql = new StringBuilder();

        @Override
        public Batch add(String statement) {
          batch.add(statement);
          sql.append(sql.isEmpty() ? "" : "; ").append(statement);
          return this;
        }

        @Override
        public Publisher<? extends Result> execute() {
          return verbinding.statement(sql.toString(), batch.execute());
        }
      };
    }

    @Override
    public Publisher<Void> createSavepoint(String name) {
      return besturing(delegate.createSavepoint(name));
    }

    @Override
    public Statement createStatement(String sql) {
      return new BoundStatement(delegate.createStatement(sql), sql, this);
    }

    @Override
    public boolean isAutoCommit() {
      return delegate.isAutoCommit();
    }

    @Override
    public ConnectionMetadata getMetadata() {
      return delegate.getMetadata();
    }

    @Override
    public IsolationLevel getTransactionIsolationLevel() {
      return delegate.getTransactionIsolationLevel();
    }

    @Override
    public Publisher<Void> releaseSavepoint(String name) {
      return besturing(delegate.releaseSavepoint(name));
    }

    @Override
    public Publisher<Void> rollbackTransaction() {
      return besturing(delegate.rollbackTransaction());
    }

    @Override
    public Publisher<Void> rollbackTransactionToSavepoint(String name) {
      return besturing(delegate.rollbackTransactionToSavepoint(name));
    }

    @Override
    public Publisher<Void> setAutoCommit(boolean autoCommit) {
      return besturing(delegate.setAutoCommit(autoCommit));
    }

    @Override
    public Publisher<Void> setLockWaitTimeout(Duration timeout) {
      return begrensMono(delegate.setLockWaitTimeout(timeout));
    }

    @Override
    public Publisher<Void> setStatementTimeout(Duration timeout) {
      return begrensMono(delegate.setStatementTimeout(timeout));
    }

    @Override
    public Publisher<Void> setTransactionIsolationLevel(IsolationLevel isolationLevel) {
      return besturing(delegate.setTransactionIsolationLevel(isolationLevel));
    }

    @Override
    public Connection unwrap() {
      return delegate;
    }
  }

  private static final class BoundStatement implements Statement {

    private final Statement delegate;
    private final String sql;
    private final BoundConnection verbinding;

    BoundStatement(Statement delegate, String sql, BoundConnection verbinding) {
      this.delegate = delegate;
      this.sql = sql;
      this.verbinding = verbinding;
    }

    @Override
    public Statement add() {
      delegate.add();
      return this;
    }

    @Override
    public Statement bind(int index, Object value) {
      delegate.bind(index, value);
      return this;
    }

    @Override
    public Statement bind(String name, Object value) {
      delegate.bind(name, value);
      return this;
    }

    @Override
    public Statement bindNull(int index, Class<?> type) {
      delegate.bindNull(index, type);
      return this;
    }

    @Override
    public Statement bindNull(String name, Class<?> type) {
      delegate.bindNull(name, type);
      return this;
    }

    @Override
    public Publisher<? extends Result> execute() {
      return verbinding.statement(sql, delegate.execute());
    }

    @Override
    public Statement fetchSize(int rows) {
      delegate.fetchSize(rows);
      return this;
    }

    @Override
    public Statement returnGeneratedValues(String... columns) {
      delegate.returnGeneratedValues(columns);
      return this;
    }
  }

  /** The rows of a result arrive after execute() emitted it: their waits are bounded too. */
  private static final class BoundResult implements Result {

    private final Result delegate;
    private final BoundConnection verbinding;

    BoundResult(Result delegate, BoundConnection verbinding) {
      this.delegate = delegate;
      this.verbinding = verbinding;
    }

    @Override
    public Publisher<Long> getRowsUpdated() {
      return verbinding.begrensMono(delegate.getRowsUpdated());
    }

    @Override
    public <T> Publisher<T> map(BiFunction<Row, RowMetadata, ? extends T> mapping) {
      return verbinding.begrens(delegate.map(mapping));
    }

    @Override
    public <T> Publisher<T> map(Function<? super Readable, ? extends T> mapping) {
      return verbinding.begrens(delegate.map(mapping));
    }

    @Override
    public Result filter(Predicate<Segment> filter) {
      return new BoundResult(delegate.filter(filter), verbinding);
    }

    @Override
    public <T> Publisher<T> flatMap(Function<Segment, ? extends Publisher<? extends T>> mapping) {
      return verbinding.begrens(delegate.flatMap(mapping));
    }
  }
}
