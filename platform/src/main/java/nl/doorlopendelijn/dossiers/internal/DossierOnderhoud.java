package nl.doorlopendelijn.dossiers.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.audit.AuditLog;
import nl.doorlopendelijn.tenancy.OverRegios;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The platform's own work on dossiers (no user request): replanning after an agreement change, a departed contact
 * person, the daily refresh of signals and the retention of closed dossiers. Work over every region goes through
 * {@link OverRegios#alle()} (deactivated regions too: their dossiers are kept until the purge): which dossiers, read
 * per region; then one tenant-bound transaction per dossier (per region for the retention), audited as
 * {@code systeem} where it changes a dossier.
 */
@Component
public class DossierOnderhoud {

  private static final Logger log = LoggerFactory.getLogger(DossierOnderhoud.class);

  private final DashboardMelding dashboard;
  private final TenantTransactions tx;
  private final DossierStore store;
  private final Herberekening herberekening;
  private final RegionRegistry regios;
  private final OverRegios overRegios;
  private final AuditLog audit;
  private final DossierService service;

  /** One dossier of a region, found by the read of the region. */
  private record RegioDossier(Region regio, UUID id) {}

  DossierOnderhoud(TenantTransactions tx, DossierStore store, Herberekening herberekening, RegionRegistry regios,
      OverRegios overRegios, AuditLog audit, DossierService service, DashboardMelding dashboard) {
    this.dashboard = dashboard;
    this.tx = tx;
    this.store = store;
    this.herberekening = herberekening;
    this.regios = regios;
    this.overRegios = overRegios;
    this.audit = audit;
    this.service = service;
  }

  /** Replans the open milestones of the dossiers the old version planned; done milestones keep their dates. */
  public Mono<Integer> afspraakVersieGewijzigd(UUID tenantId, UUID oudeVersieId, UUID nieuweVersieId) {
    return regios.byId(tenantId).flatMap(regio -> tx.readMany(tenantId,
            store.idsMetAfspraakVersie(tenantId, oudeVersieId))
        .collectList()
        .flatMapMany(Flux::fromIterable)
        .concatMap(id -> herplan(regio, id, "dossier.herplannen"))
        .count()
        .map(Long::intValue));
  }

  /** Marks the contact person as left on every dossier (every region) they were vaste contactpersoon of. */
  public Mono<Integer> contactpersoonVertrokken(UUID contactpersoonId) {
    return overRegios.alle().lees("dossier.contactpersoon-vertrokken",
            regio -> store.idsMetContactpersoon(regio.id(), contactpersoonId).map(id -> new RegioDossier(regio, id)))
        .concatMap(rd -> markeerVertrokken(rd.regio(), rd.id()))
        .count()
        .map(Long::intValue);
  }

  private Mono<Integer> markeerVertrokken(Region regio, UUID id) {
    return tx.write(regio.id(), store.laadVoorSysteem(regio.id(), id)
            .flatMap(d -> {
              DossierRij.Bouwer b = d.bouwer();
              b.contactpersoonVertrokken = true;
              return store.mijlpalen(regio.id(), id)
                  .flatMap(ms -> herberekening.herbereken(b.bouw(), ms, regio.descriptor(), service.vandaag()))
                  .flatMap(u -> store.werkBij(u.dossier(), u.opslag(), d.versie()).then(dashboard.meld(u)))
                  .then(systeem("dossier.contactpersoon-vertrokken", List.of(id.toString())));
            }))
        .thenReturn(1);
  }

  /**
   * The daily job's first half: signals that depend on today (late, stalled, a move coming) are stored anew, and
   * the dashboard gets each dossier's facts again (it keeps only those that changed, e.g. after a region's stilval
   * period changed).
   */
  public Mono<Integer> vernieuwSignalen(LocalDate vandaag) {
    return overRegios.alle().lees("dossier.signalen-vernieuwen",
            regio -> store.openIds(regio.id()).map(id -> new RegioDossier(regio, id)))
        .concatMap(rd -> vernieuwSignalenVan(rd.regio(), rd.id(), vandaag))
        .reduce(0, Integer::sum);
  }

  /** One dossier's signals; a failure is logged and the job goes on with the next dossier. */
  private Mono<Integer> vernieuwSignalenVan(Region regio, UUID id, LocalDate vandaag) {
    return tx.write(regio.id(), store.laadVoorSysteem(regio.id(), id)
            .flatMap(d -> store.mijlpalen(regio.id(), id)
                .flatMap(ms -> herberekening.herbereken(d, ms, regio.descriptor(), vandaag)))
            .flatMap(u -> store.zetSignalen(regio.id(), id, u.opslag()).then(dashboard.meld(u))))
        .thenReturn(1)
        .onErrorResume(e -> {
          log.warn("signalen van een dossier in {} niet vernieuwd: {}", regio.slug(), e.getClass().getSimpleName());
          return Mono.just(0);
        });
  }

  /**
   * Retention: deletes closed dossiers whose region's period ({@code privacy.bewaartermijnGeslotenDossiersDagen})
   * has passed, per region in its own transaction, with an audit record naming every deleted dossier. Audit records
   * themselves stay.
   */
  public Mono<List<String>> ruimOp(LocalDate vandaag) {
    return overRegios.alle().schrijf("dossier.bewaartermijn", regio -> {
          Integer dagen = regio.descriptor().privacy() == null ? null
              : regio.descriptor().privacy().bewaartermijnGeslotenDossiersDagen();
          if (dagen == null) {
            return Mono.<List<String>>empty();
          }
          return store.verwijderGeslotenVoor(regio.id(), vandaag.minusDays(dagen))
              .flatMap(ids -> ids.isEmpty() ? Mono.just(ids)
                  : systeem("dossier.verwijderen", ids).then(dashboard.verwijderd(regio.id(), ids)).thenReturn(ids));
        })
        .flatMapIterable(ids -> ids)
        .collectList();
  }

  private Mono<Integer> herplan(Region regio, UUID id, String actie) {
    return tx.write(regio.id(), store.laadVoorSysteem(regio.id(), id)
        .flatMap(d -> store.mijlpalen(regio.id(), id)
            .flatMap(ms -> herberekening.herbereken(d, ms, regio.descriptor(), service.vandaag()))
            .flatMap(u -> store.werkBij(u.dossier(), u.opslag(), d.versie())
                .flatMap(ok -> store.schrijfTijdlijn(regio.id(), id, u.tijdlijn()).then(dashboard.meld(u))))
            .then(systeem(actie, List.of(id.toString())))
            .thenReturn(1)));
  }

  private Mono<Void> systeem(String actie, List<String> ids) {
    return audit.recordAsSystem(AuditEntry.gelukt(actie, DossierService.TYPE, ids, DossierService.ACTIVITEIT));
  }
}
