package nl.doorlopendelijn.tenancy.internal;

import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.time.Duration;
import nl.doorlopendelijn.tenancy.Replicas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * {@link Replicas} on PostgreSQL: NOTIFY in the caller's transaction, LISTEN over ONE dedicated connection outside
 * the request pool (the pattern of the dashboard's {@code NotificatieLuisteraar}): the driver does not reconnect, so
 * on any error or close this reconnects with back-off, LISTENs again and reports a reconnect; re-issuing LISTEN
 * every few seconds proves the connection alive (a dead peer sends no FIN). Payload {@code <onderwerp>:<sleutel>}.
 */
@Component
class ReplicaLuisteraar implements Replicas, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(ReplicaLuisteraar.class);
  static final String APPLICATIE_NAAM = "doorlopendelijn-replicas-listen";
  private static final String LISTEN = "LISTEN " + KANAAL;

  private final DatabaseClient db;
  private final PostgresqlConnectionFactory verbindingen;
  private final Duration levensteken;
  private final Duration herverbindenMin;
  private final Duration herverbindenMax;
  /** Every announcement to every subscriber; a slow one misses none of the others' (each reloads anyway). */
  private final Sinks.Many<Melding> meldingen = Sinks.many().multicast().directBestEffort();
  private volatile Disposable luisteren;

  ReplicaLuisteraar(DatabaseClient db, R2dbcConnectionDetails details,
      @Value("${doorlopendelijn.replicas.naam:}") String naam,
      @Value("${doorlopendelijn.replicas.levensteken:5s}") Duration levensteken,
      @Value("${doorlopendelijn.replicas.herverbinden-min:100ms}") Duration herverbindenMin,
      @Value("${doorlopendelijn.replicas.herverbinden-max:10s}") Duration herverbindenMax) {
    this.db = db;
    // the replica's name, if it has one, makes its connection recognisable in pg_stat_activity
    this.verbindingen = eigenVerbinding(details.getConnectionFactoryOptions(),
        naam.isBlank() ? APPLICATIE_NAAM : APPLICATIE_NAAM + "-" + naam);
    this.levensteken = levensteken;
    this.herverbindenMin = herverbindenMin;
    this.herverbindenMax = herverbindenMax;
  }

  private static PostgresqlConnectionFactory eigenVerbinding(ConnectionFactoryOptions pool, String applicatie) {
    return (PostgresqlConnectionFactory) new PostgresqlConnectionFactoryProvider().create(pool.mutate()
        .option(ConnectionFactoryOptions.DRIVER, PostgresqlConnectionFactoryProvider.POSTGRESQL_DRIVER)
        .option(PostgresqlConnectionFactoryProvider.APPLICATION_NAME, applicatie)
        .build());
  }

  @Override
  public Mono<Void> meld(Onderwerp onderwerp, String sleutel) {
    // pg_notify, not NOTIFY: the payload is a bound parameter, never SQL
    return db.sql("select pg_notify(:kanaal, :payload)")
        .bind("kanaal", KANAAL)
        .bind("payload", onderwerp.name() + ":" + (sleutel == null ? "" : sleutel))
        .then();
  }

  @Override
  public Flux<Melding> meldingen(Onderwerp onderwerp) {
    return meldingen.asFlux().filter(m -> m.onderwerp() == onderwerp);
  }

  /** After the other start-up listeners: they have subscribed when the first (re)connect is reported. */
  @EventListener(ApplicationStartedEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  void start() {
    luisteren = Flux.usingWhen(verbindingen.create(), this::luister, ReplicaLuisteraar::sluit,
            (verbinding, fout) -> sluit(verbinding), ReplicaLuisteraar::sluit)
        .doOnError(fout -> log.warn("LISTEN-verbinding voor de replica's verbroken, opnieuw verbinden: {}",
            fout.toString()))
        .retryWhen(Retry.backoff(Long.MAX_VALUE, herverbindenMin).maxBackoff(herverbindenMax).transientErrors(true))
        .subscribe(meldingen::tryEmitNext);
  }

  private Flux<Melding> luister(PostgresqlConnection verbinding) {
    Flux<Melding> binnen = verbinding.getNotifications()
        .filter(n -> KANAAL.equals(n.getName()))
        .<Melding>handle((n, sink) -> {
          Melding m = melding(n.getParameter());
          if (m != null) {
            sink.next(m);
          }
        })
        .concatWith(Mono.error(() -> new IllegalStateException("LISTEN-verbinding gesloten")));
    Flux<Melding> bewijs = Flux.interval(levensteken, Schedulers.parallel())
        .concatMap(tik -> voerUit(verbinding).timeout(levensteken))
        .thenMany(Flux.empty());
    return voerUit(verbinding)
        .doOnSuccess(ok -> log.info("replica luistert naar NOTIFY {}", KANAAL))
        .thenMany(Flux.merge(
            Flux.fromArray(Onderwerp.values()).map(o -> new Melding(o, null)), binnen, bewijs));
  }

  private static Mono<Void> voerUit(PostgresqlConnection verbinding) {
    return verbinding.createStatement(LISTEN).execute().flatMap(PostgresqlResult::getRowsUpdated).then();
  }

  private static Mono<Void> sluit(PostgresqlConnection verbinding) {
    return verbinding.close().onErrorResume(fout -> Mono.empty());
  }

  /** {@code <onderwerp>:<sleutel>}; anything else is ignored. An empty key is a change of anything. */
  static Melding melding(String payload) {
    if (payload == null || payload.indexOf(':') < 0) {
      return null;
    }
    int dubbelepunt = payload.indexOf(':');
    try {
      Onderwerp o = Onderwerp.valueOf(payload.substring(0, dubbelepunt));
      String sleutel = payload.substring(dubbelepunt + 1);
      return new Melding(o, sleutel.isEmpty() ? "*" : sleutel);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public void destroy() {
    Disposable d = luisteren;
    if (d != null) {
      d.dispose();
    }
  }
}
