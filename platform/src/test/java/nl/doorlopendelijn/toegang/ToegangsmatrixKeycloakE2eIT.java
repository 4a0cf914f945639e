package nl.doorlopendelijn.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.doorlopendelijn.keycloak.provisioning.RealmFactory;
import nl.doorlopendelijn.testsupport.keycloak.DemoUsers;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakLauncher;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakPlatformTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A sample of the access matrix (about 40 cases spread over the operations and roles) repeated with tokens the real
 * Keycloak issued (password grant for the demo users), verified against Keycloak's JWKS. Runs after the other
 * end-to-end tests that expect a COA liaison without agreements (it seeds agreements of azc Oisterwijk), and before
 * {@code KeycloakUitvalE2eIT}, which stops Keycloak.
 */
@KeycloakPlatformTest
@Order(Integer.MAX_VALUE - 1)
class ToegangsmatrixKeycloakE2eIT {

  private static final KeycloakLauncher keycloak = KeycloakLauncher.shared();

  /** Matrix role → realm and demo user (DemoUsers); azc Gilze has no demo user, so its cases are not in the sample. */
  private static final Map<String, String[]> GEBRUIKERS = Map.of(
      "coordinator", new String[] {MatrixWereld.HVB, "hvb-coordinator"},
      "medewerker-dongen", new String[] {MatrixWereld.HVB, "dongen-medewerker"},
      "medewerker-GM0766", new String[] {MatrixWereld.HVB, "dongen-medewerker"},
      "medewerker-tilburg", new String[] {MatrixWereld.HVB, "tilburg-medewerker"},
      "medewerker-GM0855", new String[] {MatrixWereld.HVB, "tilburg-medewerker"},
      "medewerker-GM0828", new String[] {MatrixWereld.NOB, "oss-medewerker"},
      "viewer", new String[] {MatrixWereld.HVB, "hvb-viewer"},
      "coa-oisterwijk", new String[] {RealmFactory.COA_REALM, "coa-oisterwijk"},
      "operator", new String[] {RealmFactory.PLATFORM_REALM, "operator"},
      "coordinator-nob", new String[] {MatrixWereld.NOB, "nob-coordinator"});

  @LocalServerPort
  int poort;

  /**
   * The matrix's accounts hold no gids link (its {@code getMijnContactpersoon} cases expect 404). The browser tests
   * share this Keycloak, so a link they made for a demo account (same issuer, same subject) would be this test's
   * too: undo the links of this Keycloak's accounts first, as {@code WerkvoorraadE2eIT} does before its own. Called
   * in the test, not {@code @BeforeAll}: the context (which migrates the database) is up only then.
   */
  private static void geenKoppelingenVanDeDemoaccounts() throws java.sql.SQLException {
    try (var c = nl.doorlopendelijn.testsupport.TestDatabase.shared().connectAsOwner();
        var s = c.prepareStatement("""
            update contactpersoon set koppeling_issuer = null, koppeling_subject = null, koppeling_status = null,
                   koppeling_aangevraagd_op = null, koppeling_bevestigd_op = null
            where koppeling_issuer like ?""")) {
      s.setString(1, keycloak.baseUrl() + "/realms/%");
      s.executeUpdate();
    }
  }

  @Test
  void eenSteekproefVanDeMatrixGeeftMetEchteKeycloakTokensHetzelfde() throws java.sql.SQLException {
    geenKoppelingenVanDeDemoaccounts();
    MatrixTokens tokens = rol -> {
      if (rol.equals("anoniem")) {
        return null;
      }
      String[] g = GEBRUIKERS.get(rol);
      if (g == null) {
        throw new IllegalArgumentException("geen Keycloak-gebruiker voor " + rol);
      }
      return keycloak.passwordGrant(g[0], g[1], DemoUsers.PASSWORD);
    };
    MatrixUitvoering uitvoering = new MatrixUitvoering(poort, tokens, Toegangsmatrix.lees("toegang/toegangsmatrix.csv"));

    MatrixUitvoering.Resultaat r = uitvoering.voerUit(g -> !g.rol().equals("coa-gilze")
        && Math.floorMod(g.toString().hashCode(), 70) == 0);

    String rapport = MatrixUitvoering.rapport(r);
    System.out.println(rapport);
    assertThat(r.tabelfouten()).as(rapport).isEmpty();
    // one case in 70 of the whole matrix (6,588 cases after issue 18: about 95): enough to mean something, few
    // enough to stay seconds; the upper bound grows with the matrix, so it only catches a broken filter
    assertThat(r.gevallen()).as("steekproef").hasSizeBetween(25, 250);
    assertThat(r.afwijkingen()).as(rapport).isEmpty();
  }
}
