package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.doorlopendelijn.dossiers.internal.DossierOverzichten.WerkItem;
import nl.doorlopendelijn.identity.Callers;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.Parameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Views that span regions: the caller's werkvoorraad and a COA liaison's list of their azc. */
@RestController
@Tag(name = "Dossiers", description = "Overdrachtsdossiers: tijdlijn, signalen, audit en inzage")
class OverzichtController {

  record Werkvoorraad(List<WerkItem> signalen) {}

  record AzcDossiers(List<DossierSamenvatting> dossiers) {}

  private final DossierOverzichten overzichten;

  OverzichtController(DossierOverzichten overzichten) {
    this.overzichten = overzichten;
  }

  @GetMapping("/api/v1/mijn/werkvoorraad")
  @Operation(operationId = "getMijnWerkvoorraad", summary = "De signalen van de dossiers waaraan u werkt",
      description = "Coördinator: de regio; gemeente-medewerker: de eigen gemeente; COA: het eigen azc in elke regio."
          + " Meest urgent eerst.")
  Mono<Werkvoorraad> werkvoorraad() {
    return Callers.current().switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(overzichten::werkvoorraad).map(Werkvoorraad::new);
  }

  @GetMapping("/api/v1/azc-locaties/{azc}/dossiers")
  @Operation(operationId = "listAzcDossiers", summary = "De dossiers van uw azc in alle regio's (COA)",
      description = "Per regio hoogstens " + DossierOverzichten.MAX_PER_REGIO + " dossiers, op dossiernummer.")
  Mono<AzcDossiers> vanAzc(@PathVariable("azc") String azc,
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "signaal", required = false) String signaal) {
    Parameters p = new Parameters();
    String statusCode = p.keuze("status", status, DossierController.STATUSSEN);
    String signaalCode = SignaalFilter.lees(p, signaal);
    p.valideer();
    return Callers.current().switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(c -> overzichten.vanAzc(c, azc, statusCode, signaalCode)).map(AzcDossiers::new);
  }
}
