package nl.doorlopendelijn.keycloak;

import nl.doorlopendelijn.tenancy.TenantDescriptor;
import reactor.core.publisher.Mono;

/**
 * The Keycloak realm of a region, managed through Keycloak's admin API. Every operation is idempotent, so an
 * onboarding that failed half-way can simply be repeated. Errors reaching Keycloak arrive as
 * {@link RealmAdminUnavailableException}.
 */
public interface RegionRealms {

  /**
   * Creates the region's realm (roles, user profile, clients) unless it exists, then brings its brokered identity
   * providers in line with the descriptor ({@link #alignIdentityProviders}); emits true when the realm was created.
   */
  Mono<Boolean> provision(TenantDescriptor region);

  /**
   * Makes the realm broker exactly the identity providers of the descriptor, each with only the mappers that bind
   * its users to its gemeente and to gemeente-medewerker (mappers added by hand are removed). Emits false, changing
   * nothing, when the realm does not exist.
   */
  Mono<Boolean> alignIdentityProviders(TenantDescriptor region);

  /** Disables the realm: no more logins or token refreshes. Nothing happens when the realm does not exist. */
  Mono<Void> disable(String slug);

  /**
   * Creates the region's first regio-coördinator in its realm with a one-time temporary password and Keycloak's
   * required action {@code UPDATE_PASSWORD}: at her first login she must choose her own. The password is handed
   * to the caller once and kept nowhere by the platform (not stored, not logged). Signals
   * {@link UserExistsException} when the realm has a user with that e-mail address already.
   */
  Mono<Uitnodiging> inviteCoordinator(String slug, String voornaam, String achternaam, String email);

  /** The first coördinator's account: her username and the temporary password to pass on to her once. */
  record Uitnodiging(String gebruikersnaam, String tijdelijkWachtwoord, java.util.List<String> verplichteActies) {
    @Override
    public String toString() {
      return "Uitnodiging[" + gebruikersnaam + "]"; // never the password, not even in a log line
    }
  }

  /** The realm has a user with this username or e-mail address already. */
  final class UserExistsException extends RuntimeException {
    public UserExistsException(String message) {
      super(message, null, false, false);
    }
  }

  /** Keycloak's admin API could not be reached, or refused the platform's admin credentials. */
  final class RealmAdminUnavailableException extends RuntimeException {
    public RealmAdminUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
