package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.web.Parameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The picker of the dossier forms: who can be chosen as a dossier's vaste contactpersoon (an active contact of its
 * gemeente) or casemanager (an active contact of its azc), by the one rule that also checks the choice
 * ({@link ContactpersoonKeuze}).
 */
@RestController
@RequestMapping("/api/v1/regios/{regio}/contactpersoon-keuzes")
@Tag(name = "Dossiers")
class ContactpersoonKeuzeController {

  record ContactpersoonKeuzes(List<DossierWeergave.Contact> contactpersonen) {}

  private final DossierService dossiers;

  ContactpersoonKeuzeController(DossierService dossiers) {
    this.dossiers = dossiers;
  }

  @GetMapping
  @Operation(operationId = "listContactpersoonKeuzes",
      summary = "De contactpersonen die u kunt kiezen als vaste contactpersoon of casemanager",
      description = "rol=vaste-contactpersoon met gemeente (CBS-code van een gemeente van de regio): de actieve"
          + " contactpersonen van die gemeente; rol=casemanager met azc: de actieve contactpersonen van dat azc."
          + " Op naam, getraind gemarkeerd. Alleen deze kan een dossier (vasteContactpersoonId, casemanagerId) noemen.")
  Mono<ContactpersoonKeuzes> keuzes(@PathVariable("regio") String regio, RegionScope scope,
      @Parameter(description = "vaste-contactpersoon of casemanager") @RequestParam(name = "rol", required = false)
      String rol,
      @Parameter(description = "CBS-code van de gemeente van het dossier (bij rol vaste-contactpersoon)")
      @RequestParam(name = "gemeente", required = false) String gemeente,
      @Parameter(description = "Code van het azc van het dossier (bij rol casemanager)")
      @RequestParam(name = "azc", required = false) String azc) {
    Parameters p = new Parameters();
    p.vereist("rol", rol, "is verplicht: vaste-contactpersoon of casemanager");
    Contactrol r = p.keuze("rol", rol, Contactrol::vanCode, Contactrol.codes());
    String gemeenteCode = p.patroon("gemeente", gemeente, Parameters.CBS_CODE, "moet een CBS-code zijn zoals GM0855");
    String azcCode = p.patroon("azc", azc, Parameters.AZC_CODE, "moet een azc-code zijn zoals AZC-OISTERWIJK");
    if (r == Contactrol.VASTE_CONTACTPERSOON) {
      p.vereist("gemeente", gemeente, "is verplicht bij rol vaste-contactpersoon");
    } else if (r == Contactrol.CASEMANAGER) {
      p.vereist("azc", azc, "is verplicht bij rol casemanager");
    }
    p.valideer();
    return dossiers.keuzes(scope, r, gemeenteCode, azcCode).map(ContactpersoonKeuzes::new);
  }
}
