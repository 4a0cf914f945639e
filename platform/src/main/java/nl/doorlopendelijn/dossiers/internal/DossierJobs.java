package nl.doorlopendelijn.dossiers.internal;

import java.time.Clock;
import java.time.LocalTime;
import nl.doorlopendelijn.schedule.Daily;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The daily job at 03:15 Dutch time: refresh the signals that depend on today, then delete closed dossiers past
 * their region's retention, on the platform's one daily schedule ({@link Daily}).
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

  @Override
  public void start() {
    lopend = Daily.at(TIJDSTIP, klok, Schedulers.parallel(), dag -> onderhoud.vernieuwSignalen(dag)
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
