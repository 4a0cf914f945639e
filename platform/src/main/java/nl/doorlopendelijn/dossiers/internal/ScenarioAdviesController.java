package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.doorlopendelijn.dossiers.advies.Afstand;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Callers;
import nl.doorlopendelijn.tenancy.CoaRegios;
import nl.doorlopendelijn.tenancy.CoaToegang;
import nl.doorlopendelijn.tenancy.OverRegios;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.InvalidParam;
import nl.doorlopendelijn.web.Parameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Scenario advice from the factors, with the thresholds of the region it is for: a region's user gets her own
 * region's; a COA liaison gets those of the region she names, or of the one region where her azc works (or the one
 * with the gemeente she names); only where her azc works with no region, the standard ones. The distance may be
 * left out when the gemeente and the azc are named: it is then estimated from where they lie.
 */
@RestController
@Tag(name = "Scenario-adviezen", description = "Welk scenario past bij deze inburgeraar, en waarom")
class ScenarioAdviesController {

  @Schema(name = "ScenarioAdviesVraag")
  record Vraag(
      @Schema(description = "Leeg: geschat uit de ligging van gemeente en azcLocatie") Integer afstandTotAzcKm,
      Integer verwachteMaandenTotWoning, Boolean kanReizen, Boolean digitaalVaardig,
      @Schema(description = "Regio waarvan de drempels gelden (voor het COA; een regio-gebruiker: de eigen)",
          example = "hart-van-brabant") String regio,
      @Schema(description = "Vestigingsgemeente (CBS-code), voor de afstand en (COA) de regio", example = "GM0855")
      String gemeente,
      @Schema(description = "Locatie (azc); voor het COA standaard het eigen azc", example = "AZC-OISTERWIJK")
      String azcLocatie) {}

  /** The region whose thresholds apply (empty: the standard ones), or why the request cannot say which. */
  private record Regiokeuze(Optional<Region> regio, InvalidParam fout) {
    static Regiokeuze van(Region r) {
      return new Regiokeuze(Optional.ofNullable(r), null);
    }
  }

  private final RegionRegistry regios;
  private final OverRegios overRegios;
  private final Advisering advisering;

  ScenarioAdviesController(RegionRegistry regios, OverRegios overRegios, Advisering advisering) {
    this.regios = regios;
    this.overRegios = overRegios;
    this.advisering = advisering;
  }

  @PostMapping("/api/v1/scenario-adviezen")
  @Operation(operationId = "createScenarioAdvies", summary = "Vraag een scenario-advies",
      description = "Geen persoonsgegevens: alleen de factoren. Drempels van de regio van de gebruiker; voor het"
          + " COA van de genoemde regio, of van de regio waar het azc mee werkt. Zonder afstand: geschat uit de"
          + " ligging van gemeente en azc.")
  Mono<AdviesWeergave> adviseer(@RequestBody(required = false) Vraag v) {
    List<InvalidParam> fouten = new ArrayList<>();
    if (v == null) {
      return Mono.error(ApiProblem.badRequest(List.of(new InvalidParam("(body)", "required", "is verplicht"))));
    }
    if (v.afstandTotAzcKm() != null) {
      bereik(fouten, "afstandTotAzcKm", v.afstandTotAzcKm(), 1000);
    }
    bereik(fouten, "verwachteMaandenTotWoning", v.verwachteMaandenTotWoning(), 120);
    if (v.kanReizen() == null) {
      fouten.add(new InvalidParam("kanReizen", "required", "is verplicht"));
    }
    if (v.digitaalVaardig() == null) {
      fouten.add(new InvalidParam("digitaalVaardig", "required", "is verplicht"));
    }
    patroon(fouten, "regio", v.regio(), Parameters.REGIO_SLUG, "moet een regio-slug zijn zoals hart-van-brabant");
    patroon(fouten, "gemeente", v.gemeente(), Parameters.CBS_CODE, "moet een CBS-code zijn zoals GM0855");
    patroon(fouten, "azcLocatie", v.azcLocatie(), Parameters.AZC_CODE, "moet een azc-code zijn zoals AZC-OISTERWIJK");
    if (!fouten.isEmpty()) {
      return Mono.error(ApiProblem.badRequest(fouten));
    }
    return Callers.current().flatMap(c -> regiokeuze(c, v).zipWith(afstand(c, v))
        .flatMap(t -> {
          Regiokeuze keuze = t.getT1();
          List<InvalidParam> nogFouten = new ArrayList<>();
          if (keuze.fout() != null) {
            nogFouten.add(keuze.fout());
          }
          if (t.getT2().isEmpty()) {
            nogFouten.add(new InvalidParam("afstandTotAzcKm", "required", "vul de afstand in, of noem de gemeente"
                + " en de azcLocatie (waarvan de ligging bekend is): dan wordt hij geschat"));
          }
          if (!nogFouten.isEmpty()) {
            return Mono.error(ApiProblem.badRequest(nogFouten));
          }
          Region regio = keuze.regio().orElse(null);
          Advisering.Uitkomst u = Advisering.adviseer(
              new Factoren(v.afstandTotAzcKm(), v.verwachteMaandenTotWoning(), v.kanReizen(), v.digitaalVaardig()),
              t.getT2().get(), DossierService.drempels(regio == null ? null : regio.descriptor()),
              regio == null ? null : regio.slug());
          return Mono.just(u.weergave(null));
        }));
  }

  private Mono<Regiokeuze> regiokeuze(Caller c, Vraag v) {
    if (c.kind() == CallerKind.REGIO) {
      if (v.regio() != null && !v.regio().equals(c.regionSlug())) {
        return Mono.just(new Regiokeuze(Optional.empty(),
            new InvalidParam("regio", "not-allowed", "is niet uw regio: u krijgt de drempels van uw eigen regio")));
      }
      return regios.bySlug(c.regionSlug()).map(Regiokeuze::van).defaultIfEmpty(Regiokeuze.van(null));
    }
    if (c.kind() != CallerKind.COA) {
      return Mono.just(Regiokeuze.van(null));
    }
    // the regions where the liaison's azc works (the one rule: CoaRegios), each entered at least for its dossiers
    return overRegios.voorCoa(c, CoaToegang.ALLEEN_DOSSIERS).regios().collectList()
        .map(kandidaten -> kiesVoorCoa(kandidaten, v));
  }

  /**
   * The region of a COA liaison's advice: the one she names; else the one of those her azc works with that has the
   * gemeente she names; else the one where an agreement of her azc is in force, or the only one. None: the
   * standard thresholds. Several and nothing to choose by: she must name it.
   */
  static Regiokeuze kiesVoorCoa(List<CoaRegios.RegioToegang> kandidaten, Vraag v) {
    List<Region> regios = kandidaten.stream().map(CoaRegios.RegioToegang::regio).toList();
    if (v.regio() != null) {
      return regios.stream().filter(r -> r.slug().equals(v.regio())).findFirst().map(Regiokeuze::van)
          .orElseGet(() -> new Regiokeuze(Optional.empty(),
              new InvalidParam("regio", "unknown", "is geen regio waar uw azc mee werkt")));
    }
    if (v.gemeente() != null) {
      List<Region> metGemeente = regios.stream().filter(r -> r.descriptor() != null
          && r.descriptor().gemeenten().stream().anyMatch(g -> g.cbsCode().equals(v.gemeente()))).toList();
      if (metGemeente.size() == 1) {
        return Regiokeuze.van(metGemeente.get(0));
      }
    }
    List<Region> inWerking = kandidaten.stream().filter(k -> k.toegang().minstens(CoaToegang.VOLLEDIG))
        .map(CoaRegios.RegioToegang::regio).toList();
    if (inWerking.size() == 1) {
      return Regiokeuze.van(inWerking.get(0));
    }
    if (regios.size() <= 1) {
      return Regiokeuze.van(regios.isEmpty() ? null : regios.get(0));
    }
    return new Regiokeuze(Optional.empty(), new InvalidParam("regio", "required",
        "uw azc werkt met meer regio's: noem de regio (" + String.join(", ", regios.stream().map(Region::slug).toList())
            + ")"));
  }

  private Mono<Optional<Afstand>> afstand(Caller c, Vraag v) {
    String azc = v.azcLocatie() != null ? v.azcLocatie() : c.kind() == CallerKind.COA ? c.azcCode() : null;
    return advisering.afstand(v.afstandTotAzcKm(), v.gemeente(), azc).map(Optional::of)
        .defaultIfEmpty(Optional.empty());
  }

  private static void bereik(List<InvalidParam> fouten, String naam, Integer waarde, int max) {
    if (waarde == null) {
      fouten.add(new InvalidParam(naam, "required", "is verplicht"));
    } else if (waarde < 0 || waarde > max) {
      fouten.add(new InvalidParam(naam, "range", "moet tussen 0 en " + max + " liggen"));
    }
  }

  private static void patroon(List<InvalidParam> fouten, String naam, String waarde, String regex, String uitleg) {
    if (waarde != null && !waarde.matches(regex)) {
      fouten.add(new InvalidParam(naam, "pattern", uitleg));
    }
  }
}
