package nl.doorlopendelijn.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's "Dossiers importeren" in Chromium with a real Keycloak login: the coördinator of Hart van Brabant opens
 * it from the dossier list, downloads the template, uploads a file with good and bad rows, watches the import page
 * finish by itself (htmx) and reads the exact report: the counts, each refused row with its reason per column, and
 * the created dossiers by number. Then a file with a BSN is refused whole, on the form, with the reason and nothing
 * created. Screenshots under {@code target/screenshots/}.
 */
class DossierImportE2eIT {

  private static final String HVB = "hart-van-brabant";
  private static WebOmgeving omgeving;

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    omgeving.afspraakTilburgOisterwijk("Browsertest dossiers importeren"); // the scenario of the imported rows
  }

  @Test
  void deCoordinatorImporteertEenGemengdBestandEnZietHetExacteRapport() {
    Random r = new Random();
    StringBuilder p = new StringBuilder("E2E-");
    for (int i = 0; i < 8; i++) {
      p.append((char) ('A' + r.nextInt(26)));
    }
    LocalDate koppeling = LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(2);
    String csv = "coaReferentie;voornamen;achternaam;geboortedatum;taal;tolkNodig;gemeente;azc;koppelingsdatum;"
        + "verwachteVerhuisdatum;huishouden\n"
        + p + "-1;Amira;Importtest;1994-02-11;tir;ja;Tilburg;AZC-OISTERWIJK;" + koppeling + ";;\n"
        + p + "-2;Yonas;Importtest;11-13-1990;tir;ja;Breda;AZC-OISTERWIJK;" + koppeling + ";;\n"
        + p + "-1;Dubbel;Importtest;1994-02-11;tir;ja;Tilburg;AZC-OISTERWIJK;" + koppeling + ";;\n"
        + p + "-4;Samir;Importtest;1988-07-01;ara;nee;GM0855;azc Oisterwijk;" + koppeling + ";"
        + koppeling.plusMonths(2) + ";\n";

    try (BrowserContext context = omgeving.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
        .setAcceptDownloads(true))) {
      Page pagina = context.newPage();
      omgeving.logIn(pagina, "Hart van Brabant", "hvb-coordinator");
      pagina.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers"));
      pagina.locator("a", new Page.LocatorOptions().setHasText("Dossiers importeren")).click();
      assertThat(pagina.locator("h1")).hasText("Dossiers importeren");

      Download sjabloon = pagina.waitForDownload(() -> pagina.locator("#sjabloon-csv").click());
      assertThat(sjabloon.suggestedFilename()).isEqualTo("dossiers-importeren-sjabloon.csv");

      pagina.getByLabel("Bestand (CSV of Excel, hoogstens 10.000 rijen en 5 MB)")
          .setInputFiles(new FilePayload("koppelingen.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
      pagina.locator("#importeren").click();
      assertThat(pagina.locator("h1")).hasText("Import van dossiers");
      // the page asks again by itself until the import is done
      assertThat(pagina.locator("#uitkomst")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
          .IsVisibleOptions().setTimeout(60_000));
      assertThat(pagina.locator("#aantal-totaal")).hasText("4");
      assertThat(pagina.locator("#aantal-aangemaakt")).hasText("2");
      assertThat(pagina.locator("#aantal-bestaat-al")).hasText("1");
      assertThat(pagina.locator("#aantal-geweigerd")).hasText("1");
      Locator rijen = pagina.locator("#rapport tbody tr");
      assertThat(rijen).hasCount(2);
      assertThat(rijen.nth(0)).containsText("3");
      assertThat(rijen.nth(0).locator("li")).hasText(new String[] {
          "geboortedatum: is geen datum (jjjj-mm-dd of dd-mm-jjjj)",
          "gemeente: is geen gemeente van deze regio (CBS-code of naam)"});
      assertThat(rijen.nth(1)).containsText("Bestond al");
      assertThat(rijen.nth(1).locator("li")).hasText(
          "coaReferentie: bestaat al: rij 2 van dit bestand heeft dezelfde COA-referentie");
      assertThat(pagina.locator("#aangemaakt li")).hasCount(2);
      assertThat(pagina.locator("#aangemaakt li").first()).containsText("Amira Importtest");
      pagina.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("dossiers-importeren-rapport"))
          .setFullPage(true));
      pagina.locator("#aangemaakt li a").first().click();
      assertThat(pagina).hasURL(java.util.regex.Pattern.compile(".*/regio/hart-van-brabant/dossiers/[0-9a-f-]{36}"));

      // a BSN: the whole file is refused on the form, with the reason, and nothing is created
      pagina.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers/importeren"));
      String metBsn = csv.replace(";;\n", ";123456782;\n");
      pagina.getByLabel("Bestand (CSV of Excel, hoogstens 10.000 rijen en 5 MB)")
          .setInputFiles(new FilePayload("bsn.csv", "text/csv", metBsn.getBytes(StandardCharsets.UTF_8)));
      pagina.locator("#importeren").click();
      assertThat(pagina.locator("#foutoverzicht")).containsText("BSN");
      assertThat(pagina.locator("#foutoverzicht")).containsText("rij 2, kolom verwachteVerhuisdatum");
      assertThat(pagina.locator("#foutoverzicht")).not().containsText("123456782");
      pagina.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("dossiers-importeren-bsn")));
    }
  }
}
