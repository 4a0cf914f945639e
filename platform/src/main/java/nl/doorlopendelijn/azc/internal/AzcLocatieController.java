package nl.doorlopendelijn.azc.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.doorlopendelijn.azc.AzcLocatie;
import nl.doorlopendelijn.azc.AzcLocaties;
import nl.doorlopendelijn.azc.LocatieType;
import nl.doorlopendelijn.azc.Referentiebron;
import nl.doorlopendelijn.web.Parameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/azc-locaties")
@Tag(name = "Azc-locaties", description = "Landelijke referentielijst van COA-opvanglocaties")
class AzcLocatieController {

  /** The whole national list (tens of locations) with the snapshot it was filled from. */
  record AzcLocatieLijst(List<AzcLocatie> azcLocaties,
      @Schema(description = "Openbare bron en peildatum van de momentopname waarmee de lijst is gevuld")
      Referentiebron bron) {}

  private final AzcLocaties azcLocaties;

  AzcLocatieController(AzcLocaties azcLocaties) {
    this.azcLocaties = azcLocaties;
  }

  @GetMapping
  @Operation(operationId = "listAzcLocaties", summary = "Lijst alle azc-locaties",
      description = "De landelijke lijst: azc's van het COA en andere plaatsen waar statushouders wachten"
          + " (type), met de bron en peildatum van de momentopname. Filters: type, actief.")
  Mono<AzcLocatieLijst> list(@RequestParam(name = "type", required = false) String type,
      @RequestParam(name = "actief", required = false) String actief) {
    Parameters p = new Parameters();
    String typeCode = p.keuze("type", type, LocatieType.CODES);
    Boolean alleenActief = p.jaNee("actief", actief);
    p.valideer();
    return azcLocaties.all()
        .filter(a -> typeCode == null || typeCode.equals(a.type()))
        .filter(a -> alleenActief == null || alleenActief == a.actief())
        .collectList()
        .zipWith(azcLocaties.bron(AzcLocaties.LIJST_AZC_LOCATIES))
        .map(t -> new AzcLocatieLijst(t.getT1(), t.getT2()));
  }
}
