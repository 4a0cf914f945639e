package nl.doorlopendelijn.dossiers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.audit.AuditLog;
import nl.doorlopendelijn.azc.AzcLocatie;
import nl.doorlopendelijn.azc.AzcLocaties;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.ETags;
import nl.doorlopendelijn.web.InvalidParam;
import nl.doorlopendelijn.web.Paginering;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The contactlog of a dossier: short notes between COA and gemeente. Whoever sees the dossier ({@link Zicht}) reads
 * and writes its notes (audited as {@code dossier.notities-lezen} / {@code dossier.notitie-schrijven}, with the
 * dossier's id and never the text); only the author corrects one ({@code dossier.notitie-corrigeren}), the earlier
 * text is kept; nothing is deleted but with the dossier. A closed dossier takes no new notes or corrections (409).
 *
 * <p>A note is activity for the stilval rule: its day is kept on the dossier row ({@code laatste_notitie_op}) and the
 * dossier's signals and dashboard fact are recomputed in the note's own transaction, like any other change. Neither
 * the onderwerp nor the text goes to the dossier's history (it says a note was written, by whom), the audit log or
 * a log line: a note may hold health data (AVG art. 9).
 */
@Service
class NotitieService {

  /** Who wrote a note and for which organisation, as it is stored. */
  private record Auteur(String soort, String code, String naam) {}

  private final TenantTransactions tx;
  private final DossierStore dossiers;
  private final NotitieStore notities;
  private final Herberekening herberekening;
  private final DashboardMelding dashboard;
  private final AuditLog audit;
  private final AzcLocaties azcLocaties;
  private final Clock klok;

  NotitieService(TenantTransactions tx, DossierStore dossiers, NotitieStore notities, Herberekening herberekening,
      DashboardMelding dashboard, AuditLog audit, AzcLocaties azcLocaties, Clock klok) {
    this.tx = tx;
    this.dossiers = dossiers;
    this.notities = notities;
    this.herberekening = herberekening;
    this.dashboard = dashboard;
    this.audit = audit;
    this.azcLocaties = azcLocaties;
    this.klok = klok;
  }

  /** A page of notes as the caller sees them, and the number of notes in all. */
  record Lijst(List<NotitieWeergave> notities, long totaal) {
    @Override
    public String toString() {
      return "Notities[" + notities.size() + ", " + totaal + "]";
    }
  }

  /** A page of the dossier's notes, newest first; audited as a read of the dossier. */
  Mono<Lijst> lijst(RegionScope scope, UUID dossierId, Paginering.Vraag pag) {
    Zicht zicht = DossierService.zicht(scope);
    UUID tenant = scope.tenantId();
    return tx.write(tenant, dossiers.laad(tenant, dossierId, zicht, false)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(d -> notities.pagina(tenant, dossierId, pag.offset(), pag.paginaGrootte())
            .map(p -> new Lijst(p.notities().stream().map(n -> weergave(scope.caller(), d.gesloten(), n,
                p.versies().getOrDefault(n.id(), List.of()))).toList(), p.totaal()))
            .flatMap(l -> record("dossier.notities-lezen", dossierId).thenReturn(l))));
  }

  Mono<NotitieWeergave> lees(RegionScope scope, UUID dossierId, UUID notitieId) {
    Zicht zicht = DossierService.zicht(scope);
    UUID tenant = scope.tenantId();
    return tx.write(tenant, dossiers.laad(tenant, dossierId, zicht, false)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(d -> toon(scope, d, notitieId)
            .flatMap(w -> record("dossier.notitie-lezen", dossierId).thenReturn(w))));
  }

  /** Writes a note on a dossier the caller sees; the dossier's signals and dashboard fact follow. */
  Mono<NotitieWeergave> schrijf(RegionScope scope, UUID dossierId, NotitieInvoer in) {
    geldig(in);
    Zicht zicht = DossierService.zicht(scope);
    UUID tenant = scope.tenantId();
    Caller caller = scope.caller();
    UUID id = Ids.nieuw();
    return auteur(scope, zicht).flatMap(auteur -> tx.write(tenant, dossiers.laad(tenant, dossierId, zicht, true)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(d -> open(d).then(Mono.defer(() -> {
          OffsetDateTime nu = OffsetDateTime.now(klok);
          LocalDate vandaag = LocalDate.now(klok);
          NotitieStore.NotitieRij rij = new NotitieStore.NotitieRij(id, dossierId, nu, caller.issuer(),
              caller.subject(), caller.naam(), auteur.soort(), auteur.code(), auteur.naam(), in.onderwerpSchoon(),
              in.tekstSchoon(), 1, null);
          DossierRij.Bouwer b = d.bouwer();
          b.laatsteNotitieOp = d.laatsteNotitieOp() == null || d.laatsteNotitieOp().isBefore(vandaag) ? vandaag
              : d.laatsteNotitieOp();
          return notities.voegToe(tenant, rij)
              .then(notities.zetLaatsteNotitie(tenant, dossierId, vandaag))
              .then(herbereken(scope.region().descriptor(), b.bouw(), vandaag))
              .then(gebeurtenis(tenant, dossierId, nu, Gebeurtenis.Soort.NOTITIE_GESCHREVEN, caller))
              .then(record("dossier.notitie-schrijven", dossierId))
              .thenReturn(weergave(caller, false, rij, List.of()));
        })))));
  }

  /**
   * The author's correction of her note, with If-Match (the note's version): the text as it was is kept. Anyone
   * else who sees the dossier: 403. A correction is no new activity (the stilval rule keeps the note's day).
   */
  Mono<NotitieWeergave> corrigeer(RegionScope scope, UUID dossierId, UUID notitieId, String ifMatch,
      NotitieInvoer in) {
    int verwacht = ETags.required(ifMatch);
    geldig(in);
    Zicht zicht = DossierService.zicht(scope);
    UUID tenant = scope.tenantId();
    Caller caller = scope.caller();
    return tx.write(tenant, dossiers.laad(tenant, dossierId, zicht, true)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(d -> notities.lees(tenant, dossierId, notitieId, true)
            .switchIfEmpty(Mono.error(ApiProblem::notFound))
            .flatMap(oud -> {
              if (!isAuteur(caller, oud)) {
                return Mono.error(ApiProblem.forbidden("Alleen wie de notitie schreef, corrigeert hem."));
              }
              return open(d).then(Mono.defer(() -> {
                if (oud.versie() != verwacht) {
                  return Mono.error(ApiProblem.preconditionFailed());
                }
                OffsetDateTime nu = OffsetDateTime.now(klok);
                return notities.corrigeer(tenant, oud, verwacht, in.onderwerpSchoon(), in.tekstSchoon(), nu)
                    .flatMap(ok -> ok ? Mono.empty() : Mono.<Void>error(ApiProblem.preconditionFailed()))
                    .then(gebeurtenis(tenant, dossierId, nu, Gebeurtenis.Soort.NOTITIE_GECORRIGEERD, caller))
                    .then(record("dossier.notitie-corrigeren", dossierId))
                    .then(Mono.defer(() -> toon(scope, d, notitieId)));
              }));
            })));
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private Mono<NotitieWeergave> toon(RegionScope scope, DossierRij d, UUID notitieId) {
    UUID tenant = scope.tenantId();
    return notities.lees(tenant, d.id(), notitieId, false)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(n -> (n.versie() > 1 ? notities.versies(tenant, List.of(n.id())) : Mono.just(Map.<UUID,
                List<NotitieWeergave.Versie>>of()))
            .map(v -> weergave(scope.caller(), d.gesloten(), n, v.getOrDefault(n.id(), List.of()))));
  }

  private static NotitieWeergave weergave(Caller caller, boolean gesloten, NotitieStore.NotitieRij n,
      List<NotitieWeergave.Versie> versies) {
    return new NotitieWeergave(n.id(), n.dossierId(), n.onderwerp(), n.tekst(), n.geschrevenOp(), n.auteurNaam(),
        new NotitieWeergave.Organisatie(n.organisatieSoort(), n.organisatieCode(), n.organisatieNaam()), n.versie(),
        n.versie() > 1, n.gecorrigeerdOp(), !gesloten && isAuteur(caller, n), versies);
  }

  private static boolean isAuteur(Caller caller, NotitieStore.NotitieRij n) {
    return Objects.equals(caller.issuer(), n.auteurIssuer()) && Objects.equals(caller.subject(), n.auteur());
  }

  private static void geldig(NotitieInvoer in) {
    List<InvalidParam> fouten = NotitieInvoer.fouten(in);
    if (!fouten.isEmpty()) {
      throw ApiProblem.badRequest(fouten);
    }
  }

  private static Mono<Void> open(DossierRij d) {
    return d.gesloten() ? Mono.error(ApiProblem.conflict("Het dossier is gesloten: de contactlog krijgt geen"
        + " nieuwe notities of correcties meer.")) : Mono.empty();
  }

  /** The organisation the caller writes for, by name: her gemeente, her azc (COA) or the region. */
  private Mono<Auteur> auteur(RegionScope scope, Zicht zicht) {
    TenantDescriptor regio = scope.region().descriptor();
    return switch (zicht.soort()) {
      case REGIO -> Mono.just(new Auteur("regio", scope.region().slug(), "Regio " + scope.region().naam()));
      case GEMEENTE -> Mono.just(new Auteur("gemeente", zicht.code(), "Gemeente " + regio.gemeenten().stream()
          .filter(g -> g.cbsCode().equals(zicht.code())).map(TenantDescriptor.Gemeente::naam).findFirst()
          .orElse(zicht.code())));
      case AZC, AZC_OPEN -> azcLocaties.byCode(zicht.code()).map(AzcLocatie::naam).defaultIfEmpty(zicht.code())
          .map(naam -> new Auteur("azc", zicht.code(), "COA " + naam));
    };
  }

  /** The dossier's signals and dashboard fact with the note's day as activity, in the note's transaction. */
  private Mono<Void> herbereken(TenantDescriptor regio, DossierRij d, LocalDate vandaag) {
    return dossiers.mijlpalen(d.tenantId(), d.id()).flatMap(ms -> d.herplanfout() != null
        ? herberekening.metHerplanfout(d, ms, regio, vandaag, d.herplanfout())
            .flatMap(s -> dossiers.zetSignalen(d.tenantId(), d.id(), s))
        : herberekening.herbereken(d, ms, regio, vandaag)
            .flatMap(u -> dossiers.zetSignalen(d.tenantId(), d.id(), u.opslag()).then(dashboard.meld(u))));
  }

  private Mono<Void> gebeurtenis(UUID tenant, UUID dossierId, OffsetDateTime op, Gebeurtenis.Soort soort,
      Caller door) {
    return Mono.defer(() -> dossiers.gebeurtenis(tenant, dossierId, op, Gebeurtenis.van(soort, door)));
  }

  private Mono<Void> record(String actie, UUID dossierId) {
    return audit.record(AuditEntry.gelukt(actie, DossierService.TYPE, List.of(dossierId.toString()),
        DossierService.ACTIVITEIT));
  }
}
