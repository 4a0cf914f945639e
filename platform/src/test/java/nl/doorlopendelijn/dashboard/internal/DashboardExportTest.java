package nl.doorlopendelijn.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.dashboard.DashboardNamen;
import nl.doorlopendelijn.dashboard.suppression.ExacteControle;
import nl.doorlopendelijn.dashboard.suppression.Onderdrukking;
import nl.doorlopendelijn.web.TabularFiles;
import org.junit.jupiter.api.Test;

/**
 * The dashboard as a file (issue 18): people read it, so its rows and columns carry names, not codes; and its figures
 * are the view's (cell for cell, suppressed ones as the one label: {@link WeergaveAuditTest#deExportIsDeWeergave},
 * run there for every viewer of the demo and of random regions).
 */
class DashboardExportTest {

  static final DashboardNamen.Woorden NAMEN = new DashboardNamen.Woorden(
      Map.of("gekoppeld", "Gekoppeld", "in-voorbereiding", "In voorbereiding", "verhuisd", "Verhuisd"),
      Map.of("driegesprek-na-koppeling", "Driegesprek na koppeling"),
      Map.of(DemoDashboard.OISTERWIJK, "azc Oisterwijk", DemoDashboard.OVERLOON, "azc Overloon"));

  @Test
  void deKoppenEnRijenDragenNamenGeenCodes() {
    DashboardWeergave coordinator = WeergaveAuditTest.bouw(WeergaveAuditTest.DEMO.inhoud("hart-van-brabant"),
        Zicht.VOLLEDIG).weergave();
    List<TabularFiles.ReadSheet> bladen = TabularFiles.readSheets(TabularFiles.Format.XLSX,
        new ByteArrayInputStream(TabularFiles.write(TabularFiles.Format.XLSX,
            DashboardExport.bladen(coordinator, NAMEN))));

    List<List<String>> perScenario = blad(bladen, "Per gemeente en scenario");
    assertThat(perScenario.get(0)).contains("Gemeente", "Snelle start", "Gecombineerde aanpak", "Totaal")
        .doesNotContain("snelle-start");
    assertThat(perScenario.stream().map(r -> r.get(0)).toList()).contains("Tilburg", "Dongen", "Totaal")
        .doesNotContain("GM0855");
    assertThat(blad(bladen, "Per gemeente en status").get(0)).contains("In voorbereiding");
    assertThat(blad(bladen, "Dossiers per azc").stream().map(r -> r.get(0)).toList()).contains("azc Oisterwijk")
        .doesNotContain(DemoDashboard.OISTERWIJK);
  }

  @Test
  void eenDashboardViewerKrijgtInHetBestandDezelfdeXAlsOpDePagina() {
    DashboardWeergave viewer = WeergaveAuditTest.bouw(WeergaveAuditTest.DEMO.inhoud("hart-van-brabant"),
        Zicht.ONDERDRUKT).weergave();
    byte[] csv = TabularFiles.write(TabularFiles.Format.CSV, DashboardExport.bladen(viewer, NAMEN));
    String tekst = new String(csv, java.nio.charset.StandardCharsets.UTF_8);

    assertThat(tekst).contains(";x");
    // every line of the scenario table: labels and x's and the numbers the view shows, nothing else
    nl.doorlopendelijn.dashboard.ExportCijfers.zelfdeCijfers(WeergaveAuditTest.JSON.valueToTree(viewer),
        TabularFiles.Format.CSV, csv);
  }

  @Test
  void hetAzcDashboardOverRegiosIsOokCelVoorCelDeWeergave() {
    DashboardWeergave azc = WeergaveBouwer.bouw(List.of(WeergaveAuditTest.DEMO.inhoud("hart-van-brabant"),
            WeergaveAuditTest.DEMO.inhoud("noordoost-brabant")), Zicht.VOLLEDIG,
        (g, a) -> DemoDashboard.OVERLOON.equals(a), ExacteControle.regel(Onderdrukking.STANDAARD_DREMPEL), false, () -> false);
    WeergaveAuditTest.deExportIsDeWeergave(azc);
  }

  private static List<List<String>> blad(List<TabularFiles.ReadSheet> bladen, String naam) {
    return bladen.stream().filter(b -> b.name().equals(naam)).findFirst().orElseThrow().rows();
  }
}
