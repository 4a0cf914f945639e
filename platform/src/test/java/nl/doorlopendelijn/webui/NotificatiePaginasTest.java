package nl.doorlopendelijn.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.doorlopendelijn.notificaties.Bezorging;
import nl.doorlopendelijn.notificaties.NotificatieSoort;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import nl.doorlopendelijn.testsupport.TestPersonen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The notification pages without a browser (the real OIDC login against the test issuers, the real API and
 * database): the header's unread count, the list with names for every code, marking read, paging, the empty state of
 * a user without a link to her gids entry, and the preferences form with its confirmation, its conflict (If-Match)
 * and its refused value shown next to the soort. The rows are written as the notificaties module writes them, for a
 * recipient of a gemeente the dossier is not of (so its own listener adds none). The browser flow is
 * {@code NotificatiesE2eIT}.
 */
@PlatformTest
class NotificatiePaginasTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = "hart-van-brabant";
  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern VERSIE = Pattern.compile("name=\"versie\" value=\"([^\"]*)\"");

  @Autowired
  WebTestClient web;

  @Test
  void eenGekoppeldeGebruikerZietHaarNotificatiesMetNamenEnMarkeertZeGelezen() {
    Map<String, Object> dossier = dossier();
    String subject = gebruiker();
    UUID ik = TestContactpersonen.vanGemeente("GM0785");
    koppel(ik, subject);
    notificatie(ik, dossier, NotificatieSoort.values()[0], null, Instant.now().minusSeconds(3600), true);
    UUID nieuw = notificatie(ik, dossier, soort("mijlpaal-te-laat"), "driegesprek", Instant.now(), false);
    var sessie = PaginaSessie.inloggen(web, HVB, subject, List.of("gemeente-medewerker"), Map.of("gemeente", "GM0785"));

    String html = sessie.html("/notificaties", 200);
    assertThat(teller(html)).as("one unread in the header").isEqualTo("1");
    assertThat(html).contains("<h1>Mijn notificaties</h1>", soort("mijlpaal-te-laat").label(),
        NotificatieSoort.values()[0].label(), "Dossier " + dossier.get("dossiernummer"),
        "href=\"/regio/" + HVB + "/dossiers/" + dossier.get("id") + "\"", "Hart van Brabant", "Gelezen", "Nieuw",
        "Markeer als gelezen", "Alles gelezen");
    assertThat(html.indexOf(soort("mijlpaal-te-laat").label()))
        .as("newest first").isLessThan(html.indexOf(NotificatieSoort.values()[0].label() + "</span>"));
    assertThat(new CodesOpDePagina(List.of("AZC-OISTERWIJK")).in(html)).as("codes or ids in what people read").isEmpty();
    assertThat(aantal(html, "Markeer als gelezen</button>")).as("only the unread one").isOne();

    // marking it read: back on the list, said so, no count in the header any more
    post(sessie, "/notificaties/" + HVB + "/" + nieuw + "/gelezen", csrf(html), Map.of("pagina", "1"))
        .expectStatus().is3xxRedirection().expectHeader().location("/notificaties?gedaan=gelezen");
    String gelezen = sessie.html("/notificaties?gedaan=gelezen", 200);
    assertThat(gelezen).contains("De notificatie is gemarkeerd als gelezen.").doesNotContain("Markeer als gelezen</button>");
    assertThat(teller(gelezen)).isNull();
    assertThat(sessie.html("/notificaties?ongelezen=true", 200)).contains("U heeft geen ongelezen notificaties.");
  }

  @Test
  void eenLangeLijstHeeftPaginasEnAllesGelezenMaaktDeTellerLeeg() {
    Map<String, Object> dossier = dossier();
    String subject = gebruiker();
    UUID ik = TestContactpersonen.vanGemeente("GM0785");
    koppel(ik, subject);
    for (int i = 0; i < 25; i++) {
      notificatie(ik, dossier, NotificatieSoort.values()[i % NotificatieSoort.values().length], null,
          Instant.now().minusSeconds(60L * i), false);
    }
    var sessie = PaginaSessie.inloggen(web, HVB, subject, List.of("gemeente-medewerker"), Map.of("gemeente", "GM0785"));

    String eerste = sessie.html("/notificaties", 200);
    assertThat(teller(eerste)).isEqualTo("25");
    assertThat(eerste).contains("Pagina 1 van 2", "href=\"/notificaties?pagina=2\"");
    assertThat(sessie.html("/notificaties?pagina=2", 200)).contains("Pagina 2 van 2");
    assertThat(sessie.get("/notificaties?pagina=nul").expectStatus().isBadRequest());

    post(sessie, "/notificaties/gelezen", csrf(eerste), Map.of("pagina", "2"))
        .expectStatus().is3xxRedirection().expectHeader().location("/notificaties?pagina=2&gedaan=alles-gelezen");
    String daarna = sessie.html("/notificaties?gedaan=alles-gelezen", 200);
    assertThat(daarna).contains("Alle notificaties zijn gemarkeerd als gelezen.");
    assertThat(teller(daarna)).isNull();
  }

  @Test
  void zonderKoppelingZegtDePaginaWaaromHijLeegIsEnWaarZeKoppelt() {
    var sessie = PaginaSessie.inloggen(web, HVB, gebruiker(), List.of("gemeente-medewerker"),
        Map.of("gemeente", "GM0855"));

    String html = sessie.html("/notificaties", 200);
    assertThat(html).contains("id=\"notificaties-leeg\"", "nog niet is gekoppeld aan uw vermelding in de",
        "href=\"/regio/" + HVB + "/contactpersonen\"", "Dit ben ik");
    assertThat(teller(html)).as("no count without a link").isNull();
    String voorkeuren = sessie.html("/notificaties/voorkeuren", 200);
    assertThat(voorkeuren).contains("id=\"voorkeuren-niet-gekoppeld\"").doesNotContain("Voorkeuren opslaan");
  }

  @Test
  void eenDashboardViewerKrijgtGeenNotificatiesEnDePaginaZegtDat() {
    var viewer = PaginaSessie.inloggen(web, HVB, gebruiker(), List.of("dashboard-viewer"), Map.of());

    String html = viewer.html("/notificaties", 200);
    assertThat(html).contains("id=\"notificaties-rol\"").doesNotContain("id=\"notificaties-leeg\"",
        "class=\"kop__notificaties\"");
    assertThat(viewer.html("/notificaties/voorkeuren", 200)).contains("id=\"voorkeuren-rol\"")
        .doesNotContain("Voorkeuren opslaan", "id=\"voorkeuren-niet-gekoppeld\"");
  }

  @Test
  void voorkeurenWordenOpgeslagenMetBevestigingEnEenTussentijdseWijzigingGaatNietVerloren() {
    String subject = gebruiker();
    UUID ik = TestContactpersonen.vanGemeente("GM0785");
    koppel(ik, subject);
    var sessie = PaginaSessie.inloggen(web, HVB, subject, List.of("gemeente-medewerker"), Map.of("gemeente", "GM0785"));

    String formulier = sessie.html("/notificaties/voorkeuren", 200);
    for (NotificatieSoort soort : NotificatieSoort.values()) {
      assertThat(formulier).contains("<legend>" + soort.label() + "</legend>",
          "name=\"bezorging-" + soort.code() + "\" value=\"direct\" checked");
    }
    for (Bezorging b : Bezorging.values()) {
      assertThat(formulier).contains(b.label());
    }
    String versie = versie(formulier);
    String nieuwDossier = NotificatieSoort.values()[0].code();

    post(sessie, "/notificaties/voorkeuren", csrf(formulier), Map.of("versie", versie,
        "bezorging-" + nieuwDossier, "dagelijks")).expectStatus().is3xxRedirection()
        .expectHeader().location("/notificaties/voorkeuren?opgeslagen");
    String opgeslagen = sessie.html("/notificaties/voorkeuren?opgeslagen", 200);
    assertThat(opgeslagen).contains("Uw voorkeuren zijn opgeslagen.",
        "name=\"bezorging-" + nieuwDossier + "\" value=\"dagelijks\" checked");

    // the form of before (its version): refused, nothing changed, the page says so and shows what is stored now
    String conflict = post(sessie, "/notificaties/voorkeuren", csrf(formulier), Map.of("versie", versie,
        "bezorging-" + nieuwDossier, "uit")).expectStatus().isEqualTo(412).expectBody(String.class).returnResult()
        .getResponseBody();
    assertThat(conflict).contains("intussen gewijzigd", "name=\"bezorging-" + nieuwDossier + "\" value=\"dagelijks\" checked");

    // a value the API does not know: 400, the error next to its soort, her choices kept
    String nu = versie(sessie.html("/notificaties/voorkeuren", 200));
    String fout = post(sessie, "/notificaties/voorkeuren", csrf(formulier), Map.of("versie", nu,
        "bezorging-" + nieuwDossier, "wekelijks")).expectStatus().isBadRequest().expectBody(String.class)
        .returnResult().getResponseBody();
    assertThat(fout).contains("Er is een probleem", "id=\"fout-" + nieuwDossier + "\"");
    assertThat(sessie.html("/notificaties/voorkeuren", 200))
        .contains("name=\"bezorging-" + nieuwDossier + "\" value=\"dagelijks\" checked");
  }

  // ---- helpers

  /** A new user's subject (her name on the page is "Test " + it: no id in it, which the page check would flag). */
  private static String gebruiker() {
    return "medewerker-" + Long.toString(System.nanoTime(), 36);
  }

  private static NotificatieSoort soort(String code) {
    return NotificatieSoort.vanCode(code).orElseThrow();
  }

  private static String teller(String html) {
    Matcher m = Pattern.compile("id=\"ongelezen-teller\">(\\d+)<").matcher(html);
    return m.find() ? m.group(1) : null;
  }

  private static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    assertThat(m.find()).as("a CSRF token on the page").isTrue();
    return m.group(1);
  }

  private static String versie(String html) {
    Matcher m = VERSIE.matcher(html);
    assertThat(m.find()).as("the version on the form").isTrue();
    return m.group(1).replace("&quot;", "\"");
  }

  private WebTestClient.ResponseSpec post(PaginaSessie sessie, String pad, String csrf, Map<String, String> velden) {
    var form = BodyInserters.fromFormData("_csrf", csrf);
    velden.forEach(form::with);
    return web.post().uri(pad).accept(MediaType.TEXT_HTML).header(HttpHeaders.COOKIE, sessie.cookie())
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).exchange();
  }

  private static int aantal(String html, String stuk) {
    return html.split(Pattern.quote(stuk), -1).length - 1;
  }

  /** A Tilburg dossier, registered by the coördinator. */
  private Map<String, Object> dossier() {
    Map<String, Object> invoer = new java.util.LinkedHashMap<>();
    invoer.put("gemeente", "GM0855");
    invoer.put("azcLocatie", "AZC-OISTERWIJK");
    invoer.put("koppelingsdatum", LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(3).toString());
    invoer.put("gekozenScenario", "snelle-start");
    invoer.put("persoon", TestPersonen.persoon());
    invoer.put("vasteContactpersoonId", TestContactpersonen.vanGemeente("GM0855").toString());
    return web.post().uri("/api/v1/regios/{regio}/dossiers", HVB)
        .headers(h -> h.setBearerAuth(issuers.regioCoordinator(HVB)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(invoer)
        .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
  }

  private static void koppel(UUID contactpersoon, String subject) {
    try (Connection c = TestDatabase.shared().connectAsOwner();
        PreparedStatement ps = c.prepareStatement("""
            update contactpersoon set koppeling_issuer = ?, koppeling_subject = ?, koppeling_status = 'bevestigd',
                   koppeling_aangevraagd_op = now(), koppeling_bevestigd_op = now() where id = ?""")) {
      ps.setString(1, issuers.issuer(HVB));
      ps.setString(2, subject);
      ps.setObject(3, contactpersoon);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A notification row as the notificaties module writes it (in the region's tenant, under its RLS). */
  private static UUID notificatie(UUID ontvanger, Map<String, Object> dossier, NotificatieSoort soort, String mijlpaal,
      Instant op, boolean gelezen) {
    UUID id = UUID.randomUUID();
    try (Connection c = TestDatabase.shared().connectAsOwner()) {
      c.setAutoCommit(false);
      try (PreparedStatement tenant = c.prepareStatement("select set_config('app.tenant_id', ?, true)");
          PreparedStatement ps = c.prepareStatement("""
              insert into notificatie (tenant_id, id, ontvanger_id, soort, dossier_id, dossier_nummer, mijlpaal,
                                       gebeurtenis_id, bezorging, aangemaakt_op, gelezen_op)
              values (?, ?, ?, ?, ?::uuid, ?, ?, ?, 'uit', ?, ?)""")) {
        tenant.setString(1, Region.idFor(HVB).toString());
        tenant.execute();
        ps.setObject(1, Region.idFor(HVB));
        ps.setObject(2, id);
        ps.setObject(3, ontvanger);
        ps.setString(4, soort.code());
        ps.setString(5, String.valueOf(dossier.get("id")));
        ps.setString(6, String.valueOf(dossier.get("dossiernummer")));
        ps.setString(7, mijlpaal);
        ps.setObject(8, UUID.randomUUID());
        ps.setTimestamp(9, Timestamp.from(op));
        ps.setTimestamp(10, gelezen ? Timestamp.from(op.plusSeconds(60)) : null);
        ps.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }
}
