package nl.doorlopendelijn.gebruikers.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import nl.doorlopendelijn.gebruikers.internal.GebruikerService.Gebruiker;
import nl.doorlopendelijn.tenancy.Idempotentie;
import nl.doorlopendelijn.web.IdempotencyKey;
import nl.doorlopendelijn.web.Paginering;
import nl.doorlopendelijn.web.Parameters;
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
import reactor.core.publisher.Mono;

/**
 * The users of the coördinator's own region (role {@code regio-coordinator}; anyone else 403, by the security filter
 * chain). The region is the one of her token: these paths name no region.
 */
@RestController
@RequestMapping("/api/v1/gebruikers")
@Tag(name = "Gebruikers", description = "De gebruikers van de eigen regio: uitnodigen, rollen en gemeente, "
    + "deactiveren (regio-coördinator)")
class GebruikerController {

  record GebruikerLijst(List<Gebruiker> gebruikers, Paginering paginering) {}

  private final GebruikerService service;
  private final Idempotentie idempotentie;

  GebruikerController(GebruikerService service, Idempotentie idempotentie) {
    this.service = service;
    this.idempotentie = idempotentie;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "listGebruikers", summary = "De gebruikers van de eigen regio",
      description = "In de volgorde van hun gebruikersnaam; met rollen, gemeente en status bij naam.")
  Mono<GebruikerLijst> list(
      @Parameter(description = "Paginanummer, vanaf 1") @RequestParam(required = false) String pagina,
      @Parameter(description = "Aantal per pagina, 1 tot en met " + Paginering.MAX_PAGINAGROOTTE
          + " (standaard " + Paginering.STANDAARD_PAGINAGROOTTE + ")") @RequestParam(required = false)
      String paginaGrootte) {
    return Mono.fromCallable(() -> {
      Parameters p = new Parameters();
      Paginering.Vraag vraag = p.pagina(pagina, paginaGrootte);
      p.valideer();
      return vraag;
    }).flatMap(vraag -> service.eigenRegio().flatMap(region -> service.lijst(region, vraag)))
        .map(pag -> new GebruikerLijst(pag.gebruikers(), pag.paginering()));
  }

  @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "getGebruiker", summary = "Een gebruiker van de eigen regio, met ETag")
  Mono<ResponseEntity<Gebruiker>> get(@PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id) {
    String gebruiker = Parameters.id("id", id).toString();
    return service.eigenRegio().flatMap(region -> service.lees(region, gebruiker))
        .map(v -> ResponseEntity.ok().eTag(v.etag()).body(v.gebruiker()));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "nodigGebruikerUit", summary = "Nodig een gebruiker uit in de eigen regio",
      description = "Maakt het account aan (gebruikersnaam = e-mailadres) met rollen en gemeente; Keycloak mailt haar "
          + "een link om een wachtwoord te kiezen (geldig 3 dagen). 400 met elke fout, 403 voor een rol die een "
          + "regio niet kan toekennen, 409 voor een e-mailadres dat al een account heeft, 503 als er geen e-mail is "
          + "ingesteld (er wordt dan niets aangemaakt). Met een Idempotency-Key maakt herhalen geen tweede account.")
  Mono<ResponseEntity<Gebruiker>> invite(@RequestBody GebruikerService.GebruikerUitnodiging invoer,
      @RequestHeader(value = Idempotentie.HEADER, required = false) String idempotencyKey) {
    // a malformed key is refused before anything else, as on every POST
    IdempotencyKey.valideer(idempotencyKey);
    return service.eigenRegio().flatMap(region -> service.controleer(region, invoer)
        .then(idempotentie.inRegio(region.id(), idempotencyKey, invoer, () -> service.nodigUit(region, invoer)
            .map(v -> ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/gebruikers/" + v.gebruiker().id()))
                .eTag(v.etag())
                .body(v.gebruiker())))));
  }

  @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "wijzigGebruiker", summary = "Wijzig de rollen en de gemeente van een gebruiker "
      + "(If-Match vereist)", description = "De rollen zijn al haar rollen in de regio; zonder gemeente: null. "
      + "Uw eigen account wijzigt u hier niet (403).")
  Mono<ResponseEntity<Gebruiker>> update(
      @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody GebruikerService.GebruikerWijziging invoer) {
    String gebruiker = Parameters.id("id", id).toString();
    return service.eigenRegio().flatMap(region -> service.wijzig(region, gebruiker, ifMatch, invoer))
        .map(v -> ResponseEntity.ok().eTag(v.etag()).body(v.gebruiker()));
  }

  @PostMapping(value = "/{id}/deactiveringen", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "deactiveerGebruiker", summary = "Deactiveer een gebruiker",
      description = "Het account wordt uitgeschakeld, haar sessies beëindigd, en haar tokens die nog geldig zijn "
          + "worden vanaf nu geweigerd (401). Herhalen verandert niets. Uw eigen account deactiveert u niet (403).")
  Mono<ResponseEntity<Gebruiker>> deactivate(
      @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
      @RequestHeader(value = Idempotentie.HEADER, required = false) String idempotencyKey) {
    String gebruiker = Parameters.id("id", id).toString();
    return service.eigenRegio().flatMap(region -> service.nietZelf(region, gebruiker, "gebruiker.deactiveren")
        .then(idempotentie.inRegio(region.id(), idempotencyKey, null, () -> service.deactiveer(region, gebruiker)
            .map(v -> ResponseEntity.ok().eTag(v.etag()).body(v.gebruiker())))));
  }

  @PostMapping(value = "/{id}/heractiveringen", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "heractiveerGebruiker", summary = "Heractiveer een gedeactiveerde gebruiker",
      description = "Het account wordt weer ingeschakeld en haar tokens worden weer aanvaard. Herhalen verandert "
          + "niets.")
  Mono<ResponseEntity<Gebruiker>> reactivate(
      @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
      @RequestHeader(value = Idempotentie.HEADER, required = false) String idempotencyKey) {
    String gebruiker = Parameters.id("id", id).toString();
    return service.eigenRegio().flatMap(region -> idempotentie.inRegio(region.id(), idempotencyKey, null,
        () -> service.heractiveer(region, gebruiker)
            .map(v -> ResponseEntity.ok().eTag(v.etag()).body(v.gebruiker()))));
  }
}
