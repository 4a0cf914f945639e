package nl.doorlopendelijn.agreements.internal;

import java.util.Map;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Role;

/**
 * Which versions a caller may see in a region it entered, as one SQL condition, so a list, a get and every
 * sub-path share the same rule (and what a caller may not see simply is not found: 404).
 * <ul>
 *   <li>regio-coördinator: every agreement of the region;</li>
 *   <li>gemeente-medewerker: the versions their gemeente is party to;</li>
 *   <li>dashboard-viewer: every agreement, but only the list and the get, without free text or contacts;</li>
 *   <li>COA liaison: the versions with their azc that are past concept.</li>
 * </ul>
 */
record Zicht(Soort soort, String code) {

  public enum Soort { ALLES, BEPERKT, GEMEENTE, AZC, NIETS }

  public static Zicht van(Caller c) {
    if (c.kind() == CallerKind.REGIO) {
      if (c.has(Role.REGIO_COORDINATOR)) {
        return new Zicht(Soort.ALLES, null);
      }
      if (c.has(Role.GEMEENTE_MEDEWERKER) && c.gemeenteCode() != null) {
        return new Zicht(Soort.GEMEENTE, c.gemeenteCode());
      }
      if (c.has(Role.DASHBOARD_VIEWER)) {
        return new Zicht(Soort.BEPERKT, null);
      }
    }
    if (c.kind() == CallerKind.COA && c.has(Role.COA_LIAISON) && c.azcCode() != null) {
      return new Zicht(Soort.AZC, c.azcCode());
    }
    return new Zicht(Soort.NIETS, null);
  }

  /** Free text, contacts, signatures, versions and history: everyone who sees anything, except the dashboard. */
  public boolean volledig() {
    return soort == Soort.ALLES || soort == Soort.GEMEENTE || soort == Soort.AZC;
  }

  /** The condition on alias {@code a} (a samenwerkingsafspraak row); binds go into {@code binds}. */
  String conditie(Map<String, Object> binds) {
    return switch (soort) {
      case ALLES, BEPERKT -> "true";
      case GEMEENTE -> {
        binds.put("zichtCode", code);
        yield "exists (select 1 from samenwerkingsafspraak_partij zp where zp.tenant_id = a.tenant_id"
            + " and zp.afspraak_versie_id = a.id and zp.soort = 'gemeente' and zp.partij_code = :zichtCode)";
      }
      case AZC -> {
        binds.put("zichtCode", code);
        yield "(a.azc_code = :zichtCode and a.status <> 'concept')";
      }
      case NIETS -> "false";
    };
  }
}
