package nl.doorlopendelijn.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Registering and changing a dossier in the pages, as the real roles in Chromium (real Keycloak login): Tilburg
 * registers a dossier with a name and a vaste contactpersoon from the gids and sees the advice and its reasons
 * before submitting; an empty or wrong form shows every error next to its field with a summary that links to it;
 * two browsers change the same dossier and the second is shown what changed meanwhile. Screenshots under
 * {@code target/screenshots/formulier-*}.
 */
class DossierFormulierE2eIT {

  private static final String HVB = "hart-van-brabant";
  private static final String CONTACT = "Fatima de Vries";
  private static WebOmgeving omgeving;
  private static UUID contactId;

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    omgeving.afspraakTilburgOisterwijk("Browsertest formulier");
    contactId = gemeenteContact("GM0855", "Tilburg", CONTACT);
  }

  @Test
  void tilburgRegistreertEenDossierMetNaamEnVasteContactpersoonEnZietHetAdviesMetRedenen() {
    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "Hart van Brabant", "tilburg-medewerker");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers"));
      p.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
          new Page.GetByRoleOptions().setName("Nieuw dossier")).click();
      assertThat(p.locator("h1")).hasText("Nieuw dossier");
      // a gemeente medewerker registers for her own gemeente, shown by name
      assertThat(p.locator("#veld-gemeente option:checked")).hasText("Tilburg");
      p.locator("#veld-azcLocatie").selectOption(new SelectOption().setValue("AZC-OISTERWIJK"));
      assertThat(p.locator("#afspraak")).containsText("Samenwerkingsafspraak");
      assertThat(p.locator("#afspraak")).containsText("Tilburg");
      assertThat(p.locator("#afspraak li").first()).containsText("dagen");

      p.locator("#veld-persoon-voornamen").fill("Amal");
      p.locator("#veld-persoon-achternaam").fill("Haddad");
      p.locator("#veld-persoon-geboortedatum").fill("1990-04-12");
      p.locator("#veld-persoon-taal").selectOption(new SelectOption().setLabel("Arabisch"));
      p.locator("#veld-factoren-afstandTotAzcKm").fill("25");
      p.locator("#veld-factoren-verwachteMaandenTotWoning").fill("7");
      p.locator("#veld-factoren-kanReizen-ja").check();
      assertThat(p.locator("#advies")).containsText("Vul de verwachte maanden");
      p.locator("#veld-factoren-digitaalVaardig-ja").check();
      // the advice and its reasons, before anything is submitted (htmx asks the API's scenario-advies)
      assertThat(p.locator("#advies .advies__scenario")).isVisible();
      assertThat(p.locator("#advies .advies__redenen li").first()).not().isEmpty();
      String advies = p.locator("#advies .advies__scenario").innerText();
      assertThat(List.of("Snelle start", "Gecombineerde aanpak", "Start na verhuizing")).contains(advies);
      assertThat(p.url()).endsWith("/dossiers/nieuw");

      // the contacts of Tilburg from the gids, by name
      p.locator("#veld-vasteContactpersoonId").selectOption(new SelectOption().setValue(contactId.toString()));
      assertThat(p.locator("#veld-vasteContactpersoonId option:checked")).containsText(CONTACT);
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("formulier-nieuw")).setFullPage(true));

      p.locator("form.formulier button[type=submit]:not([name])").click();
      p.waitForURL(url -> url.contains("opgeslagen=nieuw"));
      assertThat(p.locator("main")).containsText("Het dossier is vastgelegd.");
      assertThat(p.locator("h1")).containsText("HVB-");
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("formulier-vastgelegd"))
          .setFullPage(true));
      // Depends on H1 (persoon in DossierWeergave, shown on dossier.html): the name on the dossier page.
      assertThat(p.locator("main")).containsText("Amal Haddad");
      // Depends on H2 (vasteContactpersoon shown on dossier.html with its name): the contact on the dossier page.
      assertThat(p.locator("main")).containsText(CONTACT);
    }
  }

  @Test
  void eenLeegOfFoutFormulierToontElkeFoutBijHaarVeld() {
    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "Hart van Brabant", "hvb-coordinator");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers/nieuw"));
      p.locator("#veld-koppelingsdatum").fill("");
      p.locator("#veld-factoren-verwachteMaandenTotWoning").fill("500");
      p.locator("#veld-factoren-afstandTotAzcKm").fill("5000");
      p.locator("form.formulier button[type=submit]:not([name])").click();

      assertThat(p.locator("#foutoverzicht")).isVisible();
      assertThat(p).hasTitle(java.util.regex.Pattern.compile("^Fout: "));
      // every error of the API, each next to its own field and linked from the summary
      for (String veld : List.of("gemeente", "azcLocatie", "koppelingsdatum", "factoren-afstandTotAzcKm",
          "factoren-verwachteMaandenTotWoning")) {
        Locator fout = p.locator("#fout-" + veld);
        assertThat(fout).isVisible();
        assertThat(p.locator("#veld-" + veld)).hasAttribute("aria-describedby",
            java.util.regex.Pattern.compile("(^| )fout-" + veld + "$"));
        assertThat(p.locator("#foutoverzicht a[href='#veld-" + veld + "']")).hasCount(1);
      }
      assertThat(p.locator("#fout-factoren-verwachteMaandenTotWoning")).containsText("tussen 0 en 120");
      // what was typed stays
      assertThat(p.locator("#veld-factoren-afstandTotAzcKm")).hasValue("5000");
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("formulier-fouten")).setFullPage(true));
      assertThat(WebOmgeving.axe(p)).as("axe on the form with errors").isEmpty();

      // a link of the summary moves the focus to its field
      p.locator("#foutoverzicht a[href='#veld-koppelingsdatum']").click();
      assertThat(p.locator("#veld-koppelingsdatum")).isFocused();
    }
  }

  @Test
  void tweeBrowsersWijzigenHetzelfdeDossierEnDeTweedeZietWatIntussenVeranderde() {
    String dossier = maakDossier();
    String id = dossier.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    try (BrowserContext eerste = omgeving.browser.newContext();
         BrowserContext tweede = omgeving.browser.newContext()) {
      Page a = eerste.newPage();
      omgeving.logIn(a, "Hart van Brabant", "tilburg-medewerker");
      Page b = tweede.newPage();
      omgeving.logIn(b, "Hart van Brabant", "hvb-coordinator");
      String wijzigen = omgeving.urlA("/regio/" + HVB + "/dossiers/" + id + "/wijzigen");
      a.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers/" + id));
      a.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
          new Page.GetByRoleOptions().setName("Wijzigen")).click();
      assertThat(a.locator("h1")).containsText("wijzigen");
      b.navigate(wijzigen);
      assertThat(b.locator("#veld-verwachteVerhuisdatum")).hasValue(LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).plusDays(30).toString());

      String eersteDatum = LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).plusDays(45).toString();
      a.locator("#veld-verwachteVerhuisdatum").fill(eersteDatum);
      a.locator("form.formulier button[type=submit]:not([name])").click();
      a.waitForURL(url -> url.contains("opgeslagen=gewijzigd"));
      assertThat(a.locator("main")).containsText("De wijzigingen zijn opgeslagen.");

      String tweedeDatum = LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).plusDays(60).toString();
      b.locator("#veld-verwachteVerhuisdatum").fill(tweedeDatum);
      b.locator("#veld-factoren-verwachteMaandenTotWoning").fill("3");
      b.locator("form.formulier button[type=submit]:not([name])").click();
      assertThat(b.locator("#conflict")).isVisible();
      Locator intussen = b.locator("#conflict table").first();
      assertThat(intussen).containsText("Verwachte verhuisdatum");
      assertThat(intussen).containsText(tweedeDatum);
      assertThat(intussen).containsText(eersteDatum);
      assertThat(b.locator("#conflict table").nth(1)).containsText("Verwachte maanden tot een woning");
      // the form now holds what is stored: nothing of the second change was written over the first
      assertThat(b.locator("#veld-verwachteVerhuisdatum")).hasValue(eersteDatum);
      b.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("formulier-conflict"))
          .setFullPage(true));
      var gelezen = omgeving.api("GET", "/api/v1/regios/" + HVB + "/dossiers/" + id, HVB, "hvb-coordinator", null);
      assertThat(gelezen.body()).contains("\"verwachteVerhuisdatum\":\"" + eersteDatum + "\"");

      // redone on the fresh version, it is saved
      b.locator("#veld-verwachteVerhuisdatum").fill(tweedeDatum);
      b.locator("form.formulier button[type=submit]:not([name])").click();
      b.waitForURL(url -> url.contains("opgeslagen=gewijzigd"));
    }
  }

  private static String maakDossier() {
    String body = """
        {"gemeente": "GM0855", "azcLocatie": "AZC-OISTERWIJK", "koppelingsdatum": "%s", "verwachteVerhuisdatum": "%s",
         "factoren": {"afstandTotAzcKm": 20, "verwachteMaandenTotWoning": 6, "kanReizen": true, "digitaalVaardig": true}, %s}"""
        .formatted(LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(10), LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).plusDays(30), nl.doorlopendelijn.testsupport.TestPersonen.json());
    var antwoord = omgeving.api("POST", "/api/v1/regios/" + HVB + "/dossiers", HVB, "hvb-coordinator", body);
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
    return antwoord.body();
  }

  /** A trained, active contact of the gemeente's organisation in the gids (the organisation made when absent). */
  private static UUID gemeenteContact(String cbsCode, String gemeenteNaam, String naam) {
    UUID id = UUID.randomUUID();
    try (Connection c = TestDatabase.shared().connectAsOwner()) {
      try (PreparedStatement ps = c.prepareStatement("""
          insert into organisatie (id, type, naam, cbs_code, regios) values (?, 'gemeente', ?, ?, '{hart-van-brabant}')
          on conflict (cbs_code) do nothing""")) {
        ps.setObject(1, UUID.randomUUID());
        ps.setString(2, "Gemeente " + gemeenteNaam);
        ps.setString(3, cbsCode);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("""
          insert into contactpersoon (id, organisatie_id, naam, functie, email, gemeenten, getraind_op, zoektekst)
          select ?, id, ?, 'klantregisseur', 'f.devries@voorbeeld.nl', array[?], current_date, lower(?)
          from organisatie where cbs_code = ?""")) {
        ps.setObject(1, id);
        ps.setString(2, naam);
        ps.setString(3, cbsCode);
        ps.setString(4, naam + " klantregisseur");
        ps.setString(5, cbsCode);
        assertThat(ps.executeUpdate()).isEqualTo(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }
}
