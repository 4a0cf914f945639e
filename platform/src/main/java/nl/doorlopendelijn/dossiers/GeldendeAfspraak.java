package nl.doorlopendelijn.dossiers;

import java.util.Objects;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.planning.Normen;
import nl.doorlopendelijn.kernel.Scenario;

/**
 * The agreement (version) that plans a dossier: its id, the scenario it prescribes (null: the dossier's own choice
 * or advice decides) and its norms.
 *
 * @param afspraakVersieId the agreement version, or null when none is in force and the norms come from the region
 *     descriptor
 */
public record GeldendeAfspraak(UUID afspraakVersieId, Scenario scenario, Normen normen) {

  public GeldendeAfspraak {
    Objects.requireNonNull(normen, "normen");
  }

  /**
   * The norms for the scenario a dossier actually follows. The agreement's day counts and driegesprek anchor always
   * hold; what depends on the scenario (brede intake before the move, voorinburgering) comes from the agreement when
   * it prescribes this scenario, otherwise from {@link Normen#standaard(Scenario)}.
   */
  public Normen normenVoor(Scenario gekozen) {
    if (gekozen == scenario || gekozen == Scenario.MENGVORM) {
      return normen;
    }
    Normen s = Normen.standaard(gekozen);
    return new Normen(normen.dagenTotKennismaking(), normen.driegesprekAnker(), normen.driegesprekDagen(),
        normen.klantprofielUpdateDagenVoorVerhuizing(), s.bredeIntakeEnPipVoorVerhuizing(),
        s.voorinburgeringAangeboden(), normen.rustperiodeRondVerhuizingDagen(), null);
  }
}
