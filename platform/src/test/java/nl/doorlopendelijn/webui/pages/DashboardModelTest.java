package nl.doorlopendelijn.webui.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.TenantDescriptors;
import org.junit.jupiter.api.Test;

/**
 * The dashboard as the page shows it: names for the status and scenario columns, a decimal comma, each figure
 * explained with its norm, and links to the filtered dossier list only for who sees the dossiers behind a figure
 * (the whole region; a medewerker her own gemeente; never a suppressed view or a suppressed or empty cell).
 */
class DashboardModelTest {

  private static final List<Region> REGIOS = TenantDescriptors.loadAll(
          Path.of(System.getProperty("doorlopendelijn.tenants-dir", "../tenants"))).stream()
      .map(d -> new Region(Region.idFor(d.slug()), d.slug(), d.naam(), d.issuer(), "descriptor", "actief", d))
      .toList();
  private static final Namen.Woordenboek NAMEN = new Namen.Woordenboek(REGIOS,
      Map.of("AZC-OISTERWIJK", "azc Oisterwijk"));
  private static final Map<String, Object> REGIO = Map.of("normen", Map.of(
      "driegesprek", Map.of("anker", "na-koppeling", "dagen", 14), "klantprofielUpdateDagenVoorVerhuizing", 14,
      "stilvalNaDagen", 60));
  private static final DashboardModel.Omgeving OMGEVING =
      DashboardModel.Omgeving.van(REGIO, "/regio/hart-van-brabant/dossiers");

  private static Map<String, Object> dashboard(String zicht, String eigenCode) {
    return Map.of("zicht", zicht, "eigenCode", eigenCode, "drempel", 5, "peildatum", "2026-12-03",
        "dossiers", Map.of("waarde", 12),
        "driegesprekkenBinnenNorm", Map.of("waarde", 15.8),
        "dossiersPerGemeenteEnStatus", Map.of(
            "rijen", List.of(Map.of("code", "GM0855", "naam", "Tilburg"), Map.of("code", "GM0766", "naam", "Dongen")),
            "kolommen", List.of("in-voorbereiding", "verhuisd"),
            "cellen", List.of(List.of(Map.of("waarde", 7), Map.of("waarde", 0)),
                List.of(Map.of("onderdrukt", true, "weergave", "x"), Map.of("waarde", 5))),
            "rijTotalen", List.of(Map.of("waarde", 7), Map.of("waarde", 5)),
            "kolomTotalen", List.of(Map.of("waarde", 7), Map.of("waarde", 5)), "totaal", Map.of("waarde", 12)),
        "stilgevallenDossiers", Map.of("items", List.of(Map.of("code", "GM0855", "naam", "Tilburg",
            "aantal", Map.of("waarde", 6))), "totaal", Map.of("waarde", 6)));
  }

  @Test
  void deCoordinatorLeestNamenEnUitlegEnKliktDoorNaarDeDossiers() {
    DashboardModel m = DashboardModel.van(dashboard("volledig", ""), NAMEN, OMGEVING);
    DashboardModel.Tabel perStatus = m.tabellen().get(0);
    assertThat(perStatus.kolommen()).containsExactly("In voorbereiding", "Verhuisd");
    assertThat(perStatus.rijen().get(0).cellen().get(0).link())
        .isEqualTo("/regio/hart-van-brabant/dossiers?gemeente=GM0855&status=in-voorbereiding");
    assertThat(perStatus.rijen().get(0).cellen().get(1).link()).as("an empty cell links nowhere").isNull();
    assertThat(perStatus.rijen().get(1).cellen().get(0).link()).as("a suppressed cell links nowhere").isNull();
    assertThat(perStatus.kolomTotalen().get(1).link()).isEqualTo("/regio/hart-van-brabant/dossiers?status=verhuisd");
    assertThat(m.kengetallen().get(1).tekst()).isEqualTo("15,8%");
    assertThat(m.kengetallen().get(1).uitleg()).contains("Driegesprek binnen 14 dagen na de koppeling.");
    assertThat(m.kengetallen().get(0).link()).isEqualTo("/regio/hart-van-brabant/dossiers");
    assertThat(m.diagrammen().get(0).uitleg()).contains("60 dagen");
    assertThat(m.diagrammen().get(0).staven().get(0).link())
        .isEqualTo("/regio/hart-van-brabant/dossiers?gemeente=GM0855&signaal=stilval");
    assertThat(m.drempelUitleg()).startsWith("Aantallen onder 5 (ook 0) worden");
    assertThat(m.peildatum()).isEqualTo("3 december 2026");
  }

  @Test
  void eenMedewerkerKliktAlleenDoorNaarHaarEigenGemeente() {
    DashboardModel m = DashboardModel.van(dashboard("eigen-gemeente", "GM0855"), NAMEN, OMGEVING);
    DashboardModel.Tabel perStatus = m.tabellen().get(0);
    assertThat(perStatus.rijen().get(0).cellen().get(0).link()).contains("gemeente=GM0855");
    assertThat(perStatus.rijen().get(1).cellen().get(1).link()).as("Dongen's dossiers are not hers").isNull();
    assertThat(perStatus.kolomTotalen().get(0).link()).as("a column counts other gemeenten too").isNull();
    assertThat(m.kengetallen().get(0).link()).isNull();
  }

  @Test
  void eenDashboardKijkerEnHetAzcOverRegiosKrijgenGeenLinks() {
    for (DashboardModel m : List.of(DashboardModel.van(dashboard("onderdrukt", ""), NAMEN, OMGEVING),
        DashboardModel.van(dashboard("volledig", ""), NAMEN, DashboardModel.Omgeving.zonderLinks()))) {
      assertThat(m.kengetallen()).allSatisfy(k -> assertThat(k.link()).isNull());
      assertThat(m.tabellen().get(0).rijen()).allSatisfy(r ->
          assertThat(r.cellen()).allSatisfy(c -> assertThat(c.link()).isNull()));
      assertThat(m.diagrammen().get(0).staven()).allSatisfy(s -> assertThat(s.link()).isNull());
    }
  }
}
