package nl.doorlopendelijn.azc.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.doorlopendelijn.azc.AzcLocatie;
import nl.doorlopendelijn.azc.AzcLocaties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/azc-locaties")
@Tag(name = "Azc-locaties", description = "Landelijke referentielijst van COA-opvanglocaties")
class AzcLocatieController {

  record AzcLocatieLijst(List<AzcLocatie> azcLocaties) {}

  private final AzcLocaties azcLocaties;

  AzcLocatieController(AzcLocaties azcLocaties) {
    this.azcLocaties = azcLocaties;
  }

  @GetMapping
  @Operation(operationId = "listAzcLocaties", summary = "Lijst alle azc-locaties")
  Mono<AzcLocatieLijst> list() {
    return azcLocaties.all().collectList().map(AzcLocatieLijst::new);
  }
}
