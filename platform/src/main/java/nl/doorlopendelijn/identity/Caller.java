package nl.doorlopendelijn.identity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one principal type the platform works with, whatever identity provider issued the token.
 *
 * @param kind which realm kind issued the token
 * @param issuer the token's {@code iss}
 * @param subject the token's {@code sub} (pseudonymous; never a name or e-mail)
 * @param tenantId the caller's own region for {@link CallerKind#REGIO}, otherwise {@code null}
 * @param regionSlug the caller's own region slug for {@link CallerKind#REGIO}, otherwise {@code null}
 * @param roles the platform roles found in the token
 * @param gemeenteCode CBS code of the caller's gemeente (gemeente-medewerkers), or {@code null}
 * @param azcCode code of the caller's azc-locatie (COA liaisons), or {@code null}
 */
public record Caller(
    CallerKind kind,
    String issuer,
    String subject,
    UUID tenantId,
    String regionSlug,
    Set<Role> roles,
    String gemeenteCode,
    String azcCode) {

  public Caller {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(subject, "subject");
    roles = Set.copyOf(roles);
    if (kind == CallerKind.REGIO && (tenantId == null || regionSlug == null)) {
      throw new IllegalArgumentException("a region caller needs its region");
    }
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public Optional<UUID> ownTenant() {
    return Optional.ofNullable(tenantId);
  }

  public Optional<String> gemeente() {
    return Optional.ofNullable(gemeenteCode);
  }

  public Optional<String> azc() {
    return Optional.ofNullable(azcCode);
  }

  /** How the caller appears in audit records: the token's pseudonymous subject ({@code sub}), never a name or e-mail. */
  public String auditName() {
    return subject;
  }
}
