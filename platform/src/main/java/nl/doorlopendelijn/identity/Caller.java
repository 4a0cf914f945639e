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
 * @param naam the caller's display name from the token at the time ({@code name}, else {@code given_name} +
 *     {@code family_name}, else {@code preferred_username}), or {@code null}: shown with the steps the caller takes
 *     in a dossier's own history, never in audit records ({@link #auditName()} stays the pseudonymous subject)
 */
public record Caller(
    CallerKind kind,
    String issuer,
    String subject,
    UUID tenantId,
    String regionSlug,
    Set<Role> roles,
    String gemeenteCode,
    String azcCode,
    String naam) {

  /** A caller whose token carries no name. */
  public Caller(CallerKind kind, String issuer, String subject, UUID tenantId, String regionSlug, Set<Role> roles,
      String gemeenteCode, String azcCode) {
    this(kind, issuer, subject, tenantId, regionSlug, roles, gemeenteCode, azcCode, null);
  }

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

  /** The name to show with a step the caller took: the token's name, else the pseudonymous subject. */
  public String weergaveNaam() {
    return naam != null ? naam : subject;
  }

  /** Without the name: a caller may be logged, a name may not. */
  @Override
  public String toString() {
    return "Caller[" + kind + ", " + issuer + ", " + subject + ", " + regionSlug + ", " + roles + ", " + gemeenteCode
        + ", " + azcCode + "]";
  }
}
