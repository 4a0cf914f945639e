package nl.doorlopendelijn.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's samenwerkingsafspraken in the browser, each step as the real role with a real Keycloak login (one per
 * account): the coördinator (Noor van den Heuvel) drafts an agreement of Tilburg and azc Oisterwijk in the form (an
 * error first, shown at its field, nothing saved) and offers it for signature; Tilburg's tekenbevoegde (Sanne de Wit)
 * signs for Tilburg; the COA liaison (Yara Mansour) signs for the azc; the agreement is active and its norms read as
 * sentences. Then the mandaat path: Dongen's tekenbevoegde (Daan Verhoeven) grants the coördinator a mandaat, and she
 * signs for Dongen under it. Axe (WCAG 2.1 AA) on every new page; screenshots under target/screenshots/.
 */
class AfsprakenE2eIT {

  private static final String HVB = "hart-van-brabant";
  /** The norms' anchors and a map's braces: what a norm read as "{anker=na-koppeling, dagen=14}" showed. */
  private static final List<String> NORM_CODES = List.of("na-koppeling", "voor-verhuizing", "{");

  private static CodesOpDePagina codes;

  private static WebOmgeving omgeving;
  private static BrowserContext coordinator;
  private static BrowserContext tilburg;
  private static BrowserContext coa;
  private static BrowserContext dongen;

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    codes = new CodesOpDePagina(omgeving.replicaA.getBean(nl.doorlopendelijn.azc.AzcLocaties.class).all()
        .map(nl.doorlopendelijn.azc.AzcLocatie::code).collectList().block());
    // a contact of Tilburg and one of the azc in the gids, to choose in the form
    nl.doorlopendelijn.testsupport.TestContactpersonen.vanGemeente("GM0855");
    nl.doorlopendelijn.testsupport.TestContactpersonen.nieuw("AZC-OISTERWIJK");
    coordinator = ingelogd("Hart van Brabant", "hvb-coordinator");
    tilburg = ingelogd("Hart van Brabant", "tilburg-medewerker");
    coa = ingelogd("COA", "coa-oisterwijk");
    dongen = ingelogd("Hart van Brabant", "dongen-medewerker");
  }

  @AfterAll
  static void stop() {
    for (BrowserContext c : new BrowserContext[] {coordinator, tilburg, coa, dongen}) {
      if (c != null) {
        c.close();
      }
    }
  }

  private static BrowserContext ingelogd(String realm, String gebruiker) {
    BrowserContext c = omgeving.browser.newContext();
    omgeving.logIn(c.newPage(), realm, gebruiker);
    return c;
  }

  private static Page pagina(BrowserContext c) {
    return c.pages().get(0);
  }

  private static void zonderCodes(Page p) {
    assertThat(codes.in(p.content())).as("codes op de pagina").isEmpty();
    String tekst = p.locator("main").innerText();
    for (String code : NORM_CODES) {
      assertThat(tekst).as("code op de pagina: " + code).doesNotContain(code);
    }
  }

  private static void bevestig(Page p, String stap) {
    assertThat(p.locator("h1")).containsText(stap);
    assertThat(p.locator("main")).containsText("Weet u het zeker?");
    assertThat(WebOmgeving.axe(p)).as("axe op de bevestiging: " + stap).isEmpty();
    p.locator("#bevestigen").click();
    p.waitForURL(u -> u.contains("opgeslagen="));
  }

  @Test
  void deCoordinatorSteltOpBeidePartijenTekenenEnDeNormenZijnZinnen() {
    // 1. the coördinator drafts it in the form
    Page p = pagina(coordinator);
    p.navigate(omgeving.urlA("/regio/" + HVB + "/afspraken"));
    assertThat(WebOmgeving.axe(p)).as("axe op de lijst").isEmpty();
    p.locator("#nieuwe-afspraak").click();
    assertThat(p.locator("h1")).hasText("Nieuwe samenwerkingsafspraak");
    assertThat(WebOmgeving.axe(p)).as("axe op het lege formulier").isEmpty();
    p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("afspraak-formulier")).setFullPage(true));

    // an error first: no gemeente, no azc, a number that is none; nothing is saved, the errors stand at the fields
    p.locator("#veld-kennismaking").fill("twee weken");
    p.locator("#opslaan").click();
    assertThat(p.locator("#foutoverzicht")).isVisible();
    assertThat(p.locator("#fout-kennismaking")).containsText("geheel aantal dagen");
    p.locator("#veld-kennismaking").fill("10");
    p.locator("#opslaan").click();
    assertThat(p.locator("#fout-gemeenten")).containsText("minstens één gemeente");
    assertThat(p.locator("#fout-azc")).isVisible();
    assertThat(WebOmgeving.axe(p)).as("axe op het formulier met fouten").isEmpty();
    p.setViewportSize(375, 800);
    assertThat(WebOmgeving.axe(p)).as("axe op het formulier op 375 px").isEmpty();
    assertThat(PaginaBreedte.breedsteElement(p)).as("niets in het formulier breder dan 375 px").isNull();
    p.setViewportSize(1280, 800);

    p.locator("#gemeente-GM0855").check();
    p.locator("#veld-contact-GM0855").selectOption(new SelectOption().setIndex(1));
    p.locator("#veld-azc").selectOption("AZC-OISTERWIJK");
    p.locator("#veld-azcContact").selectOption(new SelectOption().setIndex(1));
    // the mengvorm's fields appear with the mengvorm only
    assertThat(p.locator("#veld-mengvormOmschrijving")).isHidden();
    p.locator("#veld-scenario").selectOption("mengvorm");
    assertThat(p.locator("#veld-mengvormOmschrijving")).isVisible();
    p.locator("#veld-scenario").selectOption("snelle-start");
    p.locator("#veld-driegesprekNaKoppeling").check();
    p.locator("#veld-driegesprekNaKoppelingDagen").fill("14");
    p.locator("#veld-driegesprekVoorVerhuizing").check();
    p.locator("#veld-driegesprekVoorVerhuizingDagen").fill("14");
    p.locator("#veld-afspraken").fill("Browsertest samenwerkingsafspraken: werkbezoek elk kwartaal.");
    p.locator("#opslaan").click();
    p.waitForURL(u -> u.contains("opgeslagen=nieuw"));
    String afspraak = p.url().replaceAll(".*/afspraken/([0-9a-f-]{36}).*", "$1");
    assertThat(p.locator("#status")).hasText("Concept");
    assertThat(p.locator("#partij-GM0855")).containsText("Tilburg: nog niet ondertekend");
    assertThat(WebOmgeving.axe(p)).as("axe op het concept").isEmpty();
    zonderCodes(p);

    // and offers it for signature, after a confirmation step
    p.locator("#ter-ondertekening").click();
    bevestig(p, "Ter ondertekening aanbieden");
    assertThat(p.locator("#status")).hasText("Ter ondertekening");
    // the coördinator signs for nobody here: no mandaat, and never for the COA
    assertThat(p.locator("a[id^=ondertekenen-]")).hasCount(0);

    // 2. Tilburg's tekenbevoegde signs for Tilburg
    Page t = pagina(tilburg);
    t.navigate(omgeving.urlA("/regio/" + HVB + "/afspraken/" + afspraak));
    assertThat(t.locator("#ondertekenen-AZC-OISTERWIJK")).hasCount(0);
    t.locator("#ondertekenen-GM0855").click();
    bevestig(t, "Ondertekenen voor Tilburg");
    assertThat(t.locator("#partij-GM0855")).containsText(Pattern.compile("Tilburg: ondertekend door Sanne de Wit op"
        + " \\d{1,2} [a-z]+ \\d{4}"));
    assertThat(t.locator("#partij-AZC-OISTERWIJK")).containsText("azc Oisterwijk: nog niet ondertekend");

    // 3. the COA liaison signs for the azc: the agreement is in force, its norms are sentences
    Page c = pagina(coa);
    c.navigate(omgeving.urlA("/regio/" + HVB + "/afspraken/" + afspraak));
    c.locator("#ondertekenen-AZC-OISTERWIJK").click();
    bevestig(c, "Ondertekenen voor azc Oisterwijk");
    assertThat(c.locator("#status")).hasText("Actief");
    assertThat(c.locator("#partij-AZC-OISTERWIJK")).containsText("ondertekend door Yara Mansour");
    Locator normen = c.locator("#normen");
    assertThat(normen).containsText("Driegesprek binnen 14 dagen na de koppeling");
    assertThat(normen).containsText("Driegesprek binnen 14 dagen voor de verhuizing");
    assertThat(normen).containsText("Kennismaking binnen 10 dagen na de koppeling");
    zonderCodes(c);
    c.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("afspraak-actief")).setFullPage(true));

    // the history names people
    p.navigate(omgeving.urlA("/regio/" + HVB + "/afspraken/" + afspraak));
    assertThat(p.locator("#historie")).containsText("Noor van den Heuvel");
    assertThat(p.locator("#historie")).containsText("Sanne de Wit");
    assertThat(p.locator("#historie")).containsText("Yara Mansour");
    assertThat(p.locator("#historie")).containsText("In werking getreden");
    assertThat(WebOmgeving.axe(p)).as("axe op de actieve afspraak").isEmpty();
    p.setViewportSize(375, 800);
    assertThat(WebOmgeving.axe(p)).as("axe op 375 px").isEmpty();
    assertThat(PaginaBreedte.breedsteElement(p)).as("niets op de afspraak breder dan 375 px").isNull();
    p.setViewportSize(1280, 800);
  }

  @Test
  void onderMandaatTekentDeCoordinatorVoorDongen() {
    // an agreement of Dongen and the azc, offered for signature (through the API: the drafting is tested above)
    String body = """
        {"azc": {"code": "AZC-OISTERWIJK", "contactpersoonId": "%s"},
         "gemeenten": [{"cbsCode": "GM0766", "contactpersoonId": "%s"}],
         "scenario": "gecombineerde-aanpak", "geldigVanaf": "2026-01-01", "afspraken": "Browsertest mandaat"}"""
        .formatted(nl.doorlopendelijn.testsupport.TestContactpersonen.nieuw(),
            nl.doorlopendelijn.testsupport.TestContactpersonen.nieuw());
    String pad = "/api/v1/regios/" + HVB + "/samenwerkingsafspraken";
    var gemaakt = omgeving.api("POST", pad, HVB, "hvb-coordinator", body);
    assertThat(gemaakt.statusCode()).as(gemaakt.body()).isEqualTo(201);
    String afspraak = gemaakt.body().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    assertThat(omgeving.api("POST", pad + "/" + afspraak + "/ter-ondertekening", HVB, "hvb-coordinator", null)
        .statusCode()).isEqualTo(200);

    // Dongen's tekenbevoegde grants the mandaat: the kenmerk is required
    Page d = pagina(dongen);
    d.navigate(omgeving.urlA("/regio/" + HVB + "/afspraken/" + afspraak));
    d.locator("#mandaat-verlenen").click();
    assertThat(d.locator("h1")).hasText("Mandaat verlenen aan de regio-coördinator");
    assertThat(WebOmgeving.axe(d)).as("axe op het mandaat").isEmpty();
    d.locator("#bevestigen").click();
    assertThat(d.locator("#fout-kenmerk")).containsText("verplicht");
    assertThat(WebOmgeving.axe(d)).as("axe op het mandaat met fout").isEmpty();
    d.locator("#veld-kenmerk").fill("MB-2026-041");
    d.locator("#bevestigen").click();
    d.waitForURL(u -> u.contains("opgeslagen=mandaat-verleend"));
    assertThat(d.locator("#mandaten")).containsText("Dongen: mandaat MB-2026-041, verleend door Daan Verhoeven");

    // the coördinator signs for Dongen under it
    Page p = pagina(coordinator);
    p.navigate(omgeving.urlA("/regio/" + HVB + "/afspraken/" + afspraak));
    assertThat(p.locator("#ondertekenen-AZC-OISTERWIJK")).hasCount(0);
    p.locator("#ondertekenen-GM0766").click();
    bevestig(p, "Ondertekenen voor Dongen");
    assertThat(p.locator("#partij-GM0766")).containsText("ondertekend namens Dongen door de regio-coördinator Noor van"
        + " den Heuvel krachtens mandaat MB-2026-041");
    assertThat(p.locator("#historie")).containsText("krachtens mandaat MB-2026-041");
    p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("afspraak-mandaat")).setFullPage(true));
    zonderCodes(p);
  }
}
