package nl.doorlopendelijn.dossiers.planning;

import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.BREDE_INTAKE;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.DRIEGESPREK;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.DRIEGESPREK_VOOR_VERHUIZING;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.KLANTPROFIEL_UPDATE;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.PIP_ADVIES;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.VERHUIZING;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.VOORINBURGERING_EINDE;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.VOORINBURGERING_START;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.VOORINBURGERING_TOESTEMMING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.doorlopendelijn.kernel.Inburgeringsstap;
import nl.doorlopendelijn.kernel.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planner's rules from the seed ("Aan de slag met de warme overdracht"), enumerated: every scenario (and every
 * mengvorm the chain allows) × the inburgeraar's answer to the voorinburgering (yes, no, not yet) × the driegesprek
 * norms of an agreement (after the koppeling, before the move, both). Each case is checked against the rule as the
 * seed states it, computed here independently of the planner.
 */
class PlanRegelsPerScenarioTest {

  static final LocalDate K = LocalDate.of(2025, 3, 3);
  /** Far enough after the koppeling that every step before the move (after a 12-week voorinburgering) fits. */
  static final LocalDate V = K.plusDays(240);
  /** Not the standard durations, so a test shows they come from the norms. */
  static final Normen.Voorinburgering DUUR = new Normen.Voorinburgering(10, 7, 60);

  /** A scenario as a dossier follows it: which chain steps the seed puts before the move. */
  record Variant(String naam, Scenario scenario, boolean bredeIntakeEnPipVoorVerhuizing, Mengvorm mengvorm,
      Set<MijlpaalType> voorVerhuizing) {

    @Override
    public String toString() {
      return naam;
    }
  }

  /** One case of the matrix. */
  record Geval(Variant variant, Boolean toestemming, Integer naKoppeling, Integer voorVerhuizing) {

    @Override
    public String toString() {
      return variant + ", toestemming " + (toestemming == null ? "onbekend" : toestemming ? "ja" : "nee")
          + ", driegesprek" + (naKoppeling != null ? " na koppeling " + naKoppeling : "")
          + (voorVerhuizing != null ? " voor verhuizing " + voorVerhuizing : "");
    }

    PlanInput input() {
      Normen basis = variant.scenario() == Scenario.MENGVORM ? Normen.voorMengvorm(variant.mengvorm())
          : Normen.standaard(variant.scenario());
      Normen normen = basis.metBredeIntakeEnPipVoorVerhuizing(variant.bredeIntakeEnPipVoorVerhuizing())
          .metDriegesprekken(naKoppeling, voorVerhuizing).metVoorinburgering(DUUR).metRustperiode(0);
      return new PlanInput(K, V, null, variant.scenario(), normen, Map.of(), false, toestemming);
    }
  }

  static List<Variant> varianten() {
    List<MijlpaalType> keten = Mengvorm.INBURGERINGSKETEN;
    Set<MijlpaalType> eerstTwee = EnumSet.of(BREDE_INTAKE, PIP_ADVIES);
    List<Variant> v = new ArrayList<>();
    v.add(new Variant("snelle-start", Scenario.SNELLE_START, false, null, EnumSet.copyOf(keten)));
    v.add(new Variant("gecombineerde-aanpak", Scenario.GECOMBINEERDE_AANPAK, true, null, eerstTwee));
    v.add(new Variant("gecombineerde-aanpak, intake na verhuizing", Scenario.GECOMBINEERDE_AANPAK, false, null,
        Set.of()));
    v.add(new Variant("start-na-verhuizing", Scenario.START_NA_VERHUIZING, false, null, Set.of()));
    v.add(new Variant("start-na-verhuizing, intake voor verhuizing", Scenario.START_NA_VERHUIZING, true, null,
        eerstTwee));
    for (int n = 0; n <= keten.size(); n++) {
      Set<MijlpaalType> voor = n == 0 ? Set.of() : EnumSet.copyOf(keten.subList(0, n));
      Mengvorm mengvorm = new Mengvorm("eerste " + n + " stap(pen) voor de verhuizing", voor, false);
      v.add(new Variant("mengvorm " + n + " voor", Scenario.MENGVORM, voor.contains(BREDE_INTAKE), mengvorm, voor));
      if (n > 0) {
        v.add(new Variant("mengvorm " + n + " voor, intake na voorinburgering", Scenario.MENGVORM, true,
            new Mengvorm(mengvorm.omschrijving(), voor, true), voor));
      }
    }
    return v;
  }

  static Stream<Geval> gevallen() {
    List<Geval> gevallen = new ArrayList<>();
    List<Integer[]> driegesprekken = List.of(new Integer[] {14, null}, new Integer[] {null, 10},
        new Integer[] {14, 10});
    for (Variant variant : varianten()) {
      for (Boolean toestemming : Arrays.asList(null, Boolean.TRUE, Boolean.FALSE)) {
        for (Integer[] d : driegesprekken) {
          gevallen.add(new Geval(variant, toestemming, d[0], d[1]));
        }
      }
    }
    return gevallen.stream();
  }

  static Optional<GeplandeMijlpaal> mijlpaal(Tijdlijn t, MijlpaalType type) {
    return t.mijlpaal(type);
  }

  static LocalDate vervaldatum(Tijdlijn t, MijlpaalType type) {
    return t.mijlpaal(type).orElseThrow(() -> new AssertionError("geen " + type + " in " + t.volgorde()))
        .vervaldatum();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gevallen")
  @DisplayName("\"Binnen 2 weken na koppeling vindt een driegesprek plaats\" and \"Zorg rond dat moment ook voor een"
      + " (online) 3-gesprek\": the driegesprekken per scenario")
  void elkDriegesprekVanDeAfspraakWaarHetHoortMetZijnEigenNorm(Geval g) {
    Tijdlijn t = MijlpalenPlanner.plan(g.input());
    boolean intakeVoorVerhuizing = g.variant().voorVerhuizing().contains(BREDE_INTAKE);

    assertThat(mijlpaal(t, DRIEGESPREK).isPresent()).isEqualTo(g.naKoppeling() != null);
    if (g.naKoppeling() != null) {
      assertThat(vervaldatum(t, DRIEGESPREK)).isEqualTo(K.plusDays(g.naKoppeling()));
    }
    // before the move: where it prepares a brede intake after the move, or where it is the agreement's only one
    boolean voorVerhuizing = g.voorVerhuizing() != null && (g.naKoppeling() == null || !intakeVoorVerhuizing);
    assertThat(mijlpaal(t, DRIEGESPREK_VOOR_VERHUIZING).isPresent()).isEqualTo(voorVerhuizing);
    if (voorVerhuizing) {
      assertThat(vervaldatum(t, DRIEGESPREK_VOOR_VERHUIZING)).isEqualTo(V.minusDays(g.voorVerhuizing()));
    }
    assertThat(t.mijlpalen()).as("every dossier has a driegesprek").anyMatch(m -> m.type().isDriegesprek());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gevallen")
  @DisplayName("\"De inburgeraar kan gelijktijdig voorinburgering volgen op de AZC-locatie. Dit is een vrijwillige"
      + " keuze.\": in every scenario, by consent, durations from the norms")
  void voorinburgeringInElkScenarioAlsDeInburgeraarToestemtMetDeDuurUitDeNormen(Geval g) {
    Tijdlijn t = MijlpalenPlanner.plan(g.input());

    if (g.toestemming() == null) {
      assertThat(vervaldatum(t, VOORINBURGERING_TOESTEMMING)).isEqualTo(K.plusDays(10));
      assertThat(t.volgorde()).doesNotContain(VOORINBURGERING_START, VOORINBURGERING_EINDE);
    } else if (g.toestemming()) {
      assertThat(t.volgorde()).doesNotContain(VOORINBURGERING_TOESTEMMING);
      assertThat(vervaldatum(t, VOORINBURGERING_START)).isEqualTo(K.plusDays(10 + 7));
      assertThat(vervaldatum(t, VOORINBURGERING_EINDE)).isEqualTo(K.plusDays(10 + 7 + 60));
    } else {
      assertThat(t.volgorde())
          .doesNotContain(VOORINBURGERING_TOESTEMMING, VOORINBURGERING_START, VOORINBURGERING_EINDE);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gevallen")
  @DisplayName("\"In de praktijk zijn mengvormen mogelijk.\": the steps of the chain before and after the move")
  void deStappenVanDeKetenVallenVoorOfNaDeVerhuizingZoalsHetScenarioZegt(Geval g) {
    Tijdlijn t = MijlpalenPlanner.plan(g.input());

    for (MijlpaalType stap : Mengvorm.INBURGERINGSKETEN) {
      LocalDate datum = vervaldatum(t, stap);
      if (g.variant().voorVerhuizing().contains(stap)) {
        assertThat(datum).as(stap.code()).isBefore(V);
      } else {
        assertThat(datum).as(stap.code()).isAfterOrEqualTo(V.plusDays(14));
      }
    }
    assertThat(vervaldatum(t, KLANTPROFIEL_UPDATE)).isEqualTo(V.minusDays(14));
    assertThat(vervaldatum(t, VERHUIZING)).isEqualTo(V);
    assertThat(t.mijlpalen()).extracting(GeplandeMijlpaal::datum).isSorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gevallen")
  @DisplayName("\"Om dit te voorkomen, kun je de brede intake en het PIP-advies pas ná de voorinburgering laten"
      + " beginnen.\": a mengvorm that says so, once the inburgeraar follows the voorinburgering")
  void bredeIntakeNaDeVoorinburgeringAlsDeMengvormDatZegtEnDeInburgeraarMeedoet(Geval g) {
    Mengvorm m = g.variant().mengvorm();
    if (!g.variant().voorVerhuizing().contains(BREDE_INTAKE)) {
      return; // after the move: counted from the move (checked above)
    }
    Tijdlijn t = MijlpalenPlanner.plan(g.input());
    boolean wacht = m != null && m.bredeIntakeNaVoorinburgering() && Boolean.TRUE.equals(g.toestemming());

    assertThat(vervaldatum(t, BREDE_INTAKE))
        .isEqualTo(wacht ? K.plusDays(10 + 7 + 60 + 14) : K.plusDays(28));
  }

  @Test
  @DisplayName("\"Binnen 2 weken na koppeling vindt een driegesprek plaats in de vestigingsgemeente.\" and, for start"
      + " na verhuizing, \"Zorg rond dat moment ook voor een (online) 3-gesprek\": Hart van Brabant's"
      + " start-na-verhuizing dossier keeps both")
  void startNaVerhuizingOnderHartVanBrabantHeeftBeideDriegesprekken() {
    // Hart van Brabant's agreement: the driegesprek after the koppeling; the second around the klantprofiel-update
    PlanInput input = PlanInput.voor(Scenario.START_NA_VERHUIZING, K).metVerwachteVerhuisdatum(V);

    Tijdlijn t = MijlpalenPlanner.plan(input.metNormen(input.normen().metDriegesprekken(14, 14)));

    assertThat(vervaldatum(t, DRIEGESPREK)).isEqualTo(K.plusDays(14));
    assertThat(vervaldatum(t, DRIEGESPREK_VOOR_VERHUIZING)).isEqualTo(vervaldatum(t, KLANTPROFIEL_UPDATE))
        .isEqualTo(V.minusDays(14));
    assertThat(MijlpalenPlanner.driegesprekken(input)).containsExactly(DriegesprekAnker.NA_KOPPELING,
        DriegesprekAnker.VOOR_VERHUIZING);
  }

  @Test
  @DisplayName("\"De inburgeraar kan gelijktijdig voorinburgering volgen op de AZC-locatie. Dit is een vrijwillige"
      + " keuze.\": a consent given by completing the toestemming counts, and the start counts from that day")
  void afgerondeToestemmingIsToestemmingEnDeStartTeltVanafDieDag() {
    PlanInput input = PlanInput.voor(Scenario.SNELLE_START, K)
        .metAfgerond(VOORINBURGERING_TOESTEMMING, Afgerond.op(K.plusDays(20)));

    Tijdlijn t = MijlpalenPlanner.plan(input);

    assertThat(t.mijlpaal(VOORINBURGERING_TOESTEMMING).orElseThrow().isAfgerond()).isTrue();
    assertThat(vervaldatum(t, VOORINBURGERING_START)).isEqualTo(K.plusDays(20 + 14));
    assertThat(vervaldatum(t, VOORINBURGERING_EINDE)).isEqualTo(K.plusDays(20 + 14 + 84));
    // withdrawn afterwards: the completed step stays, nothing more is planned
    Tijdlijn ingetrokken = MijlpalenPlanner.plan(input.metVoorinburgeringToestemming(false));
    assertThat(ingetrokken.mijlpaal(VOORINBURGERING_TOESTEMMING).orElseThrow().isAfgerond()).isTrue();
    assertThat(ingetrokken.volgorde()).doesNotContain(VOORINBURGERING_START, VOORINBURGERING_EINDE);
  }

  @Test
  void naDeVerhuizingWordtNietMeerOmToestemmingGevraagd() {
    Tijdlijn t = MijlpalenPlanner.plan(PlanInput.voor(Scenario.START_NA_VERHUIZING, K)
        .metWerkelijkeVerhuisdatum(K.plusDays(30)));

    assertThat(t.volgorde()).doesNotContain(VOORINBURGERING_TOESTEMMING);
  }

  /** Every subset of the chain: a mengvorm exists exactly for a leading part (the same rule as the agreements'). */
  @Test
  @DisplayName("\"In de praktijk zijn mengvormen mogelijk.\": every leading part of the chain, and nothing with a gap")
  void eenMengvormIsElkBeginVanDeKetenEnNietsMetEenGat() {
    List<MijlpaalType> keten = Mengvorm.INBURGERINGSKETEN;
    assertThat(keten).extracting(MijlpaalType::code).isEqualTo(Inburgeringsstap.CODES);
    for (int bits = 0; bits < 16; bits++) {
      Set<MijlpaalType> voor = EnumSet.noneOf(MijlpaalType.class);
      for (int i = 0; i < 4; i++) {
        if ((bits & (1 << i)) != 0) {
          voor.add(keten.get(i));
        }
      }
      boolean begin = voor.equals(keten.subList(0, voor.size()).isEmpty() ? Set.of()
          : EnumSet.copyOf(keten.subList(0, voor.size())));
      if (begin) {
        assertThat(new Mengvorm("mix", voor).voorVerhuizing()).isEqualTo(voor);
      } else {
        assertThatThrownBy(() -> new Mengvorm("mix", voor)).as("%s", voor)
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zonder gaten");
      }
    }
    assertThatThrownBy(() -> new Mengvorm("voorinburgering is geen stap", Set.of(VOORINBURGERING_START)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
