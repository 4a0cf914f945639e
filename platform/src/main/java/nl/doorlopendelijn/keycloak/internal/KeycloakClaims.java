package nl.doorlopendelijn.keycloak.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.TenantDescriptor;

/**
 * Maps a verified Keycloak access token to a {@link Caller}. Pure: the realm kind and region are found by the
 * caller of this class. Roles a realm kind may not grant are dropped (a region realm cannot make someone a COA
 * liaison), and a {@code gemeente} outside the region is ignored, so a mis-configured realm gives less access,
 * never more.
 * <p>
 * A user who came through one of the gemeenten's own identity providers (the token's {@value
 * #IDENTITY_PROVIDER} claim names it) belongs to that provider's gemeente and is at most a gemeente-medewerker,
 * whatever {@code gemeente} and roles the token carries: the realm's mappers should say the same, but a realm
 * changed by hand cannot widen it. A provider the region's descriptor does not name gives no roles at all.
 */
final class KeycloakClaims {

  static final String GEMEENTE = "gemeente";
  static final String AZC = "azc";
  static final String IDENTITY_PROVIDER = nl.doorlopendelijn.keycloak.provisioning.RealmFactory.IDENTITY_PROVIDER_CLAIM;
  /** The most a brokered user can be. */
  static final Set<Role> BROKERED_ROLES = EnumSet.of(Role.GEMEENTE_MEDEWERKER);

  private static final Set<Role> REGION_ROLES =
      EnumSet.of(Role.REGIO_COORDINATOR, Role.GEMEENTE_MEDEWERKER, Role.TEKENBEVOEGD, Role.DASHBOARD_VIEWER);

  private KeycloakClaims() {}

  static Caller regionCaller(Region region, String issuer, String subject, Map<String, Object> claims) {
    Set<Role> roles;
    String gemeente;
    if (claims.get(IDENTITY_PROVIDER) != null) {
      // present in any form: brokered. Not exactly one alias of the descriptor (a list, a blank) is an unknown one.
      Optional<String> broker = single(claims.get(IDENTITY_PROVIDER));
      Optional<TenantDescriptor.Identiteitsaanbieder> bound = region.descriptor().aanbieders().stream()
          .filter(aanbieder -> broker.isPresent() && aanbieder.alias().equals(broker.get()))
          .findFirst();
      roles = bound.isPresent() ? roles(claims, BROKERED_ROLES) : EnumSet.noneOf(Role.class);
      gemeente = bound.map(TenantDescriptor.Identiteitsaanbieder::gemeente).orElse(null);
    } else {
      roles = roles(claims, REGION_ROLES);
      gemeente = single(claims.get(GEMEENTE)).orElse(null);
    }
    gemeente = gemeente != null && region.descriptor().gemeenten().stream().map(TenantDescriptor.Gemeente::cbsCode)
        .anyMatch(gemeente::equals) ? gemeente : null;
    return new Caller(CallerKind.REGIO, issuer, subject, region.id(), region.slug(), roles, gemeente, null,
        naam(claims));
  }

  static Caller coaCaller(String issuer, String subject, Map<String, Object> claims) {
    String azc = single(claims.get(AZC)).filter(code -> code.matches("^AZC-[A-Z0-9-]+$")).orElse(null);
    return new Caller(CallerKind.COA, issuer, subject, null, null, roles(claims, EnumSet.of(Role.COA_LIAISON)),
        null, azc, naam(claims));
  }

  static Caller platformCaller(String issuer, String subject, Map<String, Object> claims) {
    return new Caller(CallerKind.PLATFORM, issuer, subject, null, null,
        roles(claims, EnumSet.of(Role.PLATFORM_OPERATOR)), null, null, naam(claims));
  }

  /** Longest display name kept: a longer claim is cut (a name, not a document). */
  static final int MAX_NAAM = 200;

  /**
   * The display name of the token's user: {@code name}, else {@code given_name} + {@code family_name}, else
   * {@code preferred_username}; {@code null} when the token has none of them.
   */
  static String naam(Map<String, Object> claims) {
    Optional<String> naam = single(claims.get("name"));
    if (naam.isEmpty()) {
      String samen = (single(claims.get("given_name")).orElse("") + " "
          + single(claims.get("family_name")).orElse("")).trim();
      naam = samen.isEmpty() ? single(claims.get("preferred_username")) : Optional.of(samen);
    }
    return naam.map(n -> n.replaceAll("\\p{Cntrl}", " ").strip())
        .map(n -> n.length() > MAX_NAAM ? n.substring(0, MAX_NAAM) : n)
        .filter(n -> !n.isEmpty()).orElse(null);
  }

  private static Set<Role> roles(Map<String, Object> claims, Set<Role> allowed) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (claims.get("realm_access") instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> names) {
      for (Object name : names) {
        Role.fromRoleName(String.valueOf(name)).filter(allowed::contains).ifPresent(roles::add);
      }
    }
    return roles;
  }

  /** A user attribute arrives as a string, or as a one-element list when the mapper is multivalued. */
  private static Optional<String> single(Object claim) {
    if (claim instanceof String s && !s.isBlank()) {
      return Optional.of(s.trim());
    }
    if (claim instanceof List<?> list && list.size() == 1 && list.get(0) instanceof String s && !s.isBlank()) {
      return Optional.of(s.trim());
    }
    return Optional.empty();
  }
}
