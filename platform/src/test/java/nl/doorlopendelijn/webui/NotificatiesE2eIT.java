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
import java.util.UUID;
import nl.doorlopendelijn.notificaties.Bezorging;
import nl.doorlopendelijn.notificaties.NotificatieSoort;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestPersonen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's notifications in Chromium with a real Keycloak login: Sanne de Wit (tilburg-medewerker), linked to her
 * gids entry, sees the count in the header go up after the coördinator registered a dossier for Tilburg (the
 * notificaties module heard it through the outbox), opens her notifications from the header, follows the dossier
 * link, marks the notification read (the count goes down) and chooses the daily digest for new dossiers, which is
 * kept. Screenshots under {@code target/screenshots/}.
 */
class NotificatiesE2eIT {

  private static final String HVB = "hart-van-brabant";
  private static final NotificatieSoort NIEUW_DOSSIER = NotificatieSoort.vanCode("nieuw-dossier").orElseThrow();
  private static WebOmgeving omgeving;

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    omgeving.afspraakTilburgOisterwijk("Browsertest notificaties");
  }

  @Test
  void sanneZietEenNieuwDossierInDeKopVolgtHetEnKiestHetDagoverzicht() throws Exception {
    String tilburg = id(ok(omgeving.api("GET", "/api/v1/organisaties?type=gemeente&cbsCode=GM0855", HVB,
        "hvb-coordinator", null), 200));
    String sanne = id(ok(omgeving.api("POST", "/api/v1/contactpersonen", HVB, "hvb-coordinator", """
        {"organisatieId": "%s", "naam": "Sanne de Wit", "functie": "klantregisseur %s",
         "email": "notificaties@voorbeeld.nl", "telefoon": "013 123 45 67", "beschikbaar": true,
         "regios": ["hart-van-brabant"]}""".formatted(tilburg, UUID.randomUUID().toString().substring(0, 8))), 201));
    loskoppelen(); // a user holds at most one link: an earlier test's link of the demo account
    ok(omgeving.api("POST", "/api/v1/contactpersonen/" + sanne + "/koppelingen", HVB, "tilburg-medewerker", null), 201);
    ok(omgeving.api("POST", "/api/v1/contactpersonen/" + sanne + "/koppelingen/bevestigingen", HVB, "hvb-coordinator",
        null), 200);

    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "Hart van Brabant", "tilburg-medewerker");
      int voor = teller(p);

      // another user registers a dossier for her gemeente: the count in her header goes up
      String dossier = id(ok(omgeving.api("POST", "/api/v1/regios/" + HVB + "/dossiers", HVB, "hvb-coordinator", """
          {"gemeente": "GM0855", "azcLocatie": "AZC-OISTERWIJK", "koppelingsdatum": "%s",
           "gekozenScenario": "snelle-start", "vasteContactpersoonId": "%s", %s}"""
          .formatted(LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(1), sanne, TestPersonen.json())), 201));
      String nummer = ok(omgeving.api("GET", "/api/v1/regios/" + HVB + "/dossiers/" + dossier, HVB, "hvb-coordinator",
          null), 200).replaceAll("(?s).*?\"dossiernummer\"\\s*:\\s*\"([^\"]+)\".*", "$1");
      long tot = System.nanoTime() + 30_000_000_000L;
      while (teller(p) <= voor && System.nanoTime() < tot) {
        Thread.sleep(500);
        p.reload();
      }
      int erbij = teller(p);
      assertThat(erbij).as("the header's count after the new dossier").isEqualTo(voor + 1);
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("notificaties-kop")));

      // from the header to her list: the new dossier first, by names
      p.locator("a.kop__notificaties").click();
      assertThat(p).hasURL(omgeving.urlA("/notificaties"));
      assertThat(p.locator("h1")).hasText("Mijn notificaties");
      Locator item = p.locator("li.notificatie[data-dossier='" + nummer + "']");
      assertThat(item).hasCount(1);
      assertThat(p.locator("li.notificatie").first()).hasAttribute("data-dossier", nummer);
      assertThat(item).containsText(NIEUW_DOSSIER.label());
      assertThat(item).containsText("Hart van Brabant");
      assertThat(item.locator(".notificatie__status")).hasText("Nieuw");
      assertThat(item).hasAttribute("data-gelezen", "nee");
      assertThat(WebOmgeving.axe(p)).as("axe op de notificaties").isEmpty();
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("notificaties")).setFullPage(true));

      // the dossier link opens the dossier
      item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Dossier " + nummer)).click();
      assertThat(p).hasURL(omgeving.urlA("/regio/" + HVB + "/dossiers/" + dossier));
      assertThat(p.locator("h1")).containsText(nummer);

      // marked read: said so, the count goes down again
      p.navigate(omgeving.urlA("/notificaties"));
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
          .setName("Markeer als gelezen: " + NIEUW_DOSSIER.label() + ", dossier " + nummer)).click();
      assertThat(p.locator("[role=status]")).containsText("gemarkeerd als gelezen");
      assertThat(p.locator("li.notificatie[data-dossier='" + nummer + "']")).hasAttribute("data-gelezen", "ja");
      assertThat(teller(p)).as("the count after marking it read").isEqualTo(erbij - 1);

      // her preference for new dossiers: the daily digest, confirmed and kept
      p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Voorkeuren voor e-mail")).click();
      assertThat(p.locator("h1")).hasText("Voorkeuren voor notificaties");
      Locator nieuwDossier = p.locator("#voorkeur-" + NIEUW_DOSSIER.code());
      assertThat(nieuwDossier.locator("legend")).hasText(NIEUW_DOSSIER.label());
      assertThat(nieuwDossier.getByLabel(Bezorging.DIRECT.label())).isChecked();
      nieuwDossier.getByLabel(Bezorging.DAGELIJKS.label()).check();
      p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorkeuren opslaan")).click();
      assertThat(p.locator("#voorkeuren-opgeslagen")).hasText("Uw voorkeuren zijn opgeslagen.");
      p.navigate(omgeving.urlA("/notificaties/voorkeuren"));
      assertThat(p.locator("#voorkeur-" + NIEUW_DOSSIER.code()).getByLabel(Bezorging.DAGELIJKS.label())).isChecked();
      assertThat(p.locator("#voorkeur-" + NotificatieSoort.values()[1].code())
          .getByLabel(Bezorging.DIRECT.label())).isChecked();
      assertThat(WebOmgeving.axe(p)).as("axe op de voorkeuren").isEmpty();
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("notificatievoorkeuren"))
          .setFullPage(true));
    }
  }

  /** The unread count in the page's header; 0 when it shows none. */
  private static int teller(Page p) {
    Locator teller = p.locator("#ongelezen-teller");
    return teller.count() == 0 ? 0 : Integer.parseInt(teller.textContent().strip());
  }

  /** No demo account of the region holds a link from an earlier test (a user holds at most one). */
  private static void loskoppelen() throws Exception {
    try (Connection c = TestDatabase.shared().connectAsOwner(); PreparedStatement s = c.prepareStatement("""
        update contactpersoon set koppeling_issuer = null, koppeling_subject = null, koppeling_status = null,
               koppeling_aangevraagd_op = null, koppeling_bevestigd_op = null
        where koppeling_issuer like ?""")) {
      s.setString(1, "%/realms/" + HVB);
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
}
