package nl.doorlopendelijn.dossiers.internal;

import java.util.Optional;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Role;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * Which dossiers of a region a caller sees: a regio-coördinator all, a gemeente-medewerker those of their gemeente,
 * a COA liaison those of their azc. Anyone else (dashboard-viewer, platform) none: the dossier resources are then
 * 404 as a whole. Applied in SQL, so what is not visible is never read.
 */
public record Zicht(Soort soort, String code) {

  public enum Soort { REGIO, GEMEENTE, AZC }

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
    };
  }

  GenericExecuteSpec bind(GenericExecuteSpec spec) {
    return soort == Soort.REGIO ? spec : spec.bind("zicht", code);
  }

  boolean ziet(String gemeenteCode, String azcCode) {
    return switch (soort) {
      case REGIO -> true;
      case GEMEENTE -> code.equals(gemeenteCode);
      case AZC -> code.equals(azcCode);
    };
  }

  boolean coordinator() {
    return soort == Soort.REGIO;
  }
}
