package nl.doorlopendelijn.dossiers.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.audit.AuditLog;
import nl.doorlopendelijn.azc.AzcLocatie;
import nl.doorlopendelijn.azc.AzcLocaties;
import nl.doorlopendelijn.dossiers.internal.DossierImportBestand.Fout;
import nl.doorlopendelijn.dossiers.internal.DossierImportBestand.Kolom;
import nl.doorlopendelijn.dossiers.internal.DossierImportBestand.Rij;
import nl.doorlopendelijn.dossiers.internal.DossierImportStore.ImportRij;
import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.InvalidParam;
import nl.doorlopendelijn.web.TabularFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import of dossiers (issue 18). The file is read and checked as a whole first ({@link DossierImportBestand}:
 * columns, BSN, size); then each row goes through THE create of a single dossier ({@link DossierService#maak}: the
 * same validation, rights, planner, dashboard facts, outbox event and audit record), in the background, batch by
 * batch, with the progress stored per batch in {@code dossier_import}. Rows are deduplicated on (region, COA
 * reference): a reference the region has, or an earlier row of the same file has, is "bestaat al" and creates
 * nothing; the unique index of V91 makes that hold for two imports at once too (the loser's create answers 409).
 *
 * <p>Each row is its own transaction (the one of the create): a refused row must not undo its neighbours, and the
 * create path stays the one path. A batch shares one look-up of existing references and one progress update.
 */
@Service
class DossierImportService {

  private static final Logger log = LoggerFactory.getLogger(DossierImportService.class);

  static final String TYPE = "dossierimport";
  /** Rows per batch: one look-up of existing references and one progress update each. */
  static final int BATCH = 50;
  /** Rows of a batch created at the same time (each its own transaction and connection). */
  static final int GELIJKTIJDIG = 4;
  /** A running import whose progress has not moved for this long has lost its instance. */
  static final Duration HARTSLAG = Duration.ofMinutes(2);
  static final Duration BEWAARTERMIJN = Duration.ofDays(30);
  static final String AFGEBROKEN = "De verwerking is onderbroken (de server is herstart). De rijen die al verwerkt"
      + " waren blijven staan; importeer hetzelfde bestand opnieuw: wat al bestaat wordt overgeslagen.";

  /** One row of the report: a refused row, or one that already existed. */
  record RapportRij(int rij, String coaReferentie, String uitkomst, List<Fout> fouten) {}

  /** A created dossier, by row. */
  record Aangemaakt(int rij, UUID id) {}

  /** What a started import needs for its background run. */
  record Start(UUID id, RegionScope scope, Zicht zicht, List<Rij> rijen, Map<String, AzcLocatie> azcs) {
    @Override
    public String toString() {
      return "Start[" + id + ", " + rijen.size() + " rijen]";
    }
  }

  /** An import as read: the stored row, its report and created dossiers. */
  record Stand(ImportRij rij, List<RapportRij> rapport, List<Aangemaakt> dossiers) {}

  private static final TypeReference<List<RapportRij>> RAPPORT = new TypeReference<>() {};
  private static final TypeReference<List<Aangemaakt>> DOSSIERS = new TypeReference<>() {};

  private final DossierService dossiers;
  private final DossierImportStore store;
  private final TenantTransactions tx;
  private final AzcLocaties azcLocaties;
  private final AuditLog audit;
  private final JsonMapper json;
  private final Clock klok;

  DossierImportService(DossierService dossiers, DossierImportStore store, TenantTransactions tx,
      AzcLocaties azcLocaties, AuditLog audit, JsonMapper json, Clock klok) {
    this.dossiers = dossiers;
    this.store = store;
    this.tx = tx;
    this.azcLocaties = azcLocaties;
    this.audit = audit;
    this.json = json;
    this.klok = klok;
  }

  // ------------------------------------------------------------------------------------------------ starting

  /**
   * Reads and checks the file (off the event loop) and records the import as running; the rows are processed by
   * {@link #verwerk} once this transaction has committed. A file refused whole is a 400 problem naming the reason,
   * and nothing is stored.
   */
  Mono<Start> begin(RegionScope scope, byte[] inhoud) {
    Zicht zicht = DossierService.zicht(scope);
    TenantDescriptor regio = scope.region().descriptor();
    return azcLocaties.all().collectMap(AzcLocatie::code, a -> a, LinkedHashMap::new)
        .flatMap(azcs -> Mono.fromCallable(() -> lees(inhoud, regio, azcs))
            .subscribeOn(Schedulers.boundedElastic())
            .flatMap(gelezen -> {
              if (gelezen.uitkomst().geweigerd()) {
                return Mono.error(ApiProblem.badRequest(gelezen.uitkomst().weigering().stream()
                    .map(f -> new InvalidParam("bestand", "geweigerd", f.reden())).toList()));
              }
              UUID id = Ids.nieuw();
              OffsetDateTime nu = OffsetDateTime.now(klok);
              List<Rij> rijen = gelezen.uitkomst().rijen();
              return tx.write(scope.tenantId(), store.ruimOp(nu.minus(BEWAARTERMIJN))
                  .then(store.begin(scope.tenantId(), id, gelezen.formaat().extension(), scope.caller().auditName(),
                      rijen.size(), nu))
                  .then(audit.record(AuditEntry.gelukt("dossier.importeren-starten", TYPE, List.of(id.toString()),
                      DossierService.ACTIVITEIT)))
                  .thenReturn(new Start(id, scope, zicht, rijen, azcs)));
            }));
  }

  private record Gelezen(TabularFiles.Format formaat, DossierImportBestand.Uitkomst uitkomst) {}

  private static Gelezen lees(byte[] inhoud, TenantDescriptor regio, Map<String, AzcLocatie> azcs) {
    TabularFiles.Format formaat = TabularFiles.Format.sniff(inhoud);
    List<List<String>> regels;
    try {
      regels = TabularFiles.read(formaat, new ByteArrayInputStream(inhoud));
    } catch (TabularFiles.UnreadableFileException e) {
      throw ApiProblem.badRequest(List.of(new InvalidParam("bestand", "onleesbaar", e.getMessage()
          + " Lever een CSV-bestand (met ; of ,) of een Excel-bestand (.xlsx) aan, zoals het sjabloon.")));
    }
    if (formaat == TabularFiles.Format.CSV && !tekst(inhoud)) {
      throw ApiProblem.badRequest(List.of(new InvalidParam("bestand", "onleesbaar",
          "Het bestand is geen CSV- of Excel-bestand (.xlsx). Lever een bestand aan zoals het sjabloon.")));
    }
    Map<String, String> gemeenten = new LinkedHashMap<>();
    regio.gemeenten().forEach(g -> gemeenten.put(g.cbsCode(), g.naam()));
    Map<String, String> azcNamen = new HashMap<>();
    azcs.values().forEach(a -> azcNamen.put(a.code(), a.naam()));
    return new Gelezen(formaat, DossierImportBestand.lees(regels,
        new DossierImportBestand.Referentie(gemeenten, azcNamen)));
  }

  /** Text, not a binary file taken for CSV: valid UTF-8 without NUL or other control bytes than tab and line ends. */
  private static boolean tekst(byte[] inhoud) {
    var decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
    try {
      String s = decoder.decode(java.nio.ByteBuffer.wrap(inhoud)).toString();
      return s.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  // ------------------------------------------------------------------------------------------------ processing

  /**
   * Processes the rows batch by batch; each batch's outcome is stored before the next starts. An error that is not
   * a row's own (the database gone) ends the import as afgebroken. Subscribe with the request's context (the
   * caller, for the audit records and the rights).
   */
  Mono<Void> verwerk(Start s) {
    UUID tenant = s.scope().tenantId();
    Map<Integer, Integer> dubbelVan = dubbeleRijen(s.rijen());
    return Flux.fromIterable(s.rijen())
        .buffer(BATCH)
        .concatMap(batch -> store.bestaande(tenant, batch.stream().map(Rij::coaReferentie)
                .filter(java.util.Objects::nonNull).distinct().toList())
            .as(m -> tx.read(tenant, m))
            .flatMap(bestaand -> snel(s, batch, bestaand, dubbelVan)
                .onErrorResume(e -> {
                  log.debug("dossier import {}: batch row by row ({})", s.id(), e.toString());
                  return rijVoorRij(s, batch, bestaand, dubbelVan);
                }))
            .flatMap(uitkomsten -> tx.write(tenant, store.voortgang(tenant, s.id(), voortgang(uitkomsten),
                OffsetDateTime.now(klok)))))
        .then(Mono.defer(() -> tx.write(tenant, store.einde(tenant, s.id(), "klaar", null, OffsetDateTime.now(klok))
            .then(store.laad(tenant, s.id()))
            .flatMap(r -> audit.record(AuditEntry.gelukt("dossier.importeren", TYPE, List.of(s.id().toString()),
                DossierService.ACTIVITEIT))))))
        .onErrorResume(e -> {
          log.warn("dossier import {} afgebroken: {}", s.id(), e.toString());
          return tx.write(tenant, store.einde(tenant, s.id(), "afgebroken",
                  "De verwerking is afgebroken door een fout aan onze kant. De rijen die al verwerkt waren blijven"
                      + " staan; importeer hetzelfde bestand later opnieuw: wat al bestaat wordt overgeslagen.",
                  OffsetDateTime.now(klok))
              .then(audit.record(new AuditEntry("dossier.importeren", TYPE, List.of(s.id().toString()),
                  AuditEntry.MISLUKT, DossierService.ACTIVITEIT))))
              .onErrorResume(e2 -> Mono.empty());
        });
  }

  /**
   * The fast way: the whole batch in ONE transaction, row after row (the creates join it), one commit. Any error of
   * a create (a row the validation above let through but the create refused, a reference another import took a
   * moment ago) undoes the whole batch, which then goes {@link #rijVoorRij}: nothing is ever half done.
   */
  private Mono<List<Uitkomst>> snel(Start s, List<Rij> batch, Set<String> bestaand, Map<Integer, Integer> dubbelVan) {
    return tx.write(s.scope().tenantId(), Flux.fromIterable(batch)
        .concatMap(rij -> vooraf(s, rij, bestaand, dubbelVan).map(Mono::just)
            .orElseGet(() -> dossiers.maak(s.scope(), rij.invoer(), false)
                .map(a -> new Uitkomst(rij, a.id(), null))))
        .collectList());
  }

  /** The safe way: each row its own transaction (that of the create), a few at once; a refusal is the row's own. */
  private Mono<List<Uitkomst>> rijVoorRij(Start s, List<Rij> batch, Set<String> bestaand,
      Map<Integer, Integer> dubbelVan) {
    return Flux.fromIterable(batch)
        .flatMapSequential(rij -> verwerkRij(s, rij, bestaand, dubbelVan), GELIJKTIJDIG)
        .collectList();
  }

  /** The rows whose COA reference an earlier row of the file already has: row → that earlier row. */
  static Map<Integer, Integer> dubbeleRijen(List<Rij> rijen) {
    Map<String, Integer> eerste = new HashMap<>();
    Map<Integer, Integer> dubbel = new HashMap<>();
    for (Rij r : rijen) {
      if (r.coaReferentie() != null) {
        Integer eerder = eerste.putIfAbsent(r.coaReferentie(), r.rij());
        if (eerder != null) {
          dubbel.put(r.rij(), eerder);
        }
      }
    }
    return dubbel;
  }

  /** The outcome of one row: created (id), already there, or refused (reasons). */
  record Uitkomst(Rij rij, UUID aangemaakt, RapportRij rapport) {}

  private Mono<Uitkomst> verwerkRij(Start s, Rij rij, Set<String> bestaand, Map<Integer, Integer> dubbelVan) {
    return vooraf(s, rij, bestaand, dubbelVan).map(Mono::just).orElseGet(() -> dossiers.maak(s.scope(),
            rij.invoer(), false)
        .map(a -> new Uitkomst(rij, a.id(), null))
        .onErrorResume(ApiProblem.class, p -> Mono.just(uitProbleem(s, rij, p))));
  }

  /**
   * What is known about a row before the create: a duplicate of an earlier row, a row that could not be read or that
   * the create's validation and rights refuse (checked here the same way, so the fast batch meets no refusal), a
   * reference the region has. Empty: the row goes to the create (which checks it all again).
   */
  private Optional<Uitkomst> vooraf(Start s, Rij rij, Set<String> bestaand, Map<Integer, Integer> dubbelVan) {
    Integer eerder = dubbelVan.get(rij.rij());
    if (eerder != null) {
      return Optional.of(bestaatAl(rij, "bestaat al: rij " + eerder + " van dit bestand heeft dezelfde"
          + " COA-referentie"));
    }
    List<Fout> validatie = validatie(s, rij);
    if (!rij.fouten().isEmpty() || !validatie.isEmpty()) {
      return Optional.of(geweigerd(rij, DossierImportBestand.samen(rij.fouten(), validatie)));
    }
    if (bestaand.contains(rij.coaReferentie())) {
      return Optional.of(bestaatAl(rij, "bestaat al: de regio heeft al een dossier met deze COA-referentie"));
    }
    return Optional.empty();
  }

  /**
   * The create's own validation and rights for a row that could not be read whole, so the report gives every reason
   * at once (columns already refused while reading keep that reason).
   */
  private List<Fout> validatie(Start s, Rij rij) {
    DossierInvoer in = rij.invoer();
    Optional<AzcLocatie> azc = Optional.ofNullable(in.azcLocatie()).map(s.azcs()::get);
    List<Fout> fouten = new ArrayList<>();
    DossierValidatie.valideer(in, s.scope().region().descriptor(), azc, true, true, true,
            LocalDate.now(klok)).forEach(p -> fouten.add(fout(p)));
    if (fouten.isEmpty() && in.gemeente() != null && in.azcLocatie() != null
        && !s.zicht().ziet(in.gemeente(), in.azcLocatie())) {
      fouten.add(rechten(s.zicht(), s.zicht().soort() == Zicht.Soort.GEMEENTE
          ? "U legt alleen dossiers van uw eigen gemeente vast." : "U legt alleen dossiers van uw eigen azc vast."));
    }
    return fouten;
  }

  private static Fout rechten(Zicht zicht, String reden) {
    return new Fout(zicht.soort() == Zicht.Soort.GEMEENTE ? Kolom.GEMEENTE.naam() : Kolom.AZC.naam(), reden);
  }

  private static Uitkomst uitProbleem(Start s, Rij rij, ApiProblem p) {
    int status = p.getStatusCode().value();
    if (status == 409) {
      return bestaatAl(rij, "bestaat al: de regio heeft al een dossier met deze COA-referentie");
    }
    if (status == 403) {
      return geweigerd(rij, List.of(rechten(s.zicht(), p.getBody().getDetail())));
    }
    if (!p.invalidParams().isEmpty()) {
      List<Fout> fouten = new ArrayList<>(p.invalidParams().stream().map(DossierImportService::fout).toList());
      fouten.sort(java.util.Comparator.comparingInt(f -> DossierImportBestand.volgorde(f.kolom())));
      return geweigerd(rij, fouten);
    }
    return geweigerd(rij, List.of(new Fout(null, p.getBody().getDetail())));
  }

  /** A reason of the create's validation, on the column of the file it is about. */
  private static Fout fout(InvalidParam p) {
    Optional<Kolom> kolom = Kolom.vanVeld(p.name());
    if (kolom.isPresent()) {
      return new Fout(kolom.get().naam(), p.reason());
    }
    if (p.name() != null && p.name().startsWith("factoren")) {
      // the import names no factors: the agreement of the gemeente and azc must prescribe the scenario
      return new Fout(null, "geen scenario: de samenwerkingsafspraak van deze gemeente en dit azc schrijft er geen"
          + " voor; leg dit dossier vast met het formulier (met de factoren of een gekozen scenario)");
    }
    return new Fout(null, p.reason());
  }

  private static Uitkomst bestaatAl(Rij rij, String reden) {
    return new Uitkomst(rij, null, new RapportRij(rij.rij(), rij.coaReferentie(), "bestaat-al",
        List.of(new Fout(Kolom.COA_REFERENTIE.naam(), reden))));
  }

  private static Uitkomst geweigerd(Rij rij, List<Fout> fouten) {
    return new Uitkomst(rij, null, new RapportRij(rij.rij(), rij.coaReferentie(), "geweigerd", fouten));
  }

  private DossierImportStore.Voortgang voortgang(List<Uitkomst> uitkomsten) {
    List<RapportRij> rapport = new ArrayList<>();
    List<Aangemaakt> aangemaakt = new ArrayList<>();
    int bestaatAl = 0;
    for (Uitkomst u : uitkomsten) {
      if (u.aangemaakt() != null) {
        aangemaakt.add(new Aangemaakt(u.rij().rij(), u.aangemaakt()));
      } else {
        rapport.add(u.rapport());
        if ("bestaat-al".equals(u.rapport().uitkomst())) {
          bestaatAl++;
        }
      }
    }
    return new DossierImportStore.Voortgang(uitkomsten.size(), aangemaakt.size(), bestaatAl,
        rapport.size() - bestaatAl, json.writeValueAsString(rapport), json.writeValueAsString(aangemaakt));
  }

  // ------------------------------------------------------------------------------------------------ reading

  /**
   * An import, for the caller who started it or the regio-coördinator (anyone else: 404). A running import whose
   * heartbeat stopped (its instance went away) is marked afgebroken first: it is not resumed, because the file is
   * never stored; uploading it again skips what exists.
   */
  Mono<Stand> lees(RegionScope scope, UUID id) {
    Zicht zicht = DossierService.zicht(scope);
    UUID tenant = scope.tenantId();
    OffsetDateTime nu = OffsetDateTime.now(klok);
    return tx.write(tenant, store.breekAf(tenant, nu.minus(HARTSLAG), AFGEBROKEN, nu)
        .then(store.laad(tenant, id))
        .filter(r -> zicht.coordinator() || r.gestartDoor().equals(scope.caller().auditName()))
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(r -> audit.record(AuditEntry.gelukt("dossier.importeren-lezen", TYPE, List.of(id.toString()),
                DossierService.ACTIVITEIT))
            .thenReturn(new Stand(r, json.readValue(r.rapport(), RAPPORT), json.readValue(r.dossiers(), DOSSIERS)))));
  }

  /** The template: the header and one row of a fictitious person, with the region's first gemeente and azc. */
  static TabularFiles.Sheet sjabloon(TenantDescriptor regio, LocalDate vandaag) {
    String gemeente = regio.gemeenten().isEmpty() ? "Tilburg" : regio.gemeenten().get(0).naam();
    String azc = regio.azcLocaties() == null || regio.azcLocaties().isEmpty() ? "AZC-OISTERWIJK"
        : regio.azcLocaties().get(0);
    List<Object> voorbeeld = List.of("COA-2026-0001", "Amira Selam", "Voorbeeld", LocalDate.of(1994, 2, 11), "tir",
        "ja", gemeente, azc, vandaag, vandaag.plusMonths(3), "HH-2026-0001");
    return new TabularFiles.Sheet("Dossiers", DossierImportBestand.KOPPEN, List.of(voorbeeld));
  }

  /** The report as a sheet: a line per reason (a row with three reasons: three lines). */
  static TabularFiles.Sheet rapportblad(List<RapportRij> rapport) {
    List<List<Object>> regels = new ArrayList<>();
    for (RapportRij r : rapport) {
      for (Fout f : r.fouten()) {
        regels.add(java.util.Arrays.asList(r.rij(), r.coaReferentie(), r.uitkomst(), f.kolom(), f.reden()));
      }
    }
    return new TabularFiles.Sheet("Rapport", List.of("rij", "coaReferentie", "uitkomst", "kolom", "reden"), regels);
  }
}
