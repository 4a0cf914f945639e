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

  record DossierLijst(List<DossierSamenvatting> dossiers, Paginering paginering) {}

  record Mijlpalen(List<MijlpaalWeergave> mijlpalen) {}

  record Verwerking(String tijdstip, String actor, String actie, String resultaat, String herkomst, String traceId) {
    static Verwerking van(AuditRecord r) {
      return new Verwerking(r.tijdstip().toInstant().toString(), r.actor(), r.actie(), r.resultaat(), r.herkomst(),
          r.traceId());
    }
  }

  record Auditspoor(List<Verwerking> verwerkingen) {}

  record Inzage(DossierWeergave dossier, List<Verwerking> verwerkingen, String opgesteldOp) {}

  private final DossierService dossiers;
  private final Idempotentie idempotentie;

  DossierController(DossierService dossiers, Idempotentie idempotentie) {
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
    String gemeenteCode = p.patroon("gemeente", gemeente, Parameters.CBS_CODE, "moet een CBS-code zijn zoals GM0855");
    String azcCode = p.patroon("azc", azc, Parameters.AZC_CODE, "moet een azc-code zijn zoals AZC-OISTERWIJK");
    String statusCode = p.keuze("status", status, STATUSSEN);
    String scenarioCode = p.keuze("scenario", scenario, Scenario.CODES);
    String signaalCode = SignaalFilter.lees(p, signaal);
    UUID cp = p.uuid("contactpersoon", contactpersoon);
    Paginering.Vraag pag = p.pagina(pagina, paginaGrootte);
    String sortering = p.keuze("sorteer", sorteer, Lijstvraag.sorteringen());
    p.valideer();
    Lijstvraag vraag = new Lijstvraag(gemeenteCode, azcCode, statusCode, scenarioCode, signaalCode, cp, pag.pagina(),
        pag.paginaGrootte(), sortering == null ? Lijstvraag.STANDAARD_SORTERING : sortering);
    return dossiers.lijst(scope, vraag).map(r -> new DossierLijst(r.dossiers(), Paginering.van(pag, r.totaal())));
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
        i.verwerkingen().stream().map(Verwerking::van).toList(), i.opgesteldOp().toString()));
  }
}
