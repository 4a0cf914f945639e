package nl.doorlopendelijn.outbox.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.doorlopendelijn.outbox.OutboxListener;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers what the outbox holds: woken after every commit that published (this replica) and every
 * {@code ronde} anyway (retries, crashes, other replicas). Per tenant with due rows it claims a batch in the
 * tenant's transaction ({@code for update skip locked}, so replicas never share a delivery), calls each listener
 * outside that transaction, and records success, or the failure with the time of the next attempt. A failure is a
 * log line, a count in {@code doorlopendelijn.outbox.mislukt} and a row in the status endpoint.
 */
@Component
@EnableConfigurationProperties(OutboxInstellingen.class)
class OutboxDispatcher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
  static final UUID PLATFORM = new UUID(0, 0);

  private final OutboxStore store;
  private final OutboxOntvangers ontvangers;
  private final TenantTransactions tx;
  private final JsonMapper json;
  private final OutboxInstellingen instellingen;
  private final Sinks.Many<Boolean> wekker = Sinks.many().multicast().directBestEffort();
  private final AtomicLong wachtend = new AtomicLong();
  private final AtomicLong mislukt = new AtomicLong();
  private volatile Instant laatstOpgeruimd = Instant.EPOCH;
  private volatile Disposable lus;

  OutboxDispatcher(OutboxStore store, OutboxOntvangers ontvangers, TenantTransactions tx, JsonMapper json,
      OutboxInstellingen instellingen, ObjectProvider<MeterRegistry> metrics) {
    this.store = store;
    this.ontvangers = ontvangers;
    this.tx = tx;
    this.json = json;
    this.instellingen = instellingen;
    metrics.ifAvailable(registry -> {
      Gauge.builder("doorlopendelijn.outbox.wachtend", wachtend, AtomicLong::get)
          .description("afleveringen die nog wachten").register(registry);
      Gauge.builder("doorlopendelijn.outbox.mislukt", mislukt, AtomicLong::get)
          .description("afleveringen die minstens een keer mislukten en nog wachten").register(registry);
    });
  }

  /** For tests that play a dispatcher dying after its claim. */
  OutboxStore storeVoorTests() {
    return store;
  }

  /** After a commit that published: look now rather than at the next round. Coalesced; never blocks. */
  void wek() {
    wekker.tryEmitNext(Boolean.TRUE);
  }

  @Override
  public void start() {
    // A wake while a round runs is kept (the latest one), so a commit during a round is seen by the next.
    lus = Flux.merge(1, wekker.asFlux().onBackpressureLatest(),
            Flux.interval(Duration.ZERO, instellingen.ronde()).onBackpressureDrop().map(t -> Boolean.TRUE))
        .onBackpressureLatest()
        .concatMap(x -> ronde(), 1)
        .subscribe();
  }

  @Override
  public void stop() {
    Disposable l = lus;
    if (l != null) {
      l.dispose();
    }
    lus = null;
  }

  @Override
  public boolean isRunning() {
    return lus != null && !lus.isDisposed();
  }

  /** One round: every tenant with due deliveries, then the totals, then (hourly) the clean-up. */
  Mono<Void> ronde() {
    return store.tenantsMetWerk()
        .concatMap(this::leverAf)
        .then(store.totalen().doOnNext(t -> {
          wachtend.set(t.wachtend());
          mislukt.set(t.mislukt());
        }).then())
        .then(ruimOpAlsHetTijdIs())
        .onErrorResume(e -> {
          log.warn("outbox: ronde mislukt, volgende ronde over {}: {}", instellingen.ronde(), e.toString());
          return Mono.empty();
        });
  }

  private Mono<Void> leverAf(UUID tenant) {
    return inTransactieVan(tenant, store.claim(instellingen.perRonde(), instellingen.lease()).collectList())
        .flatMapMany(Flux::fromIterable)
        .concatMap(this::lever)
        .then();
  }

  private Mono<Void> lever(Aflevering a) {
    Mono<Void> werk = ontvangers.opNaam(a.listener())
        .<Mono<Void>>map(l -> roep(l, a))
        .orElseGet(() -> Mono.error(new IllegalStateException("geen ontvanger met de naam " + a.listener())));
    return werk
        .timeout(instellingen.wachttijdOntvanger())
        .then(inTransactieVan(a.tenantId(), store.afgeleverd(a.id())))
        .onErrorResume(fout -> {
          Duration wacht = instellingen.terugval().na(a.poging());
          log.warn("outbox: {} aan {} mislukt (poging {}), opnieuw over {}: {}", kort(a.eventType()),
              kort(a.listener()), a.poging(), wacht, beschrijf(fout));
          return inTransactieVan(a.tenantId(), store.mislukt(a.id(), wacht, beschrijf(fout)));
        })
        // Bookkeeping itself failed (database gone): the lease runs out and the delivery is due again.
        .onErrorResume(fout -> {
          log.warn("outbox: stand van aflevering {} niet vastgelegd: {}", a.id(), fout.toString());
          return Mono.empty();
        });
  }

  private <E> Mono<Void> roep(OutboxListener<E> listener, Aflevering a) {
    return Mono.defer(() -> listener.on(json.readValue(a.payload(), listener.eventType()), a.eventId()));
  }

  private Mono<Void> ruimOpAlsHetTijdIs() {
    if (Instant.now().isBefore(laatstOpgeruimd.plus(Duration.ofHours(1)))) {
      return Mono.empty();
    }
    laatstOpgeruimd = Instant.now();
    return store.ruimAfgeleverdeOp(instellingen.bewaarAfgeleverd()).then();
  }

  private <T> Mono<T> inTransactieVan(UUID tenant, Mono<T> werk) {
    return PLATFORM.equals(tenant) ? tx.platform(werk) : tx.write(tenant, werk);
  }

  /** An error as it is stored and logged: its type and message, short (our messages carry ids, never names). */
  static String beschrijf(Throwable fout) {
    String tekst = fout.getClass().getSimpleName() + (fout.getMessage() == null ? "" : ": " + fout.getMessage());
    return tekst.length() > 500 ? tekst.substring(0, 500) : tekst;
  }

  private static String kort(String klassenaam) {
    return klassenaam.substring(klassenaam.lastIndexOf('.') + 1);
  }
}
