package nl.doorlopendelijn.gebruikers.regels;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Role;

/**
 * What a regio-coördinator may grant when she invites or changes a user, and to which gemeente a user may be bound.
 * Pure: no Spring, no I/O.
 *
 * <table>
 *   <caption>Roles a realm kind may hold, and which of them the coördinator may grant</caption>
 *   <tr><th>realm kind</th><th>holds</th><th>the coördinator grants</th></tr>
 *   <tr><td>{@link CallerKind#REGIO} (her own region's realm)</td>
 *       <td>regio-coordinator, gemeente-medewerker, tekenbevoegd, dashboard-viewer</td>
 *       <td>each of them</td></tr>
 *   <tr><td>{@link CallerKind#COA}</td><td>coa-liaison</td><td>none: she never reaches that realm</td></tr>
 *   <tr><td>{@link CallerKind#PLATFORM}</td><td>platform-operator</td><td>none: she never reaches that realm</td></tr>
 * </table>
 *
 * <p>A role the realm kind may not hold is refused (403): a region realm never makes anyone a COA liaison or
 * operator. The gemeente:
 * <ul>
 *   <li>a {@code gemeente-medewerker} needs one, and it must be one of the region's own gemeenten;</li>
 *   <li>only a {@code gemeente-medewerker} has one (a coördinator or dashboard viewer works for the whole region);</li>
 *   <li>{@code tekenbevoegd} is signing authority for one's gemeente: only next to {@code gemeente-medewerker};</li>
 *   <li>at least one role.</li>
 * </ul>
 * Each of these is a field error (400), all of them at once.
 */
public final class Toekenningsregels {

  /** A field error: {@code veld} is the name in the request body ({@code rollen}, {@code gemeente}). */
  public record Fout(String veld, String code, String bericht) {}

  /**
   * The verdict on a requested set of roles and gemeente: the roles she may not grant (403 when any) and the field
   * errors (400 when any; only when no role is refused).
   */
  public record Beoordeling(Set<Role> geweigerd, List<Fout> fouten) {
    public Beoordeling {
      geweigerd = Collections.unmodifiableSet(geweigerd.isEmpty() ? EnumSet.noneOf(Role.class)
          : EnumSet.copyOf(geweigerd));
      fouten = List.copyOf(fouten);
    }

    public boolean toegestaan() {
      return geweigerd.isEmpty() && fouten.isEmpty();
    }
  }

  private Toekenningsregels() {}

  /** The roles a realm of this kind may hold; the Keycloak adapter drops any other from its tokens. */
  public static Set<Role> rollenVanRealm(CallerKind realm) {
    return switch (realm) {
      case REGIO -> EnumSet.of(Role.REGIO_COORDINATOR, Role.GEMEENTE_MEDEWERKER, Role.TEKENBEVOEGD,
          Role.DASHBOARD_VIEWER);
      case COA -> EnumSet.of(Role.COA_LIAISON);
      case PLATFORM -> EnumSet.of(Role.PLATFORM_OPERATOR);
    };
  }

  /**
   * Whether a regio-coördinator may grant the role in a realm of this kind: in a region realm (her own; the realm
   * comes from her token, never from a request) every role that realm may hold; in any other realm nothing.
   */
  public static boolean magToekennen(CallerKind realm, Role rol) {
    return realm == CallerKind.REGIO && rollenVanRealm(realm).contains(rol);
  }

  /**
   * The verdict on granting {@code rollen} and binding to {@code gemeente} (a CBS code, or {@code null} for none) in
   * a realm of kind {@code realm} whose region has the gemeenten {@code gemeentenVanRegio}.
   */
  public static Beoordeling beoordeel(CallerKind realm, Set<Role> rollen, String gemeente,
      Set<String> gemeentenVanRegio) {
    Set<Role> geweigerd = EnumSet.noneOf(Role.class);
    for (Role rol : rollen) {
      if (!magToekennen(realm, rol)) {
        geweigerd.add(rol);
      }
    }
    if (!geweigerd.isEmpty()) {
      return new Beoordeling(geweigerd, List.of());
    }
    List<Fout> fouten = new ArrayList<>();
    boolean medewerker = rollen.contains(Role.GEMEENTE_MEDEWERKER);
    if (rollen.isEmpty()) {
      fouten.add(new Fout("rollen", "required", "kies ten minste één rol"));
    }
    if (rollen.contains(Role.TEKENBEVOEGD) && !medewerker) {
      fouten.add(new Fout("rollen", "tekenbevoegd-zonder-gemeente",
          "tekenbevoegd kan alleen naast gemeente-medewerker: het is tekenbevoegdheid voor de eigen gemeente"));
    }
    if (gemeente == null) {
      if (medewerker) {
        fouten.add(new Fout("gemeente", "required", "is verplicht voor een gemeente-medewerker"));
      }
    } else if (!gemeentenVanRegio.contains(gemeente)) {
      fouten.add(new Fout("gemeente", "unknown", "is geen gemeente van deze regio"));
    } else if (!medewerker) {
      fouten.add(new Fout("gemeente", "niet-bij-rol",
          "alleen een gemeente-medewerker hoort bij een gemeente; laat de gemeente leeg"));
    }
    return new Beoordeling(geweigerd, fouten);
  }
}
