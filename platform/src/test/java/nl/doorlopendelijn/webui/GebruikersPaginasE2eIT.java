package nl.doorlopendelijn.webui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coördinator's pages for her region's users in Chromium against the real Keycloak (issue 17): from her region's
 * menu to the list, the invitation form (every error at once, next to its field), the invitation (Keycloak mails
 * the link: GreenMail catches it), the new user in the list with her role and gemeente by name, and her
 * deactivation behind its confirmation step. axe-core: 0 violations on each page, at 1280 px and at 375 px.
 */
class GebruikersPaginasE2eIT {

  private static final String HVB = "hart-van-brabant";
  private static final String UNIEK = UUID.randomUUID().toString().substring(0, 8);
  private static final String EMAIL = "pagina-" + UNIEK + "@example.org";

  private static WebOmgeving omgeving;
  private static BrowserContext context;
  private static Page pagina;
  private static final List<String> fouten = new ArrayList<>();

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    context = omgeving.browser.newContext();
    pagina = context.newPage();
    omgeving.logIn(pagina, "Hart van Brabant", "hvb-coordinator");
  }

  @AfterAll
  static void stop() {
    if (context != null) {
      context.close();
    }
  }

  @Test
  void deCoordinatorNodigtEenGebruikerUitZietHaarInDeLijstEnDeactiveertHaar() {
    pagina.navigate(omgeving.urlA("/regio/" + HVB));
    pagina.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
        .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Gebruikers")).click();
    pagina.waitForURL(url -> url.endsWith("/regio/" + HVB + "/gebruikers"));
    assertThat(pagina.locator("h1").innerText()).isEqualTo("Gebruikers van Hart van Brabant");
    toegankelijk("lijst");

    pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gebruiker uitnodigen")).click();
    assertThat(pagina.locator("h1").innerText()).isEqualTo("Gebruiker uitnodigen");
    assertThat(pagina.locator("#veld-gemeente option").allTextContents()).contains("Geen gemeente", "Dongen",
        "Tilburg");
    // nothing filled in, a tekenbevoegde without her gemeente-role: every error at once
    pagina.locator("#rol-tekenbevoegd").check();
    pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitnodiging versturen")).click();
    String overzicht = pagina.locator("#foutoverzicht").innerText();
    assertThat(overzicht).contains("Er is een probleem", "Is verplicht", "e-mailadres", "Tekenbevoegd kan alleen");
    assertThat(pagina.locator(".veld--fout").count()).isGreaterThanOrEqualTo(4);
    assertThat(pagina.title()).startsWith("Fout: ");
    toegankelijk("uitnodigen-fouten");

    pagina.locator("#veld-voornaam").fill("Mila");
    pagina.locator("#veld-achternaam").fill("Pagina " + UNIEK);
    pagina.locator("#veld-email").fill(EMAIL);
    pagina.locator("#rol-gemeente-medewerker").check();
    pagina.locator("#veld-gemeente").selectOption(new com.microsoft.playwright.options.SelectOption()
        .setLabel("Dongen"));
    pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitnodiging versturen")).click();
    pagina.waitForURL(url -> url.contains("?uitgenodigd"));
    assertThat(pagina.locator("h1").innerText()).isEqualTo("Mila Pagina " + UNIEK);
    assertThat(pagina.locator("[role=status]").innerText()).contains("De uitnodiging is verstuurd");
    assertThat(pagina.locator("dl.gegevens").innerText()).contains("Medewerker van een gemeente", "Dongen",
        "Uitgenodigd");
    assertThat(KeycloakMail.shared().mailAan(EMAIL, Duration.ofSeconds(30))).as("Keycloak's invitation").isPresent();
    toegankelijk("gebruiker");

    pagina.navigate(omgeving.urlA("/regio/" + HVB + "/gebruikers?pagina=1"));
    // she is in the list (its first pages: ordered by username), with her role and gemeente by name
    String rij = zoekRij("Mila Pagina " + UNIEK);
    assertThat(rij).contains(EMAIL, "Medewerker van een gemeente", "Dongen", "Uitgenodigd");
    assertThat(rij).doesNotContain("gemeente-medewerker", "GM0766");

    pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mila Pagina " + UNIEK)).click();
    pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gebruiker deactiveren…")).click();
    assertThat(pagina.locator("h1").innerText()).startsWith("Gebruiker deactiveren: ");
    assertThat(pagina.locator("body").innerText()).contains("Er is nog niets gewijzigd.");
    toegankelijk("deactiveren");
    pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, gebruiker deactiveren")).click();
    pagina.waitForURL(url -> url.contains("?gedeactiveerd"));
    assertThat(pagina.locator("dl.gegevens").innerText()).contains("Gedeactiveerd");
    assertThat(pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gebruiker heractiveren…"))
        .count()).isOne();

    assertThat(fouten).as("axe-core and page width").isEmpty();
  }

  /** The text of her row in the list, paging on until it is found. */
  private static String zoekRij(String naam) {
    for (int i = 0; i < 50; i++) {
      var rij = pagina.locator("#gebruikers tr", new Page.LocatorOptions().setHasText(naam));
      if (rij.count() > 0) {
        return rij.first().innerText();
      }
      var volgende = pagina.locator("a[rel=next]");
      if (volgende.count() == 0) {
        break;
      }
      volgende.first().click();
      pagina.waitForLoadState();
    }
    throw new AssertionError(naam + " staat niet in de lijst");
  }

  private static void toegankelijk(String naam) {
    for (int breedte : new int[] {1280, 375}) {
      pagina.setViewportSize(breedte, 900);
      WebOmgeving.axe(pagina).forEach(f -> fouten.add(naam + " @" + breedte + ": " + f));
      String breedste = PaginaBreedte.breedsteElement(pagina);
      if (breedste != null) {
        fouten.add(naam + " @" + breedte + ": scrolls sideways: " + breedste);
      }
      pagina.screenshot(new Page.ScreenshotOptions()
          .setPath(WebOmgeving.screenshot("gebruikers/" + naam + "-" + breedte)).setFullPage(true));
    }
    pagina.setViewportSize(1280, 900);
  }
}
