package nl.doorlopendelijn.directory.internal;

import nl.doorlopendelijn.web.ETags;
import nl.doorlopendelijn.web.Paginering;
import nl.doorlopendelijn.web.Parameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.directory.Organisatie;
import nl.doorlopendelijn.directory.OrganisatieType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

@RestController
@RequestMapping(value = "/api/v1/organisaties", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organisaties", description = "Gemeenten, azc's, COA-regiokantoren en partners in de contactpersonengids")
class OrganisatieController {

  private static final List<String> TYPES = Arrays.stream(OrganisatieType.values()).map(OrganisatieType::code)
      .toList();

  record OrganisatieLijst(List<Organisatie> organisaties, Paginering paginering) {}

  private final OrganisatieService service;
  private final Idempotentie idempotentie;

  OrganisatieController(OrganisatieService service, Idempotentie idempotentie) {
    this.service = service;
    this.idempotentie = idempotentie;
  }

  @GetMapping
  @Operation(operationId = "zoekOrganisaties", summary = "Zoek organisaties")
  Mono<OrganisatieLijst> zoek(
      @Parameter(description = "Vrije tekst in de naam") @RequestParam(required = false) String q,
      @Parameter(description = "gemeente, azc, coa-regiokantoor of partner") @RequestParam(required = false) String type,
      @Parameter(description = "Slug van een regio die de organisatie bedient") @RequestParam(required = false) String regio,
      @Parameter(description = "CBS-code van de gemeente") @RequestParam(required = false) String cbsCode,
      @Parameter(description = "Code van de azc-locatie") @RequestParam(required = false) String azcCode,
      @Parameter(description = "Ook gedeactiveerde organisaties (true/false)") @RequestParam(required = false) String inclusiefInactief,
      @Parameter(description = "Paginanummer, vanaf 1") @RequestParam(required = false) String pagina,
      @Parameter(description = "Aantal per pagina, 1 tot en met " + Paginering.MAX_PAGINAGROOTTE
          + " (standaard " + Paginering.STANDAARD_PAGINAGROOTTE + ")") @RequestParam(required = false) String paginaGrootte) {
    return Mono.fromCallable(() -> {
      Parameters p = new Parameters();
      String tekst = p.tekst("q", q, 200);
      OrganisatieType soort = p.keuze("type", type, OrganisatieType::fromCode, TYPES);
      String regioSlug = p.patroon("regio", regio, Parameters.REGIO_SLUG, "moet een regio-slug zijn");
      String cbs = p.patroon("cbsCode", cbsCode, Parameters.CBS_CODE, "moet een CBS-code zijn zoals GM0855");
      String azc = p.patroon("azcCode", azcCode, Parameters.AZC_CODE, "moet een azc-code zijn zoals AZC-OISTERWIJK");
      boolean ookInactief = p.jaNee("inclusiefInactief", inclusiefInactief, false);
      Paginering.Vraag pag = p.pagina(pagina, paginaGrootte);
      OrganisatieZoekvraag vraag = new OrganisatieZoekvraag(tekst, soort, regioSlug, cbs, azc, ookInactief,
          pag.pagina(), pag.paginaGrootte());
      p.valideer();
      return vraag;
    }).flatMap(service::search)
        .map(page -> new OrganisatieLijst(page.items(),
            Paginering.van(page.pagina(), page.paginaGrootte(), page.totaalAantal())));
  }

  @GetMapping("/{id}")
  @Operation(operationId = "getOrganisatie", summary = "Haal een organisatie op")
  Mono<ResponseEntity<Organisatie>> get(
      @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id) {
    return service.get(Parameters.id("id", id)).map(o -> ResponseEntity.ok().eTag(ETags.of(o.versie())).body(o));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "createOrganisatie", summary = "Voeg een organisatie toe")
  Mono<ResponseEntity<Organisatie>> create(@RequestBody OrganisatieInvoer invoer,
      @RequestHeader(value = Idempotentie.HEADER, required = false) String idempotencyKey) {
    return idempotentie.landelijk(idempotencyKey, invoer, () -> service.create(invoer)
        .map(o -> ResponseEntity.status(HttpStatus.CREATED)
            .location(URI.create("/api/v1/organisaties/" + o.id()))
            .eTag(ETags.of(o.versie()))
            .body(o)));
  }

  @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "updateOrganisatie", summary = "Wijzig een organisatie (If-Match vereist)")
  Mono<ResponseEntity<Organisatie>> update(
      @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody OrganisatieInvoer invoer) {
    return service.update(Parameters.id("id", id), ifMatch, invoer)
        .map(o -> ResponseEntity.ok().eTag(ETags.of(o.versie())).body(o));
  }

  @PostMapping("/{id}/deactiveringen")
  @Operation(operationId = "deactiveerOrganisatie",
      summary = "Deactiveer een organisatie zonder actieve contactpersonen (If-Match vereist)")
  Mono<ResponseEntity<Organisatie>> deactivate(
      @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestHeader(value = Idempotentie.HEADER, required = false) String idempotencyKey) {
    UUID organisatie = Parameters.id("id", id);
    return idempotentie.landelijk(idempotencyKey, null, () -> service.deactivate(organisatie, ifMatch)
        .map(o -> ResponseEntity.ok().eTag(ETags.of(o.versie())).body(o)));
  }
}
