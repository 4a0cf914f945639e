package nl.doorlopendelijn.dossiers;

import java.util.Objects;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.planning.Mengvorm;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.dossiers.planning.Normen;
import nl.doorlopendelijn.kernel.Scenario;

/**
 * The agreement (version) that plans a dossier: its id, the scenario it prescribes (null: the dossier's own choice
 * or advice decides) and its norms (with its mengvorm when it prescribes one and states which steps come before the
 * move).
 *
 * @param afspraakVersieId the agreement version, or null when none is in force and the norms come from the region
 *     descriptor
 */
public record GeldendeAfspraak(UUID afspraakVersieId, Scenario scenario, Normen normen) {

  public GeldendeAfspraak {
    Objects.requireNonNull(normen, "normen");
  }

  /**
   * The norms for the scenario a dossier actually follows. The agreement's day counts, driegesprekken and the
   * voorinburgering's durations always hold; what depends on the scenario (brede intake before the move) comes from
   * the agreement when it prescribes this scenario, otherwise from {@link Normen#standaard(Scenario)}. A mengvorm is
   * the dossier's own ({@code eigenMengvorm}) or else the agreement's; {@code null} in the result when neither says
   * which steps come before the move.
   */
  public Normen normenVoor(Scenario gekozen, Mengvorm eigenMengvorm) {
    if (gekozen == Scenario.MENGVORM) {
      Mengvorm mengvorm = eigenMengvorm != null ? eigenMengvorm : normen.mengvorm();
      return normen.metMengvorm(mengvorm).metBredeIntakeEnPipVoorVerhuizing(
          mengvorm != null && mengvorm.voorVerhuizing().contains(MijlpaalType.BREDE_INTAKE));
    }
    if (gekozen == scenario) {
      return normen.metMengvorm(null);
    }
    return normen.metMengvorm(null)
        .metBredeIntakeEnPipVoorVerhuizing(Normen.standaard(gekozen).bredeIntakeEnPipVoorVerhuizing());
  }
}
