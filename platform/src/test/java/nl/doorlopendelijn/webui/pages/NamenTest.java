package nl.doorlopendelijn.webui.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.agreements.AfspraakStatus;
import nl.doorlopendelijn.dossiers.planning.DossierStatus;
import nl.doorlopendelijn.dossiers.planning.MijlpaalStatus;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.dossiers.planning.SignaalType;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.tenancy.TenantDescriptors;
import org.junit.jupiter.api.Test;

class NamenTest {

  private static final List<Region> REGIOS = TenantDescriptors.loadAll(
          Path.of(System.getProperty("doorlopendelijn.tenants-dir", "../tenants"))).stream()
      .map(d -> new Region(Region.idFor(d.slug()), d.slug(), d.naam(), d.issuer(), "descriptor", "actief", d))
      .toList();

  private final Namen.Woordenboek namen = new Namen.Woordenboek(REGIOS, Map.of("AZC-OISTERWIJK", "azc Oisterwijk"));

  @Test
  void elkeGemeenteVanElkeRegioHeeftHaarNaam() {
    assertThat(REGIOS).hasSizeGreaterThanOrEqualTo(2);
    for (Region regio : REGIOS) {
      assertThat(namen.regio(regio.slug())).isEqualTo(regio.naam());
      for (TenantDescriptor.Gemeente gemeente : regio.descriptor().gemeenten()) {
        assertThat(namen.gemeente(gemeente.cbsCode())).isEqualTo(gemeente.naam()).doesNotStartWith("GM");
      }
    }
    assertThat(namen.gemeente("GM0855")).isEqualTo("Tilburg");
    assertThat(namen.azc("AZC-OISTERWIJK")).isEqualTo("azc Oisterwijk");
  }

  @Test
  void elkeCodeVanElkeLijstHeeftEenNederlandseNaamDieGeenCodeIs() {
    for (Scenario s : Scenario.values()) {
      assertThat(namen.scenario(s.code())).isEqualTo(s.label()).isNotEqualTo(s.code());
    }
    for (DossierStatus s : DossierStatus.values()) {
      assertThat(namen.status(s.code())).isEqualTo(s.label()).doesNotContain("-");
    }
    for (AfspraakStatus s : AfspraakStatus.values()) {
      assertThat(namen.afspraakStatus(s.code())).isEqualTo(s.label()).doesNotContain("-");
    }
    for (SignaalType s : SignaalType.values()) {
      assertThat(namen.signaal(s.code())).isEqualTo(s.label()).doesNotContain("-");
    }
    for (MijlpaalType m : MijlpaalType.values()) {
      assertThat(namen.mijlpaal(m.code())).isEqualTo(m.label());
      assertThat(namen.mijlpaalKop(m.code()).charAt(0)).isUpperCase();
    }
    for (MijlpaalStatus s : MijlpaalStatus.values()) {
      assertThat(namen.mijlpaalStatus(s.name())).isEqualTo(s.label());
      // as the dossier API writes them: "open", "afgerond"
      assertThat(namen.mijlpaalStatus(s.name().toLowerCase(java.util.Locale.ROOT))).isEqualTo(s.label());
    }
  }

  @Test
  void eenOnbekendeCodeBlijftZichtbaarEnLeegBlijftLeeg() {
    assertThat(namen.gemeente("GM9999")).isEqualTo("GM9999");
    assertThat(namen.scenario("iets-anders")).isEqualTo("iets-anders");
    assertThat(namen.azc(null)).isEmpty();
  }
}
