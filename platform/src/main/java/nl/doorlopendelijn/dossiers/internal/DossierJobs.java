package nl.doorlopendelijn.dossiers.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The daily job at 03:15 Dutch time: refresh the signals that depend on today, then delete closed dossiers past
 * their region's retention. A Reactor schedule (no @EnableScheduling in the platform), testable in virtual time.
 */
@Component
class DossierJobs implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DossierJobs.class);
  static final LocalTime TIJDSTIP = LocalTime.of(3, 15);

  private final DossierOnderhoud onderhoud;
  private final Clock klok;
  private volatile Disposable lopend;

  DossierJobs(DossierOnderhoud onderhoud, Clock klok) {
    this.onderhoud = onderhoud;
    this.klok = klok;
  }

  /** Ticks once a day from the next 03:15 (in the clock's zone) on; every tick works with that day's date. */
  static <T> Flux<T> dagelijks(Clock klok, Scheduler scheduler, Function<LocalDate, Mono<T>> werk) {
    ZonedDateTime nu = ZonedDateTime.now(klok);
    ZonedDateTime volgende = nu.toLocalDate().atTime(TIJDSTIP).atZone(klok.getZone());
    if (!volgende.isAfter(nu)) {
      volgende = volgende.plusDays(1);
    }
    Duration wacht = Duration.between(nu, volgende);
    return Flux.interval(wacht, Duration.ofDays(1), scheduler)
        .onBackpressureDrop()
        // each tick works with the date of that moment (in tests: a clock that follows the virtual scheduler)
        .concatMap(tick -> werk.apply(LocalDate.now(klok)), 1);
  }

  @Override
  public void start() {
    lopend = dagelijks(klok, Schedulers.parallel(), dag -> onderhoud.vernieuwSignalen(dag)
            .then(onderhoud.ruimOp(dag))
            .doOnNext(weg -> log.info("dagelijkse dossierjob {}: {} gesloten dossier(s) verwijderd", dag, weg.size()))
            .onErrorResume(e -> {
              log.warn("dagelijkse dossierjob {} mislukt: {}", dag, e.getClass().getSimpleName());
              return Mono.empty();
            }))
        .subscribe();
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
