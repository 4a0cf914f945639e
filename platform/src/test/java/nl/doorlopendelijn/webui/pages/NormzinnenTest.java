package nl.doorlopendelijn.webui.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.agreements.AfspraakNormen;
import org.junit.jupiter.api.Test;

/**
 * The norms as sentences: every anchor of a driegesprek the API emits ({@link AfspraakNormen#NA_KOPPELING},
 * {@link AfspraakNormen#VOOR_VERHUIZING}) and every other norm of {@link AfspraakNormen}, never a map or a code.
 */
class NormzinnenTest {

  @Test
  void elkAnkerVanEenDriegesprekIsEenZin() {
    assertThat(Normzinnen.driegesprek(AfspraakNormen.NA_KOPPELING, 14))
        .isEqualTo("Driegesprek binnen 14 dagen na de koppeling");
    assertThat(Normzinnen.driegesprek(AfspraakNormen.VOOR_VERHUIZING, 14))
        .isEqualTo("Driegesprek binnen 14 dagen voor de verhuizing");
    assertThat(Normzinnen.driegesprek(AfspraakNormen.NA_KOPPELING, 1))
        .isEqualTo("Driegesprek binnen 1 dag na de koppeling");
  }

  @Test
  void elkeNormVanDeApiIsEenZin() {
    // the norms as the API shows them (AfspraakNormen as JSON), every field present
    Map<String, Object> normen = Map.of(
        "dagenTotKennismaking", 10,
        "driegesprekken", List.of(Map.of("anker", "na-koppeling", "dagen", 14),
            Map.of("anker", "voor-verhuizing", "dagen", 21)),
        "klantprofielUpdateDagenVoorVerhuizing", 28,
        "bredeIntakeEnPipVoorVerhuizing", true,
        "voorinburgering", Map.of("dagenTotToestemming", 14, "dagenTotStart", 14, "duurDagen", 84),
        "rustperiodeRondVerhuizingDagen", 7);
    assertThat(Normzinnen.normen(normen)).containsExactly(
        "Kennismaking binnen 10 dagen na de koppeling",
        "Driegesprek binnen 14 dagen na de koppeling",
        "Driegesprek binnen 21 dagen voor de verhuizing",
        "Klantprofiel bijgewerkt uiterlijk 28 dagen voor de verhuizing",
        "Brede intake en PIP-advies vóór de verhuizing",
        "Voorinburgering (als de inburgeraar toestemt): toestemming gevraagd binnen 14 dagen na de koppeling,"
            + " start binnen 14 dagen na de toestemming, duur 84 dagen",
        "Rustperiode van 7 dagen rond de verhuizing: dan geen afspraken");
    // the record's components are exactly the norms above: a new norm needs its sentence
    assertThat(java.util.Arrays.stream(AfspraakNormen.class.getRecordComponents()).map(c -> c.getName()))
        .containsExactlyInAnyOrderElementsOf(normen.keySet());
  }

  @Test
  void nulEnNeeZijnOokZinnen() {
    assertThat(Normzinnen.normen(Map.of("bredeIntakeEnPipVoorVerhuizing", false,
        "rustperiodeRondVerhuizingDagen", 0)))
        .containsExactly("Brede intake en PIP-advies na de verhuizing", "Geen rustperiode rond de verhuizing");
    assertThat(Normzinnen.normen(null)).isEmpty();
  }

  @Test
  void geenZinToontEenCodeOfEenMap() {
    Map<String, Object> normen = Map.of("driegesprekken", List.of(Map.of("anker", "na-koppeling", "dagen", 14)));
    assertThat(Normzinnen.normen(normen)).allSatisfy(z -> assertThat(z).doesNotContain("{", "=", "na-koppeling",
        "anker"));
  }
}
