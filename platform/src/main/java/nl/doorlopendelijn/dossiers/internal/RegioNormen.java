package nl.doorlopendelijn.dossiers.internal;

import nl.doorlopendelijn.dossiers.planning.DriegesprekAnker;
import nl.doorlopendelijn.dossiers.planning.Normen;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.tenancy.TenantDescriptor;

/** A region's default norms (its descriptor), for dossiers of a gemeente and azc without an agreement in force. */
final class RegioNormen {

  private RegioNormen() {}

  /** The descriptor's norms on top of the standard norms (scenario-specific parts follow the dossier's scenario). */
  static Normen van(TenantDescriptor.Normen n) {
    Normen basis = Normen.standaard(Scenario.GECOMBINEERDE_AANPAK);
    return new Normen(n.dagenTotKennismaking(), DriegesprekAnker.fromCode(n.driegesprek().anker()),
        n.driegesprek().dagen(), n.klantprofielUpdateDagenVoorVerhuizing(), basis.bredeIntakeEnPipVoorVerhuizing(),
        basis.voorinburgeringAangeboden(),
        n.rustperiodeRondVerhuizingDagen() != null ? n.rustperiodeRondVerhuizingDagen() : Normen.RUSTPERIODE_DAGEN,
        null);
  }
}
