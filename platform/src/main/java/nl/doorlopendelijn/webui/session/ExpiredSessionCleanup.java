package nl.doorlopendelijn.webui.session;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * Deletes expired web sessions now and then. Every replica runs it; the DELETE is idempotent, so running it
 * several times at once does no harm.
 */
class ExpiredSessionCleanup implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ExpiredSessionCleanup.class);

  private final PostgresSessionRepository sessions;
  private final Duration interval;
  private volatile Disposable running;

  ExpiredSessionCleanup(PostgresSessionRepository sessions, Duration interval) {
    this.sessions = sessions;
    this.interval = interval;
  }

  @Override
  public void start() {
    running = Flux.interval(interval, interval)
        .concatMap(tick -> sessions.deleteExpired()
            .doOnNext(n -> {
              if (n > 0) {
                log.debug("{} verlopen websessies verwijderd", n);
              }
            })
            .onErrorResume(e -> {
              log.warn("Opruimen van verlopen websessies mislukt: {}", e.toString());
              return reactor.core.publisher.Mono.empty();
            }))
        .subscribe();
  }

  @Override
  public void stop() {
    Disposable d = running;
    if (d != null) {
      d.dispose();
    }
    running = null;
  }

  @Override
  public boolean isRunning() {
    return running != null;
  }
}
