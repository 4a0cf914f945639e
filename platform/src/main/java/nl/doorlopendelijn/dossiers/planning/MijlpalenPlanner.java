package nl.doorlopendelijn.dossiers.planning;

import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.BREDE_INTAKE;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.KENNISMAKING;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.KLANTPROFIEL_UPDATE;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.PIP_ADVIES;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.PIP_VASTGESTELD;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.START_INBURGERING;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.VERHUIZING;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.VOORINBURGERING_EINDE;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.VOORINBURGERING_START;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.VOORINBURGERING_TOESTEMMING;

import java.time.LocalDate;
import nl.doorlopendelijn.kernel.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans the milestones of one dossier from its koppeling, move date, scenario and the agreement's
 * norms. Pure: the same input always gives the same timeline, so calling it again after a change
 * is how a timeline is recomputed.
 *
 * <p>Notation: K = koppelingsdatum; V = verhuisdatum (recorded move, else actual, else expected;
 * "—" while unknown, and then every date counted from V is null too); N = the norms; T = the
 * inburgeraar's answer to the offer of voorinburgering (PlanInput.volgtVoorinburgering: yes, no or
 * not yet known). A milestone that is done keeps its afgerond date; the next step of a chain counts
 * from that real date.
 *
 * <table>
 *   <caption>Which milestones, due when</caption>
 *   <tr><th>milestone</th><th>applies</th><th>due</th></tr>
 *   <tr><td>kennismaking</td><td>always</td><td>K + N.dagenTotKennismaking</td></tr>
 *   <tr><td>driegesprek (na koppeling)</td><td>N.driegesprekNaKoppelingDagen set</td>
 *       <td>K + N.driegesprekNaKoppelingDagen</td></tr>
 *   <tr><td>driegesprek voor de verhuizing</td><td>N.driegesprekVoorVerhuizingDagen set, and the brede intake
 *       comes after the move (the 3-gesprek "helpt bij een snelle start van de brede intake, na verhuizing") or
 *       it is the agreement's only driegesprek</td><td>V − N.driegesprekVoorVerhuizingDagen</td></tr>
 *   <tr><td>klantprofiel-update</td><td>always</td><td>V − N.klantprofielUpdateDagenVoorVerhuizing</td></tr>
 *   <tr><td>voorinburgering-toestemming</td><td>every scenario (the COA offers it in the azc): while T is not
 *       known and the inburgeraar has not moved; or done</td><td>K + N.voorinburgering.dagenTotToestemming</td></tr>
 *   <tr><td>voorinburgering-start</td><td>T = yes</td><td>toestemming (done, else its norm date)
 *       + N.voorinburgering.dagenTotStart</td></tr>
 *   <tr><td>voorinburgering-einde</td><td>T = yes</td><td>start + N.voorinburgering.duurDagen</td></tr>
 *   <tr><td>verhuizing</td><td>always</td><td>V; done once a werkelijke verhuisdatum is known</td></tr>
 *   <tr><td>brede intake, PIP-advies, PIP vastgesteld, start inburgering</td><td>always</td>
 *       <td>a chain; each step before the move: first step K + 28 (or voorinburgering-einde + 14
 *       when the brede intake waits for the voorinburgering), next steps previous + 14; each step
 *       after the move: the later of V + 14 and previous + 14</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Which steps of the chain come before the move</caption>
 *   <tr><th>scenario</th><th>before the move</th><th>rust round the move</th></tr>
 *   <tr><td>snelle-start</td><td>all four</td><td>yes</td></tr>
 *   <tr><td>gecombineerde-aanpak</td><td>brede intake, PIP-advies (if N.bredeIntakeEnPipVoorVerhuizing,
 *       standard true)</td><td>no</td></tr>
 *   <tr><td>start-na-verhuizing</td><td>brede intake, PIP-advies only if N.bredeIntakeEnPipVoorVerhuizing
 *       (standard false)</td><td>no</td></tr>
 *   <tr><td>mengvorm</td><td>N.mengvorm.voorVerhuizing (a leading part of the chain)</td><td>if start
 *       inburgering is before the move</td></tr>
 * </table>
 *
 * <p>Brede intake after the voorinburgering (PlanInput.bredeIntakeNaVoorinburgering, advised when the
 * wait for a house exceeds 6 months; or the mengvorm's own bredeIntakeNaVoorinburgering) applies only
 * when T = yes and the brede intake comes before the move.
 *
 * <p>Rust: when the trajectory runs during the move, no milestone other than the verhuizing itself is
 * due strictly inside (V − R, V + R), R = N.rustperiodeRondVerhuizingDagen. A date that falls inside
 * moves to V − R when it lay before V and that is not earlier than what it follows (the koppeling or
 * the previous step); otherwise to V + R. Two steps can then fall on the same day.
 *
 * <p>Milestones done but no longer part of the plan (after a change of scenario) stay on the
 * timeline, without a due date.
 */
public final class MijlpalenPlanner {

  static final int DAGEN_TOT_BREDE_INTAKE = 28;
  static final int DAGEN_TUSSEN_STAPPEN = 14;
  static final int DAGEN_NA_VERHUIZING = 14;
  static final int DAGEN_BREDE_INTAKE_NA_VOORINBURGERING = 14;

  private static final Comparator<GeplandeMijlpaal> TIJDLIJN_VOLGORDE =
      Comparator.comparing(GeplandeMijlpaal::datum, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(GeplandeMijlpaal::type);

  private MijlpalenPlanner() {}

  public static Tijdlijn plan(PlanInput input) {
    Planning planning = new Planning(input);
    LocalDate k = input.koppelingsdatum();
    LocalDate v = input.verhuisdatum();
    Normen normen = input.normen();
    Set<MijlpaalType> voor = voorVerhuizing(input);

    planning.zet(KENNISMAKING, k.plusDays(normen.dagenTotKennismaking()), k);
    for (DriegesprekAnker anker : driegesprekken(input)) {
      int dagen = normen.driegesprekDagen(anker);
      planning.zet(anker.mijlpaal(),
          anker == DriegesprekAnker.NA_KOPPELING ? k.plusDays(dagen) : minus(v, dagen), k);
    }
    planning.zet(KLANTPROFIEL_UPDATE, minus(v, normen.klantprofielUpdateDagenVoorVerhuizing()), k);
    planVoorinburgering(planning, input);
    planning.zetZonderRust(VERHUIZING, v);
    planInburgeringsketen(planning, input, voor);
    return planning.tijdlijn();
  }

  /**
   * The driegesprekken of this dossier: the one after the koppeling wherever the agreement holds it; the one
   * before the move where the brede intake follows the move (what it prepares), or where it is the only one.
   */
  public static Set<DriegesprekAnker> driegesprekken(PlanInput input) {
    Normen normen = input.normen();
    Set<DriegesprekAnker> gesprekken = EnumSet.noneOf(DriegesprekAnker.class);
    boolean naKoppeling = normen.heeftDriegesprek(DriegesprekAnker.NA_KOPPELING);
    if (naKoppeling) {
      gesprekken.add(DriegesprekAnker.NA_KOPPELING);
    }
    if (normen.heeftDriegesprek(DriegesprekAnker.VOOR_VERHUIZING)
        && (!naKoppeling || !voorVerhuizing(input).contains(BREDE_INTAKE))) {
      gesprekken.add(DriegesprekAnker.VOOR_VERHUIZING);
    }
    return gesprekken;
  }

  /**
   * The voorinburgering, offered in the azc whatever the scenario: the question while unanswered (and still in
   * the azc), start and end once the inburgeraar consents; durations from the agreement's norms.
   */
  private static void planVoorinburgering(Planning planning, PlanInput input) {
    LocalDate k = input.koppelingsdatum();
    Normen.Voorinburgering duur = input.normen().voorinburgering();
    Boolean volgt = input.volgtVoorinburgering();
    Afgerond gevraagd = input.afgerond().get(VOORINBURGERING_TOESTEMMING);
    boolean verhuisd = input.werkelijkeVerhuisdatum() != null || input.afgerond().containsKey(VERHUIZING);
    LocalDate toestemming = k.plusDays(duur.dagenTotToestemming());
    if (gevraagd != null || (volgt == null && !verhuisd)) {
      planning.zet(VOORINBURGERING_TOESTEMMING, toestemming, k);
    }
    if (Boolean.TRUE.equals(volgt)) {
      LocalDate gegeven = gevraagd != null ? gevraagd.datum() : toestemming;
      planning.zet(VOORINBURGERING_START, gegeven.plusDays(duur.dagenTotStart()), gegeven);
      planning.volgt(VOORINBURGERING_EINDE, VOORINBURGERING_START, duur.duurDagen());
    }
  }

  /** The leading steps of the inburgering chain that the scenario plans before the move. */
  static Set<MijlpaalType> voorVerhuizing(PlanInput input) {
    return switch (input.scenario()) {
      case SNELLE_START -> Set.copyOf(Mengvorm.INBURGERINGSKETEN);
      case MENGVORM -> input.normen().mengvorm().voorVerhuizing();
      case GECOMBINEERDE_AANPAK, START_NA_VERHUIZING ->
          input.normen().bredeIntakeEnPipVoorVerhuizing() ? Set.of(BREDE_INTAKE, PIP_ADVIES) : Set.of();
    };
  }

  private static void planInburgeringsketen(Planning planning, PlanInput input, Set<MijlpaalType> voor) {
    LocalDate k = input.koppelingsdatum();
    LocalDate v = input.verhuisdatum();
    LocalDate vorige = null;
    for (MijlpaalType stap : Mengvorm.INBURGERINGSKETEN) {
      LocalDate vervaldatum;
      if (voor.contains(stap)) {
        vervaldatum = vorige != null ? vorige.plusDays(DAGEN_TUSSEN_STAPPEN) : eersteStapVoorVerhuizing(planning, input);
      } else if (v == null) {
        vervaldatum = null;
      } else {
        LocalDate naVerhuizing = v.plusDays(DAGEN_NA_VERHUIZING);
        vervaldatum = vorige == null ? naVerhuizing : later(naVerhuizing, vorige.plusDays(DAGEN_TUSSEN_STAPPEN));
      }
      planning.zet(stap, vervaldatum, vorige != null ? vorige : k);
      vorige = planning.anker(stap);
    }
  }

  private static LocalDate eersteStapVoorVerhuizing(Planning planning, PlanInput input) {
    if (wachtOpVoorinburgering(input)) {
      return planning.anker(VOORINBURGERING_EINDE).plusDays(DAGEN_BREDE_INTAKE_NA_VOORINBURGERING);
    }
    return input.koppelingsdatum().plusDays(DAGEN_TOT_BREDE_INTAKE);
  }

  /** The brede intake waits for the end of the voorinburgering: advised or the mengvorm's, and consented. */
  private static boolean wachtOpVoorinburgering(PlanInput input) {
    boolean gevraagd = input.bredeIntakeNaVoorinburgering()
        || (input.scenario() == Scenario.MENGVORM && input.normen().mengvorm().bredeIntakeNaVoorinburgering());
    return gevraagd && Boolean.TRUE.equals(input.volgtVoorinburgering());
  }

  private static LocalDate minus(LocalDate datum, int dagen) {
    return datum == null ? null : datum.minusDays(dagen);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** Collects due dates while planning; knows the rust window and what has been done. */
  private static final class Planning {
    private final PlanInput input;
    private final LocalDate verhuisdatum;
    private final boolean rust;
    private final Map<MijlpaalType, LocalDate> vervaldata = new EnumMap<>(MijlpaalType.class);
    private final Set<MijlpaalType> gepland = EnumSet.noneOf(MijlpaalType.class);

    Planning(PlanInput input) {
      this.input = input;
      this.verhuisdatum = input.verhuisdatum();
      this.rust =
          verhuisdatum != null
              && input.normen().rustperiodeRondVerhuizingDagen() > 0
              && voorVerhuizing(input).contains(START_INBURGERING);
    }

    void zet(MijlpaalType type, LocalDate vervaldatum, LocalDate nietEerderDan) {
      zetZonderRust(type, rust ? buitenRust(vervaldatum, nietEerderDan) : vervaldatum);
    }

    void zetZonderRust(MijlpaalType type, LocalDate vervaldatum) {
      gepland.add(type);
      vervaldata.put(type, vervaldatum);
    }

    void volgt(MijlpaalType type, MijlpaalType na, int dagen) {
      LocalDate vorige = anker(na);
      zet(type, vorige == null ? null : vorige.plusDays(dagen), vorige);
    }

    /** What the next step counts from: the real date when done, otherwise the due date. */
    LocalDate anker(MijlpaalType type) {
      Afgerond afgerond = input.afgerond().get(type);
      return afgerond != null ? afgerond.datum() : vervaldata.get(type);
    }

    private LocalDate buitenRust(LocalDate datum, LocalDate nietEerderDan) {
      if (datum == null) {
        return null;
      }
      int r = input.normen().rustperiodeRondVerhuizingDagen();
      LocalDate begin = verhuisdatum.minusDays(r);
      LocalDate einde = verhuisdatum.plusDays(r);
      if (!datum.isAfter(begin) || !datum.isBefore(einde)) {
        return datum;
      }
      boolean ervoorMogelijk = nietEerderDan == null || !begin.isBefore(nietEerderDan);
      return datum.isBefore(verhuisdatum) && ervoorMogelijk ? begin : einde;
    }

    Tijdlijn tijdlijn() {
      List<GeplandeMijlpaal> mijlpalen = new ArrayList<>();
      for (MijlpaalType type : gepland) {
        mijlpalen.add(GeplandeMijlpaal.van(type, vervaldata.get(type), afgerond(type)));
      }
      // done before a change of scenario: history stays on the timeline
      input.afgerond().forEach((type, afgerond) -> {
        if (!gepland.contains(type)) {
          mijlpalen.add(GeplandeMijlpaal.van(type, null, afgerond));
        }
      });
      mijlpalen.sort(TIJDLIJN_VOLGORDE);
      return new Tijdlijn(input.koppelingsdatum(), mijlpalen);
    }

    private Afgerond afgerond(MijlpaalType type) {
      Afgerond afgerond = input.afgerond().get(type);
      if (afgerond == null && type == VERHUIZING && input.werkelijkeVerhuisdatum() != null) {
        return Afgerond.op(input.werkelijkeVerhuisdatum());
      }
      return afgerond;
    }
  }
}
