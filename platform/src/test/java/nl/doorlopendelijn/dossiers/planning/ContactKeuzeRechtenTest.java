package nl.doorlopendelijn.dossiers.planning;

import static org.assertj.core.api.Assertions.assertThat;

import nl.doorlopendelijn.dossiers.planning.DossierRechten.Betrokkene;
import nl.doorlopendelijn.dossiers.planning.DossierRechten.Rol;
import org.junit.jupiter.api.Test;

/**
 * Who chooses which of a dossier's two contacts (issue 14, docs/security.md), for every role × own/other gemeente ×
 * own/other azc: the vaste contactpersoon the gemeente of the dossier and the coördinator, the casemanager the COA of
 * the dossier's azc and the coördinator; nobody else.
 */
class ContactKeuzeRechtenTest {

  @Test
  void elkeBetrokkeneKiestAlleenDeContactpersoonVanHaarKant() {
    int gevallen = 0;
    for (Betrokkene b : DossierRechtenTest.iedereen()) {
      boolean coordinator = b.rol() == Rol.REGIO_COORDINATOR;
      boolean gemeente = b.rol() == Rol.GEMEENTE_MEDEWERKER && b.eigenGemeente();
      boolean coa = b.rol() == Rol.COA_LIAISON && b.eigenAzc();
      assertThat(DossierRechten.magVasteContactpersoonKiezen(b)).as("vaste contactpersoon: " + b)
          .isEqualTo(coordinator || gemeente);
      assertThat(DossierRechten.magCasemanagerKiezen(b)).as("casemanager: " + b).isEqualTo(coordinator || coa);
      gevallen++;
    }
    assertThat(gevallen).isEqualTo(Rol.values().length * 4);
  }
}
