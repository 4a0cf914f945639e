package nl.doorlopendelijn.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's browser scenario, as tilburg-medewerker (Sanne de Wit) with a real Keycloak login: Enter in a
 * milestone's date field completes nothing (it only reaches the confirmation step); a verhuizing completed by mistake
 * (confirmed) jumps the dossier to verhuisd, and is undone with a reason; the history shows both, with the demo
 * user's name and no UUID. Overdue milestones say "Te laat"; a COA step has no button for the gemeente. The
 * confirmation page and the open correction form pass axe (WCAG 2.1 AA). Screenshots under target/screenshots/.
 */
class MijlpaalCorrectieE2eIT {

  private static final String HVB = "hart-van-brabant";
  private static final String NAAM = "Sanne de Wit";
  private static WebOmgeving omgeving;
  private static String dossier;

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    omgeving.afspraakTilburgOisterwijk("Browsertest mijlpalen");
    String body = """
        {"gemeente": "GM0855", "azcLocatie": "AZC-OISTERWIJK", "koppelingsdatum": "%s", "verwachteVerhuisdatum": "%s", %s}"""
        .formatted(LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(60), LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).plusDays(30), nl.doorlopendelijn.testsupport.TestPersonen.json());
    var antwoord = omgeving.api("POST", "/api/v1/regios/" + HVB + "/dossiers", HVB, "hvb-coordinator", body);
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
    dossier = antwoord.body().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }

  @Test
  void eenPerVergissingAfgerondeMijlpaalWordtGecorrigeerdEnDeHistorieToontBeideMetNamen() {
    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "Hart van Brabant", "tilburg-medewerker");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers/" + dossier));
      Locator verhuizing = p.locator("li.mijlpaal[data-type='verhuizing']");

      // overdue says so in words; a COA step has no button for the gemeente, a gemeente step has one
      assertThat(p.locator(".mijlpaal--verlopen .label--verlopen").first()).hasText("Te laat");
      assertThat(p.locator("li.mijlpaal[data-type='klantprofiel-update'] form.afronden")).hasCount(0);
      assertThat(p.locator("li.mijlpaal[data-type='kennismaking'] form.afronden")).hasCount(1);

      // Enter in the date field: only the confirmation step, nothing completed
      verhuizing.locator("input[type=date]").press("Enter");
      assertThat(p.locator("h1")).hasText("Afronden bevestigen");
      assertThat(p.locator("main")).containsText("Er is nog niets gewijzigd");
      assertThat(status()).isEqualTo("gekoppeld");
      assertThat(omgeving.api("GET", "/api/v1/regios/" + HVB + "/dossiers/" + dossier, HVB, "hvb-coordinator", null)
          .body()).doesNotContain("\"afgerondOp\":\"" + LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL) + "\"");
      assertThat(WebOmgeving.axe(p)).as("axe op de bevestiging").isEmpty();
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("mijlpaal-bevestigen")));
      // Enter again on the confirmation page (focus on nothing in particular) confirms nothing either
      p.keyboard().press("Enter");
      assertThat(status()).isEqualTo("gekoppeld");

      // the slip: confirmed by mistake, the dossier jumps to verhuisd
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, markeer als afgerond")).click();
      assertThat(p.locator("main")).containsText("Mijlpaal afgerond");
      assertThat(status()).isEqualTo("verhuisd");
      assertThat(verhuizing.locator(".afgerond")).containsText("door " + NAAM);

      // corrected with a reason: undone, through the same confirmation step
      verhuizing.locator("details.corrigeren summary").click();
      verhuizing.getByLabel("Niet afgerond: maak de afronding ongedaan").check();
      verhuizing.getByLabel("Reden (verplicht)").fill("Per ongeluk afgerond: de verhuizing is pas volgende maand");
      assertThat(WebOmgeving.axe(p)).as("axe op het open correctieformulier").isEmpty();
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("mijlpaal-corrigeren"))
          .setFullPage(true));
      verhuizing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Corrigeer verhuizing")).click();
      assertThat(p.locator("h1")).hasText("Correctie bevestigen");
      assertThat(status()).isEqualTo("verhuisd");
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, maak ongedaan")).click();
      assertThat(p.locator("main")).containsText("Mijlpaal gecorrigeerd");
      assertThat(status()).isEqualTo("gekoppeld");
      assertThat(verhuizing.locator("form.afronden")).hasCount(1);

      // the history: both steps, with the name, the reason, no UUID
      Locator historie = p.locator("ol.historie");
      assertThat(historie.locator("li[data-soort='mijlpaal-afgerond']")).containsText("verhuizing afgerond op");
      assertThat(historie.locator("li[data-soort='mijlpaal-afgerond']")).containsText(NAAM);
      assertThat(historie.locator("li[data-soort='mijlpaal-gecorrigeerd']")).containsText("ongedaan gemaakt");
      assertThat(historie.locator("li[data-soort='mijlpaal-gecorrigeerd']")).containsText(NAAM);
      assertThat(historie.locator("li[data-soort='mijlpaal-gecorrigeerd']")).containsText("Per ongeluk afgerond");
      assertThat(p.locator("main").innerText())
          .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      assertThat(WebOmgeving.axe(p)).as("axe op het dossier").isEmpty();
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("dossier-historie"))
          .setFullPage(true));
    }
  }

  private static String status() {
    String json = omgeving.api("GET", "/api/v1/regios/" + HVB + "/dossiers/" + dossier, HVB, "hvb-coordinator", null)
        .body();
    return json.replaceAll("(?s).*?\"status\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }
}
