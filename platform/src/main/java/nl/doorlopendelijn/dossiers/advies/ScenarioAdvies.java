package nl.doorlopendelijn.dossiers.advies;

import java.util.List;
import java.util.Objects;
import nl.doorlopendelijn.kernel.Scenario;

/**
 * An advised scenario with its reasons (Dutch sentences) and the scenarios not chosen, each with
 * why not. {@code bredeIntakeNaVoorinburgering} carries the advice for a long wait straight into
 * the planner's input of the same name.
 */
public record ScenarioAdvies(
    Scenario scenario,
    List<String> redenen,
    List<Alternatief> alternatieven,
    boolean bredeIntakeNaVoorinburgering) {

  public ScenarioAdvies {
    Objects.requireNonNull(scenario, "scenario");
    redenen = List.copyOf(redenen);
    alternatieven = List.copyOf(alternatieven);
  }

  /** A scenario that was considered and not advised. */
  public record Alternatief(Scenario scenario, String waaromNiet) {

    public Alternatief {
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(waaromNiet, "waaromNiet");
    }
  }
}
