package nl.doorlopendelijn.dossiers.planning;

import nl.doorlopendelijn.kernel.Scenario;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the planner needs for one dossier. Move dates are nullable: while nobody knows when
 * the inburgeraar moves, milestones that count from the move have no date yet.
 *
 * @param bredeIntakeNaVoorinburgering advice for a long wait (more than 6 months): hold the brede
 *     intake after the voorinburgering so the trajectory does not stall
 * @param voorinburgeringToestemming the inburgeraar's answer to the COA's offer of voorinburgering: {@code true}
 *     consents, {@code false} declines, {@code null} not (yet) recorded (a completed
 *     voorinburgering-toestemming then counts as consent)
 */
public record PlanInput(
    LocalDate koppelingsdatum,
    LocalDate verwachteVerhuisdatum,
    LocalDate werkelijkeVerhuisdatum,
    Scenario scenario,
    Normen normen,
    Map<MijlpaalType, Afgerond> afgerond,
    boolean bredeIntakeNaVoorinburgering,
    Boolean voorinburgeringToestemming) {

  public PlanInput {
    Objects.requireNonNull(koppelingsdatum, "koppelingsdatum");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(normen, "normen");
    afgerond = afgerond == null ? Map.of() : Map.copyOf(afgerond);
    if (scenario == Scenario.MENGVORM && normen.mengvorm() == null) {
      throw new IllegalArgumentException("Scenario mengvorm vraagt een beschreven mengvorm in de normen");
    }
  }

  /** A fresh dossier with the standard norms of its scenario and nothing done yet. */
  public static PlanInput voor(Scenario scenario, LocalDate koppelingsdatum) {
    return new PlanInput(koppelingsdatum, null, null, scenario, Normen.standaard(scenario), Map.of(), false, null);
  }

  /** The best known move date: the recorded move, else the actual, else the expected date. */
  public LocalDate verhuisdatum() {
    Afgerond verhuizing = afgerond.get(MijlpaalType.VERHUIZING);
    if (verhuizing != null) {
      return verhuizing.datum();
    }
    return werkelijkeVerhuisdatum != null ? werkelijkeVerhuisdatum : verwachteVerhuisdatum;
  }

  /**
   * Whether the inburgeraar follows the voorinburgering: the recorded answer, else a completed
   * voorinburgering-toestemming (consent given), else unknown ({@code null}).
   */
  public Boolean volgtVoorinburgering() {
    if (voorinburgeringToestemming != null) {
      return voorinburgeringToestemming;
    }
    return afgerond.containsKey(MijlpaalType.VOORINBURGERING_TOESTEMMING) ? Boolean.TRUE : null;
  }

  public PlanInput metVerwachteVerhuisdatum(LocalDate datum) {
    return new PlanInput(koppelingsdatum, datum, werkelijkeVerhuisdatum, scenario, normen, afgerond,
        bredeIntakeNaVoorinburgering, voorinburgeringToestemming);
  }

  public PlanInput metWerkelijkeVerhuisdatum(LocalDate datum) {
    return new PlanInput(koppelingsdatum, verwachteVerhuisdatum, datum, scenario, normen, afgerond,
        bredeIntakeNaVoorinburgering, voorinburgeringToestemming);
  }

  public PlanInput metScenario(Scenario nieuwScenario, Normen nieuweNormen) {
    return new PlanInput(koppelingsdatum, verwachteVerhuisdatum, werkelijkeVerhuisdatum, nieuwScenario,
        nieuweNormen, afgerond, bredeIntakeNaVoorinburgering, voorinburgeringToestemming);
  }

  public PlanInput metNormen(Normen nieuweNormen) {
    return metScenario(scenario, nieuweNormen);
  }

  public PlanInput metAfgerond(MijlpaalType type, Afgerond info) {
    Map<MijlpaalType, Afgerond> nieuw = new EnumMap<>(MijlpaalType.class);
    nieuw.putAll(afgerond);
    nieuw.put(type, info);
    return new PlanInput(koppelingsdatum, verwachteVerhuisdatum, werkelijkeVerhuisdatum, scenario, normen,
        nieuw, bredeIntakeNaVoorinburgering, voorinburgeringToestemming);
  }

  public PlanInput metBredeIntakeNaVoorinburgering(boolean naVoorinburgering) {
    return new PlanInput(koppelingsdatum, verwachteVerhuisdatum, werkelijkeVerhuisdatum, scenario, normen,
        afgerond, naVoorinburgering, voorinburgeringToestemming);
  }

  public PlanInput metVoorinburgeringToestemming(Boolean toestemming) {
    return new PlanInput(koppelingsdatum, verwachteVerhuisdatum, werkelijkeVerhuisdatum, scenario, normen,
        afgerond, bredeIntakeNaVoorinburgering, toestemming);
  }
}
