package nl.doorlopendelijn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The COA liaison's access in a region, for every combination of what links her azc to it. */
class CoaToegangTest {

  @Test
  void elkeCombinatieVanAfspraakEnDossier() {
    for (boolean inWerking : new boolean[] {true, false}) {
      for (boolean naConcept : new boolean[] {true, false}) {
        for (boolean openDossier : new boolean[] {true, false}) {
          CoaToegang t = CoaToegang.uitAfspraken(inWerking, naConcept || inWerking)
              .ruimste(CoaToegang.uitDossiers(openDossier));
          String geval = "in werking " + inWerking + ", na concept " + naConcept + ", open dossier " + openDossier;
          assertThat(t.lijstEnDashboard()).as(geval).isEqualTo(inWerking);
          assertThat(t.magBinnen(false)).as(geval + ": de regio").isEqualTo(inWerking || naConcept);
          assertThat(t.magBinnen(true)).as(geval + ": een dossier").isEqualTo(inWerking || naConcept || openDossier);
        }
      }
    }
  }

  @Test
  void deRuimsteToegangTelt() {
    for (CoaToegang a : CoaToegang.values()) {
      for (CoaToegang b : CoaToegang.values()) {
        assertThat(a.ruimste(b)).isEqualTo(a.ordinal() >= b.ordinal() ? a : b).isEqualTo(b.ruimste(a));
      }
    }
  }
}
