package nl.doorlopendelijn.dossiers.internal;

import java.util.Optional;
import nl.doorlopendelijn.dossiers.planning.DossierRechten;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.tenancy.CoaToegang;
import nl.doorlopendelijn.tenancy.RegionScope;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * Which dossiers of a region a caller sees: a regio-coördinator all, a gemeente-medewerker those of their gemeente,
 * a COA liaison those of their azc: all of them where an agreement with the azc is in force, elsewhere only the
 * open ones that have not moved yet ({@link Soort#AZC_OPEN}, see {@link CoaToegang}). Anyone else
 * (dashboard-viewer, platform) none: the dossier resources are then 404 as a whole. Applied in SQL, so what is not
 * visible is never read.
 */
record Zicht(Soort soort, String code) {

  public enum Soort { REGIO, GEMEENTE, AZC, AZC_OPEN }

  /** An open dossier that has not moved yet, on alias {@code d}: what a COA liaison sees without agreement. */
  static final String OPEN_NIET_VERHUISD =
      "d.status in ('gekoppeld', 'in-voorbereiding') and d.werkelijke_verhuisdatum is null";

  /** What the caller sees in a region it entered. */
  public static Optional<Zicht> voor(RegionScope scope) {
    return voor(scope.caller()).map(z -> z.soort == Soort.AZC && scope.coaToegang() != null
        && !scope.coaToegang().lijstEnDashboard() ? new Zicht(Soort.AZC_OPEN, z.code) : z);
  }

  /** What the caller sees where its access is full (for a COA liaison: a region with an agreement in force). */
  public static Optional<Zicht> voor(Caller c) {
    if (c.kind() == CallerKind.REGIO && c.has(Role.REGIO_COORDINATOR)) {
      return Optional.of(new Zicht(Soort.REGIO, null));
    }
    if (c.kind() == CallerKind.REGIO && c.has(Role.GEMEENTE_MEDEWERKER) && c.gemeenteCode() != null) {
      return Optional.of(new Zicht(Soort.GEMEENTE, c.gemeenteCode()));
    }
    if (c.kind() == CallerKind.COA && c.has(Role.COA_LIAISON) && c.azcCode() != null) {
      return Optional.of(new Zicht(Soort.AZC, c.azcCode()));
    }
    return Optional.empty();
  }

  /** An {@code and ...} condition on a dossier table aliased {@code d}; bind with {@link #bind}. */
  String conditie() {
    return switch (soort) {
      case REGIO -> "";
      case GEMEENTE -> " and d.gemeente_code = :zicht";
      case AZC -> " and d.azc_code = :zicht";
      case AZC_OPEN -> " and d.azc_code = :zicht and " + OPEN_NIET_VERHUISD;
    };
  }

  GenericExecuteSpec bind(GenericExecuteSpec spec) {
    return soort == Soort.REGIO ? spec : spec.bind("zicht", code);
  }

  boolean ziet(String gemeenteCode, String azcCode) {
    return switch (soort) {
      case REGIO -> true;
      case GEMEENTE -> code.equals(gemeenteCode);
      case AZC, AZC_OPEN -> code.equals(azcCode);
    };
  }

  boolean coordinator() {
    return soort == Soort.REGIO;
  }

  boolean coa() {
    return soort == Soort.AZC || soort == Soort.AZC_OPEN;
  }

  /** Lists of the region (the dossier list): not for a COA liaison without an agreement in force. */
  boolean lijst() {
    return soort != Soort.AZC_OPEN;
  }

  /** The caller as {@link DossierRechten} sees it, for a dossier of this gemeente and azc. */
  DossierRechten.Betrokkene betrokkene(String gemeenteCode, String azcCode) {
    return switch (soort) {
      case REGIO -> new DossierRechten.Betrokkene(DossierRechten.Rol.REGIO_COORDINATOR, false, false);
      case GEMEENTE -> new DossierRechten.Betrokkene(DossierRechten.Rol.GEMEENTE_MEDEWERKER,
          code.equals(gemeenteCode), false);
      case AZC, AZC_OPEN -> new DossierRechten.Betrokkene(DossierRechten.Rol.COA_LIAISON, false,
          code.equals(azcCode));
    };
  }
}
