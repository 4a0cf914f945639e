package nl.doorlopendelijn.dossiers.planning;

import static java.time.temporal.ChronoUnit.DAYS;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.BREDE_INTAKE;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.DRIEGESPREK;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.KENNISMAKING;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.START_INBURGERING;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.VERHUIZING;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.VOORINBURGERING_EINDE;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.VOORINBURGERING_START;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.VOORINBURGERING_TOESTEMMING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.doorlopendelijn.kernel.Scenario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Stilval as the seed means it, without Spring or a clock: every scenario × every period that matters (1 day to half
 * a year, the standard three months among them) × the situations the seed speaks of, day by day. The expected answer
 * is written from the rule (waiting for a house, no activity for the period), not read from the code.
 */
class StilvalTest {

  static final LocalDate K = LocalDate.of(2025, 3, 3);
  static final int[] PERIODES = {1, 14, 30, 60, Stilval.STANDAARD_NA_DAGEN, 180};
  static final LocalDate ZEVEN_MAANDEN_LATER = K.plusMonths(7);

  /** Every scenario with the standard norms (the COA offers voorinburgering in the azc whatever the scenario). */
  static Normen normen(Scenario scenario) {
    return scenario == Scenario.MENGVORM
        ? Normen.voorMengvorm(new Mengvorm("brede intake vóór de verhuizing", Set.of(BREDE_INTAKE)))
        : Normen.standaard(scenario);
  }

  static Tijdlijn tijdlijn(Scenario scenario, Map<MijlpaalType, LocalDate> gedaan) {
    // the inburgeraar consents, so the voorinburgering is planned (and, once started, counts as activity)
    PlanInput input = new PlanInput(K, null, null, scenario, normen(scenario), Map.of(), false, Boolean.TRUE);
    for (Map.Entry<MijlpaalType, LocalDate> e : gedaan.entrySet()) {
      input = input.metAfgerond(e.getKey(), Afgerond.op(e.getValue()));
    }
    return MijlpalenPlanner.plan(input);
  }

  static Map<MijlpaalType, LocalDate> gedaan(Object... paren) {
    Map<MijlpaalType, LocalDate> m = new EnumMap<>(MijlpaalType.class);
    for (int i = 0; i < paren.length; i += 2) {
      m.put((MijlpaalType) paren[i], (LocalDate) paren[i + 1]);
    }
    return m;
  }

  static boolean signaal(Tijdlijn t, LocalDate dag, int periode, List<Activiteit> elders) {
    return Signalen.bepaal(t, dag, SignaalConfig.standaard().metStilvalNaDagen(periode).metActiviteiten(elders))
        .stream().anyMatch(s -> s.type() == SignaalType.STILVAL);
  }

  static boolean signaal(Tijdlijn t, LocalDate dag, int periode) {
    return signaal(t, dag, periode, List.of());
  }

  /** The rule as the seed says it, for day {@code dag}: waiting, and the period passed since the last activity. */
  static boolean stilVolgensDeRegel(Tijdlijn t, List<Activiteit> elders, int periode, LocalDate dag) {
    if (t.isVerhuisd() || t.mijlpaal(START_INBURGERING).map(GeplandeMijlpaal::isAfgerond).orElse(false)) {
      return false;
    }
    List<Activiteit> alle = new ArrayList<>(Activiteiten.uitTijdlijn(t));
    alle.addAll(elders);
    LocalDate laatste = Activiteiten.laatsteOpOfVoor(alle, dag).map(Activiteiten.Laatste::dag)
        .filter(d -> d.isAfter(K)).orElse(K);
    return DAYS.between(laatste, dag) >= periode;
  }

  @Test
  @DisplayName("Het wachten op een woning kan soms wel 6 tot 8 maanden duren. Dit kan betekenen dat iemands"
      + " inburgering lange tijd stilvalt.")
  void eenWachtVanZevenMaandenZonderActiviteitValtStil() {
    int gevallen = 0;
    for (Scenario scenario : Scenario.values()) {
      // nothing at all since the koppeling, and a good start (kennismaking, driegesprek) followed by silence
      List<Map<MijlpaalType, LocalDate>> situaties = List.of(gedaan(),
          gedaan(KENNISMAKING, K.plusDays(5), DRIEGESPREK, K.plusDays(12)));
      for (Map<MijlpaalType, LocalDate> situatie : situaties) {
        Tijdlijn t = tijdlijn(scenario, situatie);
        LocalDate laatste = situatie.values().stream().max(LocalDate::compareTo).orElse(K);
        for (int periode : PERIODES) {
          String geval = scenario + " " + situatie + " periode " + periode;
          assertThat(signaal(t, ZEVEN_MAANDEN_LATER, periode)).as(geval).isTrue();
          Stilval.Oordeel oordeel = Stilval.beoordeel(t, List.of(), periode, ZEVEN_MAANDEN_LATER);
          assertThat(oordeel.stilVanaf()).as(geval).isEqualTo(laatste.plusDays(periode));
          // the day before the period is up it is not stilval yet, on the day itself it is
          assertThat(signaal(t, laatste.plusDays(periode - 1), periode)).as(geval).isFalse();
          assertThat(signaal(t, laatste.plusDays(periode), periode)).as(geval).isTrue();
          gevallen++;
        }
      }
    }
    assertThat(gevallen).isEqualTo(Scenario.values().length * 2 * PERIODES.length);
  }

  @Test
  @DisplayName("De inburgeraar kan gelijktijdig voorinburgering volgen op de AZC-locatie. Dit is een vrijwillige"
      + " keuze.")
  void tijdensDeVoorinburgeringValtNietsStil() {
    for (Scenario scenario : Scenario.values()) {
      // started on time, and started late (after five months of waiting)
      for (int startNa : new int[] {28, 150}) {
        LocalDate start = K.plusDays(startNa);
        Tijdlijn bezig = tijdlijn(scenario,
            gedaan(VOORINBURGERING_TOESTEMMING, start.minusDays(14), VOORINBURGERING_START, start));
        LocalDate gepland = bezig.mijlpaal(VOORINBURGERING_EINDE).orElseThrow().vervaldatum();
        assertThat(gepland).as("de tijdlijn plant het einde van de voorinburgering").isAfter(start);
        for (int periode : PERIODES) {
          String geval = scenario + " start " + start + " periode " + periode;
          for (LocalDate dag = start; !dag.isAfter(gepland); dag = dag.plusDays(1)) {
            assertThat(signaal(bezig, dag, periode)).as(geval + " op " + dag).isFalse();
          }
          // when it ends as planned, the silence counts from its end
          assertThat(signaal(bezig, gepland.plusDays(periode - 1), periode)).as(geval).isFalse();
          assertThat(signaal(bezig, gepland.plusDays(periode), periode)).as(geval).isTrue();
          // it ran longer than planned and its end is recorded: every day up to that end counts
          LocalDate later = gepland.plusDays(20);
          Tijdlijn verlengd = tijdlijn(scenario, gedaan(VOORINBURGERING_TOESTEMMING, start.minusDays(14),
              VOORINBURGERING_START, start, VOORINBURGERING_EINDE, later));
          for (LocalDate dag = start; !dag.isAfter(later); dag = dag.plusDays(1)) {
            assertThat(signaal(verlengd, dag, periode)).as(geval + " verlengd, op " + dag).isFalse();
          }
          assertThat(signaal(verlengd, later.plusDays(periode), periode)).as(geval).isTrue();
        }
      }
    }
  }

  @Test
  @DisplayName("Bij scenario snelle start begint de inburgering vóórdat iemand verhuist naar zijn"
      + " vestigingsgemeente.")
  void naDeStartVanDeInburgeringWachtNiemandMeerOpEenWoning() {
    for (Scenario scenario : Scenario.values()) {
      LocalDate gestart = K.plusDays(70);
      Tijdlijn t = tijdlijn(scenario, gedaan(KENNISMAKING, K.plusDays(5), START_INBURGERING, gestart));
      assertThat(Stilval.wachtOpWoning(t)).as(scenario.code()).isFalse();
      for (int periode : PERIODES) {
        assertThat(Stilval.beoordeel(t, List.of(), periode, gestart).stilVanaf()).isNull();
        // two years on, still nothing: the inburgering runs, nobody waits for it
        for (LocalDate dag = gestart; dag.isBefore(gestart.plusYears(2)); dag = dag.plusDays(1)) {
          assertThat(signaal(t, dag, periode)).as(scenario + " periode " + periode + " op " + dag).isFalse();
        }
      }
    }
  }

  @Test
  @DisplayName("Het reguliere inburgeringstraject start in de meeste gevallen ná de verhuizing van de inburgeraar"
      + " naar zijn woongemeente.")
  void naDeVerhuizingWachtNiemandMeerOpEenWoning() {
    for (Scenario scenario : Scenario.values()) {
      LocalDate verhuisd = K.plusDays(40);
      Tijdlijn t = tijdlijn(scenario, gedaan(VERHUIZING, verhuisd));
      assertThat(Stilval.wachtOpWoning(t)).as(scenario.code()).isFalse();
      for (int periode : PERIODES) {
        for (LocalDate dag = verhuisd; dag.isBefore(verhuisd.plusYears(1)); dag = dag.plusDays(1)) {
          assertThat(signaal(t, dag, periode)).as(scenario + " periode " + periode + " op " + dag).isFalse();
        }
      }
    }
  }

  @Test
  @DisplayName("Organiseer voor deze groep bijvoorbeeld activiteiten in de geest van de brede intake en laat ze"
      + " alvast kennis maken met de gemeente.")
  void elkeActiviteitZetDeStilteTerug() {
    LocalDate dag = K.plusDays(100);
    for (Scenario scenario : Scenario.values()) {
      List<Tijdlijn> metActiviteit = new ArrayList<>();
      // every milestone that can be done while waiting for a house (the move and the start of the inburgering
      // end the wait)
      for (MijlpaalType type : MijlpaalType.values()) {
        if (type != VERHUIZING && type != START_INBURGERING && type != VOORINBURGERING_START) {
          metActiviteit.add(tijdlijn(scenario, gedaan(type, dag)));
        }
      }
      for (int periode : PERIODES) {
        for (Tijdlijn t : metActiviteit) {
          String geval = scenario + " " + Activiteiten.uitTijdlijn(t) + " periode " + periode;
          assertThat(signaal(t, dag.plusDays(periode - 1), periode)).as(geval).isFalse();
          assertThat(signaal(t, dag.plusDays(periode), periode)).as(geval).isTrue();
        }
        // and an activity from elsewhere (the contactlog), on an empty timeline
        Tijdlijn leeg = tijdlijn(scenario, gedaan());
        List<Activiteit> elders = List.of(new Activiteit.NotitieGeschreven(dag));
        assertThat(signaal(leeg, dag.plusDays(periode - 1), periode, elders)).isFalse();
        assertThat(signaal(leeg, dag.plusDays(periode), periode, elders)).isTrue();
      }
    }
  }

  @Test
  void hetOordeelVanVandaagBlijftGeldenTotErIetsNieuwsGebeurt() {
    // what the dashboard stores (stilVanaf, judged today) must answer for every later day exactly as the rule does
    LocalDate vandaag = K.plusDays(60);
    List<Map<MijlpaalType, LocalDate>> situaties = List.of(gedaan(),
        gedaan(KENNISMAKING, K.plusDays(5)),
        gedaan(VOORINBURGERING_TOESTEMMING, K.plusDays(14), VOORINBURGERING_START, K.plusDays(28)),
        gedaan(VOORINBURGERING_START, K.plusDays(50)),
        gedaan(VOORINBURGERING_START, K.plusDays(10), VOORINBURGERING_EINDE, K.plusDays(40)),
        gedaan(START_INBURGERING, K.plusDays(30)),
        gedaan(VERHUIZING, K.plusDays(45)));
    List<List<Activiteit>> eldersLijsten = List.of(List.of(),
        List.of(new Activiteit.GesprekGehouden(DRIEGESPREK, K.plusDays(55))),
        List.of(new Activiteit.VoorinburgeringLoopt(K.plusDays(20), K.plusDays(120))));
    int gevallen = 0;
    for (Scenario scenario : Scenario.values()) {
      for (Map<MijlpaalType, LocalDate> situatie : situaties) {
        Tijdlijn t = tijdlijn(scenario, situatie);
        for (List<Activiteit> elders : eldersLijsten) {
          for (int periode : PERIODES) {
            Stilval.Oordeel vanVandaag = Stilval.beoordeel(t, elders, periode, vandaag);
            for (LocalDate dag = vandaag; dag.isBefore(vandaag.plusDays(400)); dag = dag.plusDays(1)) {
              String geval = scenario + " " + situatie + " " + elders + " periode " + periode + " op " + dag;
              boolean regel = stilVolgensDeRegel(t, elders, periode, dag);
              assertThat(vanVandaag.stilOp(dag)).as(geval).isEqualTo(regel);
              assertThat(Stilval.beoordeel(t, elders, periode, dag).stilOp(dag)).as(geval).isEqualTo(regel);
              gevallen++;
            }
          }
        }
      }
    }
    assertThat(gevallen).isEqualTo(Scenario.values().length * situaties.size() * eldersLijsten.size()
        * PERIODES.length * 400);
  }

  @Test
  void deLaatsteActiviteitOpOfVoorEenDag() {
    Activiteit gesprek = new Activiteit.GesprekGehouden(DRIEGESPREK, K.plusDays(10));
    Activiteit voorinburgering = new Activiteit.VoorinburgeringLoopt(K.plusDays(20), K.plusDays(104));
    Activiteit brede = new Activiteit.MijlpaalAfgerond(BREDE_INTAKE, K.plusDays(118));
    List<Activiteit> alle = List.of(gesprek, voorinburgering, brede);

    assertThat(Activiteiten.laatsteOpOfVoor(alle, K.plusDays(9))).isEmpty();
    assertThat(Activiteiten.laatsteOpOfVoor(alle, K.plusDays(15)))
        .contains(new Activiteiten.Laatste(gesprek, K.plusDays(10)));
    // a period under way: the day itself
    assertThat(Activiteiten.laatsteOpOfVoor(alle, K.plusDays(50)))
        .contains(new Activiteiten.Laatste(voorinburgering, K.plusDays(50)));
    assertThat(Activiteiten.laatsteOpOfVoor(alle, K.plusDays(110)))
        .contains(new Activiteiten.Laatste(voorinburgering, K.plusDays(104)));
    assertThat(Activiteiten.laatsteOpOfVoor(alle, K.plusDays(300)))
        .contains(new Activiteiten.Laatste(brede, K.plusDays(118)));
  }

  @Test
  void deTijdlijnLevertZijnActiviteiten() {
    Tijdlijn t = tijdlijn(Scenario.GECOMBINEERDE_AANPAK, gedaan(KENNISMAKING, K.plusDays(5),
        DRIEGESPREK, K.plusDays(12), VOORINBURGERING_START, K.plusDays(28)));
    LocalDate gepland = t.mijlpaal(VOORINBURGERING_EINDE).orElseThrow().vervaldatum();

    assertThat(Activiteiten.uitTijdlijn(t)).containsExactly(
        new Activiteit.MijlpaalAfgerond(KENNISMAKING, K.plusDays(5)),
        new Activiteit.GesprekGehouden(DRIEGESPREK, K.plusDays(12)),
        new Activiteit.MijlpaalAfgerond(VOORINBURGERING_START, K.plusDays(28)),
        new Activiteit.VoorinburgeringLoopt(K.plusDays(28), gepland));
  }

  @Test
  @DisplayName("Een notitie in de contactlog is activiteit: wie op een woning wacht en alleen notities krijgt, valt"
      + " niet stil")
  void eenWachtMetAlleenNotitiesValtNietStil() {
    int gevallen = 0;
    for (Scenario scenario : Scenario.values()) {
      Tijdlijn leeg = tijdlijn(scenario, gedaan());
      for (int periode : PERIODES) {
        // seven months of waiting, nothing on the timeline, a note every (periode - 1) days: never stilval
        List<Activiteit> notities = new ArrayList<>();
        for (LocalDate op = K.plusDays(periode - 1); !op.isAfter(ZEVEN_MAANDEN_LATER); op = op.plusDays(
            Math.max(1, periode - 1))) {
          notities.add(new Activiteit.NotitieGeschreven(op));
        }
        for (LocalDate d = K; !d.isAfter(ZEVEN_MAANDEN_LATER); d = d.plusDays(1)) {
          LocalDate dag = d;
          List<Activiteit> tot = notities.stream().filter(n -> !n.begin().isAfter(dag)).toList();
          String geval = scenario + " periode " + periode + " dag " + dag;
          assertThat(signaal(leeg, dag, periode, tot)).as(geval).isEqualTo(stilVolgensDeRegel(leeg, tot, periode,
              dag));
          if (periode > 1) {
            assertThat(signaal(leeg, dag, periode, tot)).as(geval).isFalse();
          }
          gevallen++;
        }
      }
    }
    assertThat(gevallen).isPositive();
  }

  @Test
  @DisplayName("Een notitie van langer dan de periode geleden helpt niet: daarna telt de stilte vanaf die notitie")
  void eenOudeNotitieHelptNiet() {
    for (Scenario scenario : Scenario.values()) {
      Tijdlijn leeg = tijdlijn(scenario, gedaan());
      for (int periode : PERIODES) {
        LocalDate notitie = K.plusDays(20);
        List<Activiteit> elders = List.of(new Activiteit.NotitieGeschreven(notitie));
        String geval = scenario + " periode " + periode;
        assertThat(signaal(leeg, notitie.plusDays(periode - 1), periode, elders)).as(geval).isFalse();
        assertThat(signaal(leeg, notitie.plusDays(periode), periode, elders)).as(geval).isTrue();
        Stilval.Oordeel oordeel = Stilval.beoordeel(leeg, elders, periode, ZEVEN_MAANDEN_LATER);
        assertThat(oordeel.stilVanaf()).as(geval).isEqualTo(notitie.plusDays(periode));
        assertThat(oordeel.laatste()).as(geval).isEqualTo(elders.get(0));
        // the signal names the note as the last activity
        assertThat(Signalen.bepaal(leeg, ZEVEN_MAANDEN_LATER, SignaalConfig.standaard().metStilvalNaDagen(periode)
                .metActiviteiten(elders)).stream().filter(s -> s.type() == SignaalType.STILVAL)
            .map(Signaal::omschrijving)).as(geval).singleElement().asString()
            .contains("notitie in de contactlog geschreven op");
      }
    }
  }
}
