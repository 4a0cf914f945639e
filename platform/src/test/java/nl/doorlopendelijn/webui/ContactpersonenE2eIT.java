package nl.doorlopendelijn.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser scenarios of the two contacts (issue 14), with a real Keycloak login in Chromium: the COA
 * liaison of azc Oisterwijk sets the casemanager of a Tilburg dossier (and sees both contacts with phone, e-mail
 * and vCard); a Tilburg medewerker claims her gids entry ("Dit ben ik") and her editor, the region's coördinator,
 * confirms it. Screenshots under {@code target/screenshots/}.
 */
class ContactpersonenE2eIT {

  private static final String HVB = "hart-van-brabant";
  private static WebOmgeving omgeving;
  private static String uniek;

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    uniek = uniek();
    TestContactpersonen.vanGemeente("GM0855"); // Tilburg's organisation is in the gids
  }

  @Test
  void deCoaLiaisonKiestDeCasemanager() throws Exception {
    omgeving.afspraakTilburgOisterwijk("Browsertest contactpersonen");
    String tilburg = organisatie("type=gemeente&cbsCode=GM0855");
    String oisterwijk = organisatie("azcCode=AZC-OISTERWIJK");
    String vaste = contact(HVB, "tilburg-medewerker", tilburg, "Ayşe Yılmaz", "klantregisseur");
    String casemanager = contact("coa", "coa-oisterwijk", oisterwijk, "Fatima el Amrani " + uniek, "COA-casemanager");
    String dossier = id(ok(omgeving.api("POST", "/api/v1/regios/" + HVB + "/dossiers", HVB, "hvb-coordinator", """
        {"gemeente": "GM0855", "azcLocatie": "AZC-OISTERWIJK", "koppelingsdatum": "%s", "gekozenScenario": "snelle-start",
         "vasteContactpersoonId": "%s", %s}""".formatted(LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(5), vaste,
        nl.doorlopendelijn.testsupport.TestPersonen.json())), 201));

    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "COA", "coa-oisterwijk");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers/" + dossier));
      var vasteKaart = p.locator(".contactkaart[data-rol='vaste-contactpersoon']");
      assertThat(vasteKaart).containsText("Ayşe Yılmaz");
      assertThat(vasteKaart).containsText("klantregisseur");
      assertThat(vasteKaart).containsText("getraind");
      assertThat(vasteKaart.locator("a[href='tel:0131234567']")).isVisible();
      assertThat(vasteKaart.locator("a[href^='mailto:']")).isVisible();
      assertThat(p.locator(".contactkaart[data-rol='casemanager']")).containsText("Nog niet gekozen");

      // her azc's active contacts, trained ones marked
      assertThat(p.locator("#casemanager-keuze option[value='" + casemanager + "']")).containsText("(getraind)");
      p.locator("#casemanager-keuze").selectOption(casemanager);
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("dossier-casemanager-kiezen"))
          .setFullPage(true));
      p.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
          new Page.GetByRoleOptions().setName("Casemanager opslaan")).click();
      assertThat(p.locator("main")).containsText("Casemanager opgeslagen");
      var kaart = p.locator(".contactkaart[data-rol='casemanager']");
      assertThat(kaart).containsText("Fatima el Amrani " + uniek);
      assertThat(kaart).containsText("COA-casemanager");
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("dossier-contactpersonen"))
          .setFullPage(true));

      // the vCard comes through the page (the browser has no token for the API)
      Download vcard = p.waitForDownload(() -> kaart.locator("a[href$='/vcard']").click());
      assertThat(Files.readString(vcard.path())).contains("BEGIN:VCARD", "Fatima el Amrani " + uniek);

      // and she completes the klantprofiel-update, a step of the COA, through the confirmation step
      var klantprofiel = p.locator("li.mijlpaal[data-type='klantprofiel-update']");
      klantprofiel.locator("form.afronden button[type=submit]").click();
      assertThat(p.locator("h1")).hasText("Afronden bevestigen");
      p.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
          new Page.GetByRoleOptions().setName("Ja, markeer als afgerond")).click();
      assertThat(p.locator("main")).containsText("Mijlpaal afgerond");
      assertThat(klantprofiel.locator(".afgerond")).containsText("door Yara Mansour");
      assertThat(klantprofiel.locator(".afgerond").innerText())
          .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
    assertThat(ok(omgeving.api("GET", "/api/v1/regios/" + HVB + "/dossiers/" + dossier, HVB, "hvb-coordinator",
        null), 200)).contains("\"casemanagerId\":\"" + casemanager + "\"");
  }

  @Test
  void eenGebruikerClaimtHaarVermeldingEnHaarRedacteurBevestigt() throws Exception {
    String tilburg = organisatie("type=gemeente&cbsCode=GM0855");
    String functie = "klantregisseur " + uniek;
    String sanne = contact(HVB, "hvb-coordinator", tilburg, "Sanne de Wit", functie);
    loskoppelen(); // an earlier run's link of the demo accounts

    try (BrowserContext medewerker = omgeving.browser.newContext();
         BrowserContext redacteur = omgeving.browser.newContext()) {
      Page p = medewerker.newPage();
      omgeving.logIn(p, "Hart van Brabant", "tilburg-medewerker");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/contactpersonen?q=" + uniek));
      var vermelding = p.locator("li.contactpersoon", new Page.LocatorOptions().setHasText("Sanne de Wit"));
      vermelding.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
          new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Dit ben ik: Sanne de Wit")).click();
      assertThat(p.locator("main")).containsText("Uw claim is verstuurd");
      assertThat(p.locator(".mijn-koppeling")).containsText("wacht op bevestiging");
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("gids-dit-ben-ik")).setFullPage(true));

      Page r = redacteur.newPage();
      omgeving.logIn(r, "Hart van Brabant", "hvb-coordinator");
      r.navigate(omgeving.urlA("/regio/" + HVB + "/contactpersonen"));
      var claim = r.locator("li.claim[data-contactpersoon='" + sanne + "']");
      assertThat(claim).containsText("Sanne de Wit");
      r.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("gids-claim-bevestigen"))
          .setFullPage(true));
      claim.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
          new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Bevestig de claim van Sanne de Wit")).click();
      assertThat(r.locator("main")).containsText("Claim bevestigd");
      assertThat(r.locator("li.claim[data-contactpersoon='" + sanne + "']")).hasCount(0);

      p.navigate(omgeving.urlA("/regio/" + HVB + "/contactpersonen"));
      assertThat(p.locator(".mijn-koppeling")).containsText("bevestigd");
    }
    assertThat(ok(omgeving.api("GET", "/api/v1/mijn/contactpersoon", HVB, "tilburg-medewerker", null), 200))
        .contains("\"id\":\"" + sanne + "\"");
  }

  // -------------------------------------------------------------------------------------------------- helpers

  private static String organisatie(String query) {
    String body = ok(omgeving.api("GET", "/api/v1/organisaties?" + query, HVB, "hvb-coordinator", null), 200);
    return id(body);
  }

  /** A trained contact with work phone and e-mail, made by someone who may edit the organisation. */
  private static String contact(String realm, String gebruiker, String organisatie, String naam, String functie) {
    return id(ok(omgeving.api("POST", "/api/v1/contactpersonen", realm, gebruiker, """
        {"organisatieId": "%s", "naam": "%s", "functie": "%s", "email": "%s@voorbeeld.nl",
         "telefoon": "013 123 45 67", "getraindOp": "%s", "beschikbaar": true, "regios": ["hart-van-brabant"]}"""
        .formatted(organisatie, naam, functie, uniek, LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusMonths(2))), 201));
  }

  /** No demo account holds a link from an earlier run in this database (a user holds at most one). */
  private static void loskoppelen() throws Exception {
    try (Connection c = TestDatabase.shared().connectAsOwner(); PreparedStatement s = c.prepareStatement("""
        update contactpersoon set koppeling_issuer = null, koppeling_subject = null, koppeling_status = null,
               koppeling_aangevraagd_op = null, koppeling_bevestigd_op = null
        where koppeling_issuer like '%/realms/hart-van-brabant'""")) {
      s.executeUpdate();
    }
  }

  private static String ok(java.net.http.HttpResponse<String> antwoord, int status) {
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
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
