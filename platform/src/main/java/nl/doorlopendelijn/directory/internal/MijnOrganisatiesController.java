package nl.doorlopendelijn.directory.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.doorlopendelijn.directory.Organisatie;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The organisations the caller answers for in the gids: a client (the pages) offers editing exactly where the API
 * allows it, without a second copy of the rule.
 */
@RestController
@Tag(name = "Organisaties")
class MijnOrganisatiesController {

  record BewerkbareOrganisaties(List<Organisatie> organisaties) {}

  private final OrganisatieService service;

  MijnOrganisatiesController(OrganisatieService service) {
    this.service = service;
  }

  @GetMapping(value = "/api/v1/mijn/organisaties", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "listMijnOrganisaties",
      summary = "De organisaties waarvan u de gegevens en contactpersonen mag bijhouden",
      description = "Actieve organisaties, op naam; dezelfde regel als bij het wijzigen (docs/security.md): een"
          + " gemeente-medewerker haar gemeente, een COA-liaison haar azc en haar COA-regiokantoor, een"
          + " regio-coördinator de gemeenten en partners van haar regio. Leeg als u niets mag bijhouden.")
  Mono<BewerkbareOrganisaties> bewerkbaar() {
    return service.bewerkbaar().map(BewerkbareOrganisaties::new);
  }
}
