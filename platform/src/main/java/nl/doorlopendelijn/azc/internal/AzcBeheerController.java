package nl.doorlopendelijn.azc.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import nl.doorlopendelijn.azc.AzcLocatie;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Callers;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import nl.doorlopendelijn.tenancy.Idempotentie;
import reactor.core.publisher.Mono;

/** One azc-locatie (readable by everyone with a token); maintained by platform operators only. */
@RestController
@RequestMapping("/api/v1/azc-locaties")
@Tag(name = "Azc-locaties")
class AzcBeheerController {

  private final AzcBeheer beheer;

  private final Idempotentie idempotentie;

  AzcBeheerController(AzcBeheer beheer, Idempotentie idempotentie) {
    this.beheer = beheer;
    this.idempotentie = idempotentie;
  }

  @GetMapping("/{code}")
  @Operation(operationId = "getAzcLocatie", summary = "Haal een azc-locatie op")
  Mono<ResponseEntity<AzcLocatie>> haal(@PathVariable("code") String code) {
    return beheer.haal(code).switchIfEmpty(Mono.error(ApiProblem::notFound)).map(v -> antwoord(HttpStatus.OK, v));
  }

  @PostMapping
  @Operation(operationId = "createAzcLocatie", summary = "Voeg een azc-locatie toe (platformbeheerder)")
  Mono<ResponseEntity<AzcLocatie>> maak(@RequestBody(required = false) AzcBeheer.Verzoek verzoek,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel) {
    return operator().then(idempotentie.landelijk(sleutel, verzoek, () -> beheer.maak(verzoek).map(v -> ResponseEntity
        .created(URI.create("/api/v1/azc-locaties/" + v.locatie().code())).eTag("\"" + v.versie() + "\"")
        .body(v.locatie()))));
  }

  @PutMapping("/{code}")
  @Operation(operationId = "updateAzcLocatie", summary = "Wijzig een azc-locatie (platformbeheerder); If-Match vereist")
  Mono<ResponseEntity<AzcLocatie>> wijzig(@PathVariable("code") String code,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody(required = false) AzcBeheer.Verzoek verzoek) {
    return operator().then(Mono.defer(() -> beheer.wijzig(code, ETags.required(ifMatch), verzoek)))
        .map(v -> antwoord(HttpStatus.OK, v));
  }

  /** Only platform operators; anyone else is refused with a 404 like every refusal. */
  private static Mono<Caller> operator() {
    return Callers.current()
        .filter(c -> c.kind() == CallerKind.PLATFORM && c.has(Role.PLATFORM_OPERATOR))
        .switchIfEmpty(Mono.error(ApiProblem::notFound));
  }


  private static ResponseEntity<AzcLocatie> antwoord(HttpStatus status, AzcBeheer.Versie v) {
    return ResponseEntity.status(status).eTag("\"" + v.versie() + "\"").body(v.locatie());
  }
}
