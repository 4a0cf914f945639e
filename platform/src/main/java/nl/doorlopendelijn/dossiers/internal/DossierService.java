package nl.doorlopendelijn.dossiers.internal;

import nl.doorlopendelijn.kernel.Ids;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.audit.AuditLog;
import nl.doorlopendelijn.audit.AuditRecord;
import nl.doorlopendelijn.azc.AzcLocatie;
import nl.doorlopendelijn.azc.AzcLocaties;
import nl.doorlopendelijn.dossiers.GeldendeAfspraak;
import nl.doorlopendelijn.dossiers.advies.AdviesDrempels;
import nl.doorlopendelijn.dossiers.advies.ScenarioAdvies;
import nl.doorlopendelijn.dossiers.advies.Afstand;
import nl.doorlopendelijn.dossiers.internal.DossierWeergave.MijlpaalWeergave;
import nl.doorlopendelijn.dossiers.internal.DossierWeergave.SignaalWeergave;
import nl.doorlopendelijn.dossiers.planning.Dossier;
import nl.doorlopendelijn.dossiers.planning.DossierRechten;
import nl.doorlopendelijn.dossiers.planning.DossierStatus;
import nl.doorlopendelijn.dossiers.planning.GeplandeMijlpaal;
import nl.doorlopendelijn.dossiers.planning.KennismakingVorm;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.dossiers.planning.Tijdlijn;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.ETags;
import nl.doorlopendelijn.web.InvalidParam;
import nl.doorlopendelijn.web.Parameters;
import nl.doorlopendelijn.web.RequestMetadata;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dossier use cases of a region path. Every one runs in ONE tenant-bound transaction that also writes its audit
 * record, and sees only what the caller's {@link Zicht} allows (anything else is 404).
 */
@Service
class DossierService {

  static final String ACTIVITEIT = "warme-overdracht";
  static final String TYPE = "dossier";
  private static final TypeReference<List<SignaalWeergave>> SIGNALEN = new TypeReference<>() {};

  /** A create's answer: the dossier, and whether this request made it (a repeat is answered by tenancy.Idempotentie). */
  public record Aangemaakt(UUID id, DossierWeergave dossier, boolean nieuw) {}

  /**
   * The inzage document: everything held about the person (the dossier, its own history, and per table every row
   * about it elsewhere, as JSON text), with who looked at it.
   */
  public record Inzage(DossierWeergave dossier, List<AuditRecord> verwerkingen, LocalDate opgesteldOp,
      List<Gebeurtenis.Weergave> historie, java.util.Map<String, List<String>> gegevens) {
    @Override
    public String toString() {
      return "Inzage[" + dossier + "]";
    }
  }

  private final TenantTransactions tx;
  private final DossierStore store;
  private final DossierLijstQuery lijst;
  private final Herberekening herberekening;
  private final VNummerVersleuteling vnummers;
  private final AuditLog audit;
  private final JsonMapper json;
  private final Clock klok;
  private final DashboardMelding dashboard;
  private final Advisering advisering;
  private final AzcLocaties azcLocaties;
  private final GidsContacten gids;
  private final DossierMeldingen meldingen;

  /**
   * What a create or update needs from the national tables: the location it names, the distance, and the gids
   * entries it names as vaste contactpersoon and casemanager (empty: not named, or unknown to the gids).
   */
  private record Voorbereid(Optional<AzcLocatie> azc, Afstand afstand, Optional<GidsContact> vaste,
      Optional<GidsContact> casemanager) {}

  DossierService(TenantTransactions tx, DossierStore store, DossierLijstQuery lijst, Herberekening herberekening,
      VNummerVersleuteling vnummers, AuditLog audit, JsonMapper json, Clock klok,
      DashboardMelding dashboard, Advisering advisering, AzcLocaties azcLocaties, GidsContacten gids,
      DossierMeldingen meldingen) {
    this.gids = gids;
    this.meldingen = meldingen;
    this.dashboard = dashboard;
    this.advisering = advisering;
    this.azcLocaties = azcLocaties;
    this.tx = tx;
    this.store = store;
    this.lijst = lijst;
    this.herberekening = herberekening;
    this.vnummers = vnummers;
    this.audit = audit;
    this.json = json;
    this.klok = klok;
  }

  LocalDate vandaag() {
    return LocalDate.now(klok);
  }

  // ---------------------------------------------------------------------------------------------- reading

  public Mono<DossierWeergave> lees(RegionScope scope, UUID id) {
    Zicht zicht = zicht(scope);
    return tx.write(scope.tenantId(), store.laad(scope.tenantId(), id, zicht, false)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(d -> toon(scope, zicht, d).flatMap(w -> record("dossier.lezen", id).thenReturn(w))));
  }

  public Mono<List<MijlpaalWeergave>> mijlpalen(RegionScope scope, UUID id) {
    Zicht zicht = zicht(scope);
    return tx.write(scope.tenantId(), store.laad(scope.tenantId(), id, zicht, false)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(d -> store.mijlpalen(scope.tenantId(), id)
            .flatMap(ms -> record("dossier.mijlpalen-lezen", id)
                .thenReturn(mijlpaalWeergave(zicht, d, ms, vandaag())))));
  }

  /** The dossier's own history, oldest first, paged; read like the dossier itself (audited as a read). */
  public Mono<DossierStore.Historie> historie(RegionScope scope, UUID id, nl.doorlopendelijn.web.Paginering.Vraag pag) {
    Zicht zicht = zicht(scope);
    return tx.write(scope.tenantId(), store.laad(scope.tenantId(), id, zicht, false)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(d -> store.historie(scope.tenantId(), id, pag.offset(), pag.paginaGrootte(),
                scope.region().descriptor())
            .flatMap(h -> record("dossier.historie-lezen", id).thenReturn(h))));
  }

  public Mono<DossierPagina> lijst(RegionScope scope, Lijstvraag vraag) {
    return lijst(scope, vraag, "dossier.lijst");
  }

  /**
   * A search by number or name among the dossiers the caller sees: the list with a search text, audited as
   * {@code dossier.zoeken} with the ids found, never the text (which may be a name).
   */
  public Mono<DossierPagina> zoek(RegionScope scope, Lijstvraag vraag) {
    return lijst(scope, vraag, "dossier.zoeken");
  }

  /** At most this many dossiers in one export; a longer list asks to filter. */
  public static final int MAX_EXPORT = 10_000;

  /**
   * The whole list (every page, the same filters, sort and rights as {@link #lijst(RegionScope, Lijstvraag)}) for an
   * export, read and audited in one statement as {@code dossier.exporteren} with the filter and the format (as
   * {@code kenmerken}; the statement adds the row count). A list longer than {@link #MAX_EXPORT} is refused with a
   * 400 inside that transaction, so the refusal leaves no audit record.
   */
  public Mono<DossierPagina> exportLijst(RegionScope scope, Lijstvraag vraag, Map<String, String> kenmerken) {
    Lijstvraag alles = new Lijstvraag(vraag.gemeente(), vraag.azc(), vraag.status(), vraag.scenario(), vraag.signaal(),
        vraag.contactpersoon(), 1, MAX_EXPORT, vraag.sorteer(), null);
    return lijst(scope, alles, "dossier.exporteren", kenmerken, p -> p.totaal() > MAX_EXPORT
        ? Mono.error(ApiProblem.badRequest("De lijst telt " + p.totaal() + " dossiers; een export bevat er hoogstens "
            + MAX_EXPORT + ". Verfijn het filter (gemeente, azc, status, scenario of signaal)."))
        : Mono.just(p));
  }

  private Mono<DossierPagina> lijst(RegionScope scope, Lijstvraag vraag, String actie) {
    return lijst(scope, vraag, actie, Map.of(), Mono::just);
  }

  /** {@code binnen}: what is decided on the page inside its transaction (an error rolls its audit record back). */
  private Mono<DossierPagina> lijst(RegionScope scope, Lijstvraag vraag, String actie, Map<String, String> kenmerken,
      java.util.function.Function<DossierPagina, Mono<DossierPagina>> binnen) {
    Zicht zicht = zicht(scope);
    if (!zicht.lijst()) {
      // a COA liaison without an agreement in force here sees each open dossier on its own, not the list
      return Mono.error(ApiProblem.notFound());
    }
    UUID tenant = scope.tenantId();
    return RequestMetadata.current().flatMap(request -> tx.write(tenant,
        lijst.pagina(tenant, scope.region().slug(), zicht, vraag, scope.caller(), request, actie, kenmerken)
            .flatMap(p -> p.totaal() >= 0 || vraag.pagina() == 1
                ? Mono.just(new DossierPagina(p.dossiers(), Math.max(p.totaal(), 0)))
                : lijst.totaal(tenant, zicht, vraag).map(n -> new DossierPagina(p.dossiers(), n)))
            .flatMap(binnen)));
  }

  /** Who looked at or changed this dossier: for the regio-coördinator (others who see the dossier: 403). */
  public Mono<List<AuditRecord>> audit(RegionScope scope, UUID id) {
    Zicht zicht = zicht(scope);
    return tx.write(scope.tenantId(), store.laad(scope.tenantId(), id, zicht, false)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(d -> zicht.coordinator() ? Mono.just(d)
            : Mono.error(ApiProblem.forbidden("Alleen de regio-coördinator leest het auditspoor van een dossier.")))
        .flatMap(d -> audit.about(TYPE, id.toString()).collectList()
            .flatMap(records -> record("dossier.audit-lezen", id).thenReturn(records))));
  }

  /** AVG inzage: the dossier, its milestones and every recorded look at it, as one document. */
  public Mono<Inzage> inzage(RegionScope scope, UUID id) {
    Zicht zicht = zicht(scope);
    return tx.write(scope.tenantId(), store.laad(scope.tenantId(), id, zicht, false)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(d -> zicht.coordinator() ? Mono.just(d)
            : Mono.error(ApiProblem.forbidden("Alleen de regio-coördinator stelt een inzage op.")))
        // one read after the other: they share the transaction's connection (a zip would start them at once)
        .flatMap(d -> toon(scope, zicht, d).flatMap(weergave -> audit.about(TYPE, id.toString()).collectList()
            .flatMap(inzagen -> store.historie(scope.tenantId(), id, 0, Integer.MAX_VALUE, scope.region().descriptor())
                .flatMap(historie -> store.gegevens(scope.tenantId(), id)
                    .flatMap(gegevens -> record("dossier.inzage", id).thenReturn(new Inzage(weergave, inzagen,
                        vandaag(), historie.gebeurtenissen(), gegevens))))))));
  }

  // ---------------------------------------------------------------------------------------------- changing

  public Mono<Aangemaakt> maak(RegionScope scope, DossierInvoer in) {
    return maak(scope, in, true);
  }

  /**
   * The one create. {@code toon}: read the dossier back as the caller sees it (the API's answer); the import
   * (issue 18) needs only its id and skips that read, everything else is the same.
   */
  Mono<Aangemaakt> maak(RegionScope scope, DossierInvoer in, boolean toon) {
    Zicht zicht = zicht(scope);
    TenantDescriptor regio = scope.region().descriptor();
    UUID tenant = scope.tenantId();
    UUID id = Ids.nieuw();
    return bereidVoor(in).flatMap(v -> {
      valideer(in, regio, v, true, contactFouten(in, v, null));
      magVastleggen(zicht, in.gemeente(), in.azcLocatie());
      magContactenKiezen(zicht.betrokkene(in.gemeente(), in.azcLocatie()), in, null);
      return tx.write(tenant, Mono.defer(() -> maakNieuw(scope, in, id, v, toon)))
          .onErrorMap(DossierService::coaReferentieBestaat, e -> ApiProblem.conflict(COA_REFERENTIE_BESTAAT));
    });
  }

  static final String COA_REFERENTIE_BESTAAT = "De regio heeft al een dossier met deze COA-referentie"
      + " (coaReferentie): een COA-referentie hoort bij één dossier.";

  /** The unique index of V91 on (tenant_id, coa_referentie): two creates of one reference, the second loses. */
  private static boolean coaReferentieBestaat(Throwable e) {
    return e instanceof org.springframework.dao.DuplicateKeyException
        && String.valueOf(e.getMessage()).contains("dossier_coa_referentie");
  }

  private Mono<Aangemaakt> maakNieuw(RegionScope scope, DossierInvoer in, UUID id, Voorbereid v, boolean toon) {
    UUID tenant = scope.tenantId();
    TenantDescriptor regio = scope.region().descriptor();
    LocalDate vandaag = vandaag();
    Advisering.Uitkomst advies = Advisering.adviseer(in.factoren(), v.afstand(), drempels(regio),
        scope.region().slug());
    return herberekening.afspraak(tenant, in.gemeente(), in.azcLocatie(), vandaag)
        .flatMap(afspraak -> store.volgendNummer(tenant, in.koppelingsdatum().getYear()).flatMap(nummer -> {
          DossierRij.Bouwer b = new DossierRij.Bouwer();
          b.tenantId = tenant;
          b.id = id;
          b.dossiernummer = String.format(Locale.ROOT, "%s-%d-%06d", prefix(scope.region().slug()),
              in.koppelingsdatum().getYear(), nummer);
          b.status = in.status() != null ? DossierStatus.van(in.status()) : DossierStatus.GEKOPPELD;
          b.laatsteVoortgang = null;
          b.versie = 1;
          neemOver(b, in, afspraak, advies);
          DossierRij d = b.bouw();
          return herberekening.herbereken(d, List.of(), regio, vandaag, afspraak)
              .flatMap(u -> store.voegToe(u.dossier(), u.opslag())
                  .then(store.schrijfTijdlijn(tenant, id, u.tijdlijn()))
                  .then(advisering.bewaar(tenant, id, advies))
                  .then(dashboard.meld(u))
                  .then(gebeurtenis(scope, id, Gebeurtenis.van(Gebeurtenis.Soort.AANGEMAAKT, scope.caller())))
                  .then(meldingen.aangemaakt(u.dossier(), scope.caller()))
                  .then(record("dossier.aanmaken", id))
                  .then(toon ? herlaad(scope, id).map(w -> new Aangemaakt(id, w, true))
                      : Mono.just(new Aangemaakt(id, null, true))));
        }));
  }

  public Mono<DossierWeergave> wijzig(RegionScope scope, UUID id, String ifMatch, DossierInvoer in) {
    int verwacht = ETags.required(ifMatch);
    Zicht zicht = zicht(scope);
    TenantDescriptor regio = scope.region().descriptor();
    return bereidVoor(in).flatMap(v -> wijzig(scope, zicht, regio, id, verwacht, in, v));
  }

  private Mono<DossierWeergave> wijzig(RegionScope scope, Zicht zicht, TenantDescriptor regio, UUID id, int verwacht,
      DossierInvoer in, Voorbereid v) {
    valideer(in, regio, v, false, List.of());
    UUID tenant = scope.tenantId();
    LocalDate vandaag = vandaag();
    Advisering.Uitkomst advies = Advisering.adviseer(in.factoren(), v.afstand(), drempels(regio),
        scope.region().slug());
    Dossier.Wijziging gevraagd = new Dossier.Wijziging(in.gemeente(), in.azcLocatie(),
        in.status() == null ? null : DossierStatus.van(in.status()), in.vasteContactpersoonId());
    return tx.write(tenant, store.laad(tenant, id, zicht, true)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(oud -> uitvoeren(oud.alsDossier(List.of())
                .wijzig(zicht.betrokkene(oud.gemeenteCode(), oud.azcCode()), verwacht, gevraagd))
            .doOnNext(besluit -> magContactenKiezen(zicht.betrokkene(oud.gemeenteCode(), oud.azcCode()), in, oud))
            // the body's contacts, every one at once, against what the dossier holds now (its other fields: above)
            .doOnNext(besluit -> geldigeContacten(contactFouten(in, v, oud)))
            // while another region is asked to take it, the dossier keeps its gemeente (issue 18)
            .flatMap(besluit -> besluit.alsHermatching().isEmpty() ? Mono.just(besluit)
                : store.overplaatsingOpen(tenant, id).flatMap(open -> open ? Mono.error(ApiProblem.conflict(
                    "Er loopt een overplaatsing naar een andere regio; het dossier wordt intussen niet gehermatcht."))
                    : Mono.just(besluit)))
            .flatMap(besluit -> herberekening.afspraak(tenant, in.gemeente(), in.azcLocatie(), vandaag)
                .flatMap(afspraak -> store.mijlpalen(tenant, id)
                    .flatMap(ms -> herberekening.herbereken(nieuweFeiten(oud, in, besluit, afspraak, advies), ms,
                        regio, vandaag, afspraak)))
                .flatMap(u -> bewaar(u, verwacht)
                    .then(advisering.bewaar(tenant, id, advies))
                    .then(besluit.alsHermatching().map(h -> store.hermatch(tenant, id, h.van(), h.naar(),
                        scope.caller().auditName(), scope.caller().naam())).orElse(Mono.empty()))
                    .then(gebeurtenis(scope, id, besluit.alsHermatching()
                        .map(h -> Gebeurtenis.hermatcht(h.van(), h.naar(), scope.caller()))
                        .orElseGet(() -> gewijzigd(oud, besluit, scope.caller()))))
                    .then(record(besluit.actie(), id))
                    .then(besluit.alsHermatching()
                        .map(h -> huishoudenMee(scope, zicht, id, in.huishouden(), h.naar(), vandaag))
                        .orElse(Mono.empty())))))
        .onErrorMap(DossierService::coaReferentieBestaat, e -> ApiProblem.conflict(COA_REFERENTIE_BESTAAT))
        .then(herlaad(scope, id)));
  }

  private static Gebeurtenis gewijzigd(DossierRij oud, Dossier.Gewijzigd besluit, Caller door) {
    boolean statusVolgt = oud.status() != besluit.status();
    return new Gebeurtenis(Gebeurtenis.Soort.GEWIJZIGD, null, null, null,
        statusVolgt ? oud.status().code() : null, statusVolgt ? besluit.status().code() : null, null, door.naam());
  }

  /**
   * "Move together": a re-match of one dossier of a household moves every other open dossier of that household
   * (same {@code huishouden} in the region) to the same gemeente, in the same transaction, each by the dossier's own
   * rules (closed ones stay), replanned with the agreement of its new gemeente, with its own re-match in its
   * history and its own audit record {@code dossier.hermatchen}; its vaste contactpersoon (of the old gemeente) is
   * cleared, the new gemeente chooses its own. A member that cannot be moved (no agreement plans
   * it there) fails the whole re-match: a household is never split by accident.
   */
  private Mono<Void> huishoudenMee(RegionScope scope, Zicht zicht, UUID id, String huishouden, String naar,
      LocalDate vandaag) {
    if (huishouden == null) {
      return Mono.empty();
    }
    UUID tenant = scope.tenantId();
    TenantDescriptor regio = scope.region().descriptor();
    String door = scope.caller().auditName();
    return store.anderenVanHuishouden(tenant, huishouden, id)
        .concatMap(lid -> store.laadVoorSysteem(tenant, lid)
            .filter(d -> !naar.equals(d.gemeenteCode()))
            .flatMap(d -> uitvoeren(d.alsDossier(List.of()).wijzig(zicht.betrokkene(d.gemeenteCode(), d.azcCode()),
                    d.versie(), new Dossier.Wijziging(naar, d.azcCode(), null, null)))
                .flatMap(besluit -> {
                  DossierRij.Bouwer b = d.bouwer();
                  b.gemeenteCode = naar;
                  // the vaste contactpersoon belongs to the old gemeente: the new one chooses its own
                  b.vasteContactpersoonId = null;
                  return herberekening.afspraak(tenant, naar, d.azcCode(), vandaag)
                      .flatMap(afspraak -> store.mijlpalen(tenant, lid)
                          .flatMap(ms -> herberekening.herbereken(b.bouw(), ms, regio, vandaag, afspraak)))
                      .flatMap(u -> bewaar(u, d.versie()))
                      .then(store.hermatch(tenant, lid, d.gemeenteCode(), naar, door, scope.caller().naam()))
                      .then(gebeurtenis(scope, lid, Gebeurtenis.hermatcht(d.gemeenteCode(), naar, scope.caller())))
                      .then(record(besluit.actie(), lid));
                })))
        .then();
  }

  /** The row after a decided PUT: the request's facts, the decided status, the V-nummer kept when unchanged. */
  private DossierRij nieuweFeiten(DossierRij oud, DossierInvoer in, Dossier.Gewijzigd besluit,
      GeldendeAfspraak afspraak, Advisering.Uitkomst advies) {
    DossierRij.Bouwer b = oud.bouwer();
    neemOver(b, in, afspraak, advies);
    b.status = besluit.status();
    if (in.vNummer() == null) {
      b.vNummerVersleuteld = null;
      b.vNummerSleutel = null;
    } else if (oud.vNummerVersleuteld() != null && in.vNummer().equals(ontsleutel(oud))) {
      b.vNummerVersleuteld = oud.vNummerVersleuteld();
      b.vNummerSleutel = oud.vNummerSleutel();
    }
    if (besluit.contactpersoonVertrokkenWissen()) {
      b.contactpersoonVertrokken = false;
    }
    return b.bouw();
  }

  public Mono<DossierWeergave> rondAf(RegionScope scope, UUID id, String typeCode, String ifMatch,
      AfrondingInvoer in) {
    Integer verwacht = ETags.optional(ifMatch);
    MijlpaalType type = mijlpaalType(typeCode);
    LocalDate vandaag = vandaag();
    List<InvalidParam> fouten = AfrondingInvoer.fouten(in, vandaag);
    if (!fouten.isEmpty()) {
      throw ApiProblem.badRequest(fouten);
    }
    LocalDate datum = in != null && in.datum() != null ? in.datum() : vandaag;
    String notitie = in == null ? null : in.notitie();
    KennismakingVorm vorm = in == null ? null : in.kennismakingVorm();
    Zicht zicht = zicht(scope);
    UUID tenant = scope.tenantId();
    return tx.write(tenant, store.laad(tenant, id, zicht, true)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(oud -> store.mijlpalen(tenant, id)
            .flatMap(ms -> voltooi(scope, zicht, oud, ms, verwacht, type, datum, notitie, vorm)))
        .then(herlaad(scope, id)));
  }

  /**
   * Completes milestone {@code type} of dossier {@code oud} (read for update in the caller's transaction, with its
   * milestones {@code ms}) as the dossier decides ({@link Dossier#rondAf}): the milestone, status and actual moving
   * date, the replanned timeline, signals and dashboard facts, the step in the dossier's history and the audit
   * record {@code dossier.mijlpaal-afronden}. Shared by a completion through the API and by holding a gesprek
   * ({@link GesprekService}); runs inside the caller's tenant-bound transaction.
   */
  Mono<Void> voltooi(RegionScope scope, Zicht zicht, DossierRij oud, List<MijlpaalRij> ms, Integer verwacht,
      MijlpaalType type, LocalDate datum, String notitie, KennismakingVorm vorm) {
    UUID tenant = scope.tenantId();
    UUID id = oud.id();
    Caller caller = scope.caller();
    String door = caller.auditName();
    LocalDate vandaag = vandaag();
    return uitvoeren(oud.alsDossier(ms)
                .rondAf(zicht.betrokkene(oud.gemeenteCode(), oud.azcCode()), verwacht, type, datum, vorm, vandaag))
            .flatMap(besluit -> {
              Dossier.VoorAfronding voor = new Dossier.VoorAfronding(oud.status(), oud.werkelijkeVerhuisdatum());
              List<MijlpaalRij> nieuw = ms.stream().map(r -> r.type().equals(type.code())
                  ? new MijlpaalRij(r.type(), r.vervaldatum(), besluit.datum(), door, notitie, code(besluit.vorm()),
                      caller.naam(), voor)
                  : r).toList();
              DossierRij.Bouwer b = oud.bouwer();
              b.laatsteVoortgang = besluit.laatsteVoortgang();
              b.werkelijkeVerhuisdatum = besluit.werkelijkeVerhuisdatum();
              b.status = besluit.status();
              return store.rondAf(tenant, id, type.code(), besluit.datum(), door, notitie, code(besluit.vorm()),
                      caller.naam(), voor)
                  .then(herberekening.herbereken(b.bouw(), nieuw, scope.region().descriptor(), vandaag))
                  .flatMap(u -> bewaar(u, oud.versie()))
                  .then(gebeurtenis(scope, id, Gebeurtenis.afgerond(type, besluit.datum(), oud.status().code(),
                      besluit.status().code(), caller)))
                  .then(meldingen.afgerond(oud, type, caller))
                  .then(record("dossier.mijlpaal-afronden", id));
            });
  }

  /**
   * Corrects a completed milestone, with a reason: another day, or undone (open again). Whoever may complete it may
   * correct it ({@link DossierRechten#magCorrigeren}); what follows from the milestones (status, actual moving date,
   * planning, signals, dashboard facts) follows; audited as {@code dossier.mijlpaal-corrigeren} (no name), and in
   * the dossier's own history with the corrector's name and the reason.
   */
  public Mono<DossierWeergave> corrigeer(RegionScope scope, UUID id, String typeCode, String ifMatch,
      CorrectieInvoer in) {
    Integer verwacht = ETags.optional(ifMatch);
    MijlpaalType type = mijlpaalType(typeCode);
    LocalDate vandaag = vandaag();
    List<InvalidParam> fouten = CorrectieInvoer.fouten(in, vandaag);
    if (!fouten.isEmpty()) {
      throw ApiProblem.badRequest(fouten);
    }
    LocalDate datum = in.ongedaan() ? null : in.datum();
    Zicht zicht = zicht(scope);
    UUID tenant = scope.tenantId();
    return tx.write(tenant, store.laad(tenant, id, zicht, true)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(oud -> store.mijlpalen(tenant, id).flatMap(ms -> {
          MijlpaalRij huidig = ms.stream().filter(r -> r.type().equals(type.code())).findFirst().orElse(null);
          Dossier.VoorAfronding voor = huidig == null ? Dossier.VoorAfronding.ONBEKEND : huidig.voor();
          return uitvoeren(oud.alsDossier(ms).corrigeer(zicht.betrokkene(oud.gemeenteCode(), oud.azcCode()),
                  verwacht, type, datum, voor))
              .flatMap(besluit -> {
                List<MijlpaalRij> nieuw = ms.stream().map(r -> r != huidig ? r
                    : besluit.ongedaan() ? r.heropend() : r.op(besluit.datum())).toList();
                DossierRij.Bouwer b = oud.bouwer();
                b.status = besluit.status();
                b.werkelijkeVerhuisdatum = besluit.werkelijkeVerhuisdatum();
                return store.corrigeer(tenant, id, type.code(), besluit.datum())
                    .then(herberekening.herbereken(b.bouw(), nieuw, scope.region().descriptor(), vandaag))
                    .flatMap(u -> bewaar(u, oud.versie()))
                    .then(gebeurtenis(scope, id, Gebeurtenis.gecorrigeerd(type, huidig.afgerondOp(), besluit.datum(),
                        oud.status().code(), besluit.status().code(), in.reden().strip(), scope.caller())))
                    .then(record("dossier.mijlpaal-corrigeren", id));
              });
        }))
        .then(herlaad(scope, id)));
  }

  /**
   * Asks the advice again for the dossier's factors (the distance as entered, else estimated now), with the
   * region's thresholds of today, and stores it with the dossier. Where the scenario came from the advice it follows
   * the new advice and the timeline is replanned; a chosen or agreed scenario stays. Whoever may change the dossier
   * may ask (the COA liaison of its azc too); a closed dossier stays as it is.
   */
  public Mono<DossierWeergave> adviseerOpnieuw(RegionScope scope, UUID id, String ifMatch) {
    Integer verwacht = ETags.optional(ifMatch);
    Zicht zicht = zicht(scope);
    UUID tenant = scope.tenantId();
    TenantDescriptor regio = scope.region().descriptor();
    LocalDate vandaag = vandaag();
    return tx.write(tenant, store.laad(tenant, id, zicht, true)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(oud -> uitvoeren(oud.alsDossier(List.of()).wijzig(zicht.betrokkene(oud.gemeenteCode(),
                oud.azcCode()), verwacht, new Dossier.Wijziging(oud.gemeenteCode(), oud.azcCode(), null,
                oud.vasteContactpersoonId())))
            .then(advisering.afstand(oud.factoren() == null ? null : oud.factoren().afstandTotAzcKm(),
                    oud.gemeenteCode(), oud.azcCode())
                .map(Optional::of).defaultIfEmpty(Optional.empty()))
            .flatMap(afstand -> {
              Advisering.Uitkomst advies = Advisering.adviseer(oud.factoren(), afstand.orElse(null), drempels(regio),
                  scope.region().slug());
              if (advies == null) {
                return Mono.error(ApiProblem.badRequest(List.of(new InvalidParam("factoren", "incomplete",
                    "het dossier heeft geen volledige factoren (de afstand mag leeg blijven als hij uit gemeente en"
                        + " locatie volgt): vul ze in met een wijziging (PUT)"))));
              }
              DossierRij.Bouwer b = oud.bouwer();
              b.geadviseerdScenario = advies.advies().scenario().code();
              b.bredeIntakeNaVoorinburgering = advies.advies().bredeIntakeNaVoorinburgering();
              if ("advies".equals(oud.scenarioBron())) {
                b.scenario = b.geadviseerdScenario;
              }
              return store.mijlpalen(tenant, id)
                  .flatMap(ms -> herberekening.herbereken(b.bouw(), ms, regio, vandaag))
                  .flatMap(u -> bewaar(u, oud.versie()))
                  .then(advisering.bewaar(tenant, id, advies))
                  .then(gebeurtenis(scope, id, Gebeurtenis.van(Gebeurtenis.Soort.ADVIES_GEVRAAGD, scope.caller())))
                  .then(record("dossier.advies-vragen", id));
            }))
        .then(herlaad(scope, id)));
  }

  public Mono<DossierWeergave> sluit(RegionScope scope, UUID id, String ifMatch) {
    Integer verwacht = ETags.optional(ifMatch);
    Zicht zicht = zicht(scope);
    UUID tenant = scope.tenantId();
    LocalDate vandaag = vandaag();
    return tx.write(tenant, store.laad(tenant, id, zicht, true)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(oud -> uitvoeren(oud.alsDossier(List.of())
                .sluit(zicht.betrokkene(oud.gemeenteCode(), oud.azcCode()), verwacht, vandaag))
            .flatMap(besluit -> {
              DossierRij.Bouwer b = oud.bouwer();
              b.status = besluit.status();
              b.geslotenOp = besluit.geslotenOp();
              // a closed dossier has no signals: it leaves every werkvoorraad
              SignaalOpslag geen = herberekening.opslag(List.of(), vandaag);
              DossierRij gesloten = b.bouw();
              // and the dashboard hears it in the same transaction: no longer open, stalled, overdue or moving
              return store.werkBij(gesloten, geen, oud.versie())
                  .flatMap(ok -> ok ? store.mijlpalen(tenant, id) : Mono.error(ApiProblem.preconditionFailed()))
                  .flatMap(ms -> dashboard.meld(new Herberekening.Uitkomst(gesloten,
                      Herberekening.opgeslagen(gesloten, ms), List.of(), geen, null)))
                  .then(gebeurtenis(scope, id, Gebeurtenis.van(Gebeurtenis.Soort.GESLOTEN, scope.caller())))
                  .then(record("dossier.sluiten", id));
            }))
        .then(herlaad(scope, id)));
  }

  /**
   * The COA's one change of a dossier of its azc: choosing (or clearing, {@code null}) the casemanager, with If-Match;
   * for the COA liaison of the dossier's azc and the coördinator ({@link DossierRechten#magCasemanagerKiezen}).
   * Refused like a PUT: an old version 412, closed 409, not hers 403, a contact that cannot be chosen 400.
   */
  public Mono<DossierWeergave> kiesCasemanager(RegionScope scope, UUID id, String ifMatch, UUID casemanagerId) {
    int verwacht = ETags.required(ifMatch);
    Zicht zicht = zicht(scope);
    UUID tenant = scope.tenantId();
    TenantDescriptor regio = scope.region().descriptor();
    LocalDate vandaag = vandaag();
    return gidsContact(casemanagerId).flatMap(gevonden -> tx.write(tenant, store.laad(tenant, id, zicht, true)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(oud -> {
          DossierRechten.Betrokkene wie = zicht.betrokkene(oud.gemeenteCode(), oud.azcCode());
          return uitvoeren(oud.alsDossier(List.of()).wijzig(wie, verwacht, new Dossier.Wijziging(oud.gemeenteCode(),
                  oud.azcCode(), null, oud.vasteContactpersoonId())))
              .flatMap(besluit -> {
                if (!DossierRechten.magCasemanagerKiezen(wie)) {
                  return Mono.error(ApiProblem.forbidden("De casemanager kiest het COA (of de regio-coördinator)."));
                }
                if (casemanagerId != null) {
                  geldigeContacten(ContactpersoonKeuze.bezwaar(Contactrol.CASEMANAGER, oud.gemeenteCode(),
                      oud.azcCode(), gevonden).stream().toList());
                }
                DossierRij.Bouwer b = oud.bouwer();
                b.casemanagerId = casemanagerId;
                return store.mijlpalen(tenant, id)
                    .flatMap(ms -> herberekening.herbereken(b.bouw(), ms, regio, vandaag))
                    .flatMap(u -> bewaar(u, oud.versie()))
                    .then(record("dossier.casemanager-kiezen", id));
              });
        })
        .then(herlaad(scope, id))));
  }

  /**
   * The gids entries that can be chosen as a dossier's contact of {@code rol} ({@link ContactpersoonKeuze}): the
   * active contacts of the gemeente (vaste contactpersoon) or azc (casemanager), by name, trained ones marked. For
   * whoever works on the region's dossiers; the read of the contacts is audited (their ids).
   */
  public Mono<List<DossierWeergave.Contact>> keuzes(RegionScope scope, Contactrol rol, String gemeente, String azc) {
    zicht(scope);
    if (rol == Contactrol.VASTE_CONTACTPERSOON && scope.region().descriptor().gemeenten().stream()
        .noneMatch(g -> g.cbsCode().equals(gemeente))) {
      throw ApiProblem.badRequest(List.of(new InvalidParam("query:gemeente", "unknown",
          "is geen gemeente van deze regio")));
    }
    String code = rol == Contactrol.VASTE_CONTACTPERSOON ? gemeente : azc;
    return gids.kandidaten(rol, code)
        .filter(c -> ContactpersoonKeuze.geschikt(rol, gemeente, azc, c))
        .map(DossierWeergave.Contact::van)
        .collectList()
        .flatMap(lijst -> tx.write(scope.tenantId(), audit.record(AuditEntry.gelukt("contactpersoon.keuzes-lezen",
                "contactpersoon", lijst.stream().map(c -> c.id().toString()).toList(), ACTIVITEIT)))
            .thenReturn(lijst));
  }

  /** What the dossier decided, as the API answers it: the outcome to store, or the refusal as a problem. */
  static <T> Mono<T> uitvoeren(Dossier.Besluit<T> besluit) {
    return besluit.toegestaan() ? Mono.just(besluit.uitkomst()) : Mono.error(probleem(besluit.weigering()));
  }

  static ApiProblem probleem(Dossier.Weigering w) {
    return switch (w.reden()) {
      case VERBODEN -> ApiProblem.forbidden(w.melding());
      case VEROUDERD -> ApiProblem.preconditionFailed();
      case CONFLICT -> ApiProblem.conflict(w.melding());
      case ONBEKEND -> ApiProblem.notFound();
      case ONGELDIG -> ApiProblem.badRequest(List.of(new InvalidParam(w.veld(), "range", w.melding())));
    };
  }

  // ---------------------------------------------------------------------------------------------- helpers

  private Mono<Void> bewaar(Herberekening.Uitkomst u, int verwacht) {
    DossierRij d = u.dossier();
    return store.werkBij(d, u.opslag(), verwacht)
        .flatMap(ok -> ok ? store.schrijfTijdlijn(d.tenantId(), d.id(), u.tijdlijn()).then(dashboard.meld(u))
            : Mono.error(ApiProblem.preconditionFailed()));
  }

  private Mono<DossierWeergave> herlaad(RegionScope scope, UUID id) {
    // after a re-match the caller may no longer see it: read it back without the filter, it was theirs a moment ago.
    // Deferred and sequential: the reads must run after the writes queued before them on the same connection.
    return Mono.defer(() -> store.laadVoorSysteem(scope.tenantId(), id)
        .flatMap(d -> toon(scope, zicht(scope), d)));
  }

  /** Copies the request's changeable facts onto the row: scenario (chosen, agreement, advice), factors, V-nummer. */
  private void neemOver(DossierRij.Bouwer b, DossierInvoer in, GeldendeAfspraak afspraak,
      Advisering.Uitkomst uitkomst) {
    b.gemeenteCode = in.gemeente();
    b.azcCode = in.azcLocatie();
    b.koppelingsdatum = in.koppelingsdatum();
    b.verwachteVerhuisdatum = in.verwachteVerhuisdatum();
    b.werkelijkeVerhuisdatum = in.werkelijkeVerhuisdatum();
    b.vasteContactpersoonId = in.vasteContactpersoonId();
    b.casemanagerId = in.casemanagerId();
    b.factoren = in.factoren();
    ScenarioAdvies advies = uitkomst == null ? null : uitkomst.advies();
    b.geadviseerdScenario = advies == null ? null : advies.scenario().code();
    b.bredeIntakeNaVoorinburgering = advies != null && advies.bredeIntakeNaVoorinburgering();
    b.voorinburgeringToestemming = in.voorinburgeringToestemming();
    // a mengvorm of its own only with a chosen mengvorm; otherwise the agreement's plans it
    b.mengvorm = in.mengvorm() != null && Scenario.MENGVORM.code().equals(in.gekozenScenario())
        ? in.mengvorm().alsMengvorm() : null;
    if (in.gekozenScenario() != null) {
      b.scenario = in.gekozenScenario();
      b.scenarioBron = "keuze";
    } else if (afspraak.scenario() != null) {
      b.scenario = afspraak.scenario().code();
      b.scenarioBron = "afspraak";
    } else if (advies != null) {
      b.scenario = advies.scenario().code();
      b.scenarioBron = "advies";
    } else {
      throw ApiProblem.badRequest(List.of(new InvalidParam("factoren", "required",
          "vul de factoren in voor een scenario-advies, of kies zelf een scenario (gekozenScenario)")));
    }
    PersoonInvoer p = in.persoon();
    b.voornamen = p == null || p.voornamen() == null ? null : p.voornamen().strip();
    b.achternaam = p == null || p.achternaam() == null ? null : p.achternaam().strip();
    b.geboortedatum = p == null ? null : p.geboortedatum();
    b.taal = p == null ? null : p.taal();
    b.tolkNodig = p != null && Boolean.TRUE.equals(p.tolkNodig());
    b.coaReferentie = in.coaReferentie();
    b.huishouden = in.huishouden();
    if (in.vNummer() != null) {
      var v = vnummers.versleutel(in.vNummer(), b.tenantId, b.id);
      b.vNummerVersleuteld = v.inhoud();
      b.vNummerSleutel = v.sleutelId();
    }
  }

  /** The region's own thresholds (descriptor {@code adviesDrempels}), defaults for what it leaves out. */
  public static AdviesDrempels drempels(TenantDescriptor regio) {
    TenantDescriptor.AdviesDrempels d = regio == null ? null : regio.adviesDrempels();
    return d == null ? AdviesDrempels.STANDAARD
        : AdviesDrempels.van(d.woningBinnenMaanden(), d.maxAfstandKm(), d.langWachtenMaanden());
  }

  private void valideer(DossierInvoer in, TenantDescriptor regio, Voorbereid v, boolean nieuw,
      List<InvalidParam> contactFouten) {
    List<InvalidParam> fouten = new java.util.ArrayList<>(DossierValidatie.valideer(in, regio, v.azc(), nieuw,
        v.afstand() != null, vnummers.beschikbaar(), vandaag()));
    fouten.addAll(contactFouten);
    if (!fouten.isEmpty()) {
      throw ApiProblem.badRequest(fouten);
    }
  }

  /** The location from the national list and the distance (entered, or estimated), read before validating. */
  private Mono<Voorbereid> bereidVoor(DossierInvoer in) {
    if (in == null) {
      return Mono.just(new Voorbereid(Optional.empty(), null, Optional.empty(), Optional.empty()));
    }
    Mono<Optional<AzcLocatie>> azc = in.azcLocatie() == null || !in.azcLocatie().matches(Parameters.AZC_CODE)
        ? Mono.just(Optional.empty())
        : azcLocaties.byCode(in.azcLocatie()).map(Optional::of).defaultIfEmpty(Optional.empty());
    Integer ingevoerd = in.factoren() == null ? null : in.factoren().afstandTotAzcKm();
    Mono<Optional<Afstand>> afstand = in.gemeente() != null && !in.gemeente().matches(Parameters.CBS_CODE)
        ? Mono.just(Optional.empty())
        : advisering.afstand(ingevoerd, in.gemeente(), in.azcLocatie()).map(Optional::of)
            .defaultIfEmpty(Optional.empty());
    return Mono.zip(azc, afstand, gidsContact(in.vasteContactpersoonId()), gidsContact(in.casemanagerId()))
        .map(t -> new Voorbereid(t.getT1(), t.getT2().orElse(null), t.getT3(), t.getT4()));
  }

  private static void geldigeContacten(List<InvalidParam> fouten) {
    if (!fouten.isEmpty()) {
      throw ApiProblem.badRequest(fouten);
    }
  }

  private Mono<Optional<GidsContact>> gidsContact(UUID id) {
    return id == null ? Mono.just(Optional.empty())
        : gids.contact(id).map(Optional::of).defaultIfEmpty(Optional.empty());
  }

  /**
   * The body's contacts that cannot be chosen ({@link ContactpersoonKeuze}): on a create every one named; on a
   * change ({@code oud} the dossier now) one that is new, or that stays while the gemeente (resp. azc) changes — a
   * contact who left stays on the dossier, with its signal, until someone chooses another.
   */
  private static List<InvalidParam> contactFouten(DossierInvoer in, Voorbereid v, DossierRij oud) {
    List<InvalidParam> fouten = new java.util.ArrayList<>();
    if (in == null) {
      return fouten;
    }
    if (oud == null ? in.vasteContactpersoonId() != null : ContactpersoonKeuze.teControleren(
        oud.vasteContactpersoonId(), in.vasteContactpersoonId(), oud.gemeenteCode(), in.gemeente())) {
      ContactpersoonKeuze.bezwaar(Contactrol.VASTE_CONTACTPERSOON, in.gemeente(), in.azcLocatie(), v.vaste())
          .ifPresent(fouten::add);
    }
    if (oud == null ? in.casemanagerId() != null : ContactpersoonKeuze.teControleren(
        oud.casemanagerId(), in.casemanagerId(), oud.azcCode(), in.azcLocatie())) {
      ContactpersoonKeuze.bezwaar(Contactrol.CASEMANAGER, in.gemeente(), in.azcLocatie(), v.casemanager())
          .ifPresent(fouten::add);
    }
    return fouten;
  }

  /**
   * Who chooses which contact ({@link DossierRechten#magVasteContactpersoonKiezen},
   * {@link DossierRechten#magCasemanagerKiezen}): naming another person than the dossier has ({@code oud}; on a
   * create: naming one at all) without the right is 403, nothing changed.
   */
  private static void magContactenKiezen(DossierRechten.Betrokkene wie, DossierInvoer in, DossierRij oud) {
    boolean andereVaste = !java.util.Objects.equals(in.vasteContactpersoonId(),
        oud == null ? null : oud.vasteContactpersoonId());
    boolean andereCasemanager = !java.util.Objects.equals(in.casemanagerId(),
        oud == null ? null : oud.casemanagerId());
    if (andereVaste && !DossierRechten.magVasteContactpersoonKiezen(wie)) {
      throw ApiProblem.forbidden("De vaste contactpersoon kiest de gemeente (of de regio-coördinator).");
    }
    if (andereCasemanager && !DossierRechten.magCasemanagerKiezen(wie)) {
      throw ApiProblem.forbidden("De casemanager kiest het COA (of de regio-coördinator).");
    }
  }

  private static void magVastleggen(Zicht zicht, String gemeente, String azc) {
    if (!zicht.ziet(gemeente, azc)) {
      throw ApiProblem.forbidden(zicht.soort() == Zicht.Soort.GEMEENTE
          ? "U legt alleen dossiers van uw eigen gemeente vast." : "U legt alleen dossiers van uw eigen azc vast.");
    }
  }

  static Zicht zicht(RegionScope scope) {
    return Zicht.voor(scope).orElseThrow(ApiProblem::notFound);
  }

  /** The dossier as the caller sees it: with its milestones (and what the caller may do with each) and history. */
  private Mono<DossierWeergave> toon(RegionScope scope, Zicht zicht, DossierRij d) {
    return Mono.zip(store.mijlpalen(d.tenantId(), d.id()), store.hermatchingen(d.tenantId(), d.id()),
            advisering.lees(d.tenantId(), d.id(), scope.region().slug()).map(Optional::of)
                .defaultIfEmpty(Optional.empty()),
            store.huishouden(d.tenantId(), d.huishouden(), d.id(), zicht),
            gidsContact(d.vasteContactpersoonId()), gidsContact(d.casemanagerId()))
        .map(t -> weergave(scope.region(), zicht, d, t.getT1(), t.getT2(), t.getT3().orElse(null),
            d.huishouden() == null ? null : new DossierWeergave.HuishoudenWeergave(d.huishouden(), t.getT4()),
            t.getT5().orElse(null), t.getT6().orElse(null)));
  }

  /** A step in the dossier's own history, at the platform's clock, in the transaction that takes it. */
  private Mono<Void> gebeurtenis(RegionScope scope, UUID id, Gebeurtenis g) {
    return Mono.defer(() -> store.gebeurtenis(scope.tenantId(), id, java.time.OffsetDateTime.now(klok), g));
  }

  private Mono<Void> record(String actie, UUID id) {
    return audit.record(AuditEntry.gelukt(actie, TYPE, List.of(id.toString()), ACTIVITEIT));
  }


  private static String code(KennismakingVorm vorm) {
    return vorm == null ? null : vorm.code();
  }

  private static MijlpaalType mijlpaalType(String code) {
    for (MijlpaalType t : MijlpaalType.values()) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    throw ApiProblem.notFound();
  }

  static String prefix(String slug) {
    StringBuilder p = new StringBuilder();
    for (String deel : slug.split("-")) {
      if (!deel.isEmpty() && !List.of("van", "de", "het", "en").contains(deel)) {
        p.append(Character.toUpperCase(deel.charAt(0)));
      } else if (deel.equals("van")) {
        p.append('V');
      }
    }
    return p.toString();
  }

  private String ontsleutel(DossierRij d) {
    if (d.vNummerVersleuteld() == null) {
      return null;
    }
    try {
      return vnummers.ontsleutel(new VNummerVersleuteling.Versleuteld(d.vNummerSleutel(), d.vNummerVersleuteld()),
          d.tenantId(), d.id());
    } catch (IllegalStateException e) {
      throw ApiProblem.unavailable("Het V-nummer van dit dossier kan nu niet worden gelezen.", null);
    }
  }

  DossierWeergave weergave(Region region, Zicht zicht, DossierRij d, List<MijlpaalRij> ms,
      List<DossierWeergave.HermatchingWeergave> hermatchingen, AdviesWeergave advies,
      DossierWeergave.HuishoudenWeergave huishouden, GidsContact vaste, GidsContact casemanager) {
    List<SignaalWeergave> signalen = d.signalenJson() == null ? List.of() : json.readValue(d.signalenJson(), SIGNALEN);
    return new DossierWeergave(d.id(), d.dossiernummer(), region.slug(), d.gemeenteCode(), d.azcCode(),
        d.afspraakVersieId(), d.koppelingsdatum(), d.verwachteVerhuisdatum(), d.werkelijkeVerhuisdatum(),
        d.scenario(), d.scenarioBron(), "keuze".equals(d.scenarioBron()) ? d.scenario() : null,
        d.geadviseerdScenario(), DossierMengvorm.van(d.mengvorm()), d.voorinburgeringToestemming(),
        d.bredeIntakeNaVoorinburgering(), d.factoren(), advies, d.vasteContactpersoonId(),
        DossierWeergave.Contact.van(vaste), d.casemanagerId(), DossierWeergave.Contact.van(casemanager),
        !d.gesloten() && DossierRechten.magVasteContactpersoonKiezen(zicht.betrokkene(d.gemeenteCode(), d.azcCode())),
        !d.gesloten() && DossierRechten.magCasemanagerKiezen(zicht.betrokkene(d.gemeenteCode(), d.azcCode())),
        d.status().code(), d.geslotenOp(), ontsleutel(d), mijlpaalWeergave(zicht, d, ms, vandaag()), signalen, hermatchingen, d.versie(),
        d.aangemaaktOp(),
        d.bijgewerktOp(), PersoonWeergave.van(d), d.coaReferentie(), huishouden);
  }

  static List<MijlpaalWeergave> mijlpaalWeergave(Zicht zicht, DossierRij d, List<MijlpaalRij> ms,
      LocalDate vandaag) {
    DossierRechten.Betrokkene wie = zicht.betrokkene(d.gemeenteCode(), d.azcCode());
    Dossier dossier = d.alsDossier(ms);
    Comparator<MijlpaalRij> volgorde = Comparator
        .comparing((MijlpaalRij m) -> m.afgerondOp() != null ? m.afgerondOp() : m.vervaldatum(),
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(m -> MijlpaalType.fromCode(m.type()));
    return ms.stream().sorted(volgorde).map(m -> {
      MijlpaalType t = MijlpaalType.fromCode(m.type());
      KennismakingVorm vorm = m.vorm() == null ? null : KennismakingVorm.van(m.vorm());
      boolean afgerond = m.afgerondOp() != null;
      boolean mag = dossier.magAfronden(wie, t);
      boolean verlopen = !afgerond && !dossier.gesloten() && m.vervaldatum() != null
          && m.vervaldatum().isBefore(vandaag);
      return new MijlpaalWeergave(t.code(), t.label(), m.vervaldatum(), afgerond ? "afgerond" : "open",
          m.afgerondOp(), m.afgerondDoor(), m.notitie(), vorm == null ? null : vorm.code(),
          vorm == null ? null : vorm.label(), mag, m.afgerondDoorNaam(), verlopen, mag && afgerond);
    }).toList();
  }

  static List<GeplandeMijlpaal> open(Tijdlijn t) {
    return t.mijlpalen().stream().filter(m -> !m.isAfgerond()).toList();
  }
}
