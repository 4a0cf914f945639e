package nl.doorlopendelijn.notificaties.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.function.Function;
import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.outbox.Outbox;
import nl.doorlopendelijn.tenancy.OverRegios;
import nl.doorlopendelijn.tenancy.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The daily digest (bezorging {@code dagelijks}): every day at {@code dagoverzicht-tijdstip} (07:00 Dutch time unless
 * set) in every region ({@link OverRegios#alle}, one tenant transaction each), per recipient with notificaties for the
 * digest that are in none yet: one {@code notificatie_dagoverzicht} of that date, those notificaties marked with it,
 * and {@link DagoverzichtTeMailen} published through the outbox, all in that transaction. Its listener
 * ({@link DagoverzichtMails}) sends one mail listing them.
 * A day the platform was down at that time is not caught up: its items go into the next digest (none is lost). A
 * Reactor schedule like the dossiers' daily job (no @EnableScheduling), recomputed every day, so a change to or from
 * summer time keeps the hour.
 */
@Component
@EnableConfigurationProperties(MailInstellingen.class)
class Dagoverzichten implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(Dagoverzichten.class);

  private final OverRegios overRegios;
  private final MailStore store;
  private final Outbox outbox;
  private final MailInstellingen instellingen;
  private final Clock klok;
  private volatile Disposable lopend;

  Dagoverzichten(OverRegios overRegios, MailStore store, Outbox outbox,
      MailInstellingen instellingen, Clock klok) {
    this.overRegios = overRegios;
    this.store = store;
    this.outbox = outbox;
    this.instellingen = instellingen;
    this.klok = klok;
  }

  /** Ticks every day at {@code tijdstip} (in the clock's zone) from the next one on, with that day's date. */
  static <T> Flux<T> dagelijks(Clock klok, Scheduler scheduler, LocalTime tijdstip, Function<LocalDate, Mono<T>> werk) {
    return Mono.defer(() -> Mono.delay(totVolgende(klok, tijdstip), scheduler))
        .then(Mono.defer(() -> werk.apply(LocalDate.now(klok))))
        .repeat();
  }

  static Duration totVolgende(Clock klok, LocalTime tijdstip) {
    ZonedDateTime nu = ZonedDateTime.now(klok);
    ZonedDateTime volgende = nu.toLocalDate().atTime(tijdstip).atZone(klok.getZone());
    if (!volgende.isAfter(nu)) {
      volgende = nu.toLocalDate().plusDays(1).atTime(tijdstip).atZone(klok.getZone());
    }
    return Duration.between(nu, volgende);
  }

  /** The digests of {@code datum} in every region; emits how many were made. */
  Mono<Long> maak(LocalDate datum) {
    return overRegios.alle().schrijf("notificaties.dagoverzicht", (Region r) -> store.ontvangersVoorDagoverzicht(r.id())
            .concatMap(ontvanger -> store.maakDagoverzicht(r.id(), Ids.nieuw(), ontvanger, datum, klok.instant())
                .flatMap(id -> outbox.publish(new DagoverzichtTeMailen(r.id(), id)).thenReturn(id))))
        .count();
  }

  @Override
  public void start() {
    lopend = dagelijks(klok, Schedulers.parallel(), instellingen.dagoverzichtTijdstip(), dag -> maak(dag)
            .doOnNext(n -> log.info("dagoverzichten {}: {} gemaakt", dag, n))
            .onErrorResume(e -> {
              log.warn("dagoverzichten {} mislukt: {}", dag, e.getClass().getSimpleName());
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
