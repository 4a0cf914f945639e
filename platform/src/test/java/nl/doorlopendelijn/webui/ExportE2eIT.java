package nl.doorlopendelijn.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.doorlopendelijn.web.TabularFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 in the browser, with a real Keycloak login in Chromium: the coördinator and the COA liaison of azc
 * Oisterwijk click "Download (Excel)" and "Download (CSV)" on the dossier list (with a filter applied) and on their
 * dashboard, and the downloaded files hold the figures of the page as the page shows them (read from the DOM): the
 * list's rows in its order, every cell of the dashboard's tables, an "x" where the page has one. Screenshots under
 * {@code target/screenshots/}.
 */
class ExportE2eIT {

  private static final String HVB = "hart-van-brabant";
  private static WebOmgeving omgeving;

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    omgeving.afspraakTilburgOisterwijk("Browsertest export");
    for (int i = 0; i < 3; i++) {
      String body = """
          {"gemeente": "GM0855", "azcLocatie": "AZC-OISTERWIJK", "koppelingsdatum": "%s",
           "gekozenScenario": "snelle-start", %s}"""
          .formatted(LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(10 + i), nl.doorlopendelijn.testsupport.TestPersonen.json());
      var antwoord = omgeving.api("POST", "/api/v1/regios/" + HVB + "/dossiers", HVB, "hvb-coordinator", body);
      assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
    }
  }

  @Test
  void deCoordinatorDownloadtDeGefilterdeLijstEnHetDashboard() throws Exception {
    try (BrowserContext context = omgeving.browser.newContext(new Browser.NewContextOptions()
        .setAcceptDownloads(true))) {
      Page p = context.newPage();
      omgeving.logIn(p, "Hart van Brabant", "hvb-coordinator");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers?gemeente=GM0855&status=gekoppeld"));
      lijstIsDeDownload(p, "coordinator");

      p.navigate(omgeving.urlA("/regio/" + HVB + "/dashboard"));
      dashboardIsDeDownload(p, "coordinator-dashboard");
    }
  }

  @Test
  void deCoaLiaisonDownloadtHaarLijstEnHaarAzcDashboard() throws Exception {
    try (BrowserContext context = omgeving.browser.newContext(new Browser.NewContextOptions()
        .setAcceptDownloads(true))) {
      Page p = context.newPage();
      omgeving.logIn(p, "COA", "coa-oisterwijk");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers?gemeente=GM0855"));
      lijstIsDeDownload(p, "coa");
      // every row is her azc's
      assertThat(p.locator("#dossiers tbody tr td:nth-of-type(3)").allInnerTexts()).isNotEmpty()
          .allMatch("azc Oisterwijk"::equals);

      p.navigate(omgeving.urlA("/regio/" + HVB + "/dashboard"));
      dashboardIsDeDownload(p, "coa-regio-dashboard");
      p.navigate(omgeving.urlA("/coa/AZC-OISTERWIJK"));
      dashboardIsDeDownload(p, "coa-azc-dashboard");
    }
  }

  /** The list on the page (its first page) is the start of the file, in order; the file has every page's rows. */
  private static void lijstIsDeDownload(Page p, String wie) throws Exception {
    Locator rijen = p.locator("#dossiers tbody tr");
    assertThat(rijen.first()).isVisible();
    List<String> nummers = p.locator("#dossiers tbody tr th").allInnerTexts().stream().map(String::strip).toList();
    List<String> namen = p.locator("#dossiers tbody tr td.naam").allInnerTexts().stream().map(String::strip).toList();
    List<String> gemeenten = p.locator("#dossiers tbody tr td:nth-of-type(2)").allInnerTexts().stream()
        .map(String::strip).toList();
    String caption = p.locator("#dossiers caption").innerText();
    int totaal = Integer.parseInt(caption.replaceAll(".*\\((\\d+)\\).*", "$1"));
    p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("export-lijst-" + wie)).setFullPage(true));

    for (var knop : List.of("Download (Excel)", "Download (CSV)")) {
      Download download = p.waitForDownload(() -> p.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
          new Page.GetByRoleOptions().setName(knop)).click());
      TabularFiles.Format formaat = knop.contains("Excel") ? TabularFiles.Format.XLSX : TabularFiles.Format.CSV;
      assertThat(download.suggestedFilename()).isEqualTo("dossiers-" + HVB + "-"
          + LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL) + "." + formaat.extension());
      List<List<String>> bestand;
      try (InputStream in = Files.newInputStream(download.path())) {
        bestand = TabularFiles.read(formaat, in);
      }
      assertThat(bestand).as("header and every row of the list, all pages").hasSize(totaal + 1);
      for (int i = 0; i < nummers.size(); i++) {
        List<String> rij = bestand.get(i + 1);
        assertThat(rij.get(0)).isEqualTo(nummers.get(i));
        assertThat(rij.get(1)).isEqualTo(namen.get(i));
        assertThat(rij.get(2)).isEqualTo(gemeenten.get(i));
      }
    }
  }

  /**
   * Every table of the dashboard on the page, cell for cell, against the file's sheet of the same table (the page's
   * Dutch text as a number: "15,8%" is 15.8). The page is live: a version that changed between reading and
   * downloading is read again.
   */
  private static void dashboardIsDeDownload(Page p, String wie) throws Exception {
    assertThat(p.locator("#tabel-per-scenario")).isVisible();
    p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("export-" + wie)).setFullPage(true));
    for (var knop : List.of("Download (Excel)", "Download (CSV)")) {
      TabularFiles.Format formaat = knop.contains("Excel") ? TabularFiles.Format.XLSX : TabularFiles.Format.CSV;
      AssertionError laatste = null;
      for (int poging = 0; poging < 3; poging++) {
        List<List<String>> status = tabel(p, "#tabel-per-status");
        List<List<String>> scenario = tabel(p, "#tabel-per-scenario");
        String dossiers = p.locator("[data-kengetal='dossiers'] .kengetal__waarde").innerText().strip();
        Download download = p.waitForDownload(() -> p.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
            new Page.GetByRoleOptions().setName(knop)).click());
        List<TabularFiles.ReadSheet> bladen;
        try (InputStream in = Files.newInputStream(download.path())) {
          bladen = TabularFiles.readSheets(formaat, in);
        }
        try {
          assertThat(getal(blad(bladen, "Kerncijfers").get(1).get(1))).isEqualTo(getal(dossiers));
          zelfde(status, blad(bladen, "Per gemeente en status"));
          zelfde(scenario, blad(bladen, "Per gemeente en scenario"));
          laatste = null;
          break;
        } catch (AssertionError e) {
          laatste = e;
          p.reload();
          assertThat(p.locator("#tabel-per-scenario")).isVisible();
        }
      }
      if (laatste != null) {
        throw laatste;
      }
    }
  }

  /** The page's table as text, header and footer included. */
  private static List<List<String>> tabel(Page p, String id) {
    List<List<String>> rijen = new ArrayList<>();
    for (Locator tr : p.locator(id + " tr").all()) {
      rijen.add(tr.locator("th, td").allInnerTexts().stream().map(String::strip).toList());
    }
    return rijen;
  }

  private static void zelfde(List<List<String>> pagina, List<List<String>> blad) {
    assertThat(blad).hasSameSizeAs(pagina);
    for (int r = 0; r < pagina.size(); r++) {
      assertThat(blad.get(r).get(0)).isEqualTo(pagina.get(r).get(0));
      assertThat(blad.get(r)).hasSameSizeAs(pagina.get(r));
      for (int c = 1; c < pagina.get(r).size(); c++) {
        String opDePagina = pagina.get(r).get(c);
        String inHetBestand = blad.get(r).get(c);
        assertThat(r == 0 ? inHetBestand : getal(inHetBestand)).as("row %d column %d", r, c)
            .isEqualTo(r == 0 ? opDePagina : getal(opDePagina));
      }
    }
  }

  /** A figure as text, both ways written: "1.234" and "15,8%" on the page, "1234" and "15.8" in a file. */
  private static String getal(String tekst) {
    String t = tekst.strip().replace("%", "");
    if (t.matches("[0-9.]+,[0-9]+")) {
      t = t.replace(".", "").replace(',', '.');
    } else if (t.matches("[0-9]{1,3}(\\.[0-9]{3})+")) {
      t = t.replace(".", "");
    }
    return t.matches("[0-9]+(\\.[0-9]+)?") ? new java.math.BigDecimal(t).stripTrailingZeros().toPlainString() : t;
  }

  private static List<List<String>> blad(List<TabularFiles.ReadSheet> bladen, String naam) {
    return bladen.stream().filter(b -> b.name().equals(naam)).findFirst().orElseThrow().rows();
  }
}
