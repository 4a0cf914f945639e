package nl.doorlopendelijn.tenancy.internal;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.doorlopendelijn.tenancy.IssuerSettings;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.tenancy.Replicas;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region registry, held in memory as an immutable snapshot of the {@code regio} table. Until the first
 * synchronisation has finished, callers wait for it (bounded: then a 503), instead of seeing an empty platform; and
 * readiness stays down ({@link RegioRegisterGereed}), so a load balancer sends no traffic before. Every client of
 * the API must wait longer than this (the pages' own client does, ADR 0006): a client that gives up sooner sees "no
 * answer" from a server whose event loops are all idle, which was the loopback stall.
 */
@Component
class DatabaseRegionRegistry implements RegionRegistry, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(DatabaseRegionRegistry.class);

  static final Duration FIRST_LOAD_WAIT = Duration.ofSeconds(15);
  private final long created = System.nanoTime();

  record Snapshot(Map<String, Region> bySlug, Map<String, Region> byIssuer, Map<UUID, Region> byId) {
    static Snapshot of(java.util.List<Region> regions) {
      return new Snapshot(
          regions.stream().collect(Collectors.toUnmodifiableMap(Region::slug, Function.identity())),
          regions.stream().collect(Collectors.toUnmodifiableMap(Region::issuer, Function.identity())),
          regions.stream().collect(Collectors.toUnmodifiableMap(Region::id, Function.identity())));
    }
  }

  private final DatabaseClient db;
  private final JsonMapper json;
  private final Sinks.One<Snapshot> firstLoad = Sinks.one();
  private volatile Mono<Snapshot> current;

  private final IssuerSettings issuers;
  private final Replicas replicas;
  private final Sinks.Many<Long> herladen = Sinks.many().multicast().directBestEffort();
  private final AtomicLong reloads = new AtomicLong();
  private volatile Disposable luisteren;
  private volatile boolean geladen;

  DatabaseRegionRegistry(DatabaseClient db, JsonMapper json, IssuerSettings issuers, Replicas replicas) {
    this.db = db;
    this.json = json;
    this.issuers = issuers;
    this.replicas = replicas;
    this.current = firstLoad.asMono().timeout(FIRST_LOAD_WAIT);
  }

  /**
   * Another replica's change (or a reconnect, after which anything may have changed): the whole table again, it is
   * small. A burst costs one reload after the running one. Before the first synchronisation nothing is read: that
   * one reads the table after whatever was announced.
   */
  @EventListener(ApplicationStartedEvent.class)
  void luister() {
    luisteren = replicas.meldingen(Replicas.Onderwerp.REGIO)
        .onBackpressureLatest()
        .concatMap(melding -> geladen
            ? reload().onErrorResume(e -> {
                log.warn("regio's herladen na een melding mislukt: {}", e.toString());
                return Mono.empty();
              })
            : Mono.empty(), 1)
        .subscribe();
  }

  @Override
  public Flux<Long> herladen() {
    return herladen.asFlux();
  }

  @Override
  public void destroy() {
    Disposable d = luisteren;
    if (d != null) {
      d.dispose();
    }
  }

  @Override
  public Mono<Region> bySlug(String slug) {
    return current.mapNotNull(s -> s.bySlug().get(slug));
  }

  @Override
  public Mono<Region> byIssuer(String issuer) {
    return current.mapNotNull(s -> s.byIssuer().get(issuer));
  }

  @Override
  public Mono<Region> byId(UUID tenantId) {
    return current.mapNotNull(s -> s.byId().get(tenantId));
  }

  @Override
  public Flux<Region> all() {
    return current.flatMapIterable(s -> s.bySlug().values());
  }

  /** Whether the first load has finished (readiness). */
  boolean geladen() {
    return geladen;
  }

  @Override
  public Mono<Void> reload() {
    return db.sql("select id, slug, naam, issuer, bron, status, descriptor::text as descriptor from regio "
            + "where status <> 'verwijderd' order by slug")
        .map((row, meta) -> {
          TenantDescriptor d = json.readValue(row.get("descriptor", String.class), TenantDescriptor.class);
          // The issuer follows from this instance's own settings ({keycloak} and overrides), not from whatever
          // instance last wrote the row: every replica of one deployment resolves it the same way.
          return new Region(row.get("id", UUID.class), row.get("slug", String.class), row.get("naam", String.class),
              issuers.regionIssuer(d), row.get("bron", String.class), row.get("status", String.class), d);
        })
        .all()
        .collectList()
        .map(Snapshot::of)
        .doOnNext(snapshot -> {
          current = Mono.just(snapshot);
          geladen = true;
          if (firstLoad.tryEmitValue(snapshot).isSuccess()) {
            log.info("regioregister geladen, {} ms na de start van het register; wachtende verzoeken: {}",
                (System.nanoTime() - created) / 1_000_000, firstLoad.currentSubscriberCount());
          }
          herladen.tryEmitNext(reloads.incrementAndGet());
        })
        .then();
  }
}
