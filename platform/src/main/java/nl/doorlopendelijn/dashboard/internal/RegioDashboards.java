package nl.doorlopendelijn.dashboard.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.doorlopendelijn.agreements.AfspraakVersieGeactiveerd;
import nl.doorlopendelijn.outbox.OutboxListener;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Every region's live dashboard, kept current by the LISTEN connection (a region recomputes when it hears of a
 * committed change of its own), by the date (all recompute right after midnight, Europe/Amsterdam) and by
 * reconnects (all recompute: what was announced while nobody listened is lost). Work per change is one region's
 * recompute; regions are independent, so the cost of a region does not grow with the number of regions.
 */
@Component
class RegioDashboards implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(RegioDashboards.class);

  private final RegionRegistry registry;
  private final StandLezer lezer;
  private final NotificatieLuisteraar luisteraar;
  private final DashboardInstellingen instellingen;
  private final Clock klok;
  private final ConcurrentMap<UUID, RegioDashboard> perRegio = new ConcurrentHashMap<>();
  // Recreated on every start: the test framework (and a pausing context) may stop and start us again.
  private volatile Disposable.Composite abonnementen = Disposables.composite();
  private volatile boolean actief;

  RegioDashboards(RegionRegistry registry, StandLezer lezer, NotificatieLuisteraar luisteraar,
      DashboardInstellingen instellingen, Clock klok) {
    this.registry = registry;
    this.lezer = lezer;
    this.luisteraar = luisteraar;
    this.instellingen = instellingen;
    this.klok = klok;
  }

  RegioDashboard van(Region regio) {
    return perRegio.computeIfAbsent(regio.id(), id -> {
      RegioDashboard dashboard = new RegioDashboard(regio.slug(), () -> lees(id), instellingen.samenvoegen(),
          instellingen.herverbindenMax(), instellingen.buffer(), klok, Schedulers.parallel());
      dashboard.herbereken();
      return dashboard;
    });
  }

  /** Reads with the region as the registry knows it now (its threshold and norms may have changed). */
  private Mono<Inhoud> lees(UUID tenantId) {
    return registry.byId(tenantId).flatMap(regio -> lezer.lees(regio, Datumwachter.vandaag(klok)));
  }

  void gewijzigd(UUID tenantId) {
    RegioDashboard bekend = perRegio.get(tenantId);
    if (bekend != null) {
      bekend.herbereken();
    } else {
      registry.byId(tenantId).subscribe(this::van);
    }
  }

  void herberekenAlles() {
    perRegio.values().forEach(RegioDashboard::herbereken);
    registry.all().filter(Region::active).subscribe(this::van);
  }

  /** A new agreement version in force changes which norms the region's dashboard counts by: recompute it. */
  @Component
  static class AfspraakGeactiveerd implements OutboxListener<AfspraakVersieGeactiveerd> {
    private final RegioDashboards dashboards;

    AfspraakGeactiveerd(RegioDashboards dashboards) {
      this.dashboards = dashboards;
    }

    @Override
    public Class<AfspraakVersieGeactiveerd> eventType() {
      return AfspraakVersieGeactiveerd.class;
    }

    @Override
    public String name() {
      return "dashboard.afspraakversie-geactiveerd";
    }

    @Override
    public Mono<Void> on(AfspraakVersieGeactiveerd gebeurtenis, UUID eventId) {
      return Mono.fromRunnable(() -> dashboards.gewijzigd(gebeurtenis.tenantId()));
    }
  }

  @Override
  public void start() {
    abonnementen = Disposables.composite();
    abonnementen.add(luisteraar.signalen().subscribe(signaal -> {
      if (signaal instanceof NotificatieLuisteraar.Signaal.Melding melding) {
        gewijzigd(melding.tenantId());
      } else {
        log.info("dashboard: (opnieuw) verbonden, alle regio's worden herberekend");
        herberekenAlles();
      }
    }));
    abonnementen.add(Datumwachter.dagwissels(klok, instellingen.datumControle(), Schedulers.parallel())
        .subscribe(dag -> {
          log.info("dashboard: nieuwe dag {}, alle regio's worden herberekend", dag);
          herberekenAlles();
        }));
    actief = true;
  }

  @Override
  public void stop() {
    abonnementen.dispose();
    perRegio.values().forEach(RegioDashboard::stop);
    perRegio.clear();
    actief = false;
  }

  @Override
  public boolean isRunning() {
    return actief;
  }

  Duration eersteStandWacht() {
    return instellingen.eersteStandWacht();
  }

  Duration auditTijd() {
    return instellingen.auditTijd();
  }
}
