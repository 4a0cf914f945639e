package nl.doorlopendelijn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.doorlopendelijn.tenancy.TenantDescriptors.InvalidDescriptorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The descriptors in tenants/ are valid; a broken one fails the build naming the file and the field. */
class TenantDescriptorsTest {

  static final Path TENANTS = Path.of(System.getProperty("doorlopendelijn.tenants-dir", "../tenants"));

  @Test
  void deRegioDescriptorsInDeRepositoryZijnGeldig() {
    List<TenantDescriptor> all = TenantDescriptors.loadAll(TENANTS);
    assertThat(all).extracting(TenantDescriptor::slug).contains("hart-van-brabant", "noordoost-brabant");
    TenantDescriptor hvb = all.stream().filter(d -> d.slug().equals("hart-van-brabant")).findFirst().orElseThrow();
    assertThat(hvb.gemeenten()).extracting(TenantDescriptor.Gemeente::cbsCode).containsExactlyInAnyOrder(
        "GM0766", "GM0784", "GM0785", "GM0797", "GM0798", "GM0809", "GM0824", "GM0855", "GM0867");
    assertThat(hvb.azcLocaties()).contains("AZC-OISTERWIJK");
    assertThat(hvb.drempelKleineAantallen()).isEqualTo(5);
  }

  @Test
  void kapotteDescriptorNoemtBestandEnVeld(@TempDir Path dir) throws Exception {
    Path region = Files.createDirectories(dir.resolve("kapotte-regio"));
    Files.writeString(region.resolve("tenant.yaml"), """
        slug: kapotte-regio
        naam: Kapotte regio
        issuer: "{keycloak}/realms/kapotte-regio"
        gemeenten:
          - { cbsCode: GM085, naam: Tilburg }
          - { cbsCode: GM0766, naam: "" }
        azcLocaties: [ AZC-OISTERWIJK ]
        regionaalAzc: AZC-ELDERS
        normen:
          dagenTotKennismaking: -1
          driegesprek: { anker: ooit, dagen: 14 }
          klantprofielUpdateDagenVoorVerhuizing: 14
        """, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TenantDescriptors.loadAll(dir))
        .isInstanceOf(InvalidDescriptorException.class)
        .hasMessageContaining("kapotte-regio/tenant.yaml")
        .hasMessageContaining("gemeenten[0].cbsCode")
        .hasMessageContaining("gemeenten[1].naam")
        .hasMessageContaining("normen.dagenTotKennismaking")
        .hasMessageContaining("normen.driegesprek.anker")
        .hasMessageContaining("regionaalAzc")
        .satisfies(e -> assertThat(((InvalidDescriptorException) e).errors()).hasSize(5));
  }

  @Test
  void onbekendVeldWordtGenoemd(@TempDir Path dir) throws Exception {
    Path region = Files.createDirectories(dir.resolve("regio-x"));
    Files.writeString(region.resolve("tenant.yaml"), Files.readString(TENANTS.resolve("hart-van-brabant/tenant.yaml"))
        .replace("slug: hart-van-brabant", "slug: regio-x\nkleur: blauw"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TenantDescriptors.loadAll(dir))
        .hasMessageContaining("regio-x/tenant.yaml")
        .hasMessageContaining("kleur");
  }

  @Test
  void mapnaamMoetGelijkZijnAanSlug(@TempDir Path dir) throws Exception {
    Path region = Files.createDirectories(dir.resolve("andere-naam"));
    Files.writeString(region.resolve("tenant.yaml"), Files.readString(TENANTS.resolve("hart-van-brabant/tenant.yaml")),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TenantDescriptors.loadAll(dir)).hasMessageContaining("andere-naam/tenant.yaml: slug");
  }
}
