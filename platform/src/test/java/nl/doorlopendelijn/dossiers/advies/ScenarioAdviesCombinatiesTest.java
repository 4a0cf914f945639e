package nl.doorlopendelijn.dossiers.advies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.doorlopendelijn.dossiers.advies.ScenarioAdvies.Alternatief;
import nl.doorlopendelijn.kernel.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every combination of the seed's factors that matters, for several sets of thresholds: the distance at, below and
 * above the region's limit, the wait for a house at and around both month limits, can travel or not, digitally
 * skilled or not. The expected scenario comes from the decision table below, written out by hand (not from the
 * rule it checks).
 */
class ScenarioAdviesCombinatiesTest {

  /** Can travel, azc near (within the limit), digitally skilled → snelle start possible (else gecombineerd). */
  private static final boolean[][] SNELLE_START_TABEL = {
    // reizen, dichtbij, digitaal, snelle start
    {true, true, true, true},
    {true, true, false, true},
    {true, false, true, true},
    {true, false, false, false},
    {false, true, true, true},
    {false, true, false, false},
    {false, false, true, false}, // digitally skilled alone: not for someone who cannot travel from a far azc
    {false, false, false, false},
  };

  private static final List<AdviesDrempels> DREMPELS = List.of(AdviesDrempels.STANDAARD,
      new AdviesDrempels(3, 25, 6), new AdviesDrempels(0, 10, 4), new AdviesDrempels(2, 80, 9));

  static Stream<Arguments> combinaties() {
    List<Arguments> gevallen = new ArrayList<>();
    for (AdviesDrempels d : DREMPELS) {
      List<Integer> maanden = List.of(0, d.woningBinnenMaanden(), d.woningBinnenMaanden() + 1,
          d.langWachtenMaanden(), d.langWachtenMaanden() + 1, 12);
      for (boolean[] rij : SNELLE_START_TABEL) {
        List<Integer> afstanden = rij[1] ? List.of(0, d.maxAfstandKm()) : List.of(d.maxAfstandKm() + 1, 400);
        for (int km : afstanden) {
          for (int m : maanden) {
            gevallen.add(Arguments.of(d, new ScenarioFactoren(km, m, rij[0], rij[2]), rij[3]));
          }
        }
      }
    }
    return gevallen.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("combinaties")
  @DisplayName("\"Factoren die daarbij een rol spelen zijn: de afstand tot een azc; de tijd die het kost om een"
      + " woning te regelen; persoonlijke kenmerken van de inburgeraar (kan iemand makkelijk reizen? Is iemand"
      + " digitaal vaardig of niet?)\"")
  void elkeCombinatieVanFactorenGeeftHetScenarioVanDeBeslistabel(AdviesDrempels d, ScenarioFactoren f,
      boolean snelleStartMogelijk) {
    ScenarioAdvies advies = ScenarioAdviseur.adviseer(f, d);

    Scenario verwacht = f.verwachteMaandenTotWoning() <= d.woningBinnenMaanden() ? Scenario.START_NA_VERHUIZING
        : snelleStartMogelijk ? Scenario.SNELLE_START : Scenario.GECOMBINEERDE_AANPAK;
    assertThat(advies.scenario()).isEqualTo(verwacht);
    assertThat(advies.bredeIntakeNaVoorinburgering()).isEqualTo(
        verwacht == Scenario.GECOMBINEERDE_AANPAK && f.verwachteMaandenTotWoning() > d.langWachtenMaanden());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("combinaties")
  void elkAdviesHeeftRedenenEnZegtVanDeAndereTweeWaaromNiet(AdviesDrempels d, ScenarioFactoren f,
      boolean snelleStartMogelijk) {
    ScenarioAdvies advies = ScenarioAdviseur.adviseer(f, d);

    assertThat(advies.redenen()).isNotEmpty().allSatisfy(r -> assertThat(r).isNotBlank().endsWith("."));
    Set<Scenario> anderen = EnumSet.of(Scenario.SNELLE_START, Scenario.GECOMBINEERDE_AANPAK,
        Scenario.START_NA_VERHUIZING);
    anderen.remove(advies.scenario());
    assertThat(advies.alternatieven()).extracting(Alternatief::scenario).containsExactlyInAnyOrderElementsOf(anderen);
    assertThat(advies.alternatieven()).allSatisfy(a -> assertThat(a.waaromNiet()).startsWith("Niet gekozen: "));
    assertThat(advies.scenario()).isNotEqualTo(Scenario.MENGVORM);
    // the distance and its threshold are named wherever the distance decided something
    if (advies.scenario() != Scenario.START_NA_VERHUIZING) {
      assertThat(String.join(" ", advies.redenen())).contains(f.afstandTotAzcKm() + " km",
          "drempel " + d.maxAfstandKm() + " km");
    }
  }
}
