package nl.doorlopendelijn.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's contactlog in the browser, with real Keycloak logins: the COA liaison of azc Oisterwijk (Yara Mansour)
 * writes a note on a Tilburg dossier, next to the AVG art. 9 notice; Tilburg (Sanne de Wit) reads it on the dossier
 * page with her name and organisation; the liaison corrects it and Tilburg sees the correction and the earlier text.
 * The dossier waits for a house since seven months with nothing done: "Stilval" until the note, not after it. Axe
 * (WCAG 2.1 AA) on the section with the form and on the correction; screenshots under target/screenshots/.
 */
class ContactlogE2eIT {

  private static final String HVB = "hart-van-brabant";
  private static WebOmgeving omgeving;
  private static String dossier;

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    omgeving.afspraakTilburgOisterwijk("Browsertest contactlog");
    // matched seven months ago, waiting for a house, nothing done since: stilval (the region's period is 90 days)
    String body = """
        {"gemeente": "GM0855", "azcLocatie": "AZC-OISTERWIJK", "koppelingsdatum": "%s",
         "gekozenScenario": "gecombineerde-aanpak", %s}"""
        .formatted(LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusMonths(7), nl.doorlopendelijn.testsupport.TestPersonen.json());
    var antwoord = omgeving.api("POST", "/api/v1/regios/" + HVB + "/dossiers", HVB, "hvb-coordinator", body);
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
    dossier = antwoord.body().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    assertThat(antwoord.body()).contains("\"type\":\"stilval\"");
  }

  @Test
  void hetCoaSchrijftTilburgLeestHetCoaCorrigeertEnDeWachtIsNietStil() {
    String onderwerp = "Woning en taalles";
    String tekst = "Nog geen woning. Volgt sinds deze week taalles op het azc; tolk Tigrinya nodig bij het"
        + " driegesprek.";
    String correctie = "Nog geen woning. Volgt sinds deze week taalles op het azc; tolk Tigrinya nodig bij het"
        + " driegesprek (niet Amhaars).";

    // 1. the COA liaison writes the note on the dossier page; it waits there as stilval until she does
    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "COA", "coa-oisterwijk");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers/" + dossier));
      assertThat(p.locator("ul.signalen")).containsText("geen activiteit");
      Locator log = p.locator("section#contactlog");
      assertThat(log.locator("form#notitie-nieuw")).isVisible();
      assertThat(log).containsText("Nog geen notities");
      // the AVG art. 9 notice is where one writes, and the text field points to it
      assertThat(log.locator("#notitie-avg")).containsText("Gezondheidsgegevens (AVG artikel 9)");
      assertThat(log.locator("#notitie-tekst")).hasAttribute("aria-describedby", "notitie-avg");
      assertThat(WebOmgeving.axe(p)).as("axe op de contactlog met het formulier").isEmpty();

      // an empty text is refused next to its field, with what was typed kept
      log.getByLabel("Onderwerp").fill(onderwerp);
      log.locator("#notitie-tekst").fill("   ");
      log.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Notitie toevoegen")).click();
      // spaces pass the browser's own check of a required field; the API refuses them, the page says so
      Locator fout = p.locator("#notitie-tekst-fout");
      assertThat(fout).containsText("verplicht");
      assertThat(p.locator("#notitie-onderwerp")).hasValue(onderwerp);
      assertThat(WebOmgeving.axe(p)).as("axe op de fout").isEmpty();

      p.locator("#notitie-tekst").fill(tekst);
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Notitie toevoegen")).click();
      p.waitForURL(u -> u.contains("/dossiers/" + dossier));
      Locator notitie = p.locator("section#contactlog li.notitie").first();
      assertThat(notitie.locator(".notitie__onderwerp")).hasText(onderwerp);
      assertThat(notitie.locator(".notitie__auteur")).hasText("Yara Mansour");
      assertThat(notitie.locator(".notitie__organisatie")).hasText("COA azc Oisterwijk");
      // the note is activity: no stilval any more
      assertThat(p.locator("ul.signalen")).not().containsText("geen activiteit");
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("contactlog-coa")).setFullPage(true));
    }

    // 2. Tilburg reads it on the dossier page: by name and organisation, in Dutch, no correction form for her
    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "Hart van Brabant", "tilburg-medewerker");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers/" + dossier));
      Locator notitie = p.locator("section#contactlog li.notitie").first();
      assertThat(notitie.locator(".notitie__tekst")).hasText(tekst);
      assertThat(notitie.locator(".notitie__wie")).containsText("Yara Mansour, COA azc Oisterwijk");
      assertThat(notitie.locator("time")).containsText(" om ");
      assertThat(notitie.locator("details.corrigeren")).hasCount(0);
      assertThat(p.locator("ul.signalen")).not().containsText("geen activiteit");
      assertThat(p.locator("main").innerText())
          .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      // the history says a note was written and by whom, not what it says
      assertThat(p.locator("ol.historie li[data-soort='notitie-geschreven']")).containsText("Yara Mansour");
      assertThat(p.locator("ol.historie")).not().containsText("taalles");
    }

    // 3. the liaison corrects her note
    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "COA", "coa-oisterwijk");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers/" + dossier));
      Locator notitie = p.locator("section#contactlog li.notitie").first();
      notitie.locator("details.corrigeren summary").click();
      notitie.getByLabel("Tekst").fill(correctie);
      assertThat(WebOmgeving.axe(p)).as("axe op het open correctieformulier").isEmpty();
      notitie.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Correctie opslaan")).click();
      p.waitForURL(u -> u.contains("/dossiers/" + dossier));
      assertThat(p.locator("section#contactlog li.notitie").first().locator(".notitie__tekst").first())
          .hasText(correctie);
    }

    // 4. Tilburg sees the correction, marked, with the earlier text one click away
    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "Hart van Brabant", "tilburg-medewerker");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers/" + dossier));
      Locator notitie = p.locator("section#contactlog li.notitie").first();
      assertThat(notitie.locator(".notitie__tekst").first()).hasText(correctie);
      assertThat(notitie.locator(".label--gecorrigeerd")).containsText("gecorrigeerd op");
      notitie.locator("details.notitie__versies summary").click();
      assertThat(notitie.locator(".notitie__versie .notitie__tekst")).hasText(tekst);
      assertThat(WebOmgeving.axe(p)).as("axe op de gecorrigeerde notitie").isEmpty();
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("contactlog-gecorrigeerd"))
          .setFullPage(true));
      // and the contactlog as a page of its own, for older notes
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers/" + dossier + "/contactlog"));
      assertThat(p.locator("h1")).containsText("Contactlog van dossier");
      assertThat(p.locator("li.notitie .notitie__tekst").first()).hasText(correctie);
    }
    // what the dashboard hears and the dossier holds: the note's day, no stilval signal
    String json = omgeving.api("GET", "/api/v1/regios/" + HVB + "/dossiers/" + dossier, HVB, "hvb-coordinator", null)
        .body();
    assertThat(json).doesNotContain("\"type\":\"stilval\"");
  }
}
