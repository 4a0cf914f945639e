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

  @Test
  void identiteitsaanbiedersWordenGevalideerdMetAlleFoutenTegelijk(@TempDir Path dir) throws Exception {
    Path region = Files.createDirectories(dir.resolve("regio-x"));
    Files.writeString(region.resolve("tenant.yaml"), Files.readString(TENANTS.resolve("hart-van-brabant/tenant.yaml"))
        .replace("slug: hart-van-brabant", "slug: regio-x") + """
        identiteitsaanbieders:
          - { alias: gemeente-tilburg, naam: Tilburg, gemeente: GM0855, issuer: "https://login.tilburg.example.org",
              clientId: doorlopende-lijn, clientSecretVariabele: DOORLOPENDE_LIJN_IDP_TILBURG }
          - { alias: gemeente-tilburg, naam: Tilburg 2, gemeente: GM0828, issuer: "https://login.oss.example.org",
              clientId: doorlopende-lijn, clientSecretVariabele: DOORLOPENDE_LIJN_IDP_OSS }
          - { alias: Gemeente_Dongen, naam: Dongen, gemeente: GM0766, issuer: "login.dongen",
              clientId: dl, clientSecretVariabele: "geheim123" }
          - { alias: gemeente-goirle }
        """, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> TenantDescriptors.loadAll(dir))
        .isInstanceOf(InvalidDescriptorException.class)
        .hasMessageContaining("regio-x/tenant.yaml")
        .satisfies(e -> assertThat(((InvalidDescriptorException) e).errors())
            .extracting(p -> p.name() + " " + p.reason())
            .containsExactlyInAnyOrder(
                "identiteitsaanbieders[1].alias komt dubbel voor: gemeente-tilburg",
                "identiteitsaanbieders[1].gemeente moet een van de gemeenten van de regio zijn: GM0828 is dat niet",
                "identiteitsaanbieders[2].alias moet kebab-case zijn (kleine letters, cijfers, streepjes)",
                "identiteitsaanbieders[2].issuer moet de issuer-URL van de identiteitsaanbieder zijn (zonder / aan"
                    + " het eind)",
                "identiteitsaanbieders[2].clientSecretVariabele moet de naam van een omgevingsvariabele zijn die"
                    + " begint met DOORLOPENDE_LIJN_IDP_ (het geheim zelf staat nooit in de beschrijving)",
                "identiteitsaanbieders[3].naam is verplicht",
                "identiteitsaanbieders[3].gemeente is verplicht",
                "identiteitsaanbieders[3].issuer is verplicht",
                "identiteitsaanbieders[3].clientId is verplicht",
                "identiteitsaanbieders[3].clientSecretVariabele is verplicht"));
  }

  @Test
  void eenGeldigeIdentiteitsaanbiederIsAanDeGemeenteGebonden(@TempDir Path dir) throws Exception {
    Path region = Files.createDirectories(dir.resolve("regio-x"));
    Files.writeString(region.resolve("tenant.yaml"), Files.readString(TENANTS.resolve("hart-van-brabant/tenant.yaml"))
        .replace("slug: hart-van-brabant", "slug: regio-x") + """
        identiteitsaanbieders:
          - alias: gemeente-tilburg
            naam: Inloggen met uw Tilburg-account
            gemeente: GM0855
            issuer: https://login.tilburg.example.org/realms/medewerkers
            clientId: doorlopende-lijn
            clientSecretVariabele: DOORLOPENDE_LIJN_IDP_TILBURG
        """, StandardCharsets.UTF_8);
    TenantDescriptor d = TenantDescriptors.loadAll(dir).get(0);
    assertThat(d.aanbieders()).singleElement().satisfies(a -> {
      assertThat(a.gemeente()).isEqualTo("GM0855");
      assertThat(a.clientSecretVariabele()).isEqualTo("DOORLOPENDE_LIJN_IDP_TILBURG");
    });
    assertThat(TenantDescriptors.loadAll(TENANTS)).allSatisfy(t -> assertThat(t.aanbieders()).isNotNull());
  }
}
