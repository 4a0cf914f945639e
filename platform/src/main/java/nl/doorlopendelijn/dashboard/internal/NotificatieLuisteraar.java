package nl.doorlopendelijn.dashboard.internal;

import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * LISTENs on channel {@code dashboard} over ONE dedicated connection, outside the request pool, built from the same
 * settings as the pool (Boot's {@link R2dbcConnectionDetails}). PostgreSQL delivers a NOTIFY only to connections
 * that are listening when it commits, and the driver does not reconnect: so on any error or close this reconnects
 * with back-off, LISTENs again and reports {@link Signaal.Verbonden} — the cue to resynchronise every region, since
 * changes committed while nobody listened are announced nowhere. Re-issuing LISTEN every few seconds proves the
 * connection alive (a dead peer sends no FIN) and keeps it recognisable in {@code pg_stat_activity}. The server-side
 * timeouts and TCP keepalive of {@code spring.r2dbc.properties} are part of those details, so they hold here too.
 */
@Component
class NotificatieLuisteraar {

  private static final Logger log = LoggerFactory.getLogger(NotificatieLuisteraar.class);
  static final String APPLICATIE_NAAM = "doorlopendelijn-dashboard-listen";
  private static final String LISTEN = "LISTEN " + FeitenOpslag.KANAAL;

  /** What the listener reports. */
  sealed interface Signaal {
    /** (Re)connected and listening: whatever happened before is unknown, recompute everything. */
    record Verbonden() implements Signaal {}

    /** A committed change in a region. */
    record Melding(UUID tenantId) implements Signaal {}
  }

  private final PostgresqlConnectionFactory verbindingen;
  private final DashboardInstellingen instellingen;

  NotificatieLuisteraar(R2dbcConnectionDetails details, DashboardInstellingen instellingen) {
    this.verbindingen = eigenVerbinding(details.getConnectionFactoryOptions());
    this.instellingen = instellingen;
  }

  /** The same server, database and credentials as the pool, as a plain (unpooled) PostgreSQL connection. */
  static PostgresqlConnectionFactory eigenVerbinding(ConnectionFactoryOptions pool) {
    ConnectionFactoryOptions.Builder opties = pool.mutate()
        .option(ConnectionFactoryOptions.DRIVER, PostgresqlConnectionFactoryProvider.POSTGRESQL_DRIVER)
        .option(PostgresqlConnectionFactoryProvider.APPLICATION_NAME, APPLICATIE_NAAM);
    return (PostgresqlConnectionFactory) new PostgresqlConnectionFactoryProvider().create(opties.build());
  }

  /** Runs until cancelled: reconnects forever, the back-off reset by every successful LISTEN. */
  Flux<Signaal> signalen() {
    return signalen(Schedulers.parallel());
  }

  Flux<Signaal> signalen(Scheduler scheduler) {
    // the driver bounds only the TCP connect: a server that accepts and then stays silent would hold the start-up
    // (and with it every later reconnect) for ever
    Mono<PostgresqlConnection> verbinden = verbindingen.create().timeout(instellingen.verbindenTijd(), scheduler);
    return Flux.usingWhen(verbinden,
            verbinding -> luister(verbinding, scheduler),
            verbinding -> sluit(verbinding),
            (verbinding, fout) -> sluit(verbinding),
            verbinding -> sluit(verbinding))
        .doOnError(fout -> log.warn("LISTEN-verbinding van het dashboard verbroken, opnieuw verbinden: {}",
            fout.toString()))
        .retryWhen(Retry.backoff(Long.MAX_VALUE, instellingen.herverbindenMin())
            .maxBackoff(instellingen.herverbindenMax())
            .transientErrors(true)
            .scheduler(scheduler));
  }

  private Flux<Signaal> luister(PostgresqlConnection verbinding, Scheduler scheduler) {
    Flux<Signaal> meldingen = verbinding.getNotifications()
        .filter(n -> FeitenOpslag.KANAAL.equals(n.getName()))
        .<Signaal>handle((n, sink) -> {
          UUID tenant = tenant(n.getParameter());
          if (tenant != null) {
            sink.next(new Signaal.Melding(tenant));
          }
        })
        .concatWith(Mono.error(() -> new IllegalStateException("LISTEN-verbinding gesloten")));
    Flux<Signaal> levensteken = Flux.interval(instellingen.controleLuisterverbinding(), scheduler)
        .concatMap(tik -> voerUit(verbinding).timeout(instellingen.controleLuisterverbinding(), scheduler))
        .thenMany(Flux.empty());
    return voerUit(verbinding)
        .doOnSuccess(ok -> log.info("dashboard luistert naar NOTIFY {}", FeitenOpslag.KANAAL))
        .thenMany(Flux.merge(Mono.just(new Signaal.Verbonden()), meldingen, levensteken));
  }

  private static Mono<Void> voerUit(PostgresqlConnection verbinding) {
    return verbinding.createStatement(LISTEN).execute().flatMap(PostgresqlResult::getRowsUpdated).then();
  }

  private static Mono<Void> sluit(PostgresqlConnection verbinding) {
    return verbinding.close().onErrorResume(fout -> Mono.empty());
  }

  /** Payload {@code <tenant id>:<volgnummer>}; anything else is ignored. */
  static UUID tenant(String payload) {
    if (payload == null) {
      return null;
    }
    int dubbelepunt = payload.indexOf(':');
    try {
      return UUID.fromString(dubbelepunt < 0 ? payload : payload.substring(0, dubbelepunt));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
