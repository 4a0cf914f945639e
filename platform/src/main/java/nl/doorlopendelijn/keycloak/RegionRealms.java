package nl.doorlopendelijn.keycloak;

import nl.doorlopendelijn.tenancy.TenantDescriptor;
import reactor.core.publisher.Mono;

/**
 * The Keycloak realm of a region, managed through Keycloak's admin API. Every operation is idempotent, so an
 * onboarding that failed half-way can simply be repeated. Errors reaching Keycloak arrive as
 * {@link RealmAdminUnavailableException}.
 */
public interface RegionRealms {

  /** Creates the region's realm (roles, user profile, clients) unless it exists; emits true when it was created. */
  Mono<Boolean> provision(TenantDescriptor region);

  /** Disables the realm: no more logins or token refreshes. Nothing happens when the realm does not exist. */
  Mono<Void> disable(String slug);

  /** Keycloak's admin API could not be reached, or refused the platform's admin credentials. */
  final class RealmAdminUnavailableException extends RuntimeException {
    public RealmAdminUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
