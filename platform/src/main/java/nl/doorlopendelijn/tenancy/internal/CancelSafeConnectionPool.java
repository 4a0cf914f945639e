package nl.doorlopendelijn.tenancy.internal;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.Wrapped;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * The pool as the platform uses it, with one defect of r2dbc-pool 1.0.2 taken out: a cancel that reaches the pool's
 * {@code create()} <em>after</em> it delivered a connection puts that connection straight back in the pool
 * ({@code PooledRef.release()}, skipping {@code PooledConnection.close()} and its rollback). Spring's
 * {@code R2dbcTransactionManager} gets its connection in a {@code flatMap}, so a request cancelled while its BEGIN
 * or {@code set_config} is under way (a client that goes away, a timeout, a zip whose sibling failed) handed the pool
 * a connection with an open transaction: the next borrower ran inside it, read-only (25006), bound to another tenant,
 * or with its autocommit writes never committed. Measured and shown by {@code AfgebrokenTransactiesTest}.
 *
 * <p>Here a cancel before delivery still cancels the acquisition (the pool keeps the connection); a cancel after it
 * closes the connection the proper way, once: {@code PooledConnection.close()} rolls back what was begun, and
 * {@link SilenceBoundConnectionFactory.BoundConnection#preRelease} sends a plain ROLLBACK when a BEGIN was cancelled
 * on its way (the driver's own rollback trusts a status that is stale until the BEGIN's answer arrives).
 */
final class CancelSafeConnectionPool implements ConnectionFactory, Wrapped<ConnectionPool>, Disposable {

  private final ConnectionPool pool;

  CancelSafeConnectionPool(ConnectionPool pool) {
    this.pool = pool;
  }

  @Override
  public Mono<Connection> create() {
    Mono<Connection> uitPool = pool.create();
    return new Mono<>() {
      @Override
      public void subscribe(CoreSubscriber<? super Connection> actual) {
        uitPool.subscribe(new Uitgifte(actual));
      }
    };
  }

  @Override
  public ConnectionFactoryMetadata getMetadata() {
    return pool.getMetadata();
  }

  @Override
  public ConnectionPool unwrap() {
    return pool;
  }

  /** Boot's pool bean is destroyed with {@code dispose}. */
  @Override
  public void dispose() {
    pool.dispose();
  }

  @Override
  public boolean isDisposed() {
    return pool.isDisposed();
  }

  /**
   * One checkout. Its states: waiting for the pool; delivering (the holder's synchronous reaction to the connection
   * runs, e.g. Spring subscribing BEGIN); delivered; closed by us. A cancel while delivering, possibly from another
   * thread (a timeout), closes the connection only when the delivery returned: the BEGIN it started is then already
   * queued on the connection, ahead of the close's ROLLBACK.
   */
  private static final class Uitgifte implements CoreSubscriber<Connection>, Subscription {

    private static final int WACHT = 0;
    private static final int LEVERT = 1;
    private static final int GELEVERD = 2;
    private static final int VERLATEN_TIJDENS_LEVEREN = 3;
    private static final int GESLOTEN = 4;

    private final CoreSubscriber<? super Connection> actual;
    private final AtomicInteger stand = new AtomicInteger(WACHT);
    private Subscription upstream;
    private volatile Connection verbinding;

    Uitgifte(CoreSubscriber<? super Connection> actual) {
      this.actual = actual;
    }

    @Override
    public Context currentContext() {
      return actual.currentContext();
    }

    @Override
    public void onSubscribe(Subscription s) {
      upstream = s;
      actual.onSubscribe(this);
    }

    @Override
    public void onNext(Connection connection) {
      verbinding = connection;
      if (!stand.compareAndSet(WACHT, LEVERT)) {
        // cancelled while the pool was delivering: nobody holds it
        sluit(connection);
        return;
      }
      actual.onNext(connection);
      if (!stand.compareAndSet(LEVERT, GELEVERD)) {
        sluit(connection);
      }
    }

    @Override
    public void onError(Throwable t) {
      actual.onError(t);
    }

    @Override
    public void onComplete() {
      actual.onComplete();
    }

    @Override
    public void request(long n) {
      upstream.request(n);
    }

    @Override
    public void cancel() {
      while (true) {
        int nu = stand.get();
        if (nu == WACHT) {
          if (stand.compareAndSet(WACHT, GESLOTEN)) {
            // not delivered: the pool's own cancel handling returns (or discards and closes) it unused
            upstream.cancel();
            return;
          }
        } else if (nu == LEVERT) {
          if (stand.compareAndSet(LEVERT, VERLATEN_TIJDENS_LEVEREN)) {
            return; // onNext closes it when the holder's synchronous part returned
          }
        } else if (nu == GELEVERD) {
          if (stand.compareAndSet(GELEVERD, GESLOTEN)) {
            sluit(verbinding);
            return;
          }
        } else {
          return;
        }
      }
    }

    private static void sluit(Connection connection) {
      Mono.defer(() -> Mono.from(connection.close())).onErrorResume(e -> Mono.empty()).subscribe();
    }
  }
}
