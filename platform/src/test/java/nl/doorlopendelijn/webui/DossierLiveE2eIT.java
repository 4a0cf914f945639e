package nl.doorlopendelijn.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser scenario: a Tilburg medewerker sees Tilburg's dossiers and no other gemeente's, marks a
 * milestone done, and a second browser with the region dashboard open shows the change without a reload.
 * Screenshots of the dossier list, the timeline and the live dashboard are kept under {@code target/screenshots/}.
 */
class DossierLiveE2eIT {

  private static final String HVB = "hart-van-brabant";
  private static WebOmgeving omgeving;
  private static String tilburgsDossier;
  private static String dongensDossier;

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    actieveAfspraak();
    tilburgsDossier = maakDossier("GM0855");
    dongensDossier = maakDossier("GM0766");
  }

  @Test
  void tilburgseMedewerkerRondtMijlpaalAfEnHetDashboardToontHetZonderHerladen() {
    try (BrowserContext coordinatorContext = omgeving.browser.newContext();
         BrowserContext medewerkerContext = omgeving.browser.newContext()) {
      Page dashboard = coordinatorContext.newPage();
      omgeving.logIn(dashboard, "Hart van Brabant", "hvb-coordinator");
      dashboard.navigate(omgeving.urlA("/regio/" + HVB + "/dashboard"));
      assertThat(dashboard.locator("#dashboard .kengetallen")).isVisible();
      dashboard.evaluate("() => { window.geenHerlading = true; }");
      dashboard.waitForTimeout(1500); // the SSE connection is open
      String voor = dashboard.locator("#dashboard").innerText();

      Page p = medewerkerContext.newPage();
      omgeving.logIn(p, "Hart van Brabant", "tilburg-medewerker");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers"));
      assertThat(p.locator("#dossiers")).containsText(nummer(tilburgsDossier));
      assertThat(p.locator("#dossiers")).not().containsText(nummer(dongensDossier));
      assertThat(p.locator("#dossiers tbody tr[data-gemeente]:not([data-gemeente='GM0855'])")).hasCount(0);
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("dossiers")).setFullPage(true));

      p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(nummer(tilburgsDossier))).click();
      p.locator("form.afronden button").first().click();
      // completing asks for confirmation first (issue 14)
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, markeer als afgerond")).click();
      assertThat(p.locator("main")).containsText("Mijlpaal afgerond");
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("dossier-tijdlijn")).setFullPage(true));

      dashboard.waitForCondition(() -> !dashboard.locator("#dashboard").innerText().equals(voor),
          new Page.WaitForConditionOptions().setTimeout(10_000));
      assertThat(dashboard.evaluate("() => window.geenHerlading === true")).isEqualTo(true);
      dashboard.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("dashboard")).setFullPage(true));
    }
  }

  private static void actieveAfspraak() {
    String body = """
        {"azc": {"code": "AZC-OISTERWIJK", "contactpersoonId": "%s"},
         "gemeenten": [{"cbsCode": "GM0855", "contactpersoonId": "%s"}, {"cbsCode": "GM0766", "contactpersoonId": "%s"}],
         "scenario": "snelle-start", "geldigVanaf": "2026-01-01", "afspraken": "Browsertest"}"""
        .formatted(TestContactpersonen.nieuw(), TestContactpersonen.nieuw(), TestContactpersonen.nieuw());
    String pad = "/api/v1/regios/" + HVB + "/samenwerkingsafspraken";
    var gemaakt = omgeving.api("POST", pad, HVB, "hvb-coordinator", body);
    assertThat(gemaakt.statusCode()).as(gemaakt.body()).isEqualTo(201);
    String id = id(gemaakt.body());
    omgeving.api("POST", pad + "/" + id + "/ter-ondertekening", HVB, "hvb-coordinator", null);
    omgeving.api("POST", pad + "/" + id + "/ondertekeningen", HVB, "tilburg-medewerker", "{\"partij\":\"GM0855\"}");
    omgeving.api("POST", pad + "/" + id + "/ondertekeningen", HVB, "dongen-medewerker", "{\"partij\":\"GM0766\"}");
    omgeving.api("POST", pad + "/" + id + "/ondertekeningen", "coa", "coa-oisterwijk",
        "{\"partij\":\"AZC-OISTERWIJK\"}");
  }

  /** A dossier coupled 60 days ago: some milestones are due, so marking one done changes the dashboard. */
  private static String maakDossier(String gemeente) {
    String body = """
        {"gemeente": "%s", "azcLocatie": "AZC-OISTERWIJK", "koppelingsdatum": "%s", "verwachteVerhuisdatum": "%s",
         %s}"""
        .formatted(gemeente, LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(60), LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).plusDays(30),
            nl.doorlopendelijn.testsupport.TestPersonen.json());
    var antwoord = omgeving.api("POST", "/api/v1/regios/" + HVB + "/dossiers", HVB, "hvb-coordinator", body);
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
    return antwoord.body();
  }

  private static String id(String json) {
    return json.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }

  private static String nummer(String dossierJson) {
    return dossierJson.replaceAll("(?s).*?\"dossiernummer\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }
}
