package nl.doorlopendelijn.dossiers.internal;

import nl.doorlopendelijn.dossiers.planning.Normen;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.tenancy.TenantDescriptor;

/** A region's default norms (its descriptor), for dossiers of a gemeente and azc without an agreement in force. */
final class RegioNormen {

  private RegioNormen() {}

  /**
   * The descriptor's norms on top of the standard norms (scenario-specific parts follow the dossier's scenario):
   * its driegesprek at its anchor, and the one before the move around the klantprofiel-update where it anchors
   * its own after the koppeling ({@link TenantDescriptor.Normen#driegesprekVoorVerhuizingDagen()}), as an agreement
   * made without driegesprekken would have them.
   */
  static Normen van(TenantDescriptor.Normen n) {
    Normen basis = Normen.standaard(Scenario.GECOMBINEERDE_AANPAK);
    return new Normen(n.dagenTotKennismaking(), n.driegesprekNaKoppelingDagen(), n.driegesprekVoorVerhuizingDagen(),
        n.klantprofielUpdateDagenVoorVerhuizing(), basis.bredeIntakeEnPipVoorVerhuizing(), basis.voorinburgering(),
        n.rustperiodeRondVerhuizingDagen() != null ? n.rustperiodeRondVerhuizingDagen() : Normen.RUSTPERIODE_DAGEN,
        null);
  }
}
