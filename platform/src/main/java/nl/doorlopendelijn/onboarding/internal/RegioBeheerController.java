package nl.doorlopendelijn.onboarding.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import nl.doorlopendelijn.keycloak.RegionRealms;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Region management for platform operators (role {@code platform-operator}; anyone else gets 403, enforced by the
 * security filter chain). No personal data passes through here except in the export of an offboarded region.
 */
@RestController
@RequestMapping("/api/v1/beheer/regios")
@Tag(name = "Regiobeheer", description = "Regio's aanmelden, deactiveren, exporteren en verwijderen (platformbeheer)")
class RegioBeheerController {

  /** A region as the operator sees it. */
  record BeheerRegio(String slug, String naam, String issuer, String bron, String status) {
    static BeheerRegio of(Region r) {
      return new BeheerRegio(r.slug(), r.naam(), r.issuer(), r.source(), r.status());
    }
  }

  record Verwijdering(String slug, String status, Map<String, Long> verwijderdeRijen) {}

  private final RegionLifecycle lifecycle;

  RegioBeheerController(RegionLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "onboardRegio", summary = "Meld een regio aan met haar descriptor (idempotent)")
  Mono<ResponseEntity<BeheerRegio>> onboard(@RequestBody TenantDescriptor descriptor) {
    return lifecycle.onboard(descriptor).map(result -> ResponseEntity
        .status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .location(URI.create("/api/v1/beheer/regios/" + result.region().slug()))
        .body(BeheerRegio.of(result.region())));
  }

  record BeheerRegios(java.util.List<BeheerRegio> regios) {}

  @GetMapping
  @Operation(operationId = "listBeheerRegios", summary = "Alle regio's met hun status en bron (ook gedeactiveerde)")
  Mono<BeheerRegios> list() {
    return lifecycle.all().map(BeheerRegio::of)
        .sort(java.util.Comparator.comparing(BeheerRegio::naam, String.CASE_INSENSITIVE_ORDER))
        .collectList().map(BeheerRegios::new);
  }

  /**
   * The account of the region's first coördinator. Its temporary password is in this answer only: the platform
   * keeps it nowhere, so the answer is never cached.
   */
  @PostMapping(value = "/{regio}/coordinatoren", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "nodigCoordinatorUit",
      summary = "Maak de eerste regio-coördinator aan, met een eenmalig tijdelijk wachtwoord")
  Mono<ResponseEntity<RegionRealms.Uitnodiging>> inviteCoordinator(@PathVariable("regio") String regio,
      @RequestBody RegionLifecycle.EersteCoordinator coordinator) {
    return lifecycle.inviteCoordinator(regio, coordinator).map(u -> ResponseEntity.status(HttpStatus.CREATED)
        .cacheControl(org.springframework.http.CacheControl.noStore())
        .body(u));
  }

  @GetMapping("/{regio}")
  @Operation(operationId = "getBeheerRegio", summary = "Haal een regio en haar status op")
  Mono<BeheerRegio> get(@PathVariable("regio") String regio) {
    return lifecycle.get(regio).map(BeheerRegio::of);
  }

  @GetMapping("/{regio}/descriptor")
  @Operation(operationId = "getRegioDescriptor", summary = "Exporteer de descriptor van een regio (vorm van tenant.yaml)")
  Mono<TenantDescriptor> descriptor(@PathVariable("regio") String regio) {
    return lifecycle.get(regio).map(Region::descriptor);
  }

  @PostMapping("/{regio}/deactiveringen")
  @Operation(operationId = "deactiveerRegio", summary = "Deactiveer een regio: geen logins en geen API-toegang meer")
  Mono<BeheerRegio> deactivate(@PathVariable("regio") String regio) {
    return lifecycle.deactivate(regio).map(BeheerRegio::of);
  }

  @GetMapping(value = "/{regio}/export", produces = MediaType.APPLICATION_NDJSON_VALUE)
  @Operation(operationId = "exporteerRegio",
      summary = "Exporteer alle gegevens van een gedeactiveerde regio (NDJSON, gestreamd)")
  Flux<String> export(@PathVariable("regio") String regio) {
    return lifecycle.export(regio);
  }

  @DeleteMapping("/{regio}")
  @Operation(operationId = "verwijderRegio",
      summary = "Verwijder alle gegevens van een gedeactiveerde regio, behalve haar auditrecords")
  Mono<Verwijdering> purge(@PathVariable("regio") String regio) {
    return lifecycle.purge(regio).map(deleted -> new Verwijdering(regio, "verwijderd", deleted));
  }
}
