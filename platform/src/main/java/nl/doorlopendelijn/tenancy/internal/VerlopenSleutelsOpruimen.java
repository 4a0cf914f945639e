package nl.doorlopendelijn.tenancy.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import nl.doorlopendelijn.tenancy.Idempotentie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Removes Idempotency-Keys older than {@link Idempotentie#GELDIGHEID} (of every tenant), every hour. A key that old
 * already counts as new ({@link IdempotentieSleutels}); this keeps the table small. Idempotent, so every replica
 * may run it. A Reactor schedule, testable in virtual time.
 */
@Component
class VerlopenSleutelsOpruimen implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(VerlopenSleutelsOpruimen.class);
  static final Duration INTERVAL = Duration.ofHours(1);

  private final DatabaseClient db;
  private final Clock klok;
  private volatile Disposable lopend;

  VerlopenSleutelsOpruimen(DatabaseClient db, Clock klok) {
    this.db = db;
    this.klok = klok;
  }

  /** One clean-up now: the number of keys removed. */
  Mono<Long> ruimOp() {
    return db.sql("select idempotentie_verwijder_verlopen(:voor) as weg")
        .bind("voor", klok.instant().minus(Idempotentie.GELDIGHEID).atOffset(ZoneOffset.UTC))
        .map((r, m) -> r.get("weg", Long.class))
        .one();
  }

  Flux<Long> elk(Duration interval, Scheduler scheduler) {
    return Flux.interval(interval, interval, scheduler)
        .onBackpressureDrop()
        .concatMap(tick -> ruimOp().onErrorResume(e -> {
          log.warn("opruimen van verlopen Idempotency-Keys mislukt: {}", e.getClass().getSimpleName());
          return Mono.empty();
        }), 1);
  }

  @Override
  public void start() {
    lopend = elk(INTERVAL, Schedulers.parallel()).subscribe();
  }

  @Override
  public void stop() {
    Disposable d = lopend;
    if (d != null) {
      d.dispose();
    }
    lopend = null;
  }

  @Override
  public boolean isRunning() {
    return lopend != null;
  }
}
