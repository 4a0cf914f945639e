package nl.doorlopendelijn.outbox.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.doorlopendelijn.outbox.OutboxStand;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** For platform operators (the security chain admits only {@code platform-operator} to {@code /api/v1/beheer/**}). */
@RestController
@Tag(name = "Platformbeheer", description = "De stand van de afleveringen tussen modules (outbox)")
class UitgaandeGebeurtenissenController {

  private final OutboxStatus status;

  UitgaandeGebeurtenissenController(OutboxStatus status) {
    this.status = status;
  }

  @GetMapping(path = "/api/v1/beheer/uitgaande-gebeurtenissen", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "getUitgaandeGebeurtenissen",
      summary = "Hoeveel afleveringen wachten, hoeveel mislukken, en de oudste mislukte (zonder inhoud)")
  Mono<OutboxStand> stand() {
    return status.stand();
  }
}
