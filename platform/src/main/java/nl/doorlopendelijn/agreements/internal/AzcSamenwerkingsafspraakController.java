package nl.doorlopendelijn.agreements.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.doorlopendelijn.identity.Callers;
import nl.doorlopendelijn.web.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A COA liaison's agreements across every region, for their own azc only. */
@RestController
@Tag(name = "Samenwerkingsafspraken")
class AzcSamenwerkingsafspraakController {

  record AzcSamenwerkingsafspraken(List<SamenwerkingsafspraakWeergave> samenwerkingsafspraken) {}

  private final AfspraakService service;

  AzcSamenwerkingsafspraakController(AfspraakService service) {
    this.service = service;
  }

  @GetMapping("/api/v1/azc-locaties/{azc}/samenwerkingsafspraken")
  @Operation(operationId = "listSamenwerkingsafsprakenVanAzc",
      summary = "De samenwerkingsafspraken van een azc in alle regio's (alleen voor de COA van dat azc)")
  Mono<AzcSamenwerkingsafspraken> lijst(@PathVariable("azc") String azc) {
    return Callers.current()
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMapMany(caller -> service.vanAzcOverRegios(caller, azc))
        .map(rv -> SamenwerkingsafspraakWeergave.van(rv.versie(), true, rv.regio().slug()))
        .collectList().map(AzcSamenwerkingsafspraken::new);
  }
}
