package nl.doorlopendelijn.notificaties.mail;

import java.time.Clock;
import java.time.LocalDate;
import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.outbox.Outbox;
import nl.doorlopendelijn.schedule.Daily;
import nl.doorlopendelijn.tenancy.OverRegios;
import nl.doorlopendelijn.tenancy.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The daily digest (bezorging {@code dagelijks}): every day at {@code dagoverzicht-tijdstip} (07:00 Dutch time unless
 * set) in every region ({@link OverRegios#alle}, one tenant transaction each), per recipient with notificaties for the
 * digest that are in none yet: one {@code notificatie_dagoverzicht} of that date, those notificaties marked with it,
 * and {@link DagoverzichtTeMailen} published through the outbox, all in that transaction. Its listener
 * ({@link DagoverzichtMails}) sends one mail listing them.
 * A day the platform was down at that time is not caught up: its items go into the next digest (none is lost). On
 * the platform's one daily schedule ({@link Daily}), like the dossiers' daily job.
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

  /** The digests of {@code datum} in every region; emits how many were made. */
  Mono<Long> maak(LocalDate datum) {
    return overRegios.alle().schrijf("notificaties.dagoverzicht", (Region r) -> store.ontvangersVoorDagoverzicht(r.id())
            .concatMap(ontvanger -> store.maakDagoverzicht(r.id(), Ids.nieuw(), ontvanger, datum, klok.instant())
                .flatMap(id -> outbox.publish(new DagoverzichtTeMailen(r.id(), id)).thenReturn(id))))
        .count();
  }

  @Override
  public void start() {
    lopend = Daily.at(instellingen.dagoverzichtTijdstip(), klok, Schedulers.parallel(), dag -> maak(dag)
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
