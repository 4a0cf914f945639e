package nl.doorlopendelijn.dossiers.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.audit.AuditLog;
import nl.doorlopendelijn.dossiers.DossierOvergeplaatst;
import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.outbox.Outbox;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.tenancy.TenantTransactions.TweeRegios;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.InvalidParam;
import nl.doorlopendelijn.web.Paginering;
import nl.doorlopendelijn.web.Parameters;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The overplaatsing of a dossier to another region (issue 18, docs/dossiers.md "Overplaatsing"). The regio-coördinator
 * of the sending region asks; the receiving region's coördinator confirms receipt or answers "niet van ons"; the
 * sender may withdraw while it is open. Every step is ONE transaction in both tenants
 * ({@link TenantTransactions#writeInTwee}), audited on both sides (ids only). Every step locks the sender's row first,
 * then the receiver's: concurrent steps on one request wait for each other (no deadlock), and the later sees the
 * first's outcome and answers 409.
 */
@Service
class OverplaatsingService {

  static final String TYPE = "overplaatsing";
  static final List<String> RICHTINGEN = List.of("inkomend", "uitgaand");
  static final int MAX_REDEN = 500;

  private final TenantTransactions tx;
  private final OverplaatsingStore store;
  private final DossierStore dossiers;
  private final Herberekening herberekening;
  private final VNummerVersleuteling vnummers;
  private final DashboardMelding dashboard;
  private final AuditLog audit;
  private final Outbox outbox;
  private final RegionRegistry regios;
  private final JsonMapper json;
  private final Clock klok;

  OverplaatsingService(TenantTransactions tx, OverplaatsingStore store, DossierStore dossiers,
      Herberekening herberekening, VNummerVersleuteling vnummers, DashboardMelding dashboard, AuditLog audit,
      Outbox outbox, RegionRegistry regios, JsonMapper json, Clock klok) {
    this.tx = tx;
    this.store = store;
    this.dossiers = dossiers;
    this.herberekening = herberekening;
    this.vnummers = vnummers;
    this.dashboard = dashboard;
    this.audit = audit;
    this.outbox = outbox;
    this.regios = regios;
    this.json = json;
    this.klok = klok;
  }

  // ------------------------------------------------------------------------------------------- asking

  /** The sender's coördinator asks region {@code in.regio()} to take dossier {@code dossierId}. */
  Mono<OverplaatsingWeergave> vraagAan(RegionScope scope, UUID dossierId, OverplaatsingInvoer in) {
    Zicht zicht = DossierService.zicht(scope);
    List<InvalidParam> fouten = new ArrayList<>();
    String slug = in == null ? null : in.regio();
    String gemeente = in == null ? null : in.gemeente();
    if (slug == null || slug.isBlank()) {
      fouten.add(new InvalidParam("regio", "required", "is verplicht: de regio die het dossier overneemt"));
    } else if (!slug.matches(Parameters.REGIO_SLUG)) {
      fouten.add(new InvalidParam("regio", Parameters.PATTERN, "is geen regio (kleine letters en streepjes)"));
    } else if (slug.equals(scope.region().slug())) {
      fouten.add(new InvalidParam("regio", "range", "is uw eigen regio: kies de regio waar het dossier hoort"));
    }
    if (gemeente == null || gemeente.isBlank()) {
      fouten.add(new InvalidParam("gemeente", "required", "is verplicht: de gemeente van koppeling in die regio"));
    } else if (!gemeente.matches(Parameters.CBS_CODE)) {
      fouten.add(new InvalidParam("gemeente", Parameters.PATTERN, "is geen CBS-code (GM en vier cijfers)"));
    }
    redenFouten(in == null ? null : in.reden(), fouten);
    boolean regioTeZoeken = fouten.stream().noneMatch(f -> f.name().equals("regio"));
    Mono<java.util.Optional<Region>> naar = regioTeZoeken
        ? regios.bySlug(slug).filter(Region::active).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
        : Mono.just(java.util.Optional.empty());
    return naar.flatMap(r -> {
      if (regioTeZoeken && r.isEmpty()) {
        fouten.add(new InvalidParam("regio", "unknown", "is geen actieve regio van het platform"));
      }
      if (r.isPresent() && gemeente != null && gemeente.matches(Parameters.CBS_CODE)
          && r.get().descriptor().gemeenten().stream().noneMatch(g -> g.cbsCode().equals(gemeente))) {
        fouten.add(new InvalidParam("gemeente", "unknown", "is geen gemeente van de regio " + r.get().naam()));
      }
      if (!fouten.isEmpty()) {
        return Mono.error(ApiProblem.badRequest(fouten));
      }
      Region ontvanger = r.get();
      UUID van = scope.tenantId();
      UUID id = Ids.nieuw();
      OffsetDateTime nu = OffsetDateTime.now(klok);
      String door = scope.caller().auditName();
      return tx.writeInTwee(van, ontvanger.id(), twee -> dossiers.laad(van, dossierId, zicht, true)
              .switchIfEmpty(Mono.error(ApiProblem::notFound))
              .flatMap(d -> {
                alleenCoordinator(zicht, "vraagt een overplaatsing aan");
                if (d.gesloten()) {
                  return Mono.error(ApiProblem.conflict("Het dossier is gesloten; een gesloten dossier blijft."));
                }
                return store.openVanDossier(van, dossierId)
                    .flatMap(open -> Mono.<DossierRij>error(ApiProblem.conflict(
                        "Er loopt al een overplaatsing van dit dossier; trek die eerst in.")))
                    .switchIfEmpty(Mono.just(d));
              })
              .flatMap(d -> {
                String reden = in.reden().strip();
                var uit = new OverplaatsingStore.Rij(van, id, "uitgaand", ontvanger.id(), dossierId,
                    d.dossiernummer(), null, gemeente, d.azcCode(), d.koppelingsdatum(), null, null, null, null,
                    reden, "aangevraagd", null, nu, null, 1);
                // the receiver's minimum to decide: who (name, date of birth, COA reference), azc, koppeling
                var inkomend = new OverplaatsingStore.Rij(ontvanger.id(), id, "inkomend", van, null,
                    d.dossiernummer(), null, gemeente, d.azcCode(), d.koppelingsdatum(), d.voornamen(),
                    d.achternaam(), d.geboortedatum(), d.coaReferentie(), reden, "aangevraagd", null, nu, null, 1);
                return store.voegToe(uit, door)
                    .then(record("dossier.overplaatsing-aanvragen", "dossier", dossierId, ontvanger.id()))
                    .then(twee.in(ontvanger.id(), store.voegToe(inkomend, door)
                        .then(record("overplaatsing.binnengekomen", TYPE, id, van))))
                    .then(Mono.defer(() -> store.vergrendel(van, id, "uitgaand")));
              }))
          .onErrorMap(DataIntegrityViolationException.class,
              e -> ApiProblem.conflict("Er loopt al een overplaatsing van dit dossier; trek die eerst in."))
          .flatMap(this::weergave);
    });
  }

  // ------------------------------------------------------------------------------------------- reading

  record Pagina(List<OverplaatsingWeergave> overplaatsingen, long totaal) {}

  /** This region's requests in one direction, newest first: for its coördinator, audited with their ids. */
  Mono<Pagina> lijst(RegionScope scope, String richting, Paginering.Vraag pag) {
    alleenCoordinator(DossierService.zicht(scope), "ziet de overplaatsingen");
    UUID tenant = scope.tenantId();
    return tx.write(tenant, store.lijst(tenant, richting, pag.offset(), pag.paginaGrootte())
        .flatMap(rijen -> store.aantal(tenant, richting).flatMap(n -> audit.record(AuditEntry.gelukt(
                "overplaatsing.lijst", TYPE, rijen.stream().map(r -> r.id().toString()).toList(),
                DossierService.ACTIVITEIT))
            .then(reactor.core.publisher.Flux.fromIterable(rijen).concatMap(this::weergave).collectList())
            .map(l -> new Pagina(l, n)))));
  }

  Mono<OverplaatsingWeergave> lees(RegionScope scope, UUID id) {
    alleenCoordinator(DossierService.zicht(scope), "ziet de overplaatsingen");
    UUID tenant = scope.tenantId();
    return tx.write(tenant, store.lees(tenant, id, "inkomend").switchIfEmpty(store.lees(tenant, id, "uitgaand"))
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(r -> audit.record(AuditEntry.gelukt("overplaatsing.lezen", TYPE, List.of(id.toString()),
            DossierService.ACTIVITEIT)).thenReturn(r)))
        .flatMap(this::weergave);
  }

  // ------------------------------------------------------------------------------------------- answering

  /** The receiver's coördinator confirms receipt: the dossier and all its history move, atomically. */
  Mono<OverplaatsingWeergave> bevestig(RegionScope scope, UUID id) {
    alleenCoordinator(DossierService.zicht(scope), "bevestigt een overplaatsing");
    UUID naar = scope.tenantId();
    TenantDescriptor regio = scope.region().descriptor();
    return tx.write(naar, store.lees(naar, id, "inkomend"))
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(gezien -> tx.writeInTwee(naar, gezien.andereRegioId(), twee -> {
          UUID van = gezien.andereRegioId();
          return twee.in(van, open(store.vergrendel(van, id, "uitgaand")))
              .flatMap(uit -> open(store.vergrendel(naar, id, "inkomend"))
                  .flatMap(in -> verplaats(scope, twee, regio, uit, in)));
        }))
        .flatMap(this::weergave);
  }

  private Mono<OverplaatsingStore.Rij> verplaats(RegionScope scope, TweeRegios twee, TenantDescriptor regio,
      OverplaatsingStore.Rij uit, OverplaatsingStore.Rij in) {
    UUID van = uit.tenantId();
    UUID naar = in.tenantId();
    UUID dossierId = uit.dossierId();
    LocalDate vandaag = LocalDate.now(klok);
    OffsetDateTime nu = OffsetDateTime.now(klok);
    String door = scope.caller().auditName();
    // the receiving region's agreement plans the dossier: without one it cannot arrive (refuse, or agree first)
    Mono<nl.doorlopendelijn.dossiers.GeldendeAfspraak> afspraak = herberekening.afspraak(naar, uit.gemeenteCode(),
        uit.azcCode(), vandaag).onErrorMap(ApiProblem.class, e -> ApiProblem.conflict("Er is in uw regio geen"
        + " samenwerkingsafspraak die dossiers van deze gemeente en dit azc plant: leg die eerst vast, of antwoord"
        + " 'niet van ons'."));
    return afspraak.flatMap(geldend -> twee.in(van, store.onbekendeTabellen()
            .flatMap(onbekend -> onbekend.isEmpty() ? dossiers.laadVoorSysteem(van, dossierId)
                : Mono.error(new IllegalStateException("tabellen met dossiergegevens die de overplaatsing niet kent: "
                    + onbekend))))
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(d -> {
          if (d.gesloten()) {
            return Mono.error(ApiProblem.conflict("Het dossier is intussen gesloten; het blijft in zijn regio."));
          }
          String vNummer = d.vNummerVersleuteld() == null ? null : vnummers.ontsleutel(
              new VNummerVersleuteling.Versleuteld(d.vNummerSleutel(), d.vNummerVersleuteld()), van, dossierId);
          return dossiers.volgendNummer(naar, d.koppelingsdatum().getYear()).flatMap(nr -> {
            String nummer = String.format(Locale.ROOT, "%s-%d-%06d", DossierService.prefix(scope.region().slug()),
                d.koppelingsdatum().getYear(), nr);
            // the vaste contactpersoon belongs to the old gemeente's entry in the gids: the new gemeente chooses
            // (explicit JSON nulls: the mapper leaves null fields out)
            String anders = "{\"dossiernummer\": " + json.writeValueAsString(nummer) + ", \"gemeente_code\": "
                + json.writeValueAsString(uit.gemeenteCode()) + ", \"vaste_contactpersoon_id\": null,"
                + " \"contactpersoon_vertrokken\": false, \"afspraak_versie_id\": null}";
            return twee.in(van, store.leesMee(van, dossierId)
                    .flatMap(rijen -> store.losVanDossier(van, dossierId)
                        .then(store.sluit(van, uit.id(), "bevestigd", null, door, nu, nummer, null))
                        .then(dashboard.verwijderd(van, List.of(dossierId.toString())))
                        .then(store.verwijder(van, dossierId))
                        .then(record("dossier.overplaatsen", "dossier", dossierId, naar))
                        .thenReturn(rijen)))
                .flatMap(rijen -> store.schrijfMee(naar, rijen, anders))
                // the ciphertext is bound to its region: encrypted again for the receiver, or dropped where the
                // receiving region does not record V-nummers (only where needed)
                .then(Mono.defer(() -> vNummer == null ? Mono.<Void>empty()
                    : store.vNummer(naar, dossierId, vNummerVastleggen(regio)
                        ? vnummers.versleutel(vNummer, naar, dossierId) : null)))
                .then(Mono.defer(() -> dossiers.laadVoorSysteem(naar, dossierId)))
                .flatMap(nieuw -> dossiers.mijlpalen(naar, dossierId)
                    .flatMap(ms -> herberekening.herbereken(nieuw, ms, regio, vandaag, geldend))
                    .flatMap(u -> dossiers.werkBij(u.dossier(), u.opslag(), nieuw.versie())
                        .then(dossiers.schrijfTijdlijn(naar, dossierId, u.tijdlijn()))
                        .then(dashboard.meld(u))))
                .then(Mono.defer(() -> regios.byId(van)).map(Region::naam).defaultIfEmpty("onbekend")
                    .flatMap(vanNaam -> dossiers.gebeurtenis(naar, dossierId, nu, Gebeurtenis.overgeplaatst(vanNaam,
                        scope.region().naam(), uit.reden(), scope.caller().naam()))))
                .then(store.sluit(naar, in.id(), "bevestigd", null, door, nu, nummer, dossierId))
                .then(record("dossier.ontvangen", "dossier", dossierId, van))
                .then(outbox.publish(new DossierOvergeplaatst(naar, van, dossierId, nummer, d.dossiernummer(),
                    uit.gemeenteCode(), uit.azcCode())))
                .then(Mono.defer(() -> store.vergrendel(naar, in.id(), "inkomend")));
          });
        }));
  }

  /** "Niet van ons": the receiver's coördinator refuses, with a reason; the dossier stays with the sender. */
  Mono<OverplaatsingWeergave> weiger(RegionScope scope, UUID id, WeigeringInvoer invoer) {
    alleenCoordinator(DossierService.zicht(scope), "beantwoordt een overplaatsing");
    List<InvalidParam> fouten = new ArrayList<>();
    redenFouten(invoer == null ? null : invoer.reden(), fouten);
    if (!fouten.isEmpty()) {
      throw ApiProblem.badRequest(fouten);
    }
    return sluit(scope, id, "inkomend", "geweigerd", invoer.reden().strip(), "overplaatsing.weigeren");
  }

  /** The sender's coördinator withdraws an open request. */
  Mono<OverplaatsingWeergave> trekIn(RegionScope scope, UUID id) {
    alleenCoordinator(DossierService.zicht(scope), "trekt een overplaatsing in");
    return sluit(scope, id, "uitgaand", "ingetrokken", null, "overplaatsing.intrekken");
  }

  /** Closes both rows of an open request, the sender's locked first; audited on both sides. */
  private Mono<OverplaatsingWeergave> sluit(RegionScope scope, UUID id, String eigenRichting, String status,
      String antwoord, String actie) {
    UUID hier = scope.tenantId();
    OffsetDateTime nu = OffsetDateTime.now(klok);
    String door = scope.caller().auditName();
    return tx.write(hier, store.lees(hier, id, eigenRichting))
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(gezien -> tx.writeInTwee(hier, gezien.andereRegioId(), twee -> {
          UUID daar = gezien.andereRegioId();
          boolean hierVerzender = eigenRichting.equals("uitgaand");
          UUID van = hierVerzender ? hier : daar;
          UUID naar = hierVerzender ? daar : hier;
          return twee.in(van, open(store.vergrendel(van, id, "uitgaand"))
                  .flatMap(uit -> store.sluit(van, id, status, antwoord, door, nu, null, uit.dossierId())
                      .then(record(actie, TYPE, id, naar))))
              .then(twee.in(naar, open(store.vergrendel(naar, id, "inkomend"))
                  .flatMap(in -> store.sluit(naar, id, status, antwoord, door, nu, null, null)
                      .then(record(actie, TYPE, id, van)))))
              .then(Mono.defer(() -> store.vergrendel(hier, id, eigenRichting)));
        }))
        .flatMap(this::weergave);
  }

  // ------------------------------------------------------------------------------------------- helpers

  private static Mono<OverplaatsingStore.Rij> open(Mono<OverplaatsingStore.Rij> rij) {
    return rij.switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(r -> r.status().equals("aangevraagd") ? Mono.just(r) : Mono.error(ApiProblem.conflict(
            "Deze overplaatsing is al " + OverplaatsingWeergave.statusNaam(r.status()).toLowerCase(Locale.ROOT)
                + ".")));
  }

  private static void alleenCoordinator(Zicht zicht, String wat) {
    if (!zicht.coordinator()) {
      throw ApiProblem.forbidden("Alleen de regio-coördinator " + wat + ".");
    }
  }

  private static boolean vNummerVastleggen(TenantDescriptor regio) {
    return regio.privacy() != null && Boolean.TRUE.equals(regio.privacy().vNummerVastleggen());
  }

  private static void redenFouten(String reden, List<InvalidParam> fouten) {
    if (reden == null || reden.isBlank()) {
      fouten.add(new InvalidParam("reden", "required", "is verplicht: geef aan waarom"));
    } else if (reden.strip().length() > MAX_REDEN) {
      fouten.add(new InvalidParam("reden", Parameters.SIZE, "is langer dan " + MAX_REDEN + " tekens"));
    }
  }

  private Mono<Void> record(String actie, String type, UUID object, UUID andereRegio) {
    return audit.record(AuditEntry.gelukt(actie, type, List.of(object.toString(), andereRegio.toString()),
        DossierService.ACTIVITEIT));
  }

  private Mono<OverplaatsingWeergave> weergave(OverplaatsingStore.Rij r) {
    return regios.byId(r.andereRegioId()).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
        .map(o -> OverplaatsingWeergave.van(r, o.orElse(null)));
  }
}
