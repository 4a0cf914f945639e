package nl.doorlopendelijn.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * In a real browser, through the real Keycloak login page: a Tilburg medewerker logs in, sees the region, its
 * gemeenten and agreements; CSRF refuses a POST without token; the session works on a second replica; logout ends
 * it. A dashboard-viewer sees no personal data on any page they can reach.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebInloggenE2eIT {

  private static WebOmgeving omgeving;
  private static BrowserContext medewerker;
  private static Page pagina;
  private static String afspraakId;
  private static String vrijeTekst;
  private static String contactpersoonId;

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    vrijeTekst = "Werkbezoek elk kwartaal " + UUID.randomUUID();
    contactpersoonId = TestContactpersonen.nieuw().toString();
    String body = """
        {"azc": {"code": "AZC-OISTERWIJK", "contactpersoonId": "%s"},
         "gemeenten": [{"cbsCode": "GM0855", "contactpersoonId": "%s"}],
         "scenario": "snelle-start", "geldigVanaf": "2026-01-01", "afspraken": "%s"}"""
        .formatted(TestContactpersonen.nieuw(), contactpersoonId, vrijeTekst);
    var antwoord = omgeving.api("POST", "/api/v1/regios/hart-van-brabant/samenwerkingsafspraken", "hart-van-brabant",
        "hvb-coordinator", body);
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
    afspraakId = antwoord.body().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    medewerker = omgeving.browser.newContext();
    pagina = medewerker.newPage();
  }

  @AfterAll
  static void sluit() {
    if (medewerker != null) {
      medewerker.close();
    }
  }

  @Test
  @Order(1)
  void tilburgseMedewerkerLogtInViaKeycloakEnZietDeRegio() {
    pagina.navigate(omgeving.urlA("/regio/hart-van-brabant"));
    assertThat(pagina).hasURL(Pattern.compile(".*/inloggen$"));

    omgeving.logIn(pagina, "Hart van Brabant", "tilburg-medewerker");

    assertThat(pagina).hasURL(omgeving.urlA("/regio/hart-van-brabant"));
    assertThat(pagina.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Hart van Brabant");
    assertThat(pagina.locator(".gemeenten")).containsText("Tilburg");
    assertThat(pagina.locator(".gemeenten")).containsText("Dongen");
    assertThat(pagina.locator(".kop")).containsText("Sanne de Wit");
    pagina.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("regio-home")).setFullPage(true));

    var cookies = medewerker.cookies(omgeving.urlA("/"));
    assertThat(cookies).extracting(c -> c.name).containsExactly("DL_SESSIE");
    assertThat(cookies.get(0).httpOnly).isTrue();
    assertThat(cookies.get(0).sameSite.name()).isEqualTo("LAX");
  }

  @Test
  @Order(2)
  void medewerkerZietDeSamenwerkingsafsprakenVanZijnGemeente() {
    pagina.getByRole(AriaRole.NAVIGATION).getByText("Samenwerkingsafspraken").click();
    // names, not codes (issue 16)
    assertThat(pagina.locator("#afspraken")).containsText("azc Oisterwijk");

    pagina.navigate(omgeving.urlA("/regio/hart-van-brabant/afspraken/" + afspraakId));
    assertThat(pagina.locator("h1")).containsText("azc Oisterwijk");
    assertThat(pagina.locator("main")).containsText("Tilburg");
    assertThat(pagina.locator("main")).not().containsText("GM0855");
    pagina.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("samenwerkingsafspraak")));
  }

  @Test
  @Order(3)
  void postZonderCsrfTokenWordtGeweigerd() {
    var zonderToken = medewerker.request().post(omgeving.urlA("/logout"));
    assertThat(zonderToken.status()).isEqualTo(403);
    var afronden = medewerker.request().post(omgeving.urlA(
        "/regio/hart-van-brabant/dossiers/" + UUID.randomUUID() + "/mijlpalen/driegesprek/afronden"));
    assertThat(afronden.status()).isEqualTo(403);

    pagina.navigate(omgeving.urlA("/regio/hart-van-brabant"));
    assertThat(pagina.locator("h1")).hasText("Hart van Brabant"); // still logged in
  }

  @Test
  @Order(4)
  void sessieWerktOokOpEenTweedeReplica() {
    // Cookies do not depend on the port: the browser sends the same session cookie to the second instance.
    pagina.navigate(omgeving.urlB("/regio/hart-van-brabant"));
    assertThat(pagina.locator("h1")).hasText("Hart van Brabant");
    assertThat(pagina.locator(".kop")).containsText("Sanne de Wit");
  }

  @Test
  @Order(5)
  void uitloggenBeeindigtDeSessie() {
    pagina.navigate(omgeving.urlA("/regio/hart-van-brabant"));
    pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();

    pagina.waitForURL(url -> url.contains("/inloggen?uitgelogd"));
    assertThat(pagina.locator("main")).containsText("U bent uitgelogd");
    pagina.navigate(omgeving.urlA("/regio/hart-van-brabant"));
    assertThat(pagina).hasURL(Pattern.compile(".*/inloggen$"));
    // the Keycloak session ended too: choosing the region asks for the password again
    pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hart van Brabant")).first().click();
    assertThat(pagina.locator("#password")).isVisible();
  }

  @Test
  @Order(6)
  void dashboardKijkerZietNergensPersoonsgegevens() {
    try (BrowserContext kijker = omgeving.browser.newContext()) {
      Page p = kijker.newPage();
      omgeving.logIn(p, "Hart van Brabant", "hvb-viewer");
      assertThat(p.getByRole(AriaRole.NAVIGATION)).not().containsText("Dossiers");
      assertThat(p.getByRole(AriaRole.NAVIGATION)).not().containsText("Contactpersonen");

      for (String pad : List.of("/regio/hart-van-brabant", "/regio/hart-van-brabant/dashboard",
          "/regio/hart-van-brabant/afspraken", "/regio/hart-van-brabant/afspraken/" + afspraakId,
          "/regio/hart-van-brabant/dossiers", "/regio/hart-van-brabant/contactpersonen?q=a",
          "/coa/AZC-OISTERWIJK")) {
        p.navigate(omgeving.urlA(pad));
        String tekst = p.locator("main").innerText();
        String html = p.content();
        assertThat(tekst).as(pad).doesNotContain(vrijeTekst).doesNotContain("@");
        assertThat(html).as(pad).doesNotContain(contactpersoonId).doesNotContain("Sanne").doesNotContain("tilburg-medewerker");
      }
      p.navigate(omgeving.urlA("/regio/hart-van-brabant/dossiers"));
      assertThat(p.locator("main")).containsText(Pattern.compile("Geen toegang|Niet gevonden"));
    }
  }
}
