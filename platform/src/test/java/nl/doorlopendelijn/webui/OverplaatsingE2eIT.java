package nl.doorlopendelijn.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's overplaatsing in the browser, with real Keycloak logins: the coördinator of Hart van Brabant (region A)
 * asks Noordoost-Brabant (region B) to take a Tilburg dossier, choosing the gemeente Oss by name; B's coördinator
 * sees the incoming request with only the minimum, confirms receipt, and follows the link to the dossier, which now
 * opens in B with a number of B; in A the old dossier page is gone. Axe on both new pages; screenshots.
 */
class OverplaatsingE2eIT {

  private static final String HVB = "hart-van-brabant";
  private static final String NOB = "noordoost-brabant";
  private static WebOmgeving omgeving;
  private static String dossier;
  private static String afspraakNob;

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    omgeving.afspraakTilburgOisterwijk("Browsertest overplaatsing");
    afspraakNob = afspraakOssOisterwijk();
    String body = """
        {"gemeente": "GM0855", "azcLocatie": "AZC-OISTERWIJK", "koppelingsdatum": "%s",
         "gekozenScenario": "snelle-start", "coaReferentie": "COA-E2E-OVP", %s}"""
        .formatted(LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(5), nl.doorlopendelijn.testsupport.TestPersonen.json());
    var antwoord = omgeving.api("POST", "/api/v1/regios/" + HVB + "/dossiers", HVB, "hvb-coordinator", body);
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
    dossier = antwoord.body().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }

  /** Noordoost-Brabant plans dossiers of Oss from azc Oisterwijk (ended after the class: others count on none). */
  private static String afspraakOssOisterwijk() {
    String body = """
        {"azc": {"code": "AZC-OISTERWIJK", "contactpersoonId": "%s"},
         "gemeenten": [{"cbsCode": "GM0828", "contactpersoonId": "%s"}],
         "scenario": "snelle-start", "geldigVanaf": "2026-01-01", "afspraken": "Browsertest overplaatsing"}"""
        .formatted(nl.doorlopendelijn.testsupport.TestContactpersonen.nieuw(),
            nl.doorlopendelijn.testsupport.TestContactpersonen.nieuw());
    String pad = "/api/v1/regios/" + NOB + "/samenwerkingsafspraken";
    var gemaakt = omgeving.api("POST", pad, NOB, "nob-coordinator", body);
    assertThat(gemaakt.statusCode()).as(gemaakt.body()).isEqualTo(201);
    String id = gemaakt.body().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    omgeving.api("POST", pad + "/" + id + "/ter-ondertekening", NOB, "nob-coordinator", null);
    omgeving.api("POST", pad + "/" + id + "/ondertekeningen", NOB, "oss-medewerker", "{\"partij\":\"GM0828\"}");
    var getekend = omgeving.api("POST", pad + "/" + id + "/ondertekeningen", "coa", "coa-oisterwijk",
        "{\"partij\":\"AZC-OISTERWIJK\"}");
    assertThat(getekend.body()).contains("\"status\":\"actief\"");
    return id;
  }

  @AfterAll
  static void beeindig() {
    omgeving.api("POST", "/api/v1/regios/" + NOB + "/samenwerkingsafspraken/" + afspraakNob + "/beeindigingen", NOB,
        "nob-coordinator", "{\"reden\":\"Browsertest overplaatsing klaar\"}");
  }

  @Test
  void regioAVraagtRegioBBevestigtEnHetDossierOpentInBEnIsWegInA() {
    String nummer;
    // 1. region A's coördinator asks, from the dossier page, with the gemeente by name
    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "Hart van Brabant", "hvb-coordinator");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers/" + dossier));
      nummer = p.locator("h1 span").innerText();
      p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Overplaatsen naar een andere regio")).click();
      p.waitForURL(u -> u.endsWith("/overplaatsen"));
      assertThat(p.locator("h1")).containsText("overplaatsen naar een andere regio");
      assertThat(p.locator("#bestemming option", new Page.LocatorOptions().setHasText("Oss (regio Noordoost-Brabant)")))
          .hasCount(1);
      assertThat(p.locator("#bestemming")).not().containsText("Tilburg");
      // without a reason the API refuses, next to its field
      p.locator("#bestemming").selectOption(new com.microsoft.playwright.options.SelectOption()
          .setLabel("Oss (regio Noordoost-Brabant)"));
      p.locator("#reden").fill("  ");
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overplaatsing aanvragen")).click();
      assertThat(p.locator("#reden-fout")).containsText("verplicht");
      assertThat(WebOmgeving.axe(p)).as("axe op het formulier met een fout").isEmpty();
      p.locator("#reden").fill("Gekoppeld aan Oss, dat niet bij onze regio hoort");
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("overplaatsen-formulier"))
          .setFullPage(true));
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overplaatsing aanvragen")).click();
      p.waitForURL(u -> u.contains("/regio/" + HVB + "/overplaatsingen"));
      Locator uit = p.locator("#uitgaand li.overplaatsing").filter(new Locator.FilterOptions().setHasText(nummer));
      assertThat(uit).containsText("Aangevraagd");
      assertThat(uit).containsText("Noordoost-Brabant");
    }

    // 2. region B's coördinator sees the minimum, confirms, and opens the dossier in her region
    String nieuwePagina;
    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "Noordoost-Brabant", "nob-coordinator");
      p.navigate(omgeving.urlA("/regio/" + NOB + "/overplaatsingen"));
      Locator in = p.locator("#inkomend li.overplaatsing").filter(new Locator.FilterOptions()
          .setHasText("Gekoppeld aan Oss"));
      assertThat(in).containsText("Hart van Brabant");
      assertThat(in).containsText("COA-E2E-OVP");
      assertThat(in).containsText("azc Oisterwijk");
      assertThat(WebOmgeving.axe(p)).as("axe op de inkomende overplaatsingen").isEmpty();
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("overplaatsingen-inkomend"))
          .setFullPage(true));
      // not her dossier yet
      p.navigate(omgeving.urlA("/regio/" + NOB + "/dossiers/" + dossier));
      assertThat(p.locator("h1")).containsText("Niet gevonden");
      p.navigate(omgeving.urlA("/regio/" + NOB + "/overplaatsingen"));
      in = p.locator("#inkomend li.overplaatsing").filter(new Locator.FilterOptions().setHasText("Gekoppeld aan Oss"));
      in.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bevestig de ontvangst van dossier "
          + nummer)).click();
      p.waitForURL(u -> u.contains("gedaan=bevestigd"));
      assertThat(p.locator("p.melding--ok")).containsText("staat nu in uw regio");
      Locator link = p.locator("#inkomend li.overplaatsing").filter(new Locator.FilterOptions()
          .setHasText("Gekoppeld aan Oss")).locator("a.dossier-link");
      assertThat(link).containsText("Open dossier NB-");
      link.click();
      p.waitForURL(u -> u.contains("/regio/" + NOB + "/dossiers/" + dossier));
      assertThat(p.locator("h1")).containsText("Dossier NB-");
      assertThat(p.locator("ol.historie li[data-soort='overgeplaatst']")).containsText("Hart van Brabant");
      assertThat(p.locator("main").innerText())
          .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      nieuwePagina = p.url();
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("overplaatsing-dossier-in-b"))
          .setFullPage(true));
    }
    assertThat(nieuwePagina).contains("/regio/" + NOB + "/dossiers/");

    // 3. in region A the dossier is gone; the request shows its outcome with the new number
    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "Hart van Brabant", "hvb-coordinator");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers/" + dossier));
      assertThat(p.locator("h1")).containsText("Niet gevonden");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/overplaatsingen"));
      Locator uit = p.locator("#uitgaand li.overplaatsing").filter(new Locator.FilterOptions().setHasText(nummer));
      assertThat(uit).containsText("Ontvangst bevestigd");
      assertThat(uit).containsText("NB-");
      assertThat(uit.locator("a")).hasCount(0);
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("overplaatsing-weg-in-a"))
          .setFullPage(true));
    }
  }
}
