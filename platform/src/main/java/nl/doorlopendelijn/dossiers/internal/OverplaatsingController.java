package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.Idempotentie;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.web.Paginering;
import nl.doorlopendelijn.web.Parameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Overplaatsingen (issue 18): a dossier that landed in the wrong region moves to the region it belongs to, when
 * that region confirms receipt ({@link OverplaatsingService}). For the regio-coördinator of each side only (others
 * of the region: 403; anyone without a view of the region's dossiers: 404).
 */
@RestController
@Tag(name = "Overplaatsingen", description = "Een dossier overplaatsen naar een andere regio")
class OverplaatsingController {

  @Schema(name = "OverplaatsingLijst")
  record OverplaatsingLijst(List<OverplaatsingWeergave> overplaatsingen, Paginering paginering) {
    @Override
    public String toString() {
      return "OverplaatsingLijst[" + overplaatsingen.size() + ", " + paginering + "]";
    }
  }

  private final OverplaatsingService service;
  private final Idempotentie idempotentie;

  OverplaatsingController(OverplaatsingService service, Idempotentie idempotentie) {
    this.service = service;
    this.idempotentie = idempotentie;
  }

  @PostMapping("/api/v1/regios/{regio}/dossiers/{id}/overplaatsingen")
  @Operation(operationId = "createDossierOverplaatsing", summary = "Vraag een andere regio het dossier over te nemen",
      description = "Alleen de regio-coördinator. regio (de ontvangende regio), gemeente (CBS-code van de gemeente"
          + " van koppeling in die regio) en reden (1 tot 500 tekens) zijn verplicht. De ontvangende regio ziet alleen"
          + " naam, geboortedatum, COA-referentie, azc en koppelingsdatum tot zij de ontvangst bevestigt. Eén open"
          + " verzoek per dossier (anders 409); een gesloten dossier: 409. Zolang het open is, wordt het dossier niet"
          + " gehermatcht. Idempotency-Key.")
  @ApiResponse(responseCode = "201", description = "Aangevraagd; Location van het verzoek")
  @ApiResponse(responseCode = "409", description = "Er loopt al een verzoek, of het dossier is gesloten")
  Mono<ResponseEntity<OverplaatsingWeergave>> vraagAan(@PathVariable("regio") String regio,
      @PathVariable("id") String id, RegionScope scope,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel,
      @RequestBody(required = false) OverplaatsingInvoer invoer) {
    UUID dossier = Parameters.id("id", id);
    return idempotentie.inRegio(scope.tenantId(), sleutel, invoer, () -> service.vraagAan(scope, dossier, invoer)
        .map(o -> ResponseEntity.status(HttpStatus.CREATED).location(pad(scope, o.id())).body(o)));
  }

  @GetMapping("/api/v1/regios/{regio}/overplaatsingen")
  @Operation(operationId = "listOverplaatsingen", summary = "De overplaatsingen van de regio, nieuwste eerst",
      description = "Alleen de regio-coördinator. richting: inkomend (verzoeken aan deze regio, standaard) of"
          + " uitgaand (verzoeken van deze regio). Gepagineerd met pagina en paginaGrootte. Geaudit als"
          + " overplaatsing.lijst.")
  Mono<OverplaatsingLijst> lijst(@PathVariable("regio") String regio, RegionScope scope,
      @RequestParam(name = "richting", required = false) String richting,
      @RequestParam(name = "pagina", required = false) String pagina,
      @RequestParam(name = "paginaGrootte", required = false) String paginaGrootte) {
    Parameters p = new Parameters();
    String gekozen = p.keuze("richting", richting, OverplaatsingService.RICHTINGEN);
    String r = gekozen == null ? "inkomend" : gekozen;
    Paginering.Vraag pag = p.pagina(pagina, paginaGrootte);
    p.valideer();
    return service.lijst(scope, r, pag)
        .map(l -> new OverplaatsingLijst(l.overplaatsingen(), Paginering.van(pag, l.totaal())));
  }

  @GetMapping("/api/v1/regios/{regio}/overplaatsingen/{id}")
  @Operation(operationId = "getOverplaatsing", summary = "Haal een overplaatsing van de regio op",
      description = "Alleen de regio-coördinator; inkomend of uitgaand. Geaudit als overplaatsing.lezen.")
  Mono<OverplaatsingWeergave> lees(@PathVariable("regio") String regio, @PathVariable("id") String id,
      RegionScope scope) {
    return service.lees(scope, Parameters.id("id", id));
  }

  @PostMapping("/api/v1/regios/{regio}/overplaatsingen/{id}/bevestiging")
  @Operation(operationId = "createOverplaatsingBevestiging", summary = "Bevestig de ontvangst: het dossier komt over",
      description = "Alleen de regio-coördinator van de ontvangende regio. In één transactie gaan het dossier en al"
          + " zijn historie (mijlpalen, gebeurtenissen, gesprekken, contactlog, advies) naar deze regio, met een nieuw"
          + " dossiernummer, opnieuw gepland met de samenwerkingsafspraak van deze regio, zonder vaste contactpersoon;"
          + " de verzendende regio houdt er niets van. Zonder afspraak voor deze gemeente en dit azc: 409. Al"
          + " beantwoord of ingetrokken: 409. Idempotency-Key.")
  @ApiResponse(responseCode = "201", description = "Bevestigd; het verzoek met dossierId en nieuwDossiernummer")
  @ApiResponse(responseCode = "409", description = "Al beantwoord of ingetrokken, of geen afspraak in deze regio")
  Mono<ResponseEntity<OverplaatsingWeergave>> bevestig(@PathVariable("regio") String regio,
      @PathVariable("id") String id, RegionScope scope,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel) {
    UUID verzoek = Parameters.id("id", id);
    return idempotentie.inRegio(scope.tenantId(), sleutel, null, () -> service.bevestig(scope, verzoek)
        .map(o -> ResponseEntity.status(HttpStatus.CREATED).location(pad(scope, o.id())).body(o)));
  }

  @PostMapping("/api/v1/regios/{regio}/overplaatsingen/{id}/weigering")
  @Operation(operationId = "createOverplaatsingWeigering", summary = "Antwoord 'niet van ons', met een reden",
      description = "Alleen de regio-coördinator van de ontvangende regio. reden (1 tot 500 tekens) is verplicht. Het"
          + " dossier blijft in de verzendende regio, die het antwoord ziet. Al beantwoord of ingetrokken: 409."
          + " Idempotency-Key.")
  @ApiResponse(responseCode = "201", description = "Geweigerd")
  @ApiResponse(responseCode = "409", description = "Al beantwoord of ingetrokken")
  Mono<ResponseEntity<OverplaatsingWeergave>> weiger(@PathVariable("regio") String regio,
      @PathVariable("id") String id, RegionScope scope,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel,
      @RequestBody(required = false) WeigeringInvoer invoer) {
    UUID verzoek = Parameters.id("id", id);
    return idempotentie.inRegio(scope.tenantId(), sleutel, invoer, () -> service.weiger(scope, verzoek, invoer)
        .map(o -> ResponseEntity.status(HttpStatus.CREATED).location(pad(scope, o.id())).body(o)));
  }

  @PostMapping("/api/v1/regios/{regio}/overplaatsingen/{id}/intrekking")
  @Operation(operationId = "createOverplaatsingIntrekking", summary = "Trek een open verzoek in",
      description = "Alleen de regio-coördinator van de verzendende regio. Al beantwoord: 409 (wie eerst komt, wint:"
          + " een gelijktijdige bevestiging en intrekking geven precies één 201 en één 409). Idempotency-Key.")
  @ApiResponse(responseCode = "201", description = "Ingetrokken")
  @ApiResponse(responseCode = "409", description = "Al beantwoord of ingetrokken")
  Mono<ResponseEntity<OverplaatsingWeergave>> trekIn(@PathVariable("regio") String regio,
      @PathVariable("id") String id, RegionScope scope,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel) {
    UUID verzoek = Parameters.id("id", id);
    return idempotentie.inRegio(scope.tenantId(), sleutel, null, () -> service.trekIn(scope, verzoek)
        .map(o -> ResponseEntity.status(HttpStatus.CREATED).location(pad(scope, o.id())).body(o)));
  }

  private static URI pad(RegionScope scope, UUID id) {
    return URI.create("/api/v1/regios/" + scope.region().slug() + "/overplaatsingen/" + id);
  }
}
