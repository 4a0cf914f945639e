package nl.doorlopendelijn.webui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.doorlopendelijn.keycloak.provisioning.RealmUserSpec;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.keycloak.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page route as every role: one demo account of each role ({@link #BEZOEKERS}) logs in once through the real
 * Keycloak and, in that logged-in browser context, opens every page route of the running application with real ids
 * (a dossier and an agreement of its region, its own azc). No page may answer 5xx, JSON, English error text, or leave
 * a template error in the application log; a page a role may not open shows the Dutch error page (403/404), which
 * counts as rendered. The routes are read from the application's own mappings: a new page route that is not in
 * {@link #ROUTES} fails this test. A screenshot per account and page lands in {@code target/screenshots/rollen/}.
 *
 * <p>Every visit at 1280 px also runs {@link CodesOpDePagina}, and axe on every page that opened: no page shows people a
 * code the enums or the reference data emit, a UUID or true/false outside a {@code class="code"} element. The error
 * page a role gets for a route it may not open is one template: axe checks it once per account and status (about 130
 * of the 330 visits are such refusals; axe is half of a visit's time). Each page route is opened once
 * more at 375 px, by one of the accounts that could open it, rotating over them ({@link #smalToewijzing}), on the same
 * logged-in page: 0 axe violations and no horizontal page scroll there, a failure naming the widest element, and a
 * full-page screenshot in {@code target/screenshots/smal/}. Two browsers visit at once ({@link #BANEN}), each with
 * its own accounts; the checks of a visit do not depend on which browser made it.
 */
class ElkePaginaElkeRolE2eIT {

  private static final String HVB = "hart-van-brabant";
  private static final String NOB = "noordoost-brabant";
  /** Realms whose accounts use the web pages (the platform operator too: the beheer pages, issue 16). */
  private static final Map<String, String> REALMS = Map.of(HVB, "Hart van Brabant", NOB, "Noordoost-Brabant",
      "coa", "COA", "platform", "Platformbeheer");
  private static final List<String> ENGELS = List.of("Whitelabel", "Internal Server Error", "Exception", "\"error\":",
      "\"status\":");

  /** Who is visiting: the account, its region (a liaison: the region of their azc's agreement), ids to use. */
  record Bezoeker(String realm, RealmUserSpec account, String regio, String azc, String dossier, String afspraak,
      String gesprek) {}

  /** Every page route (GET, not a stream) and the URL a visitor opens for it. */
  private static final Map<String, Function<Bezoeker, String>> ROUTES = routes();

  private static WebOmgeving omgeving;
  /** A region onboarded through the API for this run (the beheer pages' deactivate and purge steps apply to it). */
  private static String aangemeld;
  private static final Map<String, String> dossiers = new LinkedHashMap<>();
  private static final Map<String, String> afspraken = new LinkedHashMap<>();
  private static final Map<String, String> gesprekken = new LinkedHashMap<>();
  private static final Map<String, String> imports = new LinkedHashMap<>();
  private static ListAppender<ILoggingEvent> log;
  private static CodesOpDePagina codes;
  /**
   * One account of each role (a tekenbevoegde gemeente-medewerker, the coördinator, the viewer, a COA liaison, the
   * operator), and the second region's coördinator for a region with other data. The other demo accounts hold the
   * same roles: they would open the same templates with the same rights (the access matrix covers every role of every
   * region through the API), at about 35 s each.
   */
  private static final Set<String> BEZOEKERS = Set.of("hvb-coordinator", "tilburg-medewerker", "hvb-viewer",
      "nob-coordinator", "coa-oisterwijk", "operator");
  /** A phone: every page template is checked once at this width. */
  private static final int SMAL = 375;

  private static Map<String, Function<Bezoeker, String>> routes() {
    Map<String, Function<Bezoeker, String>> r = new LinkedHashMap<>();
    r.put("/", b -> "/");
    r.put("/inloggen", b -> "/inloggen");
    r.put("/coa", b -> "/coa");
    r.put("/coa/{azc}", b -> "/coa/" + b.azc());
    r.put("/regio/{regio}", b -> "/regio/" + b.regio());
    r.put("/regio/{regio}/dashboard", b -> "/regio/" + b.regio() + "/dashboard");
    r.put("/regio/{regio}/afspraken", b -> "/regio/" + b.regio() + "/afspraken");
    r.put("/regio/{regio}/afspraken/{id}", b -> "/regio/" + b.regio() + "/afspraken/" + b.afspraak());
    r.put("/regio/{regio}/afspraken/nieuw", b -> "/regio/" + b.regio() + "/afspraken/nieuw");
    for (String stap : List.of("wijzigen", "ter-ondertekening", "beeindigen", "mandaat")) {
      r.put("/regio/{regio}/afspraken/{id}/" + stap, b -> "/regio/" + b.regio() + "/afspraken/" + b.afspraak() + "/" + stap);
    }
    r.put("/regio/{regio}/afspraken/{id}/ondertekenen", b -> "/regio/" + b.regio() + "/afspraken/" + b.afspraak()
        + "/ondertekenen?partij=" + (b.regio().equals(HVB) ? "GM0855" : "GM0828"));
    r.put("/regio/{regio}/afspraken/{id}/mandaten/{mandaat}/intrekken", b -> "/regio/" + b.regio() + "/afspraken/"
        + b.afspraak() + "/mandaten/" + b.afspraak() + "/intrekken");
    r.put("/regio/{regio}/dossiers", b -> "/regio/" + b.regio() + "/dossiers");
    r.put("/regio/{regio}/dossiers/{id}", b -> "/regio/" + b.regio() + "/dossiers/" + b.dossier());
    r.put("/regio/{regio}/dossiers/nieuw", b -> "/regio/" + b.regio() + "/dossiers/nieuw");
    r.put("/regio/{regio}/dossiers/importeren", b -> "/regio/" + b.regio() + "/dossiers/importeren");
    // the region coördinator's import (see start()): she opens it, others get "niet gevonden"
    r.put("/regio/{regio}/dossiers/importeren/{id}", b -> "/regio/" + b.regio() + "/dossiers/importeren/"
        + imports.get(b.regio()));
    r.put("/regio/{regio}/dossiers/{id}/wijzigen", b -> "/regio/" + b.regio() + "/dossiers/" + b.dossier() + "/wijzigen");
    r.put("/regio/{regio}/dossiers/{id}/contactlog", b -> "/regio/" + b.regio() + "/dossiers/" + b.dossier()
        + "/contactlog");
    r.put("/regio/{regio}/contactpersonen", b -> "/regio/" + b.regio() + "/contactpersonen?q=a");
    // a contact of the visitor's azc, its edit form and departure step, and the form of a new one (issue 16)
    r.put("/regio/{regio}/contactpersonen/{id}", b -> "/regio/" + b.regio() + "/contactpersonen/"
        + TestContactpersonen.nieuw(b.azc()));
    r.put("/regio/{regio}/contactpersonen/{id}/wijzigen", b -> "/regio/" + b.regio() + "/contactpersonen/"
        + TestContactpersonen.nieuw(b.azc()) + "/wijzigen");
    r.put("/regio/{regio}/contactpersonen/{id}/deactiveren", b -> "/regio/" + b.regio() + "/contactpersonen/"
        + TestContactpersonen.nieuw(b.azc()) + "/deactiveren");
    r.put("/regio/{regio}/contactpersonen/nieuw", b -> "/regio/" + b.regio() + "/contactpersonen/nieuw");
    // the gesprekken of a dossier (issue 15)
    r.put("/regio/{regio}/dossiers/{id}/gesprekken/nieuw",
        b -> "/regio/" + b.regio() + "/dossiers/" + b.dossier() + "/gesprekken/nieuw");
    for (String stap : List.of("verzetten", "vastleggen", "annuleren")) {
      r.put("/regio/{regio}/dossiers/{id}/gesprekken/{gesprek}/" + stap,
          b -> "/regio/" + b.regio() + "/dossiers/" + b.dossier() + "/gesprekken/" + b.gesprek() + "/" + stap);
    }
    // the users of a region (issue 17): the list, the invitation form, the page of the region's viewer and its steps
    r.put("/regio/{regio}/gebruikers", b -> "/regio/" + b.regio() + "/gebruikers");
    r.put("/regio/{regio}/gebruikers/uitnodigen", b -> "/regio/" + b.regio() + "/gebruikers/uitnodigen");
    r.put("/regio/{regio}/gebruikers/{id}", b -> "/regio/" + b.regio() + "/gebruikers/" + kijker(b.regio()));
    for (String stap : List.of("deactiveren", "heractiveren")) {
      r.put("/regio/{regio}/gebruikers/{id}/" + stap,
          b -> "/regio/" + b.regio() + "/gebruikers/" + kijker(b.regio()) + "/" + stap);
    }
    // overplaatsingen (issue 18): the region's list, and the coördinator's form on a dossier
    r.put("/regio/{regio}/overplaatsingen", b -> "/regio/" + b.regio() + "/overplaatsingen");
    r.put("/regio/{regio}/dossiers/{id}/overplaatsen", b -> "/regio/" + b.regio() + "/dossiers/" + b.dossier()
        + "/overplaatsen");
    r.put("/werkvoorraad", b -> "/werkvoorraad");
    // her notifications and their preferences (issue 17); the operator is sent to her beheer pages
    r.put("/notificaties", b -> "/notificaties");
    r.put("/notificaties/voorkeuren", b -> "/notificaties/voorkeuren");
    // platformbeheer (issue 16): a region onboarded through the API, whose confirmation steps the operator may take
    // (a region as code answers them with "managed in tenants/", which BeheerPaginasTest reads)
    r.put("/beheer", b -> "/beheer");
    r.put("/beheer/regios/nieuw", b -> "/beheer/regios/nieuw");
    r.put("/beheer/regios/{slug}", b -> "/beheer/regios/" + aangemeld);
    r.put("/beheer/regios/{slug}/deactiveren", b -> "/beheer/regios/" + aangemeld + "/deactiveren");
    r.put("/beheer/regios/{slug}/verwijderen", b -> "/beheer/regios/" + aangemeld + "/verwijderen");
    return r;
  }

  private static final Map<String, String> kijkers = new java.util.concurrent.ConcurrentHashMap<>();

  /** The Keycloak id of the region's dashboard viewer: a user whose page the coördinator opens. */
  private static String kijker(String regio) {
    return kijkers.computeIfAbsent(regio, r -> {
      try (var admin = omgeving.keycloak.adminClient()) {
        return admin.realm(r).users().searchByUsername(r.equals(HVB) ? "hvb-viewer" : "nob-viewer", true).get(0)
            .getId();
      }
    });
  }

  @BeforeAll
  static void start() {
    omgeving = WebOmgeving.gedeeld();
    aangemeld = "elke-pagina-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).replaceAll("[0-9]", "x");
    var regio = omgeving.api("POST", "/api/v1/beheer/regios", "platform", "operator",
        new tools.jackson.databind.json.JsonMapper().writeValueAsString(
            nl.doorlopendelijn.testsupport.keycloak.E2eRegions.descriptor(aangemeld)));
    assertThat(regio.statusCode()).as(regio.body()).isEqualTo(201);
    afspraken.put(HVB, actieveAfspraak(HVB, "AZC-OISTERWIJK", Map.of("GM0855", "tilburg-medewerker",
        "GM0766", "dongen-medewerker"), "coa-oisterwijk"));
    afspraken.put(NOB, actieveAfspraak(NOB, "AZC-OVERLOON", Map.of("GM0828", "oss-medewerker"), "coa-overloon"));
    dossiers.put(HVB, dossier(HVB, "GM0855", "AZC-OISTERWIJK", "hvb-coordinator"));
    dossiers.put(NOB, dossier(NOB, "GM0828", "AZC-OVERLOON", "nob-coordinator"));
    imports.put(HVB, dossierImport(HVB, "hvb-coordinator"));
    imports.put(NOB, dossierImport(NOB, "nob-coordinator"));
    // a note in the contactlog of each, by the region's COA liaison: the others read it, she may correct it
    for (var d : Map.of(HVB, "coa-oisterwijk", NOB, "coa-overloon").entrySet()) {
      var notitie = omgeving.api("POST", "/api/v1/regios/" + d.getKey() + "/dossiers/" + dossiers.get(d.getKey())
          + "/notities", "coa", d.getValue(), "{\"onderwerp\": \"Kennismaking gepland\", \"tekst\": \"Dinsdag op het azc,"
          + " met tolk.\"}");
      assertThat(notitie.statusCode()).as(notitie.body()).isEqualTo(201);
    }
    gesprekken.put(HVB, gesprek(HVB, dossiers.get(HVB), "AZC-OISTERWIJK", "hvb-coordinator"));
    gesprekken.put(NOB, gesprek(NOB, dossiers.get(NOB), "AZC-OVERLOON", "nob-coordinator"));
    codes = new CodesOpDePagina(omgeving.replicaA.getBean(nl.doorlopendelijn.azc.AzcLocaties.class).all()
        .map(nl.doorlopendelijn.azc.AzcLocatie::code).collectList().block());
    log = new ListAppender<>();
    log.start();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
  }

  @AfterAll
  static void stop() {
    if (log != null) {
      ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
    }
  }

  @Test
  void elkePaginaRoutestaatInDeBezoeklijst() {
    Set<String> inDeApplicatie = new TreeSet<>();
    omgeving.replicaA.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
        mapping.getHandlerMethods().forEach((info, method) -> {
          if (method.getBeanType().getPackageName().startsWith("nl.doorlopendelijn.webui") && isPaginaGet(info)) {
            info.getPatternsCondition().getPatterns().forEach(p -> inDeApplicatie.add(p.getPatternString()));
          }
        }));
    assertThat(inDeApplicatie).as("page routes of the application; visit each one in ROUTES")
        .containsExactlyInAnyOrderElementsOf(ROUTES.keySet());
  }

  @Test
  void elkeRolOpentElkePaginaZonderServerfout() throws Exception {
    // the visitors in a fixed order (realm, then the demo's order of its accounts): the 375 px rotation depends on it
    List<Bezoeker> bezoekers = new ArrayList<>();
    for (String realm : new TreeSet<>(REALMS.keySet())) {
      DemoUsers.of(realm).stream().filter(a -> BEZOEKERS.contains(a.username()))
          .forEach(a -> bezoekers.add(bezoeker(realm, a)));
    }
    int banen = Math.max(1, Math.min(BANEN, bezoekers.size()));
    List<String> fouten = java.util.Collections.synchronizedList(new ArrayList<>());
    // per route, the accounts that opened it (not the error page of a role that may not), in the visitors' order
    Map<String, Set<String>> geopendDoor = new java.util.concurrent.ConcurrentHashMap<>();
    Map<String, List<String>> smalPerAccount = new java.util.concurrent.ConcurrentHashMap<>();
    List<String> volgorde = bezoekers.stream().map(b -> b.account().username()).toList();
    // between the two passes: who opens which route at 375 px, once all accounts have been everywhere
    var tussen = new java.util.concurrent.CyclicBarrier(banen, () -> smalPerAccount.putAll(
        smalToewijzing(geopendDoor, volgorde)));
    var draden = java.util.concurrent.Executors.newFixedThreadPool(banen);
    try {
      List<java.util.concurrent.Future<?>> klaar = new ArrayList<>();
      for (int baan = 0; baan < banen; baan++) {
        List<Bezoeker> deze = new ArrayList<>();
        for (int i = baan; i < bezoekers.size(); i += banen) {
          deze.add(bezoekers.get(i));
        }
        klaar.add(draden.submit(() -> baan(deze, fouten, geopendDoor, smalPerAccount, tussen)));
      }
      for (var f : klaar) {
        f.get(20, java.util.concurrent.TimeUnit.MINUTES);
      }
    } finally {
      draden.shutdownNow();
    }
    // where the time went (both browsers together), for docs/operations.md's suite-time section
    new java.util.TreeMap<>(TIJD).forEach((wat, ns) -> System.out.printf("ElkePagina: %-16s %6.1f s%n", wat,
        ns.sum() / 1e9));
    System.out.printf("ElkePagina: %d error pages not checked by axe again (%d checked)%n", herhaaldeFoutpaginas.get(),
        foutpaginaGekeurd.size());
    Set<String> nietSmal = new TreeSet<>(ROUTES.keySet());
    smalPerAccount.values().forEach(nietSmal::removeAll);
    List<String> templatefouten = log.list.stream().filter(ElkePaginaElkeRolE2eIT::isPaginafout)
        .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
    // a page that did not render is the cause when it is also missing at 375 px: report it first
    assertThat(fouten).as("pages that did not render").isEmpty();
    assertThat(nietSmal).as("page routes no account could open, so not checked at " + SMAL + " px").isEmpty();
    assertThat(templatefouten).as("template or unexpected errors in the application log").isEmpty();
  }

  /**
   * How many browsers visit at once, each on a thread of its own with its own accounts (Playwright's objects belong
   * to the thread that made them). The platform and the browser take turns on one visit; two visits at once keep
   * both cores of the reference machine busy. {@code -Ddoorlopendelijn.e2e.browsers=1} visits one by one.
   */
  private static final int BANEN = Integer.getInteger("doorlopendelijn.e2e.browsers", 2);

  /**
   * One browser's share: each of its accounts logs in once and opens every route at 1280 px in that logged-in
   * context; then, once every account has been everywhere, the same page at {@value #SMAL} px opens the routes
   * assigned to the account ({@link #smalToewijzing}).
   */
  private static void baan(List<Bezoeker> bezoekers, List<String> fouten, Map<String, Set<String>> geopendDoor,
      Map<String, List<String>> smalPerAccount, java.util.concurrent.CyclicBarrier tussen) {
    try (var playwright = WebOmgeving.nieuwePlaywright(); Browser browser = WebOmgeving.chromium(playwright)) {
      Map<String, Page> paginas = new LinkedHashMap<>();
      try {
        for (Bezoeker bezoeker : bezoekers) {
          String account = bezoeker.account().username();
          BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 720));
          Page page = context.newPage();
          getimed("inloggen", () -> {
            omgeving.logIn(page, REALMS.get(bezoeker.realm()), account);
            return null;
          });
          paginas.put(account, page);
          for (var route : ROUTES.entrySet()) {
            fouten.addAll(bezoek(page, account, route.getKey(), route.getValue().apply(bezoeker)));
            if (isGeopend(page)) {
              geopendDoor.computeIfAbsent(route.getKey(), k -> java.util.concurrent.ConcurrentHashMap.newKeySet())
                  .add(account);
            }
          }
        }
      } catch (RuntimeException | AssertionError e) {
        fouten.add("browser of " + bezoekers.stream().map(b -> b.account().username()).toList() + ": " + e);
      } finally {
        wacht(tussen);
      }
      for (Bezoeker bezoeker : bezoekers) {
        String account = bezoeker.account().username();
        Page telefoon = paginas.get(account);
        List<String> routes = smalPerAccount.getOrDefault(account, List.of());
        if (telefoon == null || routes.isEmpty()) {
          continue;
        }
        telefoon.setViewportSize(SMAL, 800);
        for (String route : routes) {
          fouten.addAll(bezoekSmal(telefoon, account, route, ROUTES.get(route).apply(bezoeker)));
        }
      }
    }
  }

  /**
   * Which account opens each route at {@value #SMAL} px: one per route, rotating over the accounts that may open it
   * (the i-th route of {@link #ROUTES} by the (i mod n)-th of its n accounts, in the visitors' order), so every
   * route is checked once on a phone and the narrow pass spreads over the roles. Once per route suffices: what
   * decides the width is the route's template and the site's CSS; the role only adds or leaves out buttons and rows
   * of the same components, and each role opened every route at 1280 px.
   */
  static Map<String, List<String>> smalToewijzing(Map<String, Set<String>> geopendDoor, List<String> volgorde) {
    Map<String, List<String>> toewijzing = new LinkedHashMap<>();
    int i = 0;
    for (String route : ROUTES.keySet()) {
      Set<String> door = geopendDoor.getOrDefault(route, Set.of());
      List<String> kandidaten = volgorde.stream().filter(door::contains).toList();
      if (!kandidaten.isEmpty()) {
        toewijzing.computeIfAbsent(kandidaten.get(i % kandidaten.size()), k -> new ArrayList<>()).add(route);
      }
      i++;
    }
    return toewijzing;
  }

  private static void wacht(java.util.concurrent.CyclicBarrier tussen) {
    try {
      tussen.await(20, java.util.concurrent.TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.BrokenBarrierException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("the other browser did not finish its 1280 px pass", e);
    }
  }

  /** Where a visit's time goes (navigate, axe, codes, screenshot), summed over both browsers: printed at the end. */
  private static final Map<String, java.util.concurrent.atomic.LongAdder> TIJD =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static <T> T getimed(String wat, java.util.function.Supplier<T> stap) {
    long t0 = System.nanoTime();
    try {
      return stap.get();
    } finally {
      TIJD.computeIfAbsent(wat, k -> new java.util.concurrent.atomic.LongAdder()).add(System.nanoTime() - t0);
    }
  }

  /** The error pages axe has checked, as "account status" ({@link #bezoek}). */
  private static final Set<String> foutpaginaGekeurd = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private static final java.util.concurrent.atomic.AtomicInteger herhaaldeFoutpaginas =
      new java.util.concurrent.atomic.AtomicInteger();

  private static List<String> bezoek(Page page, String account, String route, String url) {
    List<String> fouten = new ArrayList<>();
    Response antwoord = getimed("navigeren", () -> page.navigate(omgeving.urlA(url)));
    String wat = account + " " + url;
    if (antwoord == null) {
      return List.of(wat + ": no response");
    }
    if (antwoord.status() >= 500) {
      fouten.add(wat + ": status " + antwoord.status());
    }
    String type = antwoord.headerValue("content-type");
    if (type == null || !MediaType.parseMediaType(type).isCompatibleWith(MediaType.TEXT_HTML)) {
      fouten.add(wat + ": content type " + type);
    }
    String html = page.content();
    for (String engels : ENGELS) {
      if (html.contains(engels)) {
        fouten.add(wat + ": contains " + engels);
      }
    }
    if (!html.contains("<html lang=\"nl\"")) {
      fouten.add(wat + ": not one of the site's pages");
    }
    // a page opened without a step just taken announces none: "saved" only after a save
    if (!url.contains("?") && page.locator("[role=status].melding--ok").count() > 0) {
      fouten.add(wat + ": announces a step nobody took: " + page.locator("[role=status].melding--ok").first()
          .textContent().strip());
    }
    // names, not codes: what people read holds no code of the enums or the reference data, no UUID, no true/false
    getimed("codes", () -> codes.in(html)).forEach(c -> fouten.add(wat + ": shows a code: " + c));
    // the error page of a route the role may not open is one template: axe and a screenshot once per account and
    // status (its header and navigation are the account's), not on each of the routes it refuses
    if (!isGeopend(page) && !foutpaginaGekeurd.add(account + " " + antwoord.status())) {
      herhaaldeFoutpaginas.incrementAndGet();
      return fouten;
    }
    // WCAG 2.1 AA, as axe-core judges it: every violation of every page is a failure, named with its nodes
    getimed("axe", () -> WebOmgeving.axe(page)).forEach(f -> fouten.add(wat + ": " + f));
    String naam = route.replaceAll("[{}]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    getimed("screenshot", () -> page.screenshot(new Page.ScreenshotOptions()
        .setPath(WebOmgeving.screenshot("rollen/" + account + "-" + (naam.isEmpty() ? "start" : naam)))));
    return fouten;
  }

  /** The page at {@value #SMAL} px: 0 axe violations and nothing wider than the screen. */
  private static List<String> bezoekSmal(Page page, String account, String route, String url) {
    List<String> fouten = new ArrayList<>();
    getimed("smal navigeren", () -> page.navigate(omgeving.urlA(url)));
    String wat = account + " " + url + " at " + SMAL + " px";
    getimed("smal axe", () -> WebOmgeving.axe(page)).forEach(f -> fouten.add(wat + ": " + f));
    String breedste = getimed("smal breedte", () -> PaginaBreedte.breedsteElement(page));
    if (breedste != null) {
      fouten.add(wat + ": scrolls sideways: " + breedste);
    }
    String naam = route.replaceAll("[{}]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    getimed("smal screenshot", () -> page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
        .setPath(WebOmgeving.screenshot("smal/" + account + "-" + (naam.isEmpty() ? "start" : naam)))));
    return fouten;
  }

  /** The page rendered itself (not the error page of a role that may not see it). */
  private static boolean isGeopend(Page page) {
    return page.locator("main .melding[role=alert] h1").count() == 0;
  }

  private static boolean isPaginaGet(RequestMappingInfo info) {
    var methods = info.getMethodsCondition().getMethods();
    boolean get = methods.isEmpty() || methods.contains(org.springframework.web.bind.annotation.RequestMethod.GET);
    boolean stroom = info.getProducesCondition().getProducibleMediaTypes().contains(MediaType.TEXT_EVENT_STREAM);
    boolean api = info.getPatternsCondition().getPatterns().stream().anyMatch(p -> p.getPatternString().startsWith("/api/"));
    // a contact's vCard is a download, not a page (no HTML to check): ContactpersonenE2eIT downloads it
    boolean download = info.getPatternsCondition().getPatterns().stream()
        .anyMatch(p -> p.getPatternString().endsWith("/vcard") || p.getPatternString().endsWith(".ics")
            || p.getPatternString().endsWith("/export") // exports: BeheerE2eIT (a region's), ExportE2eIT (issue 18)
            // the import's template and report (issue 18): DossierImportE2eIT downloads them
            || p.getPatternString().endsWith("/importeren/sjabloon")
            || p.getPatternString().endsWith("/importeren/{id}/rapport"));
    return get && !stroom && !api && !download;
  }

  /** An error logged while rendering: a template error, or an unexpected error that became a 500. */
  private static boolean isPaginafout(ILoggingEvent e) {
    for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
      if (t.getClassName().startsWith("org.thymeleaf") || t.getClassName().contains("SpelEvaluationException")) {
        return true;
      }
    }
    return e.getFormattedMessage().contains("unexpected error on")
        || e.getFormattedMessage().toLowerCase().contains("template");
  }

  private static Bezoeker bezoeker(String realm, RealmUserSpec account) {
    String azc = account.attributes().getOrDefault("azc", "AZC-OISTERWIJK");
    // the operator opens a real region's pages (refused: she sees no region's data)
    String regio = realm.equals("coa") ? (azc.equals("AZC-OVERLOON") ? NOB : HVB)
        : realm.equals("platform") ? HVB : realm;
    return new Bezoeker(realm, account, regio, azc, dossiers.get(regio), afspraken.get(regio), gesprekken.get(regio));
  }

  /**
   * An import of the region by its coördinator (issue 18): one row of an unknown gemeente, so it creates nothing and
   * its page shows the report table. Returns its id.
   */
  private static String dossierImport(String regio, String coordinator) {
    String csv = "coaReferentie;voornamen;achternaam;geboortedatum;taal;tolkNodig;gemeente;azc;koppelingsdatum;"
        + "verwachteVerhuisdatum;huishouden\nELKE-PAGINA-" + regio.toUpperCase(java.util.Locale.ROOT)
        + ";Test;Persoon;1990-01-01;ara;nee;Nergenshuizen;AZC-OISTERWIJK;2026-11-01;;\n";
    var gestart = omgeving.apiBestand("/api/v1/regios/" + regio + "/dossierimporten", regio, coordinator,
        "elke-pagina.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(gestart.statusCode()).as(gestart.body()).isEqualTo(202);
    String locatie = gestart.headers().firstValue("Location").orElseThrow();
    return locatie.substring(locatie.lastIndexOf('/') + 1);
  }

  /** An agreement signed by all its parties (actief) between the region's gemeenten and the azc. */
  private static String actieveAfspraak(String regio, String azc, Map<String, String> gemeenten, String liaison) {
    String coordinator = regio.equals(HVB) ? "hvb-coordinator" : "nob-coordinator";
    StringBuilder partijen = new StringBuilder();
    gemeenten.keySet().forEach(g -> partijen.append(partijen.isEmpty() ? "" : ", ")
        .append("{\"cbsCode\": \"%s\", \"contactpersoonId\": \"%s\"}".formatted(g, TestContactpersonen.nieuw(azc))));
    String body = """
        {"azc": {"code": "%s", "contactpersoonId": "%s"}, "gemeenten": [%s],
         "scenario": "snelle-start", "geldigVanaf": "2026-01-01", "afspraken": "Elke pagina, elke rol"}"""
        .formatted(azc, TestContactpersonen.nieuw(azc), partijen);
    String pad = "/api/v1/regios/" + regio + "/samenwerkingsafspraken";
    var gemaakt = omgeving.api("POST", pad, regio, coordinator, body);
    assertThat(gemaakt.statusCode()).as(gemaakt.body()).isEqualTo(201);
    String id = id(gemaakt.body());
    omgeving.api("POST", pad + "/" + id + "/ter-ondertekening", regio, coordinator, null);
    gemeenten.forEach((g, medewerker) ->
        omgeving.api("POST", pad + "/" + id + "/ondertekeningen", regio, medewerker, "{\"partij\":\"" + g + "\"}"));
    omgeving.api("POST", pad + "/" + id + "/ondertekeningen", "coa", liaison, "{\"partij\":\"" + azc + "\"}");
    return id;
  }

  private static String dossier(String regio, String gemeente, String azc, String coordinator) {
    String body = """
        {"gemeente": "%s", "azcLocatie": "%s", "koppelingsdatum": "%s", "verwachteVerhuisdatum": "%s",
         "gekozenScenario": "snelle-start", "vasteContactpersoonId": "%s", "casemanagerId": "%s", %s}"""
        .formatted(gemeente, azc, LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(30), LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).plusDays(30),
            TestContactpersonen.vanGemeente(gemeente), TestContactpersonen.nieuw(azc),
            nl.doorlopendelijn.testsupport.TestPersonen.json());
    var antwoord = omgeving.api("POST", "/api/v1/regios/" + regio + "/dossiers", regio, coordinator, body);
    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
    return id(antwoord.body());
  }

  /** A planned gesprek of the dossier (its driegesprek, a week ahead) with the azc's casemanager. */
  private static String gesprek(String regio, String dossier, String azc, String coordinator) {
    String pad = "/api/v1/regios/" + regio + "/dossiers/" + dossier + "/gesprekken";
    for (String soort : List.of("driegesprek", "driegesprek-voor-verhuizing")) {
      String body = """
          {"soort": "%s", "begintOp": "%s", "duurMinuten": 60, "vorm": "op-het-azc", "locatie": "Het azc",
           "deelnemers": ["%s"]}""".formatted(soort, java.time.OffsetDateTime.now(nl.doorlopendelijn.kernel.Tijdzone.NL).plusDays(7)
          .withNano(0), TestContactpersonen.nieuw(azc));
      var antwoord = omgeving.api("POST", pad, regio, coordinator, body);
      if (antwoord.statusCode() == 201) {
        return id(antwoord.body());
      }
    }
    throw new IllegalStateException("no gesprek planned for the dossier of " + regio);
  }

  private static String id(String json) {
    return json.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }
}
