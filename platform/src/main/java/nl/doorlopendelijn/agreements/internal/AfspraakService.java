package nl.doorlopendelijn.agreements.internal;

import nl.doorlopendelijn.agreements.AfspraakStatus;
import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.web.ETags;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.doorlopendelijn.agreements.AfspraakVersieGeactiveerd;
import nl.doorlopendelijn.agreements.ContactpersoonLookup;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.audit.AuditLog;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.outbox.Outbox;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.CoaToegang;
import nl.doorlopendelijn.tenancy.OverRegios;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.InvalidParam;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The use cases of agreements: each one a single tenant-bound transaction that changes the rows, writes the
 * history and the audit record together. What a caller may not see or do is a 404 that reveals nothing.
 */
@Service
class AfspraakService {

  static final String OBJECT_TYPE = "samenwerkingsafspraak";
  static final String ACTIVITEIT = "samenwerkingsafspraken";
  static final int MAX_REDEN = 2_000;
  static final int MAX_KENMERK = 100;

  private final TenantTransactions tx;
  private final AfspraakRepository afspraken;
  private final HistorieRepository historie;
  private final MandaatRepository mandaten;
  private final AuditLog audit;
  private final ContactpersoonLookup contactpersonen;
  private final Outbox outbox;
  private final OverRegios overRegios;
  private final JsonMapper json;

  AfspraakService(TenantTransactions tx, AfspraakRepository afspraken, HistorieRepository historie,
      MandaatRepository mandaten, AuditLog audit, ContactpersoonLookup contactpersonen,
      Outbox outbox, OverRegios overRegios, JsonMapper json) {
    this.tx = tx;
    this.afspraken = afspraken;
    this.historie = historie;
    this.mandaten = mandaten;
    this.audit = audit;
    this.contactpersonen = contactpersonen;
    this.outbox = outbox;
    this.overRegios = overRegios;
    this.json = json;
  }

  public record Pagina(List<AfspraakVersie> items, long totaal) {}

  /** The answer to a create: the version's id and the exact body of the first answer. */
  public record Aangemaakt(UUID id, String body) {}

  public record Gewijzigd(AfspraakVersie versie, boolean nieuweVersie) {}

  public record RegioVersie(Region regio, AfspraakVersie versie) {}

  // ---- reads

  public Mono<Pagina> lijst(RegionScope scope, AfspraakFilter filter, int pagina, int grootte) {
    Zicht zicht = Zicht.van(scope.caller());
    if (zicht.soort() == Zicht.Soort.NIETS) {
      return Mono.error(ApiProblem::notFound);
    }
    UUID t = scope.tenantId();
    long offset = (long) (pagina - 1) * grootte;
    return tx.read(t, afspraken.tel(t, filter, zicht)
        .zipWith(afspraken.lijst(t, filter, zicht, offset, grootte).collectList())
        .map(r -> new Pagina(r.getT2(), r.getT1())));
  }

  public Mono<AfspraakVersie> haal(RegionScope scope, UUID id) {
    Zicht zicht = Zicht.van(scope.caller());
    return tx.read(scope.tenantId(), afspraken.vind(scope.tenantId(), id, zicht, false))
        .switchIfEmpty(Mono.error(ApiProblem::notFound));
  }

  public Flux<AfspraakVersie> versies(RegionScope scope, UUID id) {
    Zicht zicht = volledigZicht(scope);
    UUID t = scope.tenantId();
    return tx.readMany(t, afspraken.vind(t, id, zicht, false)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMapMany(v -> afspraken.versiesVan(t, v.afspraakId(), zicht)));
  }

  public Flux<Wijziging> historie(RegionScope scope, UUID id) {
    Zicht zicht = volledigZicht(scope);
    UUID t = scope.tenantId();
    return tx.readMany(t, afspraken.vind(t, id, zicht, false)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMapMany(v -> historie.van(t, v.afspraakId())));
  }

  public Mono<AfspraakVersie> metOndertekeningen(RegionScope scope, UUID id) {
    Zicht zicht = volledigZicht(scope);
    return tx.read(scope.tenantId(), afspraken.vind(scope.tenantId(), id, zicht, false))
        .switchIfEmpty(Mono.error(ApiProblem::notFound));
  }

  /**
   * A COA liaison's agreements across regions: the regions where her azc's agreements are open to her
   * ({@link CoaToegang#AFSPRAKEN}, as a region path), one tenant-bound transaction each, merged
   * ({@link OverRegios}). Only the liaison's own azc; anyone else gets a 404.
   */
  public Flux<RegioVersie> vanAzcOverRegios(Caller caller, String azc) {
    Zicht zicht = Zicht.van(caller);
    if (caller.kind() != CallerKind.COA || zicht.soort() != Zicht.Soort.AZC || !zicht.code().equals(azc)) {
      return Flux.error(ApiProblem::notFound);
    }
    AfspraakFilter filter = new AfspraakFilter(null, azc, null, null, null);
    return overRegios.voorCoa(caller, CoaToegang.AFSPRAKEN).lees("samenwerkingsafspraak.lijst-van-azc",
        rt -> afspraken.lijst(rt.regio().id(), filter, zicht, 0, 1_000).map(v -> new RegioVersie(rt.regio(), v)));
  }

  // ---- changes

  public Mono<Aangemaakt> maak(RegionScope scope, AfspraakVerzoek verzoek, Function<AfspraakVersie, Object> weergave) {
    Caller caller = scope.caller();
    if (!isCoordinator(caller)) {
      return Mono.error(ApiProblem::notFound);
    }
    UUID t = scope.tenantId();
    return valideer(scope, verzoek).flatMap(inhoud -> tx.write(t, maakVersie(t, inhoud, caller)
        .map(v -> new Aangemaakt(v.id(), json.writeValueAsString(weergave.apply(v))))));
  }

  private Mono<AfspraakVersie> maakVersie(UUID t, AfspraakInhoud inhoud, Caller caller) {
    UUID id = Ids.nieuw();
    Map<String, Object> nieuw = new LinkedHashMap<>(inhoud.snapshot());
    nieuw.put("status", AfspraakStatus.CONCEPT.code());
    return afspraken.voegToe(t, id, id, 1, null, inhoud)
        .then(historie.schrijf(t, id, id, caller.auditName(), naam(caller), "aangemaakt", null, nieuw))
        .then(audit.record(entry("aanmaken", id, id)))
        .then(afspraken.vind(t, id, new Zicht(Zicht.Soort.ALLES, null), false));
  }

  /**
   * Changes a version: a concept in place; an active one by starting a new version (concept) that has to be signed
   * again, while the active one stays in force. Any other status: 409.
   */
  public Mono<Gewijzigd> wijzig(RegionScope scope, UUID id, String ifMatch, AfspraakVerzoek verzoek) {
    Caller caller = scope.caller();
    if (!isCoordinator(caller)) {
      return Mono.error(ApiProblem::notFound);
    }
    Integer verwacht = ETags.required(ifMatch);
    UUID t = scope.tenantId();
    Zicht alles = new Zicht(Zicht.Soort.ALLES, null);
    return valideer(scope, verzoek).flatMap(inhoud -> tx.write(t, afspraken.vind(t, id, alles, true)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(v -> {
          if (v.versie() != verwacht) {
            return Mono.error(ApiProblem.preconditionFailed());
          }
          List<Map<String, Object>> diff = AfspraakInhoud.verschil(v.inhoud().snapshot(), inhoud.snapshot());
          return switch (v.status()) {
            case CONCEPT -> afspraken.wijzigInhoud(t, id, verwacht, inhoud)
                .flatMap(ok -> ok ? Mono.empty() : Mono.error(ApiProblem.preconditionFailed()))
                .then(historie.schrijf(t, v.afspraakId(), id, caller.auditName(), naam(caller), "gewijzigd", diff.get(0),
                    diff.get(1)))
                .then(audit.record(entry("wijzigen", id, v.afspraakId())))
                .then(afspraken.vind(t, id, alles, false))
                .map(n -> new Gewijzigd(n, false));
            case ACTIEF -> nieuweVersie(t, v, inhoud, diff, caller);
            default -> Mono.error(ApiProblem.conflict("Een samenwerkingsafspraak met status " + v.status().code()
                + " kan niet worden gewijzigd."));
          };
        })));
  }

  private Mono<Gewijzigd> nieuweVersie(UUID t, AfspraakVersie actief, AfspraakInhoud inhoud,
      List<Map<String, Object>> diff, Caller caller) {
    UUID id = Ids.nieuw();
    Zicht alles = new Zicht(Zicht.Soort.ALLES, null);
    return afspraken.openVersies(t, actief.afspraakId()).hasElements()
        .flatMap(open -> open ? Mono.error(ApiProblem.conflict(
                "Er is al een nieuwe versie van deze samenwerkingsafspraak in behandeling."))
            : afspraken.volgendVersienummer(t, actief.afspraakId()))
        .flatMap(nr -> {
          Map<String, Object> nieuw = new LinkedHashMap<>(diff.get(1));
          nieuw.put("versienummer", nr);
          nieuw.put("status", AfspraakStatus.CONCEPT.code());
          return afspraken.voegToe(t, id, actief.afspraakId(), nr, actief.id(), inhoud)
              .then(historie.schrijf(t, actief.afspraakId(), id, caller.auditName(), naam(caller), "nieuwe-versie", diff.get(0),
                  nieuw));
        })
        .then(audit.record(entry("nieuwe-versie", id, actief.afspraakId())))
        .then(afspraken.vind(t, id, alles, false))
        .map(n -> new Gewijzigd(n, true));
  }

  /** concept → ter-ondertekening. */
  public Mono<AfspraakVersie> terOndertekening(RegionScope scope, UUID id) {
    Caller caller = scope.caller();
    if (!isCoordinator(caller)) {
      return Mono.error(ApiProblem::notFound);
    }
    UUID t = scope.tenantId();
    Zicht alles = new Zicht(Zicht.Soort.ALLES, null);
    return tx.write(t, afspraken.vind(t, id, alles, true)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(v -> overgang(t, v, AfspraakStatus.TER_ONDERTEKENING, null, caller, "ter-ondertekening"))
        .then(afspraken.vind(t, id, alles, false)));
  }

  /**
   * A party signs, by the rule of {@link Ondertekening#bevoegdheid}: a gemeente through its tekenbevoegde, or through
   * the coördinator under the open mandaat the gemeente recorded on this version (which is then used, for good); the
   * COA through its liaison of the azc. When the last party signs the version becomes active, and a version it
   * replaces becomes {@code vervangen}. The signature keeps the signer's name from the token.
   */
  public Mono<AfspraakVersie> onderteken(RegionScope scope, UUID id, String partij) {
    Caller caller = scope.caller();
    Zicht zicht = Zicht.van(caller);
    if (partij == null || partij.isBlank()) {
      return Mono.error(ApiProblem.badRequest(List.of(new InvalidParam("partij", "required", "is verplicht"))));
    }
    UUID t = scope.tenantId();
    Zicht alles = new Zicht(Zicht.Soort.ALLES, null);
    Ondertekening.Ondertekenaar wie = ondertekenaar(caller);
    return tx.write(t, afspraken.vind(t, id, zicht, true)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(v -> {
          String soort = partijSoort(v, partij);
          boolean coordinatorVoorGemeente = zicht.soort() == Zicht.Soort.ALLES && AfspraakVersie.GEMEENTE.equals(soort);
          Mono<java.util.Optional<Mandaat>> mandaat = coordinatorVoorGemeente
              ? mandaten.open(t, v.id(), partij).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
              : Mono.just(java.util.Optional.empty());
          return mandaat.flatMap(m -> {
            Ondertekening.Bevoegdheid bevoegd = Ondertekening.bevoegdheid(wie, soort, partij, m.isPresent());
            if (!bevoegd.toegestaan()) {
              return Mono.error(weigering(bevoegd));
            }
            Ondertekening.Besluit besluit = Ondertekening.beslis(v, partij);
            if (!besluit.toegestaan()) {
              return Mono.error(besluit.reden() == Ondertekening.Reden.ONBEKEND ? ApiProblem.notFound()
                  : ApiProblem.conflict(besluit.melding()));
            }
            UUID mandaatId = bevoegd == Ondertekening.Bevoegdheid.MANDAAT ? m.get().id() : null;
            Map<String, Object> nieuw = new LinkedHashMap<>();
            nieuw.put("partij", partij);
            nieuw.put("ondertekendDoor", caller.auditName());
            nieuw.put("ondertekendDoorNaam", naam(caller));
            if (mandaatId != null) {
              nieuw.put("krachtensMandaat", m.get().kenmerk());
            }
            return (mandaatId == null ? Mono.<Void>empty() : mandaten.gebruik(t, mandaatId))
                .then(afspraken.onderteken(t, id, partij, caller.auditName(), naam(caller), mandaatId))
                .then(historie.schrijf(t, v.afspraakId(), id, caller.auditName(), naam(caller),
                    mandaatId == null ? "ondertekend" : "ondertekend-krachtens-mandaat", null, nieuw))
                .then(audit.record(entry(mandaatId == null ? "ondertekenen" : "ondertekenen-krachtens-mandaat", id,
                    v.afspraakId())))
                .then(besluit.activeert() ? activeer(t, v, caller) : Mono.empty());
          });
        })
        .then(afspraken.vind(t, id, alles, false)));
  }

  // ---- mandaten

  /** The mandaten recorded on a version (withdrawn ones too): whoever sees its signatures. */
  public Flux<Mandaat> mandaten(RegionScope scope, UUID id) {
    Zicht zicht = volledigZicht(scope);
    UUID t = scope.tenantId();
    return tx.readMany(t, afspraken.vind(t, id, zicht, false)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMapMany(v -> mandaten.van(t, v.id())));
  }

  /**
   * The gemeente's tekenbevoegde records a mandaat for the coördinator to sign this version (ter-ondertekening, the
   * gemeente not yet signed, no other open mandaat of the gemeente on it) by the mandaatbesluit {@code kenmerk}.
   */
  public Mono<Mandaat> verleenMandaat(RegionScope scope, UUID id, String gemeente, String kenmerk) {
    Caller caller = scope.caller();
    List<InvalidParam> fouten = new java.util.ArrayList<>();
    if (gemeente == null || gemeente.isBlank()) {
      fouten.add(new InvalidParam("gemeente", "required", "is verplicht: de CBS-code van uw gemeente"));
    }
    if (kenmerk == null || kenmerk.isBlank() || kenmerk.strip().length() > MAX_KENMERK) {
      fouten.add(new InvalidParam("kenmerk", "required", "is verplicht: het kenmerk van het mandaatbesluit"
          + " (hoogstens " + MAX_KENMERK + " tekens)"));
    }
    if (!fouten.isEmpty()) {
      return Mono.error(ApiProblem.badRequest(fouten));
    }
    UUID t = scope.tenantId();
    Zicht zicht = Zicht.van(caller);
    return tx.write(t, afspraken.vind(t, id, zicht, true)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(v -> {
          Ondertekening.Bevoegdheid bevoegd = Ondertekening.magMandaatVerlenen(ondertekenaar(caller),
              partijSoort(v, gemeente), gemeente);
          if (!bevoegd.toegestaan()) {
            return Mono.error(weigering(bevoegd));
          }
          if (v.status() != AfspraakStatus.TER_ONDERTEKENING) {
            return Mono.error(ApiProblem.conflict("Een mandaat wordt verleend op een versie die ter ondertekening"
                + " ligt; deze heeft status " + v.status().code() + "."));
          }
          if (v.partijen().stream().anyMatch(p -> p.code().equals(gemeente) && p.ondertekend())) {
            return Mono.error(ApiProblem.conflict("Uw gemeente heeft deze versie al ondertekend."));
          }
          UUID mandaatId = Ids.nieuw();
          Map<String, Object> nieuw = new LinkedHashMap<>();
          nieuw.put("gemeente", gemeente);
          nieuw.put("kenmerk", kenmerk.strip());
          nieuw.put("verleendDoorNaam", naam(caller));
          return mandaten.open(t, v.id(), gemeente).hasElement().flatMap(bestaat -> bestaat
              ? Mono.error(ApiProblem.conflict("Uw gemeente heeft op deze versie al een mandaat verleend; trek dat"
                  + " eerst in."))
              : mandaten.verleen(t, mandaatId, v.id(), gemeente, kenmerk.strip(), caller.auditName(), naam(caller))
                  .then(historie.schrijf(t, v.afspraakId(), v.id(), caller.auditName(), naam(caller),
                      "mandaat-verleend", null, nieuw))
                  .then(audit.record(entry("mandaat-verlenen", v.id(), v.afspraakId())))
                  .then(mandaten.vind(t, v.id(), mandaatId)));
        }));
  }

  /** The gemeente's tekenbevoegde withdraws its mandaat while the coördinator has not used it. */
  public Mono<Mandaat> trekMandaatIn(RegionScope scope, UUID id, UUID mandaatId) {
    Caller caller = scope.caller();
    UUID t = scope.tenantId();
    Zicht zicht = Zicht.van(caller);
    return tx.write(t, afspraken.vind(t, id, zicht, true)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(v -> mandaten.vind(t, v.id(), mandaatId)
            .switchIfEmpty(Mono.error(ApiProblem::notFound))
            .flatMap(m -> {
              Ondertekening.Bevoegdheid bevoegd = Ondertekening.magMandaatVerlenen(ondertekenaar(caller),
                  partijSoort(v, m.gemeente()), m.gemeente());
              if (!bevoegd.toegestaan()) {
                return Mono.error(weigering(bevoegd));
              }
              if (m.gebruikt()) {
                return Mono.error(ApiProblem.conflict("Dit mandaat is gebruikt: de regio-coördinator heeft ermee"
                    + " ondertekend. Het blijft vastgelegd."));
              }
              if (!m.open()) {
                return Mono.error(ApiProblem.conflict("Dit mandaat is al ingetrokken."));
              }
              Map<String, Object> nieuw = new LinkedHashMap<>();
              nieuw.put("gemeente", m.gemeente());
              nieuw.put("kenmerk", m.kenmerk());
              nieuw.put("ingetrokkenDoorNaam", naam(caller));
              return mandaten.trekIn(t, m.id(), naam(caller))
                  .flatMap(ok -> ok ? Mono.<Void>empty() : Mono.error(ApiProblem.conflict("Dit mandaat is intussen"
                      + " gebruikt of ingetrokken.")))
                  .then(historie.schrijf(t, v.afspraakId(), v.id(), caller.auditName(), naam(caller),
                      "mandaat-ingetrokken", null, nieuw))
                  .then(audit.record(entry("mandaat-intrekken", v.id(), v.afspraakId())))
                  .then(mandaten.vind(t, v.id(), m.id()));
            })));
  }

  private static Ondertekening.Ondertekenaar ondertekenaar(Caller caller) {
    return new Ondertekening.Ondertekenaar(Zicht.van(caller), caller.has(Role.TEKENBEVOEGD));
  }

  /** The kind of party {@code code} is on version {@code v}; {@code null} when it is none of its parties. */
  private static String partijSoort(AfspraakVersie v, String code) {
    return v.partijen().stream().filter(p -> p.code().equals(code)).map(AfspraakVersie.PartijStand::soort)
        .findFirst().orElse(null);
  }

  private static ApiProblem weigering(Ondertekening.Bevoegdheid b) {
    return b.verboden() ? ApiProblem.forbidden(b.melding()) : ApiProblem.notFound();
  }

  /** The caller's name as her token carried it, as stored with her step (at most 200 characters). */
  static String naam(Caller caller) {
    String n = caller.naam();
    return n == null || n.isBlank() ? null : n.strip().length() > 200 ? n.strip().substring(0, 200) : n.strip();
  }

  /**
   * The last signature: the version comes into force, the one it replaces is {@code vervangen}, and
   * {@link AfspraakVersieGeactiveerd} goes into the outbox in this same transaction (delivered after commit).
   */
  private Mono<Void> activeer(UUID t, AfspraakVersie v, Caller caller) {
    Zicht alles = new Zicht(Zicht.Soort.ALLES, null);
    return afspraken.versiesVan(t, v.afspraakId(), alles).collectList()
        .map(versies -> Ondertekening.vervangt(v, versies))
        .flatMap(vervangen -> vervangen
            .map(o -> overgang(t, o, AfspraakStatus.VERVANGEN, null, caller, "vervangen"))
            .orElse(Mono.empty())
            .then(overgang(t, v, AfspraakStatus.ACTIEF, null, caller, "geactiveerd"))
            .then(outbox.publish(new AfspraakVersieGeactiveerd(t, v.afspraakId(),
                Ondertekening.oudeVersie(vervangen), v.id()))));
  }

  /** Ends a version (actief, or a concept / ter-ondertekening that is withdrawn); an active one takes its open draft along. */
  public Mono<AfspraakVersie> beeindig(RegionScope scope, UUID id, String reden) {
    Caller caller = scope.caller();
    if (!isCoordinator(caller)) {
      return Mono.error(ApiProblem::notFound);
    }
    if (reden == null || reden.isBlank() || reden.length() > MAX_REDEN) {
      return Mono.error(ApiProblem.badRequest(List.of(new InvalidParam("reden", "required",
          "is verplicht (hoogstens " + MAX_REDEN + " tekens)"))));
    }
    UUID t = scope.tenantId();
    Zicht alles = new Zicht(Zicht.Soort.ALLES, null);
    return tx.write(t, afspraken.vind(t, id, alles, true)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(v -> overgang(t, v, AfspraakStatus.BEEINDIGD, reden, caller, "beeindigd")
            .then(v.status() != AfspraakStatus.ACTIEF ? Mono.empty()
                : afspraken.openVersies(t, v.afspraakId())
                    .concatMap(open -> afspraken.vind(t, open, alles, true)
                        .flatMap(o -> overgang(t, o, AfspraakStatus.BEEINDIGD, reden, caller, "beeindigd")))
                    .then()))
        .then(afspraken.vind(t, id, alles, false)));
  }

  private Mono<Void> overgang(UUID t, AfspraakVersie v, AfspraakStatus naar, String reden, Caller caller,
      String actie) {
    if (!v.status().kanNaar(naar)) {
      return Mono.error(ApiProblem.conflict("Een samenwerkingsafspraak met status " + v.status().code()
          + " kan niet naar " + naar.code() + "."));
    }
    Map<String, Object> nieuw = new LinkedHashMap<>();
    nieuw.put("status", naar.code());
    if (reden != null) {
      nieuw.put("beeindigingsreden", reden);
    }
    return afspraken.zetStatus(t, v.id(), v.status(), naar, reden)
        .then(historie.schrijf(t, v.afspraakId(), v.id(), caller == null ? "systeem" : caller.auditName(),
            caller == null ? null : naam(caller), actie,
            Map.of("status", v.status().code()), nieuw))
        .then(audit.record(entry(actie, v.id(), v.afspraakId())));
  }

  // ---- helpers

  private Mono<AfspraakInhoud> valideer(RegionScope scope, AfspraakVerzoek verzoek) {
    return Flux.fromIterable(AfspraakValidator.contacten(verzoek))
        .filterWhen(id -> contactpersonen.bestaatEnIsActief(id).map(ok -> !ok).defaultIfEmpty(true))
        .collect(HashSet<UUID>::new, Set::add)
        .flatMap(onbekend -> {
          var uitkomst = AfspraakValidator.valideer(verzoek, scope.region().descriptor(), onbekend);
          return uitkomst.geldig() ? Mono.just(uitkomst.inhoud())
              : Mono.error(ApiProblem.badRequest(uitkomst.fouten()));
        });
  }

  private static Zicht volledigZicht(RegionScope scope) {
    Zicht zicht = Zicht.van(scope.caller());
    return zicht.volledig() ? zicht : new Zicht(Zicht.Soort.NIETS, null);
  }

  static boolean isCoordinator(Caller c) {
    return c.kind() == CallerKind.REGIO && c.has(Role.REGIO_COORDINATOR);
  }

  private static AuditEntry entry(String actie, UUID versieId, UUID afspraakId) {
    List<String> ids = versieId.equals(afspraakId) ? List.of(versieId.toString())
        : List.of(versieId.toString(), afspraakId.toString());
    return AuditEntry.gelukt(OBJECT_TYPE + "." + actie, OBJECT_TYPE, ids, ACTIVITEIT);
  }
}
