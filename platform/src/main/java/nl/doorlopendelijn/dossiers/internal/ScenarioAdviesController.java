package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import nl.doorlopendelijn.dossiers.advies.AdviesDrempels;
import nl.doorlopendelijn.dossiers.advies.ScenarioAdvies;
import nl.doorlopendelijn.dossiers.advies.ScenarioAdviseur;
import nl.doorlopendelijn.dossiers.advies.ScenarioFactoren;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Callers;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.InvalidParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Scenario advice from the four factors, with the caller's region's thresholds (COA, no region: the defaults). */
@RestController
@Tag(name = "Scenario-adviezen", description = "Welk scenario past bij deze inburgeraar, en waarom")
class ScenarioAdviesController {

  record Factoren(Integer afstandTotAzcKm, Integer verwachteMaandenTotWoning, Boolean kanReizen,
      Boolean digitaalVaardig) {}

  record Alternatief(String scenario, String waaromNiet) {}

  record Advies(String scenario, List<String> redenen, List<Alternatief> alternatieven,
      boolean bredeIntakeNaVoorinburgering, AdviesDrempels drempels) {}

  private final RegionRegistry regios;

  ScenarioAdviesController(RegionRegistry regios) {
    this.regios = regios;
  }

  @PostMapping("/api/v1/scenario-adviezen")
  @Operation(operationId = "createScenarioAdvies", summary = "Vraag een scenario-advies",
      description = "Geen persoonsgegevens: alleen de vier factoren. Drempels van de regio van de gebruiker.")
  Mono<Advies> adviseer(@RequestBody(required = false) Factoren f) {
    List<InvalidParam> fouten = new ArrayList<>();
    if (f == null) {
      fouten.add(new InvalidParam("(body)", "required", "is verplicht"));
    } else {
      bereik(fouten, "afstandTotAzcKm", f.afstandTotAzcKm(), 1000);
      bereik(fouten, "verwachteMaandenTotWoning", f.verwachteMaandenTotWoning(), 120);
      if (f.kanReizen() == null) {
        fouten.add(new InvalidParam("kanReizen", "required", "is verplicht"));
      }
      if (f.digitaalVaardig() == null) {
        fouten.add(new InvalidParam("digitaalVaardig", "required", "is verplicht"));
      }
    }
    if (!fouten.isEmpty()) {
      return Mono.error(ApiProblem.badRequest(fouten));
    }
    ScenarioFactoren factoren = new ScenarioFactoren(f.afstandTotAzcKm(), f.verwachteMaandenTotWoning(),
        f.kanReizen(), f.digitaalVaardig());
    return Callers.current().flatMap(this::drempels).defaultIfEmpty(AdviesDrempels.STANDAARD).map(d -> {
      ScenarioAdvies a = ScenarioAdviseur.adviseer(factoren, d);
      return new Advies(a.scenario().code(), a.redenen(),
          a.alternatieven().stream().map(x -> new Alternatief(x.scenario().code(), x.waaromNiet())).toList(),
          a.bredeIntakeNaVoorinburgering(), d);
    });
  }

  private Mono<AdviesDrempels> drempels(Caller c) {
    if (c.kind() != CallerKind.REGIO) {
      return Mono.just(AdviesDrempels.STANDAARD);
    }
    return regios.bySlug(c.regionSlug()).map(Region::descriptor).map(DossierService::drempels);
  }

  private static void bereik(List<InvalidParam> fouten, String naam, Integer waarde, int max) {
    if (waarde == null) {
      fouten.add(new InvalidParam(naam, "required", "is verplicht"));
    } else if (waarde < 0 || waarde > max) {
      fouten.add(new InvalidParam(naam, "range", "moet tussen 0 en " + max + " liggen"));
    }
  }
}
