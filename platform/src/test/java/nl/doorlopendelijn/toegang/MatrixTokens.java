package nl.doorlopendelijn.toegang;

import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.testsupport.TestIssuers;

/**
 * A token for each role of the matrix (and for the helpers that sign agreements: {@code medewerker-<CBS-code>});
 * {@code null} for {@code anoniem}. Implemented by the suite's own issuers here and by the real Keycloak in the
 * end-to-end run.
 */
interface MatrixTokens {

  /** The callers of the matrix, in the order of the report. */
  List<String> ROLLEN = List.of("coordinator", "medewerker-dongen", "medewerker-tilburg", "viewer", "coa-oisterwijk",
      "coa-gilze", "operator", "coordinator-nob", "anoniem");

  String token(String rol);

  /** Really signed tokens of the suite's issuers ({@link TestIssuers}). */
  static MatrixTokens vanTestIssuers() {
    TestIssuers issuers = TestIssuers.shared();
    return rol -> switch (rol) {
      case "coordinator" -> issuers.regioCoordinator(TestIssuers.HART_VAN_BRABANT);
      case "medewerker-dongen" -> issuers.gemeenteMedewerker(TestIssuers.HART_VAN_BRABANT, MatrixWereld.DONGEN);
      case "medewerker-tilburg" -> issuers.gemeenteMedewerker(TestIssuers.HART_VAN_BRABANT, MatrixWereld.TILBURG);
      case "viewer" -> issuers.dashboardViewer(TestIssuers.HART_VAN_BRABANT);
      case "coa-oisterwijk" -> issuers.coaLiaison(MatrixWereld.OISTERWIJK);
      case "coa-gilze" -> issuers.coaLiaison(MatrixWereld.GILZE);
      case "operator" -> issuers.platformOperator();
      case "coordinator-nob" -> issuers.regioCoordinator(TestIssuers.NOORDOOST_BRABANT);
      case "anoniem" -> null;
      default -> {
        if (rol.startsWith("medewerker-GM")) {
          String code = rol.substring("medewerker-".length());
          String regio = MatrixWereld.GEMEENTEN_NOB.contains(code) ? TestIssuers.NOORDOOST_BRABANT
              : TestIssuers.HART_VAN_BRABANT;
          // tekenbevoegd: these helpers sign agreements for their gemeente (docs/security.md, "Wie tekent")
          yield issuers.token(regio, "medewerker-" + code, List.of("gemeente-medewerker", "tekenbevoegd"),
              Map.of("gemeente", code));
        }
        throw new IllegalArgumentException("geen rol " + rol);
      }
    };
  }
}
