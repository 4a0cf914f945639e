package nl.doorlopendelijn.directory.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.directory.Contactpersoon;
import nl.doorlopendelijn.tenancy.Idempotentie;
import nl.doorlopendelijn.web.ETags;
import nl.doorlopendelijn.web.Parameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A user and her own entry in the gids: she claims it ("dit ben ik"), an editor of its organisation confirms or
 * rejects; {@code /mijn/contactpersoon} is her confirmed entry. Never by matching e-mail addresses.
 */
@RestController
@Tag(name = "Contactpersonen")
class KoppelingController {

  record Koppelingen(List<Koppeling> koppelingen) {}

  private final KoppelingService service;
  private final Idempotentie idempotentie;

  KoppelingController(KoppelingService service, Idempotentie idempotentie) {
    this.service = service;
    this.idempotentie = idempotentie;
  }

  @PostMapping(value = "/api/v1/contactpersonen/{id}/koppelingen", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "claimContactpersoon", summary = "Dit ben ik: claim uw eigen vermelding in de gids",
      description = "Voor een vermelding van uw eigen organisatie; de claim wacht op bevestiging door wie de"
          + " gegevens van die organisatie bijhoudt. Een gebruiker heeft hoogstens één koppeling, een vermelding"
          + " ook: anders 409. Met Idempotency-Key.")
  @ApiResponse(responseCode = "201", description = "Geclaimd, wacht op bevestiging")
  @ApiResponse(responseCode = "409", description = "Al geclaimd, of u bent al gekoppeld, of de contactpersoon is vertrokken")
  Mono<ResponseEntity<Koppeling>> claim(@PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
      @RequestHeader(value = Idempotentie.HEADER, required = false) String sleutel) {
    UUID contactpersoon = Parameters.id("id", id);
    return idempotentie.landelijk(sleutel, null, () -> service.claim(contactpersoon)
        .map(k -> ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/mijn/koppeling")).body(k)));
  }

  @PostMapping(value = "/api/v1/contactpersonen/{id}/koppelingen/bevestigingen",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "bevestigContactpersoonKoppeling", summary = "Bevestig de claim van een vermelding",
      description = "Door wie de gegevens van de organisatie van de vermelding bijhoudt, niet door wie claimde."
          + " Met Idempotency-Key.")
  @ApiResponse(responseCode = "409", description = "Over de claim is al beslist")
  Mono<ResponseEntity<Koppeling>> bevestig(
      @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
      @RequestHeader(value = Idempotentie.HEADER, required = false) String sleutel) {
    UUID contactpersoon = Parameters.id("id", id);
    return idempotentie.landelijk(sleutel, null, () -> service.bevestig(contactpersoon)
        .map(k -> ResponseEntity.ok().body(k)));
  }

  @PostMapping(value = "/api/v1/contactpersonen/{id}/koppelingen/afwijzingen",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "wijsContactpersoonKoppelingAf", summary = "Wijs de claim van een vermelding af",
      description = "Door wie de gegevens van de organisatie van de vermelding bijhoudt, niet door wie claimde; de"
          + " claim vervalt en de vermelding kan opnieuw worden geclaimd. Met Idempotency-Key.")
  @ApiResponse(responseCode = "409", description = "Over de claim is al beslist")
  Mono<ResponseEntity<Koppeling>> wijsAf(
      @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
      @RequestHeader(value = Idempotentie.HEADER, required = false) String sleutel) {
    UUID contactpersoon = Parameters.id("id", id);
    return idempotentie.landelijk(sleutel, null, () -> service.wijsAf(contactpersoon)
        .map(k -> ResponseEntity.ok().body(k)));
  }

  @GetMapping(value = "/api/v1/contactpersoon-koppelingen", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "listTeBevestigenKoppelingen", summary = "Claims die op uw bevestiging wachten",
      description = "Van de organisaties waarvan u de gegevens bijhoudt, uw eigen claim niet; oudste eerst.")
  Mono<Koppelingen> teBevestigen() {
    return service.teBevestigen().map(Koppelingen::new);
  }

  @GetMapping(value = "/api/v1/mijn/contactpersoon", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "getMijnContactpersoon", summary = "Uw eigen vermelding in de gids (bevestigd)",
      description = "404 zolang u geen bevestigde koppeling heeft.")
  Mono<ResponseEntity<Contactpersoon>> mijnContactpersoon() {
    return service.mijnContactpersoon().map(c -> ResponseEntity.ok().eTag(ETags.of(c.versie())).body(c));
  }

  @GetMapping(value = "/api/v1/mijn/koppeling", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "getMijnKoppeling", summary = "Uw claim van een vermelding in de gids",
      description = "Aangevraagd of bevestigd; 404 als u niets heeft geclaimd.")
  Mono<Koppeling> mijnKoppeling() {
    return service.mijnKoppeling();
  }
}
