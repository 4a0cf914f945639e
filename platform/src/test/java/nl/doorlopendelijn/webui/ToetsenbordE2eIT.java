package nl.doorlopendelijn.webui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The main pages with the keyboard only, as tilburg-medewerker (Sanne de Wit) after a real Keycloak login: the skip
 * link leads to the content, the menu is reached, a filter of the dossier list is changed with the arrow keys (and
 * the list follows), a wide table takes focus and scrolls with the arrow keys on a phone's width, and a milestone is
 * completed through its confirmation step with Enter and Space. On each page every control is reached by Tab, none is
 * taken out of the tab order without reason, and each shows a visible focus (an outline or a box-shadow).
 */
class ToetsenbordE2eIT {

  private static final String HVB = "hart-van-brabant";
  /** What a keyboard user can reach and operate. */
  private static final String BEDIENBAAR = "a[href], button, input:not([type=hidden]), select, textarea, summary,"
      + " [tabindex]";
  private static WebOmgeving omgeving;
  private static String dossier;

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    omgeving.afspraakTilburgOisterwijk("Browsertest toetsenbord");
    String body = """
        {"gemeente": "GM0855", "azcLocatie": "AZC-OISTERWIJK", "koppelingsdatum": "%s", "verwachteVerhuisdatum": "%s", %s}"""
        .formatted(LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(10), LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).plusDays(60),
            nl.doorlopendelijn.testsupport.TestPersonen.json());
    var antwoord = omgeving.api("POST", "/api/v1/regios/" + HVB + "/dossiers", HVB, "hvb-coordinator", body);
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
    dossier = antwoord.body().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }

  @Test
  void deMedewerkerBedientDeHoofdpaginasMetAlleenHetToetsenbord() {
    try (BrowserContext context = omgeving.browser.newContext()) {
      Page p = context.newPage();
      omgeving.logIn(p, "Hart van Brabant", "tilburg-medewerker");

      // the dossier list: the skip link first, then the content
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers"));
      elkeBedieningBereikbaar(p, "de dossierlijst");
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers"));
      p.keyboard().press("Tab");
      assertThat(p.locator("a.overslaan")).isFocused();
      assertThat(p.locator("a.overslaan")).hasText("Direct naar de inhoud");
      assertThat(zichtbareFocus(p)).as("focus style of the skip link").isTrue();
      p.keyboard().press("Enter");
      assertThat(p.locator("main#inhoud")).isFocused();
      // from the content, Tab goes on inside it: the first control of main, not the menu
      p.keyboard().press("Tab");
      assertThat((Boolean) p.evaluate("() => document.querySelector('main').contains(document.activeElement)"))
          .as("Tab after the skip link stays in the content").isTrue();

      // the menu, from the top of the page
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers"));
      tabNaar(p, "nav.menu a[aria-current=page]", 15);
      assertThat(p.locator("nav.menu a[aria-current=page]")).hasText("Dossiers");

      // a filter with the arrow keys: the list follows (htmx) and the address says which filter
      tabNaar(p, "#filter-status", 30);
      assertThat(zichtbareFocus(p)).as("focus style of a select").isTrue();
      p.keyboard().press("ArrowDown");
      assertThat(p).hasURL(Pattern.compile(".*status=gekoppeld.*"));
      assertThat(p.locator("#filter-status")).hasValue("gekoppeld");
      assertThat(p.locator("#dossiers tbody tr").first()).isVisible();
      p.keyboard().press("ArrowDown");
      assertThat(p).hasURL(Pattern.compile(".*status=in-voorbereiding.*"));

      // a wide table on a phone: its scroll container takes focus and scrolls with the arrow keys
      p.setViewportSize(375, 800);
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers"));
      tabNaar(p, ".tabel-scroll", 40);
      assertThat(p.locator(".tabel-scroll")).hasAttribute("role", "region");
      assertThat(zichtbareFocus(p)).as("focus style of the table's scroll container").isTrue();
      p.keyboard().press("ArrowRight");
      p.keyboard().press("ArrowRight");
      p.waitForFunction("() => document.activeElement.scrollLeft > 0");
      p.setViewportSize(1280, 800);

      // a milestone completed with the keyboard, through its confirmation step
      p.navigate(omgeving.urlA("/regio/" + HVB + "/dossiers/" + dossier));
      p.locator("#contactlog .contactlog__uitleg").waitFor();
      elkeBedieningBereikbaar(p, "het dossier");
      String knop = "li.mijlpaal[data-type='kennismaking'] form.afronden button[type=submit]";
      tabNaar(p, knop, 200);
      assertThat(zichtbareFocus(p)).as("focus style of a button").isTrue();
      p.keyboard().press("Enter");
      assertThat(p.locator("h1")).hasText("Afronden bevestigen");
      elkeBedieningBereikbaar(p, "de bevestiging");
      tabNaar(p, "button[name=bevestigd]", 30);
      p.keyboard().press("Space");
      assertThat(p.locator("main")).containsText("Mijlpaal afgerond");
      assertThat(p.locator("li.mijlpaal[data-type='kennismaking'] .afgerond")).containsText("door Sanne de Wit");
      p.screenshot(new Page.ScreenshotOptions().setPath(WebOmgeving.screenshot("toetsenbord-afgerond")));
    }
  }

  /** Presses Tab until the element matching {@code selector} has focus; fails after {@code max} presses. */
  private static void tabNaar(Page p, String selector, int max) {
    for (int i = 0; i < max; i++) {
      p.keyboard().press("Tab");
      if ((Boolean) p.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector)) {
        return;
      }
    }
    throw new AssertionError("not reached with " + max + " presses of Tab: " + selector + "; focus is on "
        + p.evaluate("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 120) : null"));
  }

  /** The focused element shows its focus: an outline or a box-shadow. */
  private static boolean zichtbareFocus(Page p) {
    return (Boolean) p.evaluate("""
        () => { const s = getComputedStyle(document.activeElement);
          return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }""");
  }

  /**
   * From the top of the page, Tab reaches every visible control (a group of radio buttons counts as one stop), each
   * with a visible focus, and no control is out of the tab order (tabindex -1) except the skip link's target.
   */
  @SuppressWarnings("unchecked")
  private static void elkeBedieningBereikbaar(Page p, String pagina) {
    List<String> uitgesloten = (List<String>) p.evaluate("""
        sel => [...document.querySelectorAll(sel)].filter(e => e.getAttribute('tabindex') === '-1'
          && !(e.tagName === 'MAIN' && e.id === 'inhoud')).map(e => e.outerHTML.slice(0, 100))""", BEDIENBAAR);
    assertThat(uitgesloten).as("controls taken out of the tab order on " + pagina).isEmpty();
    Map<String, Object> telling = (Map<String, Object>) p.evaluate("""
        sel => { let n = 0;
          for (const e of document.querySelectorAll(sel)) {
            if (e.getAttribute('tabindex') === '-1' || e.disabled) continue;
            const r = e.getBoundingClientRect();
            const zichtbaar = e.checkVisibility({visibilityProperty: true}) && (r.width > 0 || r.height > 0);
            if (!zichtbaar) continue;
            const stop = e.type === 'radio' ? 'radio:' + e.name : 'n' + (n++);
            e.setAttribute('data-toets', stop);
          }
          return {aantal: document.querySelectorAll('[data-toets]').length}; }""", BEDIENBAAR);
    int aantal = ((Number) telling.get("aantal")).intValue();
    Set<String> verwacht = new HashSet<>((List<String>) p.evaluate(
        "() => [...new Set([...document.querySelectorAll('[data-toets]')].map(e => e.getAttribute('data-toets')))]"));
    Set<String> bereikt = new HashSet<>();
    List<String> zonderFocusstijl = new ArrayList<>();
    // a date field is three stops (day, month, year): room for that
    for (int i = 0; i < 3 * aantal + 10 && !bereikt.containsAll(verwacht); i++) {
      p.keyboard().press("Tab");
      String stop = (String) p.evaluate("() => document.activeElement && document.activeElement.getAttribute('data-toets')");
      if (stop != null) {
        bereikt.add(stop);
        if (!zichtbareFocus(p)) {
          zonderFocusstijl.add((String) p.evaluate("() => document.activeElement.outerHTML.slice(0, 100)"));
        }
      }
    }
    Set<String> gemist = new HashSet<>(verwacht);
    gemist.removeAll(bereikt);
    List<String> gemisteElementen = gemist.stream().map(s -> (String) p.evaluate(
        "s => document.querySelector('[data-toets=\"' + s + '\"]').outerHTML.slice(0, 120)", s)).toList();
    assertThat(gemisteElementen).as("controls on " + pagina + " not reached by Tab").isEmpty();
    assertThat(zonderFocusstijl).as("controls on " + pagina + " without a visible focus").isEmpty();
  }
}
