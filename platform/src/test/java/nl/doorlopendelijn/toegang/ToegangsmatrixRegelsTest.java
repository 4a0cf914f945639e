package nl.doorlopendelijn.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How the table of expected outcomes is read: first matching rule, globs, alternatives, aliases. Pure, no Spring. */
class ToegangsmatrixRegelsTest {

  private static final Toegangsmatrix TABEL = Toegangsmatrix.parse("""
      # commentaar
      @dongen = {hvb-dongen,hvb-dongen-verhuisd}
      @coastap = {klantprofiel-update,voorinburgering-*}
      operatie;rol;object;verwacht
      *;anoniem;*;401
      completeDossierMijlpaal;medewerker-dongen;@dongen/@coastap;403
      completeDossierMijlpaal;medewerker-dongen;@dongen/*;201
      getDossier|listDossierMijlpalen;coordinator|coa-*;hvb-*;200
      completeDossierMijlpaal|getDossier;*;*;404
      """);

  private int verwacht(String op, String rol, String object) {
    return TABEL.regelVoor(op, rol, object).orElseThrow().verwacht();
  }

  @Test
  void deEersteRegelDiePastBeslist() {
    assertThat(verwacht("getDossier", "anoniem", "hvb-dongen")).isEqualTo(401);
    assertThat(verwacht("completeDossierMijlpaal", "medewerker-dongen", "hvb-dongen/voorinburgering-start"))
        .isEqualTo(403);
    assertThat(verwacht("completeDossierMijlpaal", "medewerker-dongen", "hvb-dongen-verhuisd/klantprofiel-update"))
        .isEqualTo(403);
    assertThat(verwacht("completeDossierMijlpaal", "medewerker-dongen", "hvb-dongen/kennismaking")).isEqualTo(201);
    assertThat(verwacht("completeDossierMijlpaal", "medewerker-dongen", "hvb-tilburg/kennismaking")).isEqualTo(404);
    assertThat(verwacht("getDossier", "coa-oisterwijk", "hvb-tilburg")).isEqualTo(200);
    assertThat(verwacht("getDossier", "viewer", "hvb-tilburg")).isEqualTo(404);
  }

  @Test
  void eenOperatieZonderEigenRegelOntbreekt() {
    assertThat(TABEL.noemt("getDossier")).isTrue();
    // only the catch-all anoniem rule names it: the matrix reports it as missing
    assertThat(TABEL.noemt("deleteDossier")).isFalse();
    assertThat(TABEL.regelVoor("listDossierMijlpalen", "viewer", "hvb-dongen")).isEmpty();
  }

  @Test
  void eenOnbekendeAliasOfEenKapotteRegelIsEenFoutInDeTabel() {
    assertThatThrownBy(() -> Toegangsmatrix.parse("getDossier;@niemand;*;200"))
        .hasMessageContaining("@niemand");
    assertThatThrownBy(() -> Toegangsmatrix.parse("getDossier;coordinator;200"))
        .hasMessageContaining("vier kolommen");
  }
}
