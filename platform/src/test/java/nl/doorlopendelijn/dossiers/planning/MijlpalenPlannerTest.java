package nl.doorlopendelijn.dossiers.planning;

import nl.doorlopendelijn.kernel.Scenario;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.BREDE_INTAKE;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.DRIEGESPREK;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.DRIEGESPREK_VOOR_VERHUIZING;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.KENNISMAKING;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.KLANTPROFIEL_UPDATE;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.PIP_ADVIES;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.PIP_VASTGESTELD;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.START_INBURGERING;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.VERHUIZING;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.VOORINBURGERING_EINDE;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.VOORINBURGERING_START;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.VOORINBURGERING_TOESTEMMING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MijlpalenPlannerTest {

  static final LocalDate KOPPELING = LocalDate.of(2025, 3, 3);

  static LocalDate datum(int maand, int dag) {
    return LocalDate.of(2025, maand, dag);
  }

  static LocalDate vervaldatum(Tijdlijn tijdlijn, MijlpaalType type) {
    return tijdlijn.mijlpaal(type).orElseThrow().vervaldatum();
  }

  @Nested
  class SnelleStart {

    @Test
    void inburgeringStartVoorDeVerhuizing() {
      Tijdlijn tijdlijn = MijlpalenPlanner.plan(PlanInput.voor(Scenario.SNELLE_START, KOPPELING)
          .metVerwachteVerhuisdatum(datum(7, 1)).metVoorinburgeringToestemming(false));

      assertThat(tijdlijn.volgorde())
          .containsExactly(KENNISMAKING, DRIEGESPREK, BREDE_INTAKE, PIP_ADVIES, PIP_VASTGESTELD,
              START_INBURGERING, KLANTPROFIEL_UPDATE, VERHUIZING);
      assertThat(tijdlijn.mijlpalen())
          .extracting(GeplandeMijlpaal::vervaldatum)
          .containsExactly(datum(3, 10), datum(3, 17), datum(3, 31), datum(4, 14), datum(4, 28),
              datum(5, 12), datum(6, 17), datum(7, 1));
      assertThat(tijdlijn.mijlpalen()).allMatch(m -> m.status() == MijlpaalStatus.OPEN);
    }

    @Test
    void geenMijlpaalInDeRustperiodeRondDeVerhuizing() {
      LocalDate verhuizing = datum(5, 7); // rust: strictly between 23 April and 21 May
      Tijdlijn tijdlijn =
          MijlpalenPlanner.plan(PlanInput.voor(Scenario.SNELLE_START, KOPPELING).metVerwachteVerhuisdatum(verhuizing));

      assertThat(tijdlijn.mijlpalen())
          .filteredOn(m -> m.type() != VERHUIZING)
          .noneMatch(m -> m.vervaldatum().isAfter(datum(4, 23)) && m.vervaldatum().isBefore(datum(5, 21)));
      // PIP vastgesteld (28 April) is pulled forward to before the rust, start inburgering waits until after it
      assertThat(vervaldatum(tijdlijn, PIP_VASTGESTELD)).isEqualTo(datum(4, 23));
      assertThat(vervaldatum(tijdlijn, START_INBURGERING)).isEqualTo(datum(5, 21));
      assertThat(vervaldatum(tijdlijn, KLANTPROFIEL_UPDATE)).isEqualTo(datum(4, 23));
    }

    @Test
    void zonderRustperiodeBlijvenDeNormdatumsStaan() {
      PlanInput input = PlanInput.voor(Scenario.SNELLE_START, KOPPELING).metVerwachteVerhuisdatum(datum(5, 7));
      Tijdlijn tijdlijn = MijlpalenPlanner.plan(input.metNormen(input.normen().metRustperiode(0)));

      assertThat(vervaldatum(tijdlijn, PIP_VASTGESTELD)).isEqualTo(datum(4, 28));
      assertThat(vervaldatum(tijdlijn, START_INBURGERING)).isEqualTo(datum(5, 12));
    }
  }

  @Nested
  class GecombineerdeAanpak {

    @Test
    void bredeIntakeEnPipAdviesVoorDeVerhuizingMetVoorinburgeringEnStartNaDeVerhuizing() {
      Tijdlijn tijdlijn = MijlpalenPlanner.plan(PlanInput.voor(Scenario.GECOMBINEERDE_AANPAK, KOPPELING)
          .metVerwachteVerhuisdatum(datum(7, 31))
          .metAfgerond(VOORINBURGERING_TOESTEMMING, Afgerond.op(datum(3, 17))));

      assertThat(tijdlijn.volgorde())
          .containsExactly(KENNISMAKING, DRIEGESPREK, VOORINBURGERING_TOESTEMMING, BREDE_INTAKE,
              VOORINBURGERING_START, PIP_ADVIES, VOORINBURGERING_EINDE, KLANTPROFIEL_UPDATE, VERHUIZING,
              PIP_VASTGESTELD, START_INBURGERING);
      assertThat(vervaldatum(tijdlijn, VOORINBURGERING_TOESTEMMING)).isEqualTo(datum(3, 17));
      assertThat(vervaldatum(tijdlijn, VOORINBURGERING_START)).isEqualTo(datum(3, 31));
      assertThat(vervaldatum(tijdlijn, VOORINBURGERING_EINDE)).isEqualTo(datum(6, 23));
      assertThat(vervaldatum(tijdlijn, BREDE_INTAKE)).isEqualTo(datum(3, 31));
      assertThat(vervaldatum(tijdlijn, PIP_ADVIES)).isEqualTo(datum(4, 14));
      assertThat(vervaldatum(tijdlijn, PIP_VASTGESTELD)).isEqualTo(datum(8, 14));
      assertThat(vervaldatum(tijdlijn, START_INBURGERING)).isEqualTo(datum(8, 28));
    }

    @Test
    void langWachtenOpEenWoningBredeIntakeNaDeVoorinburgering() {
      Tijdlijn tijdlijn = MijlpalenPlanner.plan(PlanInput.voor(Scenario.GECOMBINEERDE_AANPAK, KOPPELING)
          .metVerwachteVerhuisdatum(datum(10, 29))
          .metBredeIntakeNaVoorinburgering(true)
          .metVoorinburgeringToestemming(true));

      assertThat(vervaldatum(tijdlijn, VOORINBURGERING_EINDE)).isEqualTo(datum(6, 23));
      assertThat(vervaldatum(tijdlijn, BREDE_INTAKE)).isEqualTo(datum(7, 7));
      assertThat(vervaldatum(tijdlijn, PIP_ADVIES)).isEqualTo(datum(7, 21));
      assertThat(vervaldatum(tijdlijn, PIP_VASTGESTELD)).isEqualTo(datum(11, 12));
      assertThat(tijdlijn.volgorde())
          .containsSubsequence(VOORINBURGERING_EINDE, BREDE_INTAKE, PIP_ADVIES, VERHUIZING, PIP_VASTGESTELD);
    }

    @Test
    void zonderVoorinburgeringGeenVoorinburgeringsmijlpalen() {
      Tijdlijn tijdlijn = MijlpalenPlanner.plan(PlanInput.voor(Scenario.GECOMBINEERDE_AANPAK, KOPPELING)
          .metBredeIntakeNaVoorinburgering(true).metVoorinburgeringToestemming(false));

      assertThat(tijdlijn.volgorde())
          .doesNotContain(VOORINBURGERING_TOESTEMMING, VOORINBURGERING_START, VOORINBURGERING_EINDE);
      assertThat(vervaldatum(tijdlijn, BREDE_INTAKE)).isEqualTo(datum(3, 31));
    }
  }

  @Nested
  class StartNaVerhuizing {

    @Test
    void kennismakingSnelKlantprofielUpdateEnDriegesprekVeertienDagenVoorVerhuizingBredeIntakeErna() {
      Tijdlijn tijdlijn = MijlpalenPlanner.plan(PlanInput.voor(Scenario.START_NA_VERHUIZING, KOPPELING)
          .metVerwachteVerhuisdatum(datum(7, 1)).metVoorinburgeringToestemming(false));

      assertThat(tijdlijn.volgorde())
          .containsExactly(KENNISMAKING, DRIEGESPREK, KLANTPROFIEL_UPDATE, DRIEGESPREK_VOOR_VERHUIZING, VERHUIZING,
              BREDE_INTAKE, PIP_ADVIES, PIP_VASTGESTELD, START_INBURGERING);
      assertThat(tijdlijn.mijlpalen())
          .extracting(GeplandeMijlpaal::vervaldatum)
          .containsExactly(datum(3, 10), datum(3, 17), datum(6, 17), datum(6, 17), datum(7, 1), datum(7, 15),
              datum(7, 29), datum(8, 12), datum(8, 26));
    }

    @Test
    void klantprofielUpdateVeertienDagenVoorVerhuizing() {
      Tijdlijn tijdlijn = MijlpalenPlanner.plan(
          PlanInput.voor(Scenario.START_NA_VERHUIZING, KOPPELING).metVerwachteVerhuisdatum(datum(9, 15)));

      assertThat(vervaldatum(tijdlijn, KLANTPROFIEL_UPDATE)).isEqualTo(datum(9, 1));
    }
  }

  @Nested
  class Mengvormen {

    static final Mengvorm TOT_EN_MET_PIP = new Mengvorm(
        "Snelle start tot en met het PIP; de inburgering begint na de verhuizing",
        Set.of(BREDE_INTAKE, PIP_ADVIES, PIP_VASTGESTELD));

    @Test
    void pipVastgesteldVoorDeVerhuizingStartInburgeringErna() {
      PlanInput input = new PlanInput(KOPPELING, datum(7, 1), null, Scenario.MENGVORM,
          Normen.voorMengvorm(TOT_EN_MET_PIP), null, false, false);

      Tijdlijn tijdlijn = MijlpalenPlanner.plan(input);

      assertThat(tijdlijn.volgorde())
          .containsExactly(KENNISMAKING, DRIEGESPREK, BREDE_INTAKE, PIP_ADVIES, PIP_VASTGESTELD,
              KLANTPROFIEL_UPDATE, VERHUIZING, START_INBURGERING);
      assertThat(vervaldatum(tijdlijn, PIP_VASTGESTELD)).isEqualTo(datum(4, 28));
      assertThat(vervaldatum(tijdlijn, START_INBURGERING)).isEqualTo(datum(7, 15));
    }

    @Test
    void eenMengvormMetEenGatInDeKetenBestaatNiet() {
      assertThatThrownBy(() -> new Mengvorm("PIP zonder brede intake", Set.of(PIP_VASTGESTELD)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("zonder gaten");
    }

    @Test
    void scenarioMengvormZonderBeschrijvingWordtGeweigerd() {
      Normen zonderMengvorm = Normen.standaard(Scenario.SNELLE_START);
      assertThatThrownBy(() -> new PlanInput(KOPPELING, null, null, Scenario.MENGVORM, zonderMengvorm, null, false,
          null))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Herberekening {

    @Test
    void verhuisdatumBekendMijlpalenZonderDatumKrijgenEenAfgerondeHoudenHunDatum() {
      PlanInput snv = PlanInput.voor(Scenario.START_NA_VERHUIZING, KOPPELING).metVoorinburgeringToestemming(false);
      // only the driegesprek before the move: every milestone but the kennismaking counts from the move
      PlanInput zonderVerhuisdatum = snv.metNormen(snv.normen().metDriegesprekken(null, 14))
          .metAfgerond(KENNISMAKING, new Afgerond(datum(3, 12), "klantregisseur Tilburg", "koffie op het azc"));

      Tijdlijn voor = MijlpalenPlanner.plan(zonderVerhuisdatum);
      Tijdlijn na = MijlpalenPlanner.plan(zonderVerhuisdatum.metVerwachteVerhuisdatum(datum(7, 1)));

      assertThat(voor.mijlpalen()).filteredOn(m -> m.type() != KENNISMAKING)
          .allMatch(m -> m.vervaldatum() == null);
      assertThat(voor.volgorde()).startsWith(KENNISMAKING); // undated ones come last
      assertThat(na.mijlpalen()).allMatch(m -> m.vervaldatum() != null);
      assertThat(na.mijlpaal(KENNISMAKING).orElseThrow())
          .isEqualTo(voor.mijlpaal(KENNISMAKING).orElseThrow())
          .extracting(GeplandeMijlpaal::datum)
          .isEqualTo(datum(3, 12));
    }

    @Test
    void verschuivendeVerhuisdatumVerschuiftAlleenOpenMijlpalen() {
      PlanInput input = PlanInput.voor(Scenario.START_NA_VERHUIZING, KOPPELING)
          .metVerwachteVerhuisdatum(datum(7, 1))
          .metAfgerond(KLANTPROFIEL_UPDATE, Afgerond.op(datum(6, 16)));

      Tijdlijn later = MijlpalenPlanner.plan(input.metVerwachteVerhuisdatum(datum(8, 1)));

      assertThat(later.mijlpaal(KLANTPROFIEL_UPDATE).orElseThrow().datum()).isEqualTo(datum(6, 16));
      assertThat(later.mijlpaal(KLANTPROFIEL_UPDATE).orElseThrow().isAfgerond()).isTrue();
      assertThat(vervaldatum(later, BREDE_INTAKE)).isEqualTo(datum(8, 15));
    }

    @Test
    void volgendeStapTeltVanafDeEchteDatumVanDeVorige() {
      PlanInput input = PlanInput.voor(Scenario.GECOMBINEERDE_AANPAK, KOPPELING)
          .metAfgerond(BREDE_INTAKE, Afgerond.op(datum(4, 2)));

      assertThat(vervaldatum(MijlpalenPlanner.plan(input), PIP_ADVIES)).isEqualTo(datum(4, 16));
    }

    @Test
    void anderScenarioHoudtAfgerondeMijlpalenOpDeTijdlijn() {
      PlanInput startNaVerhuizing = PlanInput.voor(Scenario.START_NA_VERHUIZING, KOPPELING)
          .metVerwachteVerhuisdatum(datum(7, 1)).metVoorinburgeringToestemming(false)
          .metAfgerond(DRIEGESPREK_VOOR_VERHUIZING, Afgerond.op(datum(6, 16)));

      // snelle start: the brede intake comes before the move, so no driegesprek before the move is planned
      Tijdlijn snelleStart = MijlpalenPlanner.plan(
          startNaVerhuizing.metScenario(Scenario.SNELLE_START, Normen.standaard(Scenario.SNELLE_START)));

      GeplandeMijlpaal gehouden = snelleStart.mijlpaal(DRIEGESPREK_VOOR_VERHUIZING).orElseThrow();
      assertThat(gehouden.isAfgerond()).isTrue();
      assertThat(gehouden.datum()).isEqualTo(datum(6, 16));
      assertThat(gehouden.vervaldatum()).isNull();
      assertThat(vervaldatum(snelleStart, START_INBURGERING)).isEqualTo(datum(5, 12));
    }

    @Test
    void werkelijkeVerhuisdatumRondtDeVerhuizingAf() {
      Tijdlijn tijdlijn = MijlpalenPlanner.plan(PlanInput.voor(Scenario.START_NA_VERHUIZING, KOPPELING)
          .metVerwachteVerhuisdatum(datum(7, 1))
          .metWerkelijkeVerhuisdatum(datum(7, 8)));

      assertThat(tijdlijn.isVerhuisd()).isTrue();
      assertThat(tijdlijn.verhuisdatum()).contains(datum(7, 8));
      assertThat(vervaldatum(tijdlijn, BREDE_INTAKE)).isEqualTo(datum(7, 22));
    }
  }

  @Test
  void codesZijnKebabCase() {
    assertThat(Scenario.fromCode("start-na-verhuizing")).isEqualTo(Scenario.START_NA_VERHUIZING);
    assertThat(MijlpaalType.KLANTPROFIEL_UPDATE.code()).isEqualTo("klantprofiel-update");
    assertThat(MijlpaalType.fromCode("voorinburgering-toestemming")).isEqualTo(VOORINBURGERING_TOESTEMMING);
    assertThat(DriegesprekAnker.fromCode("voor-verhuizing")).isEqualTo(DriegesprekAnker.VOOR_VERHUIZING);
    assertThatThrownBy(() -> Scenario.fromCode("snel")).isInstanceOf(IllegalArgumentException.class);
  }
}
