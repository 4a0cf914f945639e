package nl.doorlopendelijn.dossiers.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.audit.AuditLog;
import nl.doorlopendelijn.dossiers.planning.DossierRechten;
import nl.doorlopendelijn.dossiers.planning.KennismakingVorm;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.ETags;
import nl.doorlopendelijn.web.InvalidParam;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The gesprekken of a dossier (kennismaking, driegesprekken): planned, changed or moved while planned, held or
 * cancelled, and the invitation. Who reads: whoever sees the dossier ({@link Zicht}); who plans and records: whoever
 * may complete the gesprek's milestone ({@link DossierRechten#magAfronden}). Every use case runs in ONE
 * tenant-bound transaction with its audit record (about the dossier) and, for a change, its step in the dossier's
 * own history; holding a planned gesprek completes its milestone in that same transaction, by the same rule as a
 * completion through the API ({@link DossierService#voltooi}).
 */
@Service
class GesprekService implements nl.doorlopendelijn.dossiers.GesprekUitnodiging {

  /**
   * At most this many gesprekken per dossier, in every status: the dossier's list is answered whole, and a warme
   * overdracht has a handful (a kennismaking, two driegesprekken, some moved or cancelled). Beyond it planning is
   * refused (409) rather than the list growing without bound.
   */
  static final int MAX_PER_DOSSIER = 100;

  private final TenantTransactions tx;
  private final DossierStore dossiers;
  private final GesprekStore store;
  private final DossierService dossierService;
  private final GidsContacten gids;
  private final AuditLog audit;
  private final Clock klok;
  private final DossierMeldingen meldingen;

  /** A plan's answer: the gesprek, and whether this request made it. */
  record Gepland(GesprekWeergave gesprek, boolean nieuw) {}

  /** The invitation: its text and the dossier number (for the file name). */
  record Uitnodiging(String ics, UUID gesprekId) {}

  GesprekService(TenantTransactions tx, DossierStore dossiers, GesprekStore store, DossierService dossierService,
      GidsContacten gids, AuditLog audit, Clock klok, DossierMeldingen meldingen) {
    this.meldingen = meldingen;
    this.tx = tx;
    this.dossiers = dossiers;
    this.store = store;
    this.dossierService = dossierService;
    this.gids = gids;
    this.audit = audit;
    this.klok = klok;
    Uitnodigingen.voorbereid();
  }

  // ------------------------------------------------------------------------------------------------ reading

  Mono<List<GesprekWeergave>> lijst(RegionScope scope, UUID dossierId) {
    Zicht zicht = DossierService.zicht(scope);
    UUID tenant = scope.tenantId();
    return tx.write(tenant, dossier(scope, zicht, dossierId, false)
        .flatMap(d -> Mono.zip(store.vanDossier(tenant, dossierId), dossiers.mijlpalen(tenant, dossierId))
            .flatMap(t -> toon(zicht, d, t.getT2(), t.getT1()))
            .flatMap(l -> record("dossier.gesprekken-lezen", dossierId).thenReturn(l))));
  }

  Mono<GesprekWeergave> lees(RegionScope scope, UUID dossierId, UUID id) {
    Zicht zicht = DossierService.zicht(scope);
    UUID tenant = scope.tenantId();
    return tx.write(tenant, dossier(scope, zicht, dossierId, false)
        .flatMap(d -> gesprek(tenant, dossierId, id, false)
            .flatMap(g -> dossiers.mijlpalen(tenant, dossierId).flatMap(ms -> toon(zicht, d, ms, List.of(g))))
            .map(l -> l.get(0))
            .flatMap(w -> record("dossier.gesprek-lezen", dossierId).thenReturn(w))));
  }

  /** The invitation (.ics); reading it is audited like reading the gesprek. */
  Mono<Uitnodiging> uitnodiging(RegionScope scope, UUID dossierId, UUID id, String basisUrl) {
    Zicht zicht = DossierService.zicht(scope);
    UUID tenant = scope.tenantId();
    String link = basisUrl + "/regio/" + scope.region().slug() + "/dossiers/" + dossierId;
    return tx.write(tenant, dossier(scope, zicht, dossierId, false)
        .flatMap(d -> gesprek(tenant, dossierId, id, false)
            .flatMap(g -> ics(d, g, link).map(ics -> new Uitnodiging(ics, g.id())))
            .flatMap(u -> record("dossier.gesprek-uitnodiging-lezen", dossierId).thenReturn(u))));
  }

  /** The same invitation for the platform's own work (the e-mail of a planned gesprek): no caller, no audit. */
  @Override
  public Mono<String> ics(UUID tenantId, UUID dossierId, UUID gesprekId, String dossierLink) {
    return tx.read(tenantId, dossiers.laad(tenantId, dossierId, new Zicht(Zicht.Soort.REGIO, null), false)
        .flatMap(d -> store.laad(tenantId, dossierId, gesprekId, false).flatMap(g -> ics(d, g, dossierLink))));
  }

  private Mono<String> ics(DossierRij d, GesprekRij g, String link) {
    return contacten(List.of(g)).map(c -> {
      List<GidsContact> deelnemers = g.deelnemers().stream().map(c::get).filter(x -> x != null).toList();
      return Uitnodigingen.ics(g, d.dossiernummer(), deelnemers, Optional.ofNullable(g.buddyId()).map(c::get), link);
    });
  }

  // ------------------------------------------------------------------------------------------------ changing

  Mono<Gepland> plan(RegionScope scope, UUID dossierId, GesprekInvoer in) {
    List<InvalidParam> fouten = GesprekInvoer.fouten(in, null);
    if (!fouten.isEmpty()) {
      throw ApiProblem.badRequest(fouten);
    }
    MijlpaalType soort = in.mijlpaal();
    Zicht zicht = DossierService.zicht(scope);
    UUID tenant = scope.tenantId();
    return gidsFouten(in).flatMap(gidsFouten -> tx.write(tenant, dossier(scope, zicht, dossierId, true)
        .flatMap(d -> dossiers.mijlpalen(tenant, dossierId).flatMap(ms -> {
          magPlannen(zicht, d, soort);
          if (ms.stream().noneMatch(m -> m.type().equals(soort.code()))) {
            return Mono.error(ApiProblem.conflict("Dit dossier heeft geen mijlpaal " + soort.label()
                + ": daar is geen gesprek voor te plannen."));
          }
          OffsetDateTime nu = OffsetDateTime.now(klok);
          GesprekRij g = rij(tenant, d, Ids.nieuw(), soort, in, 0, 1, nu, nu);
          geldig(gidsFouten, d, g);
          // counted under the dossier's row lock (laad ... for update): two plans at once cannot both pass
          return store.aantal(tenant, dossierId).flatMap(n -> n >= MAX_PER_DOSSIER
              ? Mono.error(ApiProblem.conflict("Dit dossier heeft al " + MAX_PER_DOSSIER + " gesprekken (gepland,"
                  + " gehouden of geannuleerd): meer worden er niet gepland."))
              : Mono.just(n))
              .then(store.voegToe(g))
              .then(gebeurtenis(scope, dossierId, Gebeurtenis.gesprek(Gebeurtenis.Soort.GESPREK_GEPLAND, soort, null,
                  g.begintOp(), null, null, scope.caller())))
              .then(meldingen.gesprek(d, null, g, scope.caller()))
              .then(record("dossier.gesprek-plannen", dossierId))
              .then(Mono.defer(() -> herlaad(zicht, d, g.id())))
              .map(w -> new Gepland(w, true));
        }))));
  }

  /** The whole plan again while planned (If-Match required): a new start moves it; the invitation's SEQUENCE +1. */
  Mono<GesprekWeergave> wijzig(RegionScope scope, UUID dossierId, UUID id, String ifMatch, GesprekInvoer in) {
    int verwacht = ETags.required(ifMatch);
    Zicht zicht = DossierService.zicht(scope);
    UUID tenant = scope.tenantId();
    return tx.write(tenant, dossier(scope, zicht, dossierId, true)
        .flatMap(d -> gesprek(tenant, dossierId, id, true).flatMap(oud -> {
          List<InvalidParam> fouten = GesprekInvoer.fouten(in, oud.soort());
          if (!fouten.isEmpty()) {
            return Mono.error(ApiProblem.badRequest(fouten));
          }
          magPlannen(zicht, d, oud.soort());
          staatOpen(oud, verwacht);
          return gidsFouten(in).flatMap(gidsFouten -> {
            OffsetDateTime nu = OffsetDateTime.now(klok);
            GesprekRij nieuw = rij(tenant, d, id, oud.soort(), in, oud.volgnummer() + 1, oud.versie() + 1,
                oud.aangemaaktOp(), nu);
            geldig(gidsFouten, d, nieuw);
            boolean verzet = !nieuw.begintOp().equals(oud.begintOp()) || !nieuw.eindigtOp().equals(oud.eindigtOp());
            Gebeurtenis stap = verzet
                ? Gebeurtenis.gesprek(Gebeurtenis.Soort.GESPREK_VERZET, oud.soort(), oud.begintOp(),
                    nieuw.begintOp(), null, null, scope.caller())
                : Gebeurtenis.gesprek(Gebeurtenis.Soort.GESPREK_GEWIJZIGD, oud.soort(), null, nieuw.begintOp(), null,
                    null, scope.caller());
            return store.werkPlanBij(nieuw, verwacht)
                .flatMap(ok -> ok ? Mono.<Void>empty() : Mono.error(ApiProblem.preconditionFailed()))
                .then(gebeurtenis(scope, dossierId, stap))
                .then(meldingen.gesprek(d, oud, nieuw, scope.caller()))
                .then(record(verzet ? "dossier.gesprek-verzetten" : "dossier.gesprek-wijzigen", dossierId))
                .then(Mono.defer(() -> herlaad(zicht, d, id)));
          });
        })));
  }

  /**
   * Records a planned gesprek as held (If-Match optional): who was there, a note; completes the gesprek's milestone
   * on the day it began, unless that milestone was already complete (then it says so, and completes nothing).
   */
  Mono<GesprekWeergave> vastleggen(RegionScope scope, UUID dossierId, UUID id, String ifMatch, VerslagInvoer in) {
    Integer verwacht = ETags.optional(ifMatch);
    Zicht zicht = DossierService.zicht(scope);
    UUID tenant = scope.tenantId();
    return tx.write(tenant, dossier(scope, zicht, dossierId, true)
        .flatMap(d -> gesprek(tenant, dossierId, id, true).flatMap(g -> {
          List<InvalidParam> fouten = VerslagInvoer.fouten(in, g.deelnemers());
          if (!fouten.isEmpty()) {
            return Mono.error(ApiProblem.badRequest(fouten));
          }
          magPlannen(zicht, d, g.soort());
          staatOpen(g, verwacht);
          OffsetDateTime nu = OffsetDateTime.now(klok);
          if (g.begintOp().isAfter(nu.toInstant())) {
            return Mono.error(ApiProblem.conflict("Dit gesprek is nog niet begonnen (" + GesprekTijd.tekst(
                g.begintOp()) + "): het wordt pas daarna als gehouden vastgelegd. Verzet het als het eerder was."));
          }
          LocalDate dag = GesprekTijd.dag(g.begintOp());
          return store.gehouden(g, in.aanwezigen(), in.inburgeraarAanwezig(), in.schoneNotitie(), g.versie(), nu)
              .flatMap(ok -> ok ? Mono.<Void>empty() : Mono.error(ApiProblem.preconditionFailed()))
              .then(gebeurtenis(scope, dossierId, Gebeurtenis.gesprek(Gebeurtenis.Soort.GESPREK_GEHOUDEN, g.soort(),
                  null, null, dag, null, scope.caller())))
              .then(record("dossier.gesprek-vastleggen", dossierId))
              .then(dossiers.mijlpalen(tenant, dossierId))
              .flatMap(ms -> mijlpaalAfronden(scope, zicht, d, ms, g, dag, in.schoneNotitie()))
              .flatMap(melding -> Mono.defer(() -> dossiers.laadVoorSysteem(tenant, dossierId))
                  .flatMap(na -> herlaad(zicht, na, id)).map(w -> w.metMelding(melding)));
        })));
  }

  /** Cancels a planned gesprek, with a reason (If-Match optional); the invitation becomes a CANCEL. */
  Mono<GesprekWeergave> annuleer(RegionScope scope, UUID dossierId, UUID id, String ifMatch, AnnuleringInvoer in) {
    Integer verwacht = ETags.optional(ifMatch);
    List<InvalidParam> fouten = AnnuleringInvoer.fouten(in);
    if (!fouten.isEmpty()) {
      throw ApiProblem.badRequest(fouten);
    }
    String reden = in.reden().strip();
    Zicht zicht = DossierService.zicht(scope);
    UUID tenant = scope.tenantId();
    return tx.write(tenant, dossier(scope, zicht, dossierId, true)
        .flatMap(d -> gesprek(tenant, dossierId, id, true).flatMap(g -> {
          magPlannen(zicht, d, g.soort());
          staatOpen(g, verwacht);
          return store.geannuleerd(g, reden, g.versie(), OffsetDateTime.now(klok))
              .flatMap(ok -> ok ? Mono.<Void>empty() : Mono.error(ApiProblem.preconditionFailed()))
              .then(gebeurtenis(scope, dossierId, Gebeurtenis.gesprek(Gebeurtenis.Soort.GESPREK_GEANNULEERD,
                  g.soort(), g.begintOp(), null, null, reden, scope.caller())))
              .then(record("dossier.gesprek-annuleren", dossierId))
              .then(Mono.defer(() -> herlaad(zicht, d, id)));
        })));
  }

  // ------------------------------------------------------------------------------------------------ rules

  /** The milestone, unless already complete: completed as a completion through the API would; the message. */
  private Mono<String> mijlpaalAfronden(RegionScope scope, Zicht zicht, DossierRij d, List<MijlpaalRij> ms,
      GesprekRij g, LocalDate dag, String notitie) {
    MijlpaalRij m = ms.stream().filter(r -> r.type().equals(g.soort().code())).findFirst().orElse(null);
    String naam = g.soort().label();
    if (m == null) {
      return Mono.just("Het gesprek is vastgelegd als gehouden; het dossier heeft (nu) geen mijlpaal " + naam + ".");
    }
    if (m.afgerondOp() != null) {
      return Mono.just("Het gesprek is vastgelegd als gehouden. De mijlpaal " + naam + " was al afgerond (op "
          + GesprekTijd.datum(m.afgerondOp()) + ") en blijft zoals hij was.");
    }
    KennismakingVorm vorm = KennismakingVorm.hoortBij(g.soort()) ? g.vorm().alsKennismakingVorm().orElse(null) : null;
    return dossierService.voltooi(scope, zicht, d, ms, null, g.soort(), dag, notitie, vorm)
        .thenReturn("Het gesprek is vastgelegd als gehouden en de mijlpaal " + naam + " is afgerond op "
            + GesprekTijd.datum(dag) + ".");
  }

  private static void magPlannen(Zicht zicht, DossierRij d, MijlpaalType soort) {
    if (!DossierRechten.magAfronden(zicht.betrokkene(d.gemeenteCode(), d.azcCode()), soort)) {
      throw ApiProblem.forbidden("Een " + soort.label() + " plant en legt vast wie die mijlpaal mag afronden: "
          + (DossierRechten.eigenaar(soort) == DossierRechten.Eigenaar.GEMEENTE ? "de gemeente." : "gemeente of COA."));
    }
    if (d.gesloten()) {
      throw ApiProblem.conflict("Een gesloten dossier blijft zoals het is.");
    }
  }

  /** A held or cancelled gesprek stays as it is (409); an old version is 412. */
  private static void staatOpen(GesprekRij g, Integer verwacht) {
    if (verwacht != null && verwacht != g.versie()) {
      throw ApiProblem.preconditionFailed();
    }
    if (g.status() != GesprekStatus.GEPLAND) {
      throw ApiProblem.conflict("Dit gesprek is " + g.status().code() + ": het wordt niet meer gewijzigd, verzet,"
          + " vastgelegd of geannuleerd. Plan zo nodig een nieuw gesprek.");
    }
  }

  /** What depends on the dossier and the gids, every error at once (with the body's gids errors). */
  private static void geldig(List<InvalidParam> gidsFouten, DossierRij d, GesprekRij g) {
    List<InvalidParam> fouten = new ArrayList<>(gidsFouten);
    if (GesprekTijd.dag(g.begintOp()).isBefore(d.koppelingsdatum())) {
      fouten.add(new InvalidParam("begintOp", "range", "mag niet vóór de koppelingsdatum van het dossier ("
          + GesprekTijd.datum(d.koppelingsdatum()) + ") liggen"));
    }
    if (g.tolkNodig() && g.taal() == null) {
      fouten.add(new InvalidParam("taal", "required", "is verplicht als er een tolk nodig is (het dossier noemt"
          + " geen taal)"));
    }
    if (!fouten.isEmpty()) {
      throw ApiProblem.badRequest(fouten);
    }
  }

  /** The participants and buddy the gids cannot give (unknown, left, organisation inactive), by field. */
  private Mono<List<InvalidParam>> gidsFouten(GesprekInvoer in) {
    List<UUID> deelnemers = in.deelnemerIds();
    Mono<List<InvalidParam>> perDeelnemer = Flux.range(0, deelnemers.size())
        .filter(i -> deelnemers.get(i) != null)
        .concatMap(i -> contact(deelnemers.get(i))
            .map(c -> ContactpersoonKeuze.bezwaarAlsDeelnemer("deelnemers[" + i + "]", c)))
        .filter(Optional::isPresent).map(Optional::get).collectList();
    Mono<Optional<InvalidParam>> buddy = in.buddyId() == null ? Mono.just(Optional.empty())
        : contact(in.buddyId()).map(c -> ContactpersoonKeuze.bezwaarAlsDeelnemer("buddyId", c));
    return Mono.zip(perDeelnemer, buddy).map(t -> {
      List<InvalidParam> l = new ArrayList<>(t.getT1());
      t.getT2().ifPresent(l::add);
      return l;
    });
  }

  private Mono<Optional<GidsContact>> contact(UUID id) {
    return gids.contact(id).map(Optional::of).defaultIfEmpty(Optional.empty());
  }

  private static GesprekRij rij(UUID tenant, DossierRij d, UUID id, MijlpaalType soort, GesprekInvoer in,
      int volgnummer, int versie, OffsetDateTime aangemaakt, OffsetDateTime nu) {
    boolean tolk = in.tolkNodig() != null ? in.tolkNodig() : d.tolkNodig();
    String taal = in.taal() != null ? in.taal() : d.taal();
    return new GesprekRij(tenant, d.id(), id, soort, GesprekStatus.GEPLAND, in.begin(), in.einde(),
        nl.doorlopendelijn.dossiers.planning.GesprekVorm.van(in.vorm()), in.schoneLocatie(), in.deelnemerIds(),
        in.inburgeraarNeemtDeel() == null || in.inburgeraarNeemtDeel(), tolk, taal,
        soort == MijlpaalType.KENNISMAKING ? in.buddyId() : null, volgnummer, null, null, null, null, versie,
        aangemaakt, nu);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private Mono<DossierRij> dossier(RegionScope scope, Zicht zicht, UUID id, boolean voorWijziging) {
    return dossiers.laad(scope.tenantId(), id, zicht, voorWijziging).switchIfEmpty(Mono.error(ApiProblem::notFound));
  }

  private Mono<GesprekRij> gesprek(UUID tenant, UUID dossierId, UUID id, boolean voorWijziging) {
    return store.laad(tenant, dossierId, id, voorWijziging).switchIfEmpty(Mono.error(ApiProblem::notFound));
  }

  private Mono<GesprekWeergave> herlaad(Zicht zicht, DossierRij d, UUID id) {
    return Mono.zip(gesprek(d.tenantId(), d.id(), id, false), dossiers.mijlpalen(d.tenantId(), d.id()))
        .flatMap(t -> toon(zicht, d, t.getT2(), List.of(t.getT1()))).map(l -> l.get(0));
  }

  private Mono<List<GesprekWeergave>> toon(Zicht zicht, DossierRij d, List<MijlpaalRij> ms, List<GesprekRij> gs) {
    DossierRechten.Betrokkene wie = zicht.betrokkene(d.gemeenteCode(), d.azcCode());
    return contacten(gs).map(c -> gs.stream().map(g -> GesprekWeergave.van(g, d.dossiernummer(), c,
        ms.stream().filter(m -> m.type().equals(g.soort().code())).findFirst()
            .map(m -> m.afgerondOp() != null ? "afgerond" : "open").orElse(null),
        !d.gesloten() && DossierRechten.magAfronden(wie, g.soort()))).toList());
  }

  /** The gids entries the gesprekken name (participants and buddies), each read once. */
  private Mono<Map<UUID, GidsContact>> contacten(List<GesprekRij> gs) {
    Set<UUID> ids = new LinkedHashSet<>();
    gs.forEach(g -> {
      ids.addAll(g.deelnemers());
      if (g.buddyId() != null) {
        ids.add(g.buddyId());
      }
    });
    return Flux.fromIterable(ids).concatMap(id -> gids.contact(id)).collectList().map(l -> {
      Map<UUID, GidsContact> m = new HashMap<>();
      l.forEach(c -> m.put(c.id(), c));
      return m;
    });
  }

  private Mono<Void> gebeurtenis(RegionScope scope, UUID dossierId, Gebeurtenis g) {
    return Mono.defer(() -> dossiers.gebeurtenis(scope.tenantId(), dossierId, OffsetDateTime.now(klok), g));
  }

  private Mono<Void> record(String actie, UUID dossierId) {
    return audit.record(AuditEntry.gelukt(actie, DossierService.TYPE, List.of(dossierId.toString()),
        DossierService.ACTIVITEIT));
  }
}
