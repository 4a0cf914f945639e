package nl.doorlopendelijn.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The gesprek flows in Chromium with a real Keycloak login (issue 15): Tilburg (tilburg-medewerker, Sanne
 * de Wit) plans a driegesprek with the COA casemanager and a tolk for a Tilburg dossier of azc Oisterwijk and
 * downloads its invitation, which the test parses with biweekly (valid, the start right, the dossier number, no name
 * of the inburgeraar); then the COA liaison (coa-oisterwijk, Yara Mansour) records it as held and the driegesprek
 * milestone shows as completed. Screenshots under {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GesprekkenE2eIT {

  private static final String HVB = "hart-van-brabant";
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static WebOmgeving omgeving;
  private static String dossier;
  private static String dossiernummer;
  private static String voornaam;
  private static String achternaam;
  private static String casemanagerNaam;
  /** Two hours ago, on the hour, in the Netherlands: planned now, so it can be recorded as held right after. */
  private static LocalDateTime begin;

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    String uniek = uniek();
    omgeving.afspraakTilburgOisterwijk("Browsertest gesprekken");
    String oisterwijk = id(ok(omgeving.api("GET", "/api/v1/organisaties?azcCode=AZC-OISTERWIJK", HVB,
        "hvb-coordinator", null), 200));
    casemanagerNaam = "Karim Haddad " + uniek;
    ok(omgeving.api("POST", "/api/v1/contactpersonen", "coa", "coa-oisterwijk", """
        {"organisatieId": "%s", "naam": "%s", "functie": "COA-casemanager", "email": "%s@voorbeeld.nl",
         "telefoon": "013 765 43 21", "beschikbaar": true, "regios": ["hart-van-brabant"]}"""
        .formatted(oisterwijk, casemanagerNaam, uniek)), 201);
    voornaam = "Selam" + uniek;
    achternaam = "Tesfay" + uniek;
    String body = ok(omgeving.api("POST", "/api/v1/regios/" + HVB + "/dossiers", HVB, "hvb-coordinator", """
        {"gemeente": "GM0855", "azcLocatie": "AZC-OISTERWIJK", "koppelingsdatum": "%s", "gekozenScenario": "snelle-start",
         "persoon": {"voornamen": "%s", "achternaam": "%s", "geboortedatum": "1994-02-11", "taal": "tir",
                     "tolkNodig": false}}""".formatted(LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(5), voornaam, achternaam)), 201);
    dossier = id(body);
    dossiernummer = body.replaceAll("(?s).*?\"dossiernummer\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    begin = LocalDateTime.now(AMSTERDAM).minusHours(2).truncatedTo(ChronoUnit.HOURS);
  }

  @Test
  @Order(1)
  void tilburgPlantEenDriegesprekMetDeCasemanagerEnEenTolkEnDownloadtDeUitnodiging() throws Exception {
    try (BrowserContext context = omgeving.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
        .setAcceptDownloads(true))) {
      Page p = context.newPage();
      omgeving.logIn(p, "Hart van Brabant", "tilburg-medewerker");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers/" + dossier));
      assertThat(p.locator("#gesprekken")).containsText("Nog geen gesprekken gepland");
      assertThat(p.locator("#gesprekken .melding")).hasCount(0);
      p.locator("#gesprek-plannen").click();
      assertThat(p.locator("h1")).containsText("Gesprek plannen");

      // first without a place: the error shows next to the field, in Dutch
      p.locator("#veld-soort").selectOption("driegesprek");
      p.locator("#veld-datum").fill(begin.toLocalDate().toString());
      p.locator("#veld-begin").fill(begin.toLocalTime().toString());
      p.locator("#veld-vorm").selectOption("op-het-azc");
      p.getByLabel(casemanagerNaam, new Page.GetByLabelOptions().setExact(false)).check();
      p.locator("#veld-tolkNodig").check();
      p.locator("#veld-taal").selectOption("tir");
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gesprek plannen")).click();
      assertThat(p.locator("#fout-locatie")).containsText("Is verplicht (waar het gesprek is)");
      assertThat(p.locator("#foutoverzicht")).isVisible();
      assertThat(WebOmgeving.axe(p)).as("axe op het formulier met fouten").isEmpty();
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("gesprek-plannen-fout"))
          .setFullPage(true));

      p.locator("#veld-locatie").fill("azc Oisterwijk, spreekkamer 3");
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gesprek plannen")).click();
      assertThat(p.locator("main")).containsText("Het gesprek is gepland.");
      var gesprek = p.locator("#gesprekken li.gesprek[data-soort='driegesprek']");
      assertThat(gesprek).containsText("Driegesprek na koppeling");
      assertThat(gesprek).containsText("Gepland");
      assertThat(gesprek).containsText("Op het azc");
      assertThat(gesprek).containsText("azc Oisterwijk, spreekkamer 3");
      assertThat(gesprek).containsText(casemanagerNaam);
      assertThat(gesprek).containsText("met tolk (Tigrinya)");
      assertThat(WebOmgeving.axe(p)).as("axe op het dossier met het gesprek").isEmpty();
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("dossier-gesprekken"))
          .setFullPage(true));

      Download ics = p.waitForDownload(() -> gesprek.getByText("Uitnodiging (.ics)").click());
      String tekst = Files.readString(ics.path());
      assertThat(ics.suggestedFilename()).endsWith(".ics");
      ICalendar ical = Biweekly.parse(tekst).first();
      assertThat(ical.validate(ICalVersion.V2_0).isEmpty()).as(ical.validate(ICalVersion.V2_0).toString()).isTrue();
      VEvent e = ical.getEvents().get(0);
      assertThat(e.getDateStart().getValue().toInstant()).isEqualTo(begin.atZone(AMSTERDAM).toInstant());
      assertThat(tekst).contains("TZID=Europe/Amsterdam");
      assertThat(e.getSummary().getValue()).contains(dossiernummer);
      assertThat(e.getLocation().getValue()).isEqualTo("azc Oisterwijk, spreekkamer 3");
      assertThat(e.getAttendees()).extracting(a -> a.getCommonName()).contains(casemanagerNaam);
      assertThat(tekst).doesNotContain(voornaam).doesNotContain(achternaam);
    }
  }

  @Test
  @Order(2)
  void deCoaLiaisonLegtHetGesprekVastAlsGehoudenEnDeMijlpaalIsAfgerond() {
    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "COA", "coa-oisterwijk");
      // she lands on her werkvoorraad: the gesprek that has begun waits there to be recorded
      assertThat(p.locator("h1")).containsText("Mijn werkvoorraad");
      var item = p.locator("li.werkitem[data-dossier='" + dossiernummer + "']")
          .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Gesprek gepland"));
      assertThat(item).containsText("Driegesprek na koppeling van ");
      assertThat(item).containsText("is nog niet vastgelegd.");
      assertThat(WebOmgeving.axe(p)).as("axe op de werkvoorraad met het gesprek").isEmpty();
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("werkvoorraad-gesprek"))
          .setFullPage(true));
      item.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
          .setName("Gesprek vastleggen: dossier " + dossiernummer)).click();
      var gesprek = p.locator("#gesprekken li.gesprek[data-soort='driegesprek']");
      assertThat(p.locator("h1")).containsText("Driegesprek na koppeling vastleggen als gehouden");
      // without saying whether the inburgeraar was there: the error next to the question
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vastleggen als gehouden")).click();
      assertThat(p.locator("#fout-inburgeraarAanwezig")).containsText("Kies of de inburgeraar erbij was");
      p.getByLabel(casemanagerNaam, new Page.GetByLabelOptions().setExact(false)).check();
      p.locator("#inburgeraar-ja").check();
      p.locator("#veld-notitie").fill("Kennisgemaakt met de klantregisseur; afspraken over de intake.");
      assertThat(WebOmgeving.axe(p)).as("axe op het verslag").isEmpty();
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("gesprek-vastleggen"))
          .setFullPage(true));
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vastleggen als gehouden")).click();

      assertThat(p.locator("main")).containsText("Het gesprek is vastgelegd als gehouden.");
      assertThat(gesprek).containsText("Gehouden");
      assertThat(gesprek).containsText(casemanagerNaam + " (was erbij)");
      var mijlpaal = p.locator("li.mijlpaal[data-type='driegesprek']");
      assertThat(mijlpaal.locator(".afgerond")).containsText("afgerond op " + nl.doorlopendelijn.kernel.Nederlands.datum(begin.toLocalDate()));
      assertThat(mijlpaal.locator(".afgerond")).containsText("door Yara Mansour");
      assertThat(p.locator(".historie")).containsText("Driegesprek na koppeling gehouden");
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("gesprek-gehouden"))
          .setFullPage(true));
    }
  }

  private static String ok(java.net.http.HttpResponse<String> antwoord, int status) {
    org.assertj.core.api.Assertions.assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
    return antwoord.body();
  }

  private static String id(String json) {
    return json.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }

  private static String uniek() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return b.toString();
  }
}
