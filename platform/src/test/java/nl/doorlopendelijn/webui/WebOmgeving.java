package nl.doorlopendelijn.webui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.DoorlopendeLijnApplication;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.keycloak.DemoUsers;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakLauncher;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the browser tests run against, once per JVM: the run's one real Keycloak ({@link KeycloakLauncher#shared()},
 * also the API end-to-end tests'), whose web client redirects to replica A's port (chosen before that Keycloak
 * started, {@link KeycloakLauncher#sharedPlatformPort()}), two platform instances ("replicas") on the shared test
 * database, and Debian's Chromium driven by Playwright.
 */
final class WebOmgeving {

  private static WebOmgeving gedeeld;

  final int poortA = KeycloakLauncher.sharedPlatformPort();
  final int poortB = vrijePoort();
  final KeycloakLauncher keycloak;
  final ConfigurableApplicationContext replicaA;
  private ConfigurableApplicationContext replicaB;
  final Playwright playwright;
  final Browser browser;
  private final HttpClient http = HttpClient.newHttpClient();

  private WebOmgeving() {
    long start = System.nanoTime();
    keycloak = KeycloakLauncher.shared();
    System.out.printf("Keycloak voor de browsertests klaar in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
    KeycloakLauncher.claimSharedPlatformPort();
    replicaA = platform(poortA);
    playwright = nieuwePlaywright();
    browser = chromium(playwright);
    System.out.printf("Omgeving voor de browsertests klaar in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "web-omgeving-stop"));
  }

  /**
   * A Playwright of its own, for a thread of its own: Playwright's objects may only be used on the thread that made
   * them (the every-page test drives one browser per thread).
   */
  static Playwright nieuwePlaywright() {
    return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  /** Debian's Chromium, headless, through this Playwright. */
  static Browser chromium(Playwright playwright) {
    return playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(Path.of(System.getProperty("doorlopendelijn.chromium", "/usr/bin/chromium")))
        .setHeadless(true)
        .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
  }

  static synchronized WebOmgeving gedeeld() {
    if (gedeeld == null) {
      gedeeld = new WebOmgeving();
    }
    return gedeeld;
  }

  String urlA(String pad) {
    return "http://localhost:" + poortA + pad;
  }

  /** The second replica, started on first use (same database, same Keycloak). */
  synchronized String urlB(String pad) {
    if (replicaB == null) {
      replicaB = platform(poortB);
    }
    return "http://localhost:" + poortB + pad;
  }

  /** Logs in through Keycloak's own login form, starting from the platform's login page. */
  void logIn(Page page, String regioNaam, String gebruiker) {
    page.navigate(urlA("/inloggen"));
    page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
        new Page.GetByRoleOptions().setName(regioNaam).setExact(false)).first().click();
    page.waitForURL(url -> url.startsWith(keycloak.baseUrl()));
    page.locator("#username").fill(gebruiker);
    page.locator("#password").fill(DemoUsers.PASSWORD);
    page.locator("#kc-login").click();
    page.waitForURL(url -> url.startsWith(urlA("/")));
  }

  /** Calls the platform's API as a demo user (password grant), for test data. */
  HttpResponse<String> api(String methode, String pad, String realm, String gebruiker, String json) {
    return metToken(methode, pad, keycloak.passwordGrant(realm, gebruiker, DemoUsers.PASSWORD), json);
  }

  /** POSTs one file as the multipart part {@code bestand} (a dossier import, issue 18) as a demo user. */
  HttpResponse<String> apiBestand(String pad, String realm, String gebruiker, String naam, byte[] inhoud) {
    String grens = "----elke-pagina-" + java.util.UUID.randomUUID();
    byte[] kop = ("--" + grens + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"" + naam
        + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] staart = ("\r\n--" + grens + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] body = new byte[kop.length + inhoud.length + staart.length];
    System.arraycopy(kop, 0, body, 0, kop.length);
    System.arraycopy(inhoud, 0, body, kop.length, inhoud.length);
    System.arraycopy(staart, 0, body, kop.length + inhoud.length, staart.length);
    var request = HttpRequest.newBuilder(URI.create(urlA(pad)))
        .header("Authorization", "Bearer " + keycloak.passwordGrant(realm, gebruiker, DemoUsers.PASSWORD))
        .header("Content-Type", "multipart/form-data; boundary=" + grens)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Calls the platform's API with a given access token (e.g. of a user who logged in through a broker). */
  HttpResponse<String> metToken(String methode, String pad, String token, String json) {
    var request = HttpRequest.newBuilder(URI.create(urlA(pad)))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .method(methode, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
        .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * An agreement of AZC Oisterwijk with Tilburg in Hart van Brabant, submitted and signed by both parties: in
   * force, so the gemeente and the COA liaison see its dossiers. {@code omschrijving} names the test that made it.
   */
  void afspraakTilburgOisterwijk(String omschrijving) {
    String body = """
        {"azc": {"code": "AZC-OISTERWIJK", "contactpersoonId": "%s"},
         "gemeenten": [{"cbsCode": "GM0855", "contactpersoonId": "%s"}],
         "scenario": "snelle-start", "geldigVanaf": "2026-01-01", "afspraken": "%s"}"""
        .formatted(nl.doorlopendelijn.testsupport.TestContactpersonen.nieuw(),
            nl.doorlopendelijn.testsupport.TestContactpersonen.nieuw(), omschrijving);
    String pad = "/api/v1/regios/hart-van-brabant/samenwerkingsafspraken";
    var gemaakt = api("POST", pad, "hart-van-brabant", "hvb-coordinator", body);
    if (gemaakt.statusCode() != 201) {
      throw new IllegalStateException("agreement not made: " + gemaakt.statusCode() + " " + gemaakt.body());
    }
    String id = gemaakt.body().replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    api("POST", pad + "/" + id + "/ter-ondertekening", "hart-van-brabant", "hvb-coordinator", null);
    api("POST", pad + "/" + id + "/ondertekeningen", "hart-van-brabant", "tilburg-medewerker",
        "{\"partij\":\"GM0855\"}");
    api("POST", pad + "/" + id + "/ondertekeningen", "coa", "coa-oisterwijk", "{\"partij\":\"AZC-OISTERWIJK\"}");
  }

  /**
   * WCAG 2.1 AA as axe-core judges the page: each violation as "axe id (impact) at [its first nodes]".
   *
   * <p>axe runs in the page itself ({@code axe.run}, "legacy mode"): the default would run each frame partially and
   * then open a blank page of its own, inject axe there once more and combine the parts, which only matters for
   * cross-origin iframes; the site's pages have no iframe at all, so the rules, the nodes and the violations are the
   * same, at a fraction of the time. Only the violations are aggregated ({@code resultTypes}): passes and
   * inapplicable rules are not read here, and axe still reports every node of every violation.
   */
  static List<String> axe(Page page) {
    var opties = new com.deque.html.axecore.args.AxeRunOptions();
    opties.setResultTypes(List.of("violations"));
    var uitslag = new com.deque.html.axecore.playwright.AxeBuilder(page).options(opties)
        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).setLegacyMode(true).analyze();
    return uitslag.getViolations().stream().map(v -> "axe " + v.getId() + " (" + v.getImpact() + ") at "
        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList()).toList();
  }

  static Path screenshot(String naam) {
    return Path.of("target", "screenshots", naam + ".png");
  }

  private ConfigurableApplicationContext platform(int poort) {
    Map<String, Object> props = new LinkedHashMap<>(TestDatabase.shared().springProperties());
    props.put("server.port", poort);
    props.put("doorlopendelijn.keycloak.base-url", keycloak.baseUrl());
    props.put("doorlopendelijn.web.client-secret", KeycloakLauncher.DEMO_WEB_CLIENT_SECRET);
    // the operator onboards regions in the pages: realms through Keycloak's admin API, redirecting to replica A
    props.putAll(keycloak.adminSpringProperties());
    props.put("doorlopendelijn.keycloak.admin.platform-base-url", "http://localhost:" + poortA);
    props.putAll(nl.doorlopendelijn.testsupport.keycloak.KeycloakMail.shared().springProperties());
    props.put("spring.main.banner-mode", "off");
    props.putAll(nl.doorlopendelijn.testsupport.PlatformTestInitializer.schrijflimietenBuitenBereik());
    // both replicas read each other's page sessions: one key
    props.putAll(nl.doorlopendelijn.testsupport.PlatformTestInitializer.sessieSleutels());
    // As command-line arguments: they outrank application.yaml (default properties would not).
    String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(DoorlopendeLijnApplication.class).run(args);
  }

  private void stop() {
    try {
      browser.close();
      playwright.close();
    } catch (RuntimeException ignored) {
      // the JVM is going down
    }
    if (replicaB != null) {
      replicaB.close();
    }
    replicaA.close();
    // the shared Keycloak stops with the JVM (its own hook), after the API tests that use it too
  }

  private static int vrijePoort() {
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
