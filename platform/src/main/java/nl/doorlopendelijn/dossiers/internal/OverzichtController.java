package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.doorlopendelijn.identity.Callers;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.Paginering;
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

  record AzcDossiers(List<DossierSamenvatting> dossiers) {}

  private final DossierOverzichten overzichten;

  OverzichtController(DossierOverzichten overzichten) {
    this.overzichten = overzichten;
  }

  @GetMapping("/api/v1/mijn/werkvoorraad")
  @Operation(operationId = "getMijnWerkvoorraad", summary = "Uw werkvoorraad: wat er te doen is in de dossiers die u ziet",
      description = "Te late mijlpalen, mijlpalen die binnen 7 dagen af moeten, verhuizingen binnen 14 dagen en open"
          + " signalen van de dossiers die u ziet (coördinator: de regio; gemeente-medewerker: de eigen gemeente;"
          + " COA: het eigen azc in elke regio waar u dossiers ziet). Eerst de dossiers waarvan u de vaste"
          + " contactpersoon of de casemanager bent (uw gekoppelde vermelding in de gids), dan de andere; binnen elke"
          + " groep te laat eerst (het langst te laat voorop), dan signalen met urgentie hoog, dan wat het eerst"
          + " komt. Elk item met zijn volgende actie. Gepagineerd met pagina en paginaGrootte.")
  Mono<WerkvoorraadWeergave> werkvoorraad(@RequestParam(name = "pagina", required = false) String pagina,
      @RequestParam(name = "paginaGrootte", required = false) String paginaGrootte) {
    Parameters p = new Parameters();
    Paginering.Vraag vraag = p.pagina(pagina, paginaGrootte);
    p.valideer();
    return Callers.current().switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(c -> overzichten.werkvoorraad(c, vraag));
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
