package nl.doorlopendelijn.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestPersonen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "Mijn werkvoorraad", in Chromium with a real Keycloak login: Sanne de Wit (tilburg-medewerker), linked
 * to her gids entry and vaste contactpersoon of two dossiers, lands on her werkvoorraad after login; her dossiers
 * come first although colleagues' dossiers have more urgent items, each group in urgency order; the next action of
 * her overdue kennismaking leads to the confirmation step of that milestone. Yara Mansour (coa-oisterwijk), the
 * casemanager of one dossier, sees it among hers and her azc's others after it. Screenshots under
 * {@code target/screenshots/}.
 */
class WerkvoorraadE2eIT {

  private static final String HVB = "hart-van-brabant";
  private static final List<String> URGENTIES = List.of("hoog", "middel", "laag");
  private static WebOmgeving omgeving;
  private static final LocalDate VANDAAG = LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL);

  @BeforeAll
  static void start() throws Exception {
    omgeving = WebOmgeving.gedeeld();
    omgeving.afspraakTilburgOisterwijk("Browsertest werkvoorraad");
  }

  @Test
  void sanneZietHaarDossiersEerstInUrgentievolgordeEnRondtAfVanuitDeWerkvoorraad() throws Exception {
    String tilburg = organisatie("type=gemeente&cbsCode=GM0855");
    String sanne = contact(tilburg, "Sanne de Wit", "klantregisseur " + UUID.randomUUID().toString().substring(0, 8));
    loskoppelen("hart-van-brabant"); // a user holds at most one link: an earlier test's link of the demo account
    ok(omgeving.api("POST", "/api/v1/contactpersonen/" + sanne + "/koppelingen", HVB, "tilburg-medewerker", null), 201);
    ok(omgeving.api("POST", "/api/v1/contactpersonen/" + sanne + "/koppelingen/bevestigingen", HVB, "hvb-coordinator",
        null), 200);
    String collega = TestContactpersonen.vanGemeente("GM0855").toString();
    // hers: kennismaking 3 days late, driegesprek in 4 days; and one with only a kennismaking in 5 days
    String mijn = dossier(sanne, VANDAAG.minusDays(10), null);
    String mijnTweede = dossier(sanne, VANDAAG.minusDays(2), null);
    // a colleague's, far more urgent: everything of it years late
    String ergTeLaat = dossier(collega, VANDAAG.minusDays(700), null);

    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "Hart van Brabant", "tilburg-medewerker");
      // the page that opens after login
      assertThat(p).hasURL(omgeving.urlA("/werkvoorraad"));
      assertThat(p.locator("h1")).hasText("Mijn werkvoorraad");
      assertThat(p.locator("nav.menu a[aria-current=page]")).hasText("Mijn werkvoorraad");

      Locator mijnGroep = p.locator("#groep-mijn");
      Locator overige = p.locator("#groep-overige");
      assertThat(mijnGroep.locator("h2")).hasText("Mijn dossiers");
      assertThat(overige.locator("h2")).hasText("Overige dossiers van Tilburg");
      String mijnNummer = nummer(mijn);
      String tweedeNummer = nummer(mijnTweede);
      String ergNummer = nummer(ergTeLaat);
      // only her dossiers in her group, and her group above the others though the colleague's is far later
      List<String> mijnDossiers = mijnGroep.locator("li.werkitem").evaluateAll("els => els.map(e => e.dataset.dossier)")
          instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
      assertThat(mijnDossiers).isNotEmpty().allSatisfy(n -> assertThat(n).isIn(mijnNummer, tweedeNummer));
      assertThat(mijnDossiers.get(0)).isEqualTo(mijnNummer);
      assertThat(overige.locator("li.werkitem[data-dossier='" + ergNummer + "']").first()).isVisible();
      assertThat(p.locator("li.werkitem").first()).hasAttribute("data-dossier", mijnNummer);
      // each group in urgency order: te laat (hoog) first, then what is coming
      assertThat(urgenties(mijnGroep)).isSortedAccordingTo((a, b) -> URGENTIES.indexOf(a) - URGENTIES.indexOf(b));
      assertThat(urgenties(overige)).isSortedAccordingTo((a, b) -> URGENTIES.indexOf(a) - URGENTIES.indexOf(b));
      Locator eerste = mijnGroep.locator("li.werkitem").first();
      assertThat(eerste).containsText("Urgentie: Hoog");
      assertThat(eerste).containsText("Kennismaking is 3 dagen te laat");
      assertThat(eerste).containsText("gemeente Tilburg");
      assertThat(eerste).containsText("azc Oisterwijk");
      assertThat(eerste.locator(".werkitem__datum")).containsText(String.valueOf(VANDAAG.minusDays(3).getYear()));
      assertThat(mijnGroep.locator("li.werkitem[data-dossier='" + tweedeNummer + "']").first())
          .containsText("Urgentie: Middel");
      assertThat(WebOmgeving.axe(p)).as("axe op de werkvoorraad").isEmpty();
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("werkvoorraad")).setFullPage(true));

      // the next action of her overdue kennismaking: the confirmation step of that milestone, then done
      assertThat(eerste.locator("form.werkitem__actie input[name=_csrf]").first()).hasAttribute("type", "hidden");
      eerste.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mijlpaal afronden: dossier " + mijnNummer))
          .click();
      assertThat(p.locator("h1")).hasText("Afronden bevestigen");
      assertThat(p.locator("main")).containsText("Dossier " + mijnNummer);
      assertThat(p.locator("main")).containsText("kennismaking");
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, markeer als afgerond")).click();
      assertThat(p.locator("main")).containsText("Mijlpaal afgerond");
      assertThat(p).hasURL(java.util.regex.Pattern.compile(".*/regio/" + HVB + "/dossiers/" + mijn + ".*"));

      p.navigate(omgeving.urlA("/werkvoorraad"));
      assertThat(p.locator("#groep-mijn li.werkitem").first()).not().containsText("Kennismaking is 3 dagen te laat");
      assertThat(p.locator("#groep-mijn")).not().containsText("Mijlpaal te laat");
    }
  }

  @Test
  void deCoaLiaisonZietDeDossiersVanHaarAzcMetHaarEigenEerst() throws Exception {
    String oisterwijk = organisatie("azcCode=AZC-OISTERWIJK");
    String yara = contactVanAzc(oisterwijk, "Yara Mansour");
    loskoppelen("coa");
    ok(omgeving.api("POST", "/api/v1/contactpersonen/" + yara + "/koppelingen", "coa", "coa-oisterwijk", null), 201);
    bevestig(yara);
    String haar = id(ok(omgeving.api("POST", "/api/v1/regios/" + HVB + "/dossiers", HVB, "hvb-coordinator", """
        {"gemeente": "GM0855", "azcLocatie": "AZC-OISTERWIJK", "koppelingsdatum": "%s", "gekozenScenario": "snelle-start",
         "vasteContactpersoonId": "%s", "casemanagerId": "%s", %s}""".formatted(VANDAAG.minusDays(20),
        TestContactpersonen.vanGemeente("GM0855"), yara, TestPersonen.json())), 201));

    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "COA", "coa-oisterwijk");
      assertThat(p).hasURL(omgeving.urlA("/werkvoorraad"));
      Locator mijnGroep = p.locator("#groep-mijn");
      assertThat(mijnGroep.locator("li.werkitem").first()).hasAttribute("data-dossier", nummer(haar));
      assertThat(p.locator("#groep-overige h2")).hasText("Overige dossiers van azc Oisterwijk");
      assertThat(urgenties(mijnGroep)).isSortedAccordingTo((a, b) -> URGENTIES.indexOf(a) - URGENTIES.indexOf(b));
      // the kennismaking is the gemeente's step: the liaison's button opens the dossier
      Locator kennismaking = mijnGroep.locator("li.werkitem", new Locator.LocatorOptions().setHasText("Kennismaking"));
      assertThat(kennismaking.first().getByRole(AriaRole.LINK,
          new Locator.GetByRoleOptions().setName("Dossier openen: dossier " + nummer(haar)))).isVisible();
      assertThat(WebOmgeving.axe(p)).as("axe op de werkvoorraad van het COA").isEmpty();
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("werkvoorraad-coa")).setFullPage(true));
    }
  }

  // ---- helpers

  @SuppressWarnings("unchecked")
  private static List<String> urgenties(Locator groep) {
    return (List<String>) groep.locator("li.werkitem").evaluateAll("els => els.map(e => e.dataset.urgentie)");
  }

  private static String dossier(String vasteContactpersoon, LocalDate koppeling, LocalDate verhuizing) {
    return id(ok(omgeving.api("POST", "/api/v1/regios/" + HVB + "/dossiers", HVB, "hvb-coordinator", """
        {"gemeente": "GM0855", "azcLocatie": "AZC-OISTERWIJK", "koppelingsdatum": "%s", "gekozenScenario": "snelle-start",
         %s "vasteContactpersoonId": "%s", %s}""".formatted(koppeling,
        verhuizing == null ? "" : "\"verwachteVerhuisdatum\": \"" + verhuizing + "\",", vasteContactpersoon,
        TestPersonen.json())), 201));
  }

  private static String nummer(String dossier) {
    return ok(omgeving.api("GET", "/api/v1/regios/" + HVB + "/dossiers/" + dossier, HVB, "hvb-coordinator", null), 200)
        .replaceAll("(?s).*?\"dossiernummer\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }

  private static String organisatie(String query) {
    return id(ok(omgeving.api("GET", "/api/v1/organisaties?" + query, HVB, "hvb-coordinator", null), 200));
  }

  private static String contact(String organisatie, String naam, String functie) {
    return id(ok(omgeving.api("POST", "/api/v1/contactpersonen", HVB, "hvb-coordinator", """
        {"organisatieId": "%s", "naam": "%s", "functie": "%s", "email": "werkvoorraad@voorbeeld.nl",
         "telefoon": "013 123 45 67", "beschikbaar": true, "regios": ["hart-van-brabant"]}"""
        .formatted(organisatie, naam, functie)), 201));
  }

  private static String contactVanAzc(String organisatie, String naam) {
    return id(ok(omgeving.api("POST", "/api/v1/contactpersonen", "coa", "coa-oisterwijk", """
        {"organisatieId": "%s", "naam": "%s", "functie": "COA-casemanager", "email": "werkvoorraad@voorbeeld.nl",
         "telefoon": "013 123 45 67", "beschikbaar": true, "regios": ["hart-van-brabant"]}"""
        .formatted(organisatie, naam)), 201));
  }

  /** No demo account of the realm holds a link from an earlier test (a user holds at most one). */
  private static void loskoppelen(String realm) throws Exception {
    try (Connection c = TestDatabase.shared().connectAsOwner(); PreparedStatement s = c.prepareStatement("""
        update contactpersoon set koppeling_issuer = null, koppeling_subject = null, koppeling_status = null,
               koppeling_aangevraagd_op = null, koppeling_bevestigd_op = null
        where koppeling_issuer like ?""")) {
      s.setString(1, "%/realms/" + realm);
      s.executeUpdate();
    }
  }

  /** The liaison's claim confirmed, as an editor of her azc's entries would (that flow: ContactpersonenE2eIT). */
  private static void bevestig(String contactpersoon) throws Exception {
    try (Connection c = TestDatabase.shared().connectAsOwner(); PreparedStatement s = c.prepareStatement("""
        update contactpersoon set koppeling_status = 'bevestigd', koppeling_bevestigd_op = now()
        where id = ?::uuid and koppeling_status = 'aangevraagd'""")) {
      s.setString(1, contactpersoon);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private static String ok(java.net.http.HttpResponse<String> antwoord, int status) {
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
    return antwoord.body();
  }

  private static String id(String json) {
    return json.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }
}
