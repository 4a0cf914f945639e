package nl.doorlopendelijn.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.keycloak.DemoUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's gids, COA home and dashboard in Chromium, each as the real role through Keycloak: the COA liaison of
 * azc Oisterwijk finds her regions, dossiers and contacts on her home, edits her azc's contact (and a change by
 * someone else in between is refused and changes nothing) and reports another's departure through a confirmation
 * step; a Tilburg medewerker gets no edit button on the azc's contacts and the API refuses her; the coördinator's
 * dashboard has a heading per section and its figures lead to the filtered dossier list. axe-core on every page
 * touched. Screenshots under {@code target/screenshots/gids-*}.
 */
class GidsE2eIT {

  private static final String HVB = "hart-van-brabant";
  private static WebOmgeving omgeving;
  private static String uniek;
  private static String oisterwijk;
  private static String dossier;

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    uniek = uniek();
    TestContactpersonen.vanGemeente("GM0855");
    omgeving.afspraakTilburgOisterwijk("Browsertest gids");
    oisterwijk = id(ok(omgeving.api("GET", "/api/v1/organisaties?azcCode=AZC-OISTERWIJK", HVB, "hvb-coordinator",
        null), 200));
    dossier = id(ok(omgeving.api("POST", "/api/v1/regios/" + HVB + "/dossiers", HVB, "hvb-coordinator", """
        {"gemeente": "GM0855", "azcLocatie": "AZC-OISTERWIJK", "koppelingsdatum": "%s", "gekozenScenario": "snelle-start",
         "vasteContactpersoonId": "%s", %s}""".formatted(LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(5),
        TestContactpersonen.vanGemeente("GM0855"), nl.doorlopendelijn.testsupport.TestPersonen.json())), 201));
  }

  @Test
  void deCoaLiaisonWijzigtHaarAzcContactEnMeldtEenVertrek() throws Exception {
    String noor = contact("Noor Bakker " + uniek, "COA-casemanager");
    String lars = contact("Lars de Vries " + uniek, "regievoerder");

    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "COA", "coa-oisterwijk");

      // her home: her azc across the regions, dossiers as links, her werkvoorraad, her azc's people
      p.navigate(omgeving.urlA("/coa/AZC-OISTERWIJK"));
      assertThat(p.locator("h1")).containsText("in alle regio's");
      assertThat(p.locator("h1")).not().containsText("AZC-OISTERWIJK");
      assertThat(p.locator("#regios li[data-regio='" + HVB + "']")).containsText("Hart van Brabant");
      assertThat(p.locator("#dossiers a[href='/regio/" + HVB + "/dossiers/" + dossier + "']")).isVisible();
      assertThat(p.locator("#dossiers")).containsText("Tilburg");
      assertThat(p.locator("#dossiers")).not().containsText("GM0855");
      assertThat(p.locator(".coa-werkvoorraad a[href='/werkvoorraad']")).isVisible();
      assertThat(p.locator("#azc-contactpersonen")).containsText("Noor Bakker " + uniek);
      geenAxeFouten(p);
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("gids-coa-thuis")).setFullPage(true));

      // her contact's page, from her home
      p.locator("#azc-contactpersonen").getByRole(AriaRole.LINK,
          new Locator.GetByRoleOptions().setName("Noor Bakker " + uniek)).click();
      assertThat(p.locator("h1")).hasText("Noor Bakker " + uniek);
      assertThat(p.locator("#gegevens a[href='tel:0131234567']")).isVisible();
      assertThat(p.locator("#gegevens a[href^='mailto:']")).isVisible();
      assertThat(p.locator("#gegevens .getraind")).containsText("Getraind in de warme overdracht");
      assertThat(p.locator("#gegevens .beschikbaar")).hasText("Beschikbaar voor nieuwe dossiers");
      assertThat(p.locator("#gegevens .regios")).containsText("Hart van Brabant");
      assertThat(p.locator("main")).not().containsText("true");
      assertThat(p.locator("a[href$='/vcard']")).isVisible();
      geenAxeFouten(p);
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("gids-contactpersoon"))
          .setFullPage(true));

      // she edits it
      p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wijzig Noor Bakker " + uniek)).click();
      assertThat(p.locator("h1")).hasText("Noor Bakker " + uniek + " wijzigen");
      geenAxeFouten(p);
      p.locator("#veld-functie").fill("senior casemanager");
      p.locator("#veld-telefoon").fill("013 765 43 21");
      p.locator("#veld-beschikbaar").uncheck();
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("gids-contactpersoon-wijzigen"))
          .setFullPage(true));
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigingen opslaan")).click();
      assertThat(p.locator("[role=status]")).containsText("Wijzigingen opgeslagen");
      assertThat(p.locator(".contactpersoon__status")).containsText("senior casemanager");
      assertThat(p.locator("#gegevens .beschikbaar")).hasText("Niet beschikbaar voor nieuwe dossiers");
      assertThat(p.locator("#gegevens a[href='tel:0137654321']")).isVisible();

      // bad input: the API's Dutch message at the field, nothing changed
      p.navigate(omgeving.urlA("/regio/" + HVB + "/contactpersonen/" + noor + "/wijzigen"));
      p.locator("#veld-email").fill("geen e-mailadres");
      Response fout = p.waitForResponse(r -> r.request().method().equals("POST"), () ->
          p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigingen opslaan")).click());
      assertThat(fout.status()).isEqualTo(400);
      assertThat(p.locator("#foutoverzicht")).containsText("e-mailadres");
      geenAxeFouten(p);

      // a change by someone else in between: hers is refused and changes nothing
      Page tweede = context.newPage();
      p.navigate(omgeving.urlA("/regio/" + HVB + "/contactpersonen/" + noor + "/wijzigen"));
      tweede.navigate(omgeving.urlA("/regio/" + HVB + "/contactpersonen/" + noor + "/wijzigen"));
      tweede.locator("#veld-functie").fill("teamleider");
      tweede.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigingen opslaan")).click();
      assertThat(tweede.locator("[role=status]")).containsText("Wijzigingen opgeslagen");
      p.locator("#veld-functie").fill("casemanager");
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigingen opslaan")).click();
      assertThat(p.locator("main")).containsText("Iemand anders heeft deze contactpersoon intussen gewijzigd");
      geenAxeFouten(p);
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("gids-intussen-gewijzigd"))
          .setFullPage(true));
      assertThat(ok(omgeving.api("GET", "/api/v1/contactpersonen/" + noor, "coa", "coa-oisterwijk", null), 200))
          .contains("\"functie\":\"teamleider\"", "\"beschikbaar\":false");

      // a departure, through its confirmation step
      p.navigate(omgeving.urlA("/regio/" + HVB + "/contactpersonen/" + lars));
      p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meld vertrek van Lars de Vries " + uniek))
          .click();
      assertThat(p.locator("h1")).hasText("Weet u het zeker?");
      assertThat(p.locator("main")).containsText("contactpersoon vertrokken");
      geenAxeFouten(p);
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("gids-vertrek-bevestigen"))
          .setFullPage(true));
      assertThat(ok(omgeving.api("GET", "/api/v1/contactpersonen/" + lars, "coa", "coa-oisterwijk", null), 200))
          .as("the confirmation step changes nothing").contains("\"actief\":true");
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, meld het vertrek")).click();
      assertThat(p.locator("[role=status]")).containsText("Vertrek vastgelegd");
      assertThat(p.locator(".label--vertrokken")).isVisible();
      assertThat(p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wijzig Lars de Vries " + uniek)))
          .hasCount(0);
      geenAxeFouten(p);
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("gids-vertrokken")).setFullPage(true));

      // and a newcomer to her azc, from the gids
      p.navigate(omgeving.urlA("/regio/" + HVB + "/contactpersonen"));
      p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe contactpersoon toevoegen")).click();
      assertThat(p.locator("h1")).hasText("Nieuwe contactpersoon");
      geenAxeFouten(p);
      p.locator("#veld-organisatieId").selectOption(oisterwijk); // her azc, or her COA regional office
      p.locator("#veld-naam").fill("Sem Visser " + uniek);
      p.locator("#veld-functie").fill("COA-casemanager");
      p.locator("#veld-telefoon").fill("013 111 22 33");
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contactpersoon toevoegen")).click();
      assertThat(p.locator("#foutoverzicht")).hasCount(0);
      assertThat(p.locator("[role=status]")).containsText("Contactpersoon toegevoegd");
      assertThat(p.locator("h1")).hasText("Sem Visser " + uniek);
      assertThat(p.locator(".contactpersoon__status")).containsText("azc Oisterwijk");
      assertThat(p.locator("#gegevens .getraind")).hasText("Niet getraind in de warme overdracht");
      assertThat(p.locator("#gegevens .regios")).containsText("Hart van Brabant");
    }
    assertThat(ok(omgeving.api("GET", "/api/v1/contactpersonen/" + lars, "coa", "coa-oisterwijk", null), 200))
        .contains("\"actief\":false");
  }

  @Test
  void eenGemeenteMedewerkerWijzigtDeContactpersonenVanHetAzcNiet() throws Exception {
    String noor = contact("Noor Jansen " + uniek, "COA-casemanager");
    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "Hart van Brabant", "tilburg-medewerker");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/contactpersonen?q=" + uniek));
      var vermelding = p.locator("li.contactpersoon[data-contactpersoon='" + noor + "']");
      assertThat(vermelding).containsText("Noor Jansen " + uniek);
      assertThat(vermelding.locator("a.wijzigen")).hasCount(0);
      vermelding.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Noor Jansen " + uniek)
          .setExact(true)).click();
      assertThat(p.locator("h1")).hasText("Noor Jansen " + uniek);
      assertThat(p.locator(".acties")).hasCount(0);
      geenAxeFouten(p);
      Response wijzigen = p.navigate(omgeving.urlA("/regio/" + HVB + "/contactpersonen/" + noor + "/wijzigen"));
      assertThat(wijzigen.status()).isEqualTo(403);
      assertThat(p.locator("h1")).hasText("Geen toegang");
      assertThat(p.navigate(omgeving.urlA("/regio/" + HVB + "/contactpersonen/" + noor + "/deactiveren")).status())
          .isEqualTo(403);
    }
    // and the API refuses her, whatever a page offers
    var contact = omgeving.api("GET", "/api/v1/contactpersonen/" + noor, HVB, "tilburg-medewerker", null);
    String etag = contact.headers().firstValue("ETag").orElseThrow();
    assertThat(metIfMatch("PUT", "/api/v1/contactpersonen/" + noor, HVB, "tilburg-medewerker", etag, """
        {"organisatieId": "%s", "naam": "Noor Jansen", "functie": "overgenomen"}""".formatted(oisterwijk))
        .statusCode()).isEqualTo(403);
    assertThat(metIfMatch("POST", "/api/v1/contactpersonen/" + noor + "/deactiveringen", HVB, "tilburg-medewerker",
        etag, null).statusCode()).isEqualTo(403);
    assertThat(ok(omgeving.api("GET", "/api/v1/contactpersonen/" + noor, HVB, "tilburg-medewerker", null), 200))
        .contains("\"functie\":\"COA-casemanager\"", "\"actief\":true");
  }

  @Test
  void hetDashboardLegtUitEnLeidtNaarDeGefilterdeDossiers() {
    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "Hart van Brabant", "hvb-coordinator");
      p.navigate(omgeving.urlA("/regio/" + HVB));
      assertThat(p.locator("#instellingen .normen")).containsText("na de koppeling");
      assertThat(p.locator("#instellingen .drempel")).containsText("Aantallen onder 5");
      geenAxeFouten(p);

      p.navigate(omgeving.urlA("/regio/" + HVB + "/dashboard"));
      assertThat(p.locator("#dashboard h2#kop-kerncijfers")).hasText("Kerncijfers");
      assertThat(p.locator("#dashboard h2#kop-per-status")).hasText("Dossiers per gemeente en status");
      assertThat(p.locator("#dashboard h2#kop-stilgevallen")).isVisible();
      assertThat(p.locator("#dashboard .kengetal[data-kengetal='driegesprekken'] details")).containsText("norm");
      assertThat(p.locator("#tabel-per-status thead")).not().containsText("in-voorbereiding");
      geenAxeFouten(p);
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("gids-dashboard")).setFullPage(true));

      // Tilburg's dossiers of one status, from their cell
      Locator cel = p.locator("#tabel-per-status tbody a[href*='gemeente=GM0855'][href*='status=']").first();
      String href = cel.getAttribute("href");
      String status = href.replaceAll(".*status=([a-z-]+).*", "$1");
      cel.click();
      p.waitForURL(url -> url.contains("/regio/" + HVB + "/dossiers?"));
      assertThat(p.locator("#dossiers")).isVisible();
      assertThat(p.locator("#dossiers tbody tr[data-gemeente]:not([data-gemeente='GM0855'])")).hasCount(0);
      assertThat(p.locator("select[name=status]")).hasValue(status);
      geenAxeFouten(p);
    }
  }

  // -------------------------------------------------------------------------------------------------- helpers

  private static void geenAxeFouten(Page p) {
    assertThat(WebOmgeving.axe(p)).as("axe-core on " + p.url()).isEmpty();
  }

  /** A trained, available contact of azc Oisterwijk with work phone and e-mail, made by its COA liaison. */
  private static String contact(String naam, String functie) {
    return id(ok(omgeving.api("POST", "/api/v1/contactpersonen", "coa", "coa-oisterwijk", """
        {"organisatieId": "%s", "naam": "%s", "functie": "%s", "email": "%s@coa.voorbeeld.nl",
         "telefoon": "013 123 45 67", "getraindOp": "%s", "beschikbaar": true, "regios": ["hart-van-brabant"]}"""
        .formatted(oisterwijk, naam, functie, uniek, LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusMonths(2))), 201));
  }

  /** A change through the API with the version the caller saw (If-Match), as a demo user. */
  private static HttpResponse<String> metIfMatch(String methode, String pad, String realm, String gebruiker,
      String etag, String json) throws Exception {
    String token = omgeving.keycloak.passwordGrant(realm, gebruiker, DemoUsers.PASSWORD);
    var request = HttpRequest.newBuilder(URI.create(omgeving.urlA(pad)))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .header("If-Match", etag)
        .method(methode, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String ok(HttpResponse<String> antwoord, int status) {
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
