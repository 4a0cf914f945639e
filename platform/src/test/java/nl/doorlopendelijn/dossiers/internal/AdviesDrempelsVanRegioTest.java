package nl.doorlopendelijn.dossiers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.doorlopendelijn.dossiers.advies.AdviesDrempels;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import org.junit.jupiter.api.Test;

/** A region's own advice thresholds replace the standard ones, field by field. */
class AdviesDrempelsVanRegioTest {

  @Test
  void eenRegioMetEigenDrempelsKrijgtDieEnZonderDeStandaard() {
    TenantDescriptor zonder = descriptor(null);
    TenantDescriptor met = descriptor(new TenantDescriptor.AdviesDrempels(3, 25, null));
    assertThat(DossierService.drempels(zonder)).isEqualTo(AdviesDrempels.STANDAARD);
    assertThat(DossierService.drempels(met)).isEqualTo(new AdviesDrempels(3, 25, 6));
  }

  private static TenantDescriptor descriptor(TenantDescriptor.AdviesDrempels drempels) {
    return new TenantDescriptor("proef", "Proef", "{keycloak}/realms/proef",
        List.of(new TenantDescriptor.Gemeente("GM0001", "Een")), List.of("AZC-PROEF"), null,
        new TenantDescriptor.Normen(7, new TenantDescriptor.Driegesprek("na-koppeling", 14), 14, 14, 60), null, null,
        drempels);
  }
}
