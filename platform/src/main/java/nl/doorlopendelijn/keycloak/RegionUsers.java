package nl.doorlopendelijn.keycloak;

import java.util.List;
import java.util.Set;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.tenancy.Region;
import reactor.core.publisher.Mono;

/**
 * The users of a region's Keycloak realm, managed through Keycloak's admin API (blocking: every call runs off the
 * event loop). Which realm is the caller's business: pass the region of the coördinator's own token, never one
 * named in a request. Only the region realm's own roles are read and written; any other role mapping a user has
 * (Keycloak's defaults) is left as it is. Errors reaching Keycloak arrive as
 * {@link RegionRealms.RealmAdminUnavailableException}.
 */
public interface RegionUsers {

  /** How long the link in the invitation mail works. */
  java.time.Duration LINK_GELDIG = java.time.Duration.ofDays(3);

  /**
   * A user of the region realm.
   *
   * @param id Keycloak's id, which is the {@code sub} of her tokens
   * @param rollen the platform roles among her realm roles
   * @param gemeente her {@code gemeente} attribute (CBS code), or {@code null}
   * @param actief whether the account is enabled
   * @param uitgenodigd whether she has still to choose her password (required action {@code UPDATE_PASSWORD})
   */
  record RegionUser(String id, String voornaam, String achternaam, String email, Set<Role> rollen, String gemeente,
      boolean actief, boolean uitgenodigd) {
    public RegionUser {
      rollen = Set.copyOf(rollen);
    }

    /** Without her name and address: a user may be logged, her personal data may not. */
    @Override
    public String toString() {
      return "RegionUser[" + id + ", " + rollen + ", " + gemeente + ", actief=" + actief + "]";
    }
  }

  /** One page of users, in Keycloak's order (by username), and how many the realm has. */
  record UsersPage(List<RegionUser> users, long total) {}

  /** Who is invited: name, work e-mail address (her username), roles and gemeente (or {@code null}). */
  record NewUser(String voornaam, String achternaam, String email, Set<Role> rollen, String gemeente) {
    @Override
    public String toString() {
      return "NewUser[" + rollen + ", " + gemeente + "]";
    }
  }

  Mono<UsersPage> list(Region region, long offset, int limit);

  /** The user, or empty when the realm has no user with this id. */
  Mono<RegionUser> get(Region region, String id);

  /**
   * Creates the user (enabled, required action {@code UPDATE_PASSWORD}, no password) and has Keycloak mail her a
   * link to choose one ({@code execute-actions-email}, valid {@link #LINK_GELDIG}). The realm's SMTP settings are
   * brought up to date first. Signals {@link MailNotConfiguredException} (nothing created) when no SMTP server is
   * configured, {@link RegionRealms.UserExistsException} when the address is in use; a mail that cannot be sent
   * removes the user again and signals {@link RegionRealms.RealmAdminUnavailableException}.
   */
  Mono<RegionUser> invite(Region region, NewUser user);

  /** Sets her region roles to exactly {@code rollen} and her gemeente (or none); empty when there is no such user. */
  Mono<RegionUser> change(Region region, String id, Set<Role> rollen, String gemeente);

  /**
   * Disables the account, ends her sessions, and refuses her tokens at once (the platform's own list of deactivated
   * accounts: a token already issued gets 401 on its next request). Idempotent; empty when there is no such user.
   */
  Mono<RegionUser> deactivate(Region region, String id);

  /** Enables the account again and accepts her tokens again. Idempotent; empty when there is no such user. */
  Mono<RegionUser> reactivate(Region region, String id);

  /** No SMTP server is configured for the realms' mail ({@code doorlopendelijn.keycloak.smtp.*}). */
  final class MailNotConfiguredException extends RuntimeException {
    public MailNotConfiguredException() {
      super("geen SMTP-server ingesteld (doorlopendelijn.keycloak.smtp.host)", null, false, false);
    }
  }
}
