package nl.doorlopendelijn.tenancy.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Readiness (group {@code readiness}, as {@code regioRegister}): down until the region registry has loaded once.
 * Requests before that would wait for it; traffic is better not sent yet.
 */
@Component("regioRegister")
class RegioRegisterGereed implements ReactiveHealthIndicator {

  private final DatabaseRegionRegistry registry;

  RegioRegisterGereed(DatabaseRegionRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Mono<Health> health() {
    return Mono.just(registry.geladen() ? Health.up().build() : Health.outOfService().build());
  }
}
