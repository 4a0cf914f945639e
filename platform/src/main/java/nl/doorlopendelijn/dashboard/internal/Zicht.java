package nl.doorlopendelijn.dashboard.internal;

import java.util.Optional;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.tenancy.Region;

/**
 * Which part of a dashboard a caller knows already (may see the dossiers of) and so sees unsuppressed; every
 * figure about the rest is suppressed with the region's threshold. See docs/dashboard.md for the rule table.
 *
 * @param code the gemeente (EIGEN_GEMEENTE) or azc (EIGEN_AZC) the caller knows, else {@code null}
 */
record Zicht(Soort soort, String code) {

  public enum Soort {
    /** Regio-coördinator in their own region; a COA liaison on their own azc's dashboard. */
    VOLLEDIG("volledig"),
    /** Dashboard-viewer: everything suppressed. */
    ONDERDRUKT("onderdrukt"),
    /** Gemeente-medewerker: their own gemeente unsuppressed, the rest of the region suppressed. */
    EIGEN_GEMEENTE("eigen-gemeente"),
    /** COA liaison in a region: their own azc unsuppressed, other azc's suppressed. */
    EIGEN_AZC("eigen-azc");

    private final String naam;

    Soort(String naam) {
      this.naam = naam;
    }

    public String naam() {
      return naam;
    }
  }

  public static final Zicht VOLLEDIG = new Zicht(Soort.VOLLEDIG, null);
  public static final Zicht ONDERDRUKT = new Zicht(Soort.ONDERDRUKT, null);

  /** Key of the rendered-view cache: one rendering per kind of viewer, shared by all of them. */
  public String sleutel() {
    return code == null ? soort.naam() : soort.naam() + ":" + code;
  }

  /** Whether the caller may see the dossiers of this gemeente and azc (and so their figures, unsuppressed). */
  boolean bekend(String gemeente, String azc) {
    return switch (soort) {
      case VOLLEDIG -> true;
      case ONDERDRUKT -> false;
      case EIGEN_GEMEENTE -> code.equals(gemeente);
      case EIGEN_AZC -> code.equals(azc);
    };
  }

  /**
   * Whether the dossiers this caller does not know (the rest) can have anything with this gemeente and azc
   * ({@code null}: any). Where they cannot, a figure is the caller's own and needs no protection.
   */
  boolean restMogelijk(String gemeente, String azc) {
    return switch (soort) {
      case VOLLEDIG -> false;
      case ONDERDRUKT -> true;
      case EIGEN_GEMEENTE -> gemeente == null || !code.equals(gemeente);
      case EIGEN_AZC -> azc == null || !code.equals(azc);
    };
  }

  /**
   * The view of a caller who has entered a region (the access check is done): empty when the caller has no role
   * that shows a dashboard. A region caller with several roles gets the widest.
   */
  public static Optional<Zicht> voorRegio(Caller caller, Region regio) {
    if (caller.kind() == CallerKind.REGIO && regio.id().equals(caller.tenantId())) {
      if (caller.has(Role.REGIO_COORDINATOR)) {
        return Optional.of(VOLLEDIG);
      }
      boolean eigenGemeente = caller.gemeenteCode() != null && regio.descriptor() != null
          && regio.descriptor().gemeenten().stream().anyMatch(g -> g.cbsCode().equals(caller.gemeenteCode()));
      if (caller.has(Role.GEMEENTE_MEDEWERKER) && eigenGemeente) {
        return Optional.of(new Zicht(Soort.EIGEN_GEMEENTE, caller.gemeenteCode()));
      }
      if (caller.has(Role.DASHBOARD_VIEWER) || caller.has(Role.GEMEENTE_MEDEWERKER)) {
        return Optional.of(ONDERDRUKT);
      }
      return Optional.empty();
    }
    if (caller.kind() == CallerKind.COA && caller.has(Role.COA_LIAISON) && caller.azcCode() != null) {
      return Optional.of(new Zicht(Soort.EIGEN_AZC, caller.azcCode()));
    }
    return Optional.empty();
  }
}
