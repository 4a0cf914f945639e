package nl.doorlopendelijn.dossiers.advies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.doorlopendelijn.dossiers.advies.ScenarioAdvies.Alternatief;
import nl.doorlopendelijn.kernel.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScenarioAdviseurTest {

  /** Distance in km, months until a house, can travel, digitally skilled. */
  static ScenarioFactoren factoren(int km, int maanden, boolean kanReizen, boolean digitaal) {
    return new ScenarioFactoren(km, maanden, kanReizen, digitaal);
  }

  static Scenario advies(ScenarioFactoren f) {
    return ScenarioAdviseur.adviseer(f).scenario();
  }

  @Nested
  class WoningBinnenTweeMaanden {

    @Test
    void preciesTweeMaandenStartNaVerhuizing() {
      ScenarioAdvies advies = ScenarioAdviseur.adviseer(factoren(30, 2, true, true));

      assertThat(advies.scenario()).isEqualTo(Scenario.START_NA_VERHUIZING);
      assertThat(advies.redenen()).anySatisfy(r -> assertThat(r).contains("binnen 2 maanden", "weinig tijd"));
      assertThat(advies.redenen()).anySatisfy(r -> assertThat(r).contains("informele kennismaking"));
      assertThat(advies.redenen()).anySatisfy(r -> assertThat(r).contains("klantprofiel", "driegesprek"));
    }

    @Test
    void drieMaandenNietMeer() {
      assertThat(advies(factoren(30, 3, true, true))).isEqualTo(Scenario.SNELLE_START);
    }

    @Test
    void eenWoningBinnenEenMaandGaatVoorAfstandEnVaardigheden() {
      assertThat(advies(factoren(200, 1, false, false))).isEqualTo(Scenario.START_NA_VERHUIZING);
    }
  }

  @Nested
  class Afstand {

    @Test
    void vijftigKilometerIsNogBereikbaar() {
      ScenarioAdvies advies = ScenarioAdviseur.adviseer(factoren(50, 4, true, false));

      assertThat(advies.scenario()).isEqualTo(Scenario.SNELLE_START);
      assertThat(advies.redenen()).anySatisfy(r -> assertThat(r).contains("kan reizen", "50 km"));
      assertThat(advies.redenen()).anySatisfy(r -> assertThat(r).contains("ruimte", "verhuizing"));
    }

    @Test
    void eenenvijftigKilometerNiet() {
      ScenarioAdvies advies = ScenarioAdviseur.adviseer(factoren(51, 4, true, false));

      assertThat(advies.scenario()).isEqualTo(Scenario.GECOMBINEERDE_AANPAK);
      assertThat(advies.redenen()).anySatisfy(r -> assertThat(r).contains("51 km", "te belastend"));
    }
  }

  @Nested
  class DigitaleVaardigheid {

    @Test
    @DisplayName("\"kan iemand makkelijk reizen? Is iemand digitaal vaardig of niet?\": digitaal vaardig alleen is"
        + " geen snelle start voor wie niet kan reizen vanuit een ver azc")
    void digitaalVaardigAleenIsGeenSnelleStartVoorWieNietKanReizenVanuitEenVerAzc() {
      ScenarioAdvies advies = ScenarioAdviseur.adviseer(factoren(120, 5, false, true));

      assertThat(advies.scenario()).isEqualTo(Scenario.GECOMBINEERDE_AANPAK);
      assertThat(advies.redenen()).anySatisfy(r -> assertThat(r).contains("digitaal vaardig", "online"));
      assertThat(advies.redenen()).anySatisfy(r -> assertThat(r).contains("niet makkelijk reizen"));
      assertThat(advies.alternatieven()).filteredOn(a -> a.scenario() == Scenario.SNELLE_START).singleElement()
          .extracting(Alternatief::waaromNiet).asString()
          .contains("digitaal vaardig", "niet makkelijk reizen", "verder dan 50 km", "driegesprek");
    }

    @Test
    void digitaalVaardigMetEenAzcDichtbijOfWieKanReizenWelSnelleStart() {
      ScenarioAdvies dichtbij = ScenarioAdviseur.adviseer(factoren(30, 5, false, true));
      ScenarioAdvies reist = ScenarioAdviseur.adviseer(factoren(120, 5, true, true));

      assertThat(dichtbij.scenario()).isEqualTo(Scenario.SNELLE_START);
      assertThat(dichtbij.alternatieven()).anySatisfy(a -> assertThat(a.waaromNiet()).contains("dicht bij"));
      assertThat(reist.scenario()).isEqualTo(Scenario.SNELLE_START);
      assertThat(reist.alternatieven()).anySatisfy(a -> assertThat(a.waaromNiet()).contains("naar de gemeente reizen"));
    }

    @Test
    void nietDigitaalEnNietReizenGecombineerdeAanpak() {
      assertThat(advies(factoren(10, 5, false, false))).isEqualTo(Scenario.GECOMBINEERDE_AANPAK);
    }
  }

  @Nested
  class GecombineerdeAanpak {

    @Test
    void zesMaandenWachtenBredeIntakeGewoonVoorDeVerhuizing() {
      ScenarioAdvies advies = ScenarioAdviseur.adviseer(factoren(80, 6, true, false));

      assertThat(advies.scenario()).isEqualTo(Scenario.GECOMBINEERDE_AANPAK);
      assertThat(advies.bredeIntakeNaVoorinburgering()).isFalse();
      assertThat(advies.redenen()).anySatisfy(r -> assertThat(r).contains("voorinburgering", "PIP-advies"));
      assertThat(advies.redenen()).noneSatisfy(r -> assertThat(r).contains("brede intake na de voorinburgering"));
    }

    @Test
    void langerDanZesMaandenWachtenBredeIntakeNaDeVoorinburgering() {
      ScenarioAdvies advies = ScenarioAdviseur.adviseer(factoren(80, 7, true, false));

      assertThat(advies.bredeIntakeNaVoorinburgering()).isTrue();
      assertThat(advies.redenen())
          .anySatisfy(r -> assertThat(r).contains("7 maanden", "brede intake na de voorinburgering", "stilvalt"));
    }

    @Test
    void elkeFactorKomtInDeRedenenTerug() {
      ScenarioAdvies advies = ScenarioAdviseur.adviseer(factoren(80, 8, true, false));

      assertThat(advies.redenen()).satisfiesExactly(
          woning -> assertThat(woning).contains("8 maanden", "langer dan 2 maanden"),
          reizen -> assertThat(reizen).contains("80 km", "drempel 50 km"),
          digitaal -> assertThat(digitaal).contains("niet digitaal vaardig"),
          aanpak -> assertThat(aanpak).contains("brede intake", "PIP-advies", "voorinburgering"),
          langWachten -> assertThat(langWachten).contains("langer dan 6 maanden", "brede intake na de voorinburgering"));
    }
  }

  @Test
  void deAlternatievenZeggenWaaromNiet() {
    ScenarioAdvies advies = ScenarioAdviseur.adviseer(factoren(80, 8, true, false));

    assertThat(advies.alternatieven()).extracting(Alternatief::scenario)
        .containsExactlyInAnyOrder(Scenario.SNELLE_START, Scenario.START_NA_VERHUIZING);
    assertThat(advies.alternatieven()).allSatisfy(a -> assertThat(a.waaromNiet()).startsWith("Niet gekozen: "));
    assertThat(advies.alternatieven()).filteredOn(a -> a.scenario() == Scenario.SNELLE_START)
        .singleElement().extracting(Alternatief::waaromNiet).asString()
        .contains("verder dan 50 km", "niet digitaal vaardig");
    assertThat(advies.alternatieven()).filteredOn(a -> a.scenario() == Scenario.START_NA_VERHUIZING)
        .singleElement().extracting(Alternatief::waaromNiet).asString()
        .contains("8 maanden", "stilliggen");
  }

  @Nested
  class EigenDrempelsVanDeRegio {

    @Test
    void eenRegioMetWoningenBinnenDrieMaandenEnKleinereAfstand() {
      AdviesDrempels regio = AdviesDrempels.van(3, 25, null);

      assertThat(regio).isEqualTo(new AdviesDrempels(3, 25, 6));
      assertThat(ScenarioAdviseur.adviseer(factoren(30, 3, true, false), regio).scenario())
          .isEqualTo(Scenario.START_NA_VERHUIZING);
      assertThat(ScenarioAdviseur.adviseer(factoren(30, 4, true, false), regio).scenario())
          .isEqualTo(Scenario.GECOMBINEERDE_AANPAK);
      assertThat(ScenarioAdviseur.adviseer(factoren(25, 4, true, false), regio).scenario())
          .isEqualTo(Scenario.SNELLE_START);
    }

    @Test
    void eenRegioDieAlNaVierMaandenLangWachtenNoemt() {
      AdviesDrempels regio = AdviesDrempels.van(null, null, 4);

      ScenarioAdvies advies = ScenarioAdviseur.adviseer(factoren(80, 5, false, false), regio);

      assertThat(advies.bredeIntakeNaVoorinburgering()).isTrue();
      assertThat(advies.redenen()).anySatisfy(r -> assertThat(r).contains("langer dan 4 maanden"));
    }

    @Test
    void standaardDrempels() {
      assertThat(AdviesDrempels.STANDAARD).isEqualTo(new AdviesDrempels(2, 50, 6));
      assertThat(AdviesDrempels.van(null, null, null)).isEqualTo(AdviesDrempels.STANDAARD);
    }
  }

  @Test
  void negatieveFactorenBestaanNiet() {
    assertThatThrownBy(() -> factoren(-1, 3, true, true)).isInstanceOf(IllegalArgumentException.class);
  }
}
