package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.audit.AuditRecord;
import nl.doorlopendelijn.dossiers.internal.DossierWeergave.MijlpaalWeergave;
import nl.doorlopendelijn.dossiers.planning.DossierStatus;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.tenancy.EnkelDossier;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.Bestanden;
import nl.doorlopendelijn.web.TabularFiles;
import nl.doorlopendelijn.web.InvalidParam;
import nl.doorlopendelijn.web.Paginering;
import nl.doorlopendelijn.web.Parameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import nl.doorlopendelijn.tenancy.Idempotentie;
import reactor.core.publisher.Mono;

/**
 * Overdrachtsdossiers of a region. Who sees what: regio-coördinator all, gemeente-medewerker their gemeente, COA
 * liaison their azc (the list only with an agreement in force; elsewhere each open dossier of the azc on its own,
 * see {@link nl.doorlopendelijn.tenancy.CoaToegang}); anyone else gets 404 for the whole resource, as for a dossier
 * that is not theirs. Who may do which step: {@link nl.doorlopendelijn.dossiers.planning.DossierRechten}.
 */
@RestController
@RequestMapping("/api/v1/regios/{regio}/dossiers")
@Tag(name = "Dossiers", description = "Overdrachtsdossiers: tijdlijn, signalen, audit en inzage")
class DossierController {

  static final List<String> STATUSSEN = Arrays.stream(DossierStatus.values()).map(DossierStatus::code).toList();

  record DossierLijst(List<DossierSamenvatting> dossiers, Paginering paginering) {
    @Override
    public String toString() {
      return "DossierLijst[" + dossiers.size() + ", " + paginering + "]";
    }
  }

  record Mijlpalen(List<MijlpaalWeergave> mijlpalen) {}

  /** A search: a dossiernummer or (part of) a name. The text travels only in this body; never logged or audited. */
  @io.swagger.v3.oas.annotations.media.Schema(name = "DossierZoekopdracht")
  record Zoekopdracht(@io.swagger.v3.oas.annotations.media.Schema(description = "Dossiernummer of (een deel van)"
      + " de naam; hoofdletters en accenten tellen niet; 2 tot 200 tekens", example = "tesfaye") String tekst) {
    @Override
    public String toString() {
      return "Zoekopdracht[***]";
    }
  }

  static final int MIN_ZOEKTEKST = 2;
  static final int MAX_ZOEKTEKST = 200;

  record Verwerking(String tijdstip, String actor, String actie, String resultaat, String herkomst, String traceId) {
    static Verwerking van(AuditRecord r) {
      return new Verwerking(r.tijdstip().toInstant().toString(), r.actor(), r.actie(), r.resultaat(), r.herkomst(),
          r.traceId());
    }
  }

  record Auditspoor(List<Verwerking> verwerkingen) {}

  /**
   * The AVG inzage: the dossier (with who it is about), who looked at it, its own history, and {@code gegevens}: per
   * table that holds data about the dossier (found in the catalog), every row about it.
   */
  record Inzage(DossierWeergave dossier, List<Verwerking> verwerkingen, String opgesteldOp,
      @io.swagger.v3.oas.annotations.media.Schema(description = "De eigen historie van het dossier: elke stap, met"
          + " de naam van wie hem zette") List<Gebeurtenis.Weergave> historie,
      @io.swagger.v3.oas.annotations.media.Schema(description = "Per tabel met gegevens over het dossier: de rijen")
      java.util.Map<String, List<java.util.Map<String, Object>>> gegevens) {
    @Override
    public String toString() {
      return "Inzage[" + dossier + "]";
    }
  }

  @io.swagger.v3.oas.annotations.media.Schema(name = "DossierHistorie")
  record Historie(List<Gebeurtenis.Weergave> gebeurtenissen, Paginering paginering) {}

  private static final tools.jackson.core.type.TypeReference<java.util.Map<String, Object>> RIJ =
      new tools.jackson.core.type.TypeReference<>() {};

  private java.util.Map<String, List<java.util.Map<String, Object>>> rijen(java.util.Map<String, List<String>> g) {
    java.util.Map<String, List<java.util.Map<String, Object>>> m = new java.util.TreeMap<>();
    g.forEach((tabel, rijen) -> m.put(tabel, rijen.stream().map(r -> json.readValue(r, RIJ)).toList()));
    return m;
  }

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final DossierService dossiers;
  private final DossierExport export;
  private final Idempotentie idempotentie;

  private final tools.jackson.databind.json.JsonMapper json;

  DossierController(DossierService dossiers, DossierExport export, Idempotentie idempotentie,
      tools.jackson.databind.json.JsonMapper json) {
    this.export = export;
    this.json = json;
    this.dossiers = dossiers;
    this.idempotentie = idempotentie;
  }

  @GetMapping
  @Operation(operationId = "listDossiers", summary = "Lijst de dossiers die u ziet",
      description = "Filters: gemeente, azc, status, scenario, signaal, contactpersoon (de vaste contactpersoon of"
          + " de casemanager). Sorteer: dossiernummer,"
          + " koppelingsdatum, verwachteVerhuisdatum, urgentie (met - ervoor: aflopend).")
  Mono<DossierLijst> lijst(@PathVariable("regio") String regio, RegionScope scope,
      @RequestParam(name = "gemeente", required = false) String gemeente,
      @RequestParam(name = "azc", required = false) String azc,
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "scenario", required = false) String scenario,
      @RequestParam(name = "signaal", required = false) String signaal,
      @RequestParam(name = "contactpersoon", required = false) String contactpersoon,
      @RequestParam(name = "pagina", required = false) String pagina,
      @RequestParam(name = "paginaGrootte", required = false) String paginaGrootte,
      @RequestParam(name = "sorteer", required = false) String sorteer) {
    Parameters p = new Parameters();
    Lijstvraag vraag = lijstvraag(p, gemeente, azc, status, scenario, signaal, contactpersoon, sorteer,
        () -> p.pagina(pagina, paginaGrootte));
    p.valideer();
    Paginering.Vraag pag = new Paginering.Vraag(vraag.pagina(), vraag.paginaGrootte());
    return dossiers.lijst(scope, vraag).map(r -> new DossierLijst(r.dossiers(), Paginering.van(pag, r.totaal())));
  }

  /** The list's filters and sort, read once for the list and its export (so they cannot drift apart). */
  private static Lijstvraag lijstvraag(Parameters p, String gemeente, String azc, String status, String scenario,
      String signaal, String contactpersoon, String sorteer, java.util.function.Supplier<Paginering.Vraag> pagina) {
    String gemeenteCode = p.patroon("gemeente", gemeente, Parameters.CBS_CODE, "moet een CBS-code zijn zoals GM0855");
    String azcCode = p.patroon("azc", azc, Parameters.AZC_CODE, "moet een azc-code zijn zoals AZC-OISTERWIJK");
    String statusCode = p.keuze("status", status, STATUSSEN);
    String scenarioCode = p.keuze("scenario", scenario, Scenario.CODES);
    String signaalCode = SignaalFilter.lees(p, signaal);
    UUID cp = p.uuid("contactpersoon", contactpersoon);
    Paginering.Vraag pag = pagina.get();
    String sortering = p.keuze("sorteer", sorteer, Lijstvraag.sorteringen());
    return new Lijstvraag(gemeenteCode, azcCode, statusCode, scenarioCode, signaalCode, cp, pag.pagina(),
        pag.paginaGrootte(), sortering == null ? Lijstvraag.STANDAARD_SORTERING : sortering);
  }

  @GetMapping(path = "/export", produces = {"text/csv", XLSX})
  @Operation(operationId = "exportDossiers", summary = "De dossierlijst die u ziet, als bestand (CSV of Excel)",
      description = "Precies de rijen van listDossiers met dezelfde filters (gemeente, azc, status, scenario,"
          + " signaal, contactpersoon) en sortering, maar alle pagina's: hoogstens " + DossierService.MAX_EXPORT
          + " dossiers (meer: 400, verfijn het filter). Kolommen zoals mensen ze lezen: dossiernummer, naam,"
          + " gemeente en azc bij naam, status en scenario, de datums, vaste contactpersoon en casemanager bij naam,"
          + " signalen. Formaat met formaat=csv|xlsx, anders volgens Accept (text/csv), anders Excel. Elke export"
          + " wordt geaudit (dossier.exporteren, met het filter, het formaat en het aantal rijen).",
      responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
          description = "De dossiers als download", content = {
          @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
              schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
          @io.swagger.v3.oas.annotations.media.Content(mediaType = XLSX,
              schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary"))}))
  Mono<ResponseEntity<byte[]>> export(@PathVariable("regio") String regio, RegionScope scope,
      @RequestParam(name = "gemeente", required = false) String gemeente,
      @RequestParam(name = "azc", required = false) String azc,
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "scenario", required = false) String scenario,
      @RequestParam(name = "signaal", required = false) String signaal,
      @RequestParam(name = "contactpersoon", required = false) String contactpersoon,
      @RequestParam(name = "sorteer", required = false) String sorteer,
      @io.swagger.v3.oas.annotations.Parameter(description = "csv of xlsx")
      @RequestParam(name = "formaat", required = false) String formaat,
      org.springframework.http.server.reactive.ServerHttpRequest request) {
    Parameters p = new Parameters();
    Lijstvraag vraag = lijstvraag(p, gemeente, azc, status, scenario, signaal, contactpersoon, sorteer,
        () -> new Paginering.Vraag(1, DossierService.MAX_EXPORT));
    TabularFiles.Format f = Bestanden.formaat(p, formaat, request.getHeaders().getFirst("Accept"));
    p.valideer();
    return export.exporteer(scope, vraag, f);
  }

  @PostMapping("/zoekopdrachten")
  @Operation(operationId = "searchDossiers", summary = "Zoek een dossier op nummer of naam",
      description = "Onder de dossiers die u ziet; de zoektekst staat in de body (nooit in een URL) en wordt niet"
          + " gelogd of geaudit (de audit noemt dat er gezocht is en welke dossiers u zag). Verandert niets: geen"
          + " Idempotency-Key. Gepagineerd met pagina en paginaGrootte.")
  @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "De gevonden dossiers")
  Mono<DossierLijst> zoek(@PathVariable("regio") String regio, RegionScope scope,
      @RequestParam(name = "pagina", required = false) String pagina,
      @RequestParam(name = "paginaGrootte", required = false) String paginaGrootte,
      @RequestBody(required = false) Zoekopdracht opdracht) {
    Parameters p = new Parameters();
    Paginering.Vraag pag = p.pagina(pagina, paginaGrootte);
    p.valideer();
    String tekst = opdracht == null || opdracht.tekst() == null ? null : opdracht.tekst().strip();
    if (tekst == null || tekst.isEmpty()) {
      throw ApiProblem.badRequest(List.of(new InvalidParam("tekst", "required", "is verplicht")));
    }
    if (tekst.length() < MIN_ZOEKTEKST || tekst.length() > MAX_ZOEKTEKST) {
      throw ApiProblem.badRequest(List.of(new InvalidParam("tekst", "size",
          "moet " + MIN_ZOEKTEKST + " tot " + MAX_ZOEKTEKST + " tekens bevatten")));
    }
    Lijstvraag vraag = new Lijstvraag(null, null, null, null, null, null, pag.pagina(), pag.paginaGrootte(),
        Lijstvraag.STANDAARD_SORTERING, tekst);
    return dossiers.zoek(scope, vraag).map(r -> new DossierLijst(r.dossiers(), Paginering.van(pag, r.totaal())));
  }

  @GetMapping("/{id}")
  @Operation(operationId = "getDossier", summary = "Haal een dossier op (met ETag)")
  Mono<ResponseEntity<DossierWeergave>> lees(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @EnkelDossier RegionScope scope) {
    return dossiers.lees(scope, Parameters.id("id", id)).map(d -> ResponseEntity.ok().eTag(d.etag()).body(d));
  }

  @PostMapping
  @Operation(operationId = "createDossier", summary = "Leg een dossier vast",
      description = "Met Idempotency-Key: een herhaling krijgt het eerste antwoord en maakt niets aan.")
  Mono<ResponseEntity<DossierWeergave>> maak(@PathVariable("regio") String regio, RegionScope scope,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel,
      @RequestBody(required = false) DossierInvoer invoer) {
    return idempotentie.inRegio(scope.tenantId(), sleutel, invoer, () -> dossiers.maak(scope, invoer)
        .map(a -> ResponseEntity.status(HttpStatus.CREATED)
            .location(URI.create("/api/v1/regios/" + scope.region().slug() + "/dossiers/" + a.dossier().id()))
            .eTag(a.dossier().etag())
            .body(a.dossier())));
  }

  @PutMapping("/{id}")
  @Operation(operationId = "updateDossier", summary = "Wijzig een dossier (If-Match verplicht)",
      description = "Ook hermatchen naar een andere gemeente van de regio: het dossier verhuist met zijn historie.")
  Mono<ResponseEntity<DossierWeergave>> wijzig(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @EnkelDossier RegionScope scope, @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody(required = false) DossierInvoer invoer) {
    return dossiers.wijzig(scope, Parameters.id("id", id), ifMatch, invoer)
        .map(d -> ResponseEntity.ok().eTag(d.etag()).body(d));
  }

  /** The body of {@code PUT …/casemanager}: the gids id of the casemanager, or null to clear it. */
  record CasemanagerInvoer(UUID casemanagerId) {}

  @PutMapping("/{id}/casemanager")
  @Operation(operationId = "updateDossierCasemanager",
      summary = "Kies de casemanager van het COA (If-Match verplicht)",
      description = "Voor de COA-liaison van het azc van het dossier en de regio-coördinator. casemanagerId: een"
          + " actieve contactpersoon van het azc van het dossier (GET …/contactpersoon-keuzes?rol=casemanager), of"
          + " null om hem leeg te maken. Antwoord: het dossier.")
  Mono<ResponseEntity<DossierWeergave>> kiesCasemanager(@PathVariable("regio") String regio,
      @PathVariable("id") String id, @EnkelDossier RegionScope scope,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody(required = false) CasemanagerInvoer invoer) {
    UUID dossier = Parameters.id("id", id);
    if (invoer == null) {
      throw nl.doorlopendelijn.web.ApiProblem.badRequest(List.of(
          new nl.doorlopendelijn.web.InvalidParam("(body)", "required", "is verplicht")));
    }
    return dossiers.kiesCasemanager(scope, dossier, ifMatch, invoer.casemanagerId())
        .map(d -> ResponseEntity.ok().eTag(d.etag()).body(d));
  }

  @GetMapping("/{id}/mijlpalen")
  @Operation(operationId = "listDossierMijlpalen", summary = "De tijdlijn van een dossier")
  Mono<Mijlpalen> mijlpalen(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @EnkelDossier RegionScope scope) {
    return dossiers.mijlpalen(scope, Parameters.id("id", id)).map(Mijlpalen::new);
  }

  @PostMapping("/{id}/mijlpalen/{type}/afrondingen")
  @Operation(operationId = "completeDossierMijlpaal", summary = "Rond een mijlpaal af (datum, wie, notitie)")
  Mono<ResponseEntity<DossierWeergave>> rondAf(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @PathVariable("type") String type, @EnkelDossier RegionScope scope,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel,
      @RequestBody(required = false) AfrondingInvoer invoer) {
    UUID dossier = Parameters.id("id", id);
    return idempotentie.inRegio(scope.tenantId(), sleutel, invoer, () -> dossiers.rondAf(scope, dossier, type,
        ifMatch, invoer).map(d -> ResponseEntity.status(HttpStatus.CREATED).eTag(d.etag()).body(d)));
  }

  @PostMapping("/{id}/mijlpalen/{type}/correcties")
  @Operation(operationId = "correctDossierMijlpaal", summary = "Corrigeer een afgeronde mijlpaal (met reden)",
      description = "Een andere datum, of ongedaan maken (de mijlpaal is weer open). Wie de mijlpaal mag afronden,"
          + " mag hem corrigeren. Status, werkelijke verhuisdatum, planning, signalen en dashboard volgen; de"
          + " correctie staat met naam en reden in de historie van het dossier. If-Match optioneel;"
          + " Idempotency-Key.")
  Mono<ResponseEntity<DossierWeergave>> corrigeer(@PathVariable("regio") String regio,
      @PathVariable("id") String id, @PathVariable("type") String type, @EnkelDossier RegionScope scope,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel,
      @RequestBody(required = false) CorrectieInvoer invoer) {
    UUID dossier = Parameters.id("id", id);
    return idempotentie.inRegio(scope.tenantId(), sleutel, invoer, () -> dossiers.corrigeer(scope, dossier, type,
        ifMatch, invoer).map(d -> ResponseEntity.status(HttpStatus.CREATED).eTag(d.etag()).body(d)));
  }

  @GetMapping("/{id}/historie")
  @Operation(operationId = "listDossierHistorie", summary = "De eigen historie van een dossier (met namen)",
      description = "Elke stap in het dossier, oudste eerst: vastgelegd, gewijzigd, gehermatcht, een mijlpaal"
          + " afgerond of gecorrigeerd (met reden), advies gevraagd, gesloten; met de naam van wie hem zette zoals"
          + " het token die op dat moment gaf. Wie het dossier ziet, ziet zijn historie.")
  Mono<Historie> historie(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @EnkelDossier RegionScope scope,
      @RequestParam(name = "pagina", required = false) String pagina,
      @RequestParam(name = "paginaGrootte", required = false) String paginaGrootte) {
    Parameters p = new Parameters();
    UUID dossier = p.padId("id", id);
    Paginering.Vraag pag = p.pagina(pagina, paginaGrootte);
    p.valideer();
    return dossiers.historie(scope, dossier, pag)
        .map(h -> new Historie(h.gebeurtenissen(), Paginering.van(pag, h.totaal())));
  }

  @PostMapping("/{id}/sluitingen")
  @Operation(operationId = "closeDossier", summary = "Sluit een dossier (bewaartermijn gaat lopen)")
  Mono<ResponseEntity<DossierWeergave>> sluit(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @EnkelDossier RegionScope scope, @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel) {
    UUID dossier = Parameters.id("id", id);
    return idempotentie.inRegio(scope.tenantId(), sleutel, null, () -> dossiers.sluit(scope, dossier, ifMatch)
        .map(d -> ResponseEntity.status(HttpStatus.CREATED).eTag(d.etag()).body(d)));
  }

  @PostMapping("/{id}/scenario-adviezen")
  @Operation(operationId = "createDossierScenarioAdvies", summary = "Vraag het scenario-advies opnieuw",
      description = "Met de factoren van het dossier (de afstand zoals ingevoerd, anders geschat uit de ligging van"
          + " gemeente en azc) en de drempels van de regio; het advies en zijn redenen komen in het dossier"
          + " (advies). Kwam het scenario uit het advies, dan volgt het en wordt de tijdlijn opnieuw gepland."
          + " If-Match optioneel; Idempotency-Key.")
  Mono<ResponseEntity<DossierWeergave>> adviseerOpnieuw(@PathVariable("regio") String regio,
      @PathVariable("id") String id, @EnkelDossier RegionScope scope,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel) {
    UUID dossier = Parameters.id("id", id);
    return idempotentie.inRegio(scope.tenantId(), sleutel, null, () -> dossiers.adviseerOpnieuw(scope, dossier,
        ifMatch).map(d -> ResponseEntity.status(HttpStatus.CREATED).eTag(d.etag()).body(d)));
  }

  @GetMapping("/{id}/audit")
  @Operation(operationId = "getDossierAudit", summary = "Wie heeft dit dossier bekeken of gewijzigd (coördinator)")
  Mono<Auditspoor> audit(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @EnkelDossier RegionScope scope) {
    return dossiers.audit(scope, Parameters.id("id", id))
        .map(rs -> new Auditspoor(rs.stream().map(Verwerking::van).toList()));
  }

  @GetMapping("/{id}/inzage")
  @Operation(operationId = "getDossierInzage", summary = "AVG-inzage: alles wat over de persoon is vastgelegd")
  Mono<Inzage> inzage(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @EnkelDossier RegionScope scope) {
    return dossiers.inzage(scope, Parameters.id("id", id)).map(i -> new Inzage(i.dossier(),
        i.verwerkingen().stream().map(Verwerking::van).toList(), i.opgesteldOp().toString(), i.historie(),
        rijen(i.gegevens())));
  }
}
