package nl.doorlopendelijn.dossiers.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.doorlopendelijn.dossiers.planning.DossierRechten.Betrokkene;
import nl.doorlopendelijn.dossiers.planning.DossierRechten.Rol;
import org.junit.jupiter.api.Test;

/**
 * Every role × every milestone type × own/other gemeente × own/other azc against the table of issue 11, written
 * here by milestone code (not derived from the rule it checks).
 */
class DossierRechtenTest {

  /** The table: which codes belong to whom. Every code of {@link MijlpaalType} must be in one of them. */
  static final Set<String> GEMEENTE = Set.of("kennismaking", "brede-intake", "pip-advies", "pip-vastgesteld",
      "start-inburgering");
  static final Set<String> COA = Set.of("klantprofiel-update", "voorinburgering-toestemming", "voorinburgering-start",
      "voorinburgering-einde");
  static final Set<String> SAMEN = Set.of("driegesprek", "driegesprek-voor-verhuizing", "verhuizing");

  static List<Betrokkene> iedereen() {
    List<Betrokkene> alle = new ArrayList<>();
    for (Rol rol : Rol.values()) {
      for (boolean gemeente : new boolean[] {true, false}) {
        for (boolean azc : new boolean[] {true, false}) {
          alle.add(new Betrokkene(rol, gemeente, azc));
        }
      }
    }
    return alle;
  }

  static boolean verwacht(Betrokkene b, MijlpaalType t) {
    boolean gemeente = b.rol() == Rol.GEMEENTE_MEDEWERKER && b.eigenGemeente();
    boolean coa = b.rol() == Rol.COA_LIAISON && b.eigenAzc();
    if (b.rol() == Rol.REGIO_COORDINATOR) {
      return true;
    }
    if (GEMEENTE.contains(t.code())) {
      return gemeente;
    }
    if (COA.contains(t.code())) {
      return coa;
    }
    if (SAMEN.contains(t.code())) {
      return gemeente || coa;
    }
    throw new AssertionError("mijlpaal " + t.code() + " staat niet in de tabel");
  }

  @Test
  void elkeRolElkeMijlpaalEigenEnAndereGemeenteEnAzc() {
    int gevallen = 0;
    for (Betrokkene b : iedereen()) {
      for (MijlpaalType t : MijlpaalType.values()) {
        assertThat(DossierRechten.magAfronden(b, t)).as("%s rondt %s af", b, t.code()).isEqualTo(verwacht(b, t));
        assertThat(DossierRechten.magCorrigeren(b, t)).as("%s corrigeert %s", b, t.code())
            .isEqualTo(verwacht(b, t));
        gevallen++;
      }
    }
    assertThat(gevallen).isEqualTo(Rol.values().length * 4 * MijlpaalType.values().length);
  }

  @Test
  void deTabelDektElkeMijlpaalPreciesEenKeer() {
    for (MijlpaalType t : MijlpaalType.values()) {
      int in = (GEMEENTE.contains(t.code()) ? 1 : 0) + (COA.contains(t.code()) ? 1 : 0)
          + (SAMEN.contains(t.code()) ? 1 : 0);
      assertThat(in).as(t.code()).isEqualTo(1);
    }
  }

  @Test
  void coaLiaisonRondtDeStappenVanDeGemeenteNietAf() {
    Betrokkene coa = new Betrokkene(Rol.COA_LIAISON, false, true);
    assertThat(DossierRechten.magAfronden(coa, MijlpaalType.PIP_ADVIES)).isFalse();
    assertThat(DossierRechten.magAfronden(coa, MijlpaalType.BREDE_INTAKE)).isFalse();
    assertThat(DossierRechten.magAfronden(coa, MijlpaalType.KLANTPROFIEL_UPDATE)).isTrue();
  }

  @Test
  void sluitenDoorDeGemeenteOfDeCoordinatorHermatchenAlleenDoorDeCoordinator() {
    Map<Betrokkene, Boolean> sluiten = new java.util.HashMap<>();
    for (Betrokkene b : iedereen()) {
      boolean gemeente = b.rol() == Rol.GEMEENTE_MEDEWERKER && b.eigenGemeente();
      assertThat(DossierRechten.magSluiten(b)).as("%s sluit", b)
          .isEqualTo(b.rol() == Rol.REGIO_COORDINATOR || gemeente);
      assertThat(DossierRechten.magHermatchen(b)).as("%s hermatcht", b).isEqualTo(b.rol() == Rol.REGIO_COORDINATOR);
      sluiten.put(b, DossierRechten.magSluiten(b));
    }
    assertThat(sluiten).hasSize(Rol.values().length * 4);
  }
}
