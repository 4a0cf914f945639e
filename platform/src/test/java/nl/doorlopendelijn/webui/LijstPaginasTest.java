package nl.doorlopendelijn.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestAfspraken;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every list page can be paged: with more than one page of items, the page control ("pagina x van y", vorige /
 * volgende, filters kept) reaches every item, the 21st and later included, exactly once. And the COA home renders
 * for both demo liaisons' azc's. Logged in through the real OIDC flow against the test issuers (no Keycloak).
 */
@PlatformTest
class LijstPaginasTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = "hart-van-brabant";
  private static final String NOB = "noordoost-brabant";
  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
  private static final Pattern VOLGENDE = Pattern.compile("class=\"bladeren__volgende\" href=\"([^\"]+)\"");
  private static final Pattern POSITIE = Pattern.compile("Pagina (\\d+) van (\\d+)");

  @Autowired
  WebTestClient web;

  private final List<String[]> inWerking = new ArrayList<>();

  @Test
  void coaHomeRendertVoorBeideLiaisons() {
    // Oisterwijk with an agreement in force (ended after the test); Overloon with none in force, so it sees its open
    // dossier on its own. No test may leave an agreement in force behind: other tests' COA access depends on it.
    for (var geval : List.of(new String[] {HVB, "AZC-OISTERWIJK", "GM0784"}, new String[] {NOB, "AZC-OVERLOON", "GM0828"})) {
      String regio = geval[0];
      String azc = geval[1];
      if (azc.equals("AZC-OISTERWIJK")) {
        actieveAfspraak(regio, azc, geval[2]);
      }
      String nummer = (String) dossier(regio, geval[2], azc, null).get("dossiernummer");
      var liaison = PaginaSessie.inloggen(web, "coa", "liaison-" + azc, List.of("coa-liaison"), Map.of("azc", azc));

      String html = liaison.html("/coa/" + azc, 200);

      String azcNaam = azc.equals("AZC-OISTERWIJK") ? "azc Oisterwijk" : "azc Overloon";
      assertThat(html).as(azc).contains(azcNaam + "</span> in alle regio's", "Dossiers van dit azc")
          .doesNotContain("Exception", "Whitelabel", "\"status\":");
      assertThat(blader(liaison, "/coa/" + azc,
          Pattern.compile("<th scope=\"row\"><a [^>]*>([A-Z]+-\\d{4}-\\d{6})</a></th>"), null))
          .contains(nummer);
    }
  }

  @Test
  void dossierlijstToontDeNaamEnZoektOpNaamMetEenPostEnHetDossierZegtWieHetBetreft() {
    String achternaam = "Paginazoek" + uniek();
    String hh = "HH-" + uniek();
    Map<String, Object> gezocht = dossierMet(HVB, "GM0855", achternaam, hh);
    Map<String, Object> huisgenoot = dossierMet(HVB, "GM0855", "Huisgenoot" + uniek(), hh);
    Map<String, Object> elders = dossierMet(HVB, "GM0766", achternaam + "Dongen", null);
    var tilburg = PaginaSessie.inloggen(web, HVB, "tilburg-" + uniek(), List.of("gemeente-medewerker"),
        Map.of("gemeente", "GM0855"));

    String lijst = tilburg.html("/regio/" + HVB + "/dossiers?gemeente=GM0855", 200);
    assertThat(lijst).contains("<th scope=\"col\">Naam</th>", "Zoek op dossiernummer of naam");
    var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(lijst);
    assertThat(csrf.find()).isTrue();
    String gevonden = web.post().uri("/regio/" + HVB + "/dossiers/zoeken").accept(MediaType.TEXT_HTML)
        .header(org.springframework.http.HttpHeaders.COOKIE, tilburg.cookie())
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(org.springframework.web.reactive.function.BodyInserters.fromFormData("tekst", achternaam.toLowerCase())
            .with("_csrf", csrf.group(1)))
        .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    assertThat(gevonden).contains((String) gezocht.get("dossiernummer"), "Testpersoon " + achternaam, "Gevonden dossiers")
        .doesNotContain((String) elders.get("dossiernummer"), achternaam + "Dongen");

    String dossier = tilburg.html("/regio/" + HVB + "/dossiers/" + gezocht.get("id"), 200);
    assertThat(dossier).contains("Testpersoon " + achternaam, "Arabisch", "tolk nodig", hh,
        "/regio/" + HVB + "/dossiers/" + huisgenoot.get("id"),
        (String) ((Map<?, ?>) huisgenoot.get("persoon")).get("naam"));
  }

  private Map<String, Object> dossierMet(String regio, String gemeente, String achternaam, String huishouden) {
    Map<String, Object> invoer = new java.util.LinkedHashMap<>();
    invoer.put("gemeente", gemeente);
    invoer.put("azcLocatie", "AZC-OISTERWIJK");
    invoer.put("koppelingsdatum", LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(3).toString());
    invoer.put("gekozenScenario", "snelle-start");
    invoer.put("persoon", nl.doorlopendelijn.testsupport.TestPersonen.persoon("Testpersoon", achternaam));
    if (huishouden != null) {
      invoer.put("huishouden", huishouden);
    }
    return web.post().uri("/api/v1/regios/{regio}/dossiers", regio)
        .headers(h -> h.setBearerAuth(issuers.regioCoordinator(regio)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(invoer)
        .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
  }

  @Test
  void dossierlijstIsTeBladerenMetHetFilterErbij() {
    String gemeente = "GM0784";
    for (int i = 0; i < 21; i++) {
      dossier(HVB, gemeente, "AZC-OISTERWIJK", null);
    }
    Set<String> verwacht = apiAlle("/api/v1/regios/" + HVB + "/dossiers?gemeente=" + gemeente, "dossiers",
        "dossiernummer", issuers.regioCoordinator(HVB));
    var coordinator = coordinator();

    List<String> gezien = blader(coordinator, "/regio/" + HVB + "/dossiers?gemeente=" + gemeente,
        Pattern.compile("dossiers/[0-9a-f-]{36}\">([A-Z]+-\\d{4}-\\d{6})<"), "gemeente=" + gemeente);

    assertThat(verwacht).hasSizeGreaterThan(20);
    assertThat(gezien).hasSizeGreaterThan(20).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(verwacht);
  }

  @Test
  void afsprakenlijstIsTeBladeren() {
    for (int i = 0; i < 21; i++) {
      afspraak(HVB, "AZC-OISTERWIJK", "GM0797");
    }
    Set<String> verwacht = apiAlle("/api/v1/regios/" + HVB + "/samenwerkingsafspraken?x=1", "samenwerkingsafspraken",
        "id", issuers.regioCoordinator(HVB));

    List<String> gezien = blader(coordinator(), "/regio/" + HVB + "/afspraken",
        Pattern.compile("afspraken/([0-9a-f-]{36})\""), null);

    assertThat(verwacht).hasSizeGreaterThan(20);
    assertThat(gezien).hasSizeGreaterThan(20).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(verwacht);
  }

  @Test
  void gidsIsTeBladeren() {
    String woord = uniek();
    UUID organisatie = organisatie("Taalschool " + woord);
    Set<String> verwacht = new LinkedHashSet<>();
    for (int i = 0; i < 23; i++) {
      String naam = woord + " Contact " + (char) ('A' + i);
      web.post().uri("/api/v1/contactpersonen").headers(h -> h.setBearerAuth(issuers.platformOperator()))
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("organisatieId", organisatie.toString(), "naam", naam, "functie", "docent",
              "email", "contact@voorbeeld.nl", "regios", List.of(HVB)))
          .exchange().expectStatus().isCreated();
      verwacht.add(naam);
    }

    List<String> gezien = blader(coordinator(), "/regio/" + HVB + "/contactpersonen?q=" + woord,
        Pattern.compile("<strong>(" + woord + " Contact [A-Z])</strong>"), "q=" + woord);

    assertThat(gezien).hasSizeGreaterThan(20).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(verwacht);
  }

  @Test
  void coaDossierlijstIsTeBladeren() {
    actieveAfspraak(NOB, "AZC-OISTERWIJK", "GM0865");
    for (int i = 0; i < 21; i++) {
      dossier(NOB, "GM0865", "AZC-OISTERWIJK", null);
    }
    String liaisonToken = issuers.coaLiaison("AZC-OISTERWIJK");
    Set<String> verwacht = new LinkedHashSet<>();
    for (Object d : (List<?>) web.get().uri("/api/v1/azc-locaties/AZC-OISTERWIJK/dossiers")
        .headers(h -> h.setBearerAuth(liaisonToken)).exchange().expectStatus().isOk()
        .expectBody(JSON).returnResult().getResponseBody().get("dossiers")) {
      verwacht.add((String) ((Map<?, ?>) d).get("dossiernummer"));
    }
    var liaison = PaginaSessie.inloggen(web, "coa", "liaison-AZC-OISTERWIJK", List.of("coa-liaison"),
        Map.of("azc", "AZC-OISTERWIJK"));

    List<String> gezien = blader(liaison, "/coa/AZC-OISTERWIJK",
        Pattern.compile("<th scope=\"row\"><a [^>]*>([A-Z]+-\\d{4}-\\d{6})</a></th>"), null);

    assertThat(verwacht).hasSizeGreaterThan(20);
    assertThat(gezien).hasSizeGreaterThan(20).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(verwacht);
  }

  @Test
  void eenOngeldigPaginanummerIsEenMeldingGeenLegeLijst() {
    var coordinator = coordinator();
    assertThat(coordinator.html("/regio/" + HVB + "/dossiers?pagina=nul", 400))
        .contains("Dit filter kan niet worden toegepast", "pagina: moet een geheel getal");
    var liaison = PaginaSessie.inloggen(web, "coa", "liaison-AZC-OISTERWIJK", List.of("coa-liaison"),
        Map.of("azc", "AZC-OISTERWIJK"));
    assertThat(liaison.html("/coa/AZC-OISTERWIJK?pagina=-1", 400)).contains("Ongeldige invoer", "pagina");
  }

  /**
   * Follows "Volgende" from the first page to the last, checking "pagina x van y" and that the filter stays. Only
   * the control of the list being paged counts: a page may hold more lists (the COA's home: its dossiers, then its
   * agreements), each with a control of its own, told apart by their aria-label ("Paginering dossiers").
   */
  private static List<String> blader(PaginaSessie sessie, String eerste, Pattern item, String filter) {
    String lijst = eerste.contains("/afspraken") ? "samenwerkingsafspraken"
        : eerste.contains("/contactpersonen") ? "contactpersonen" : "dossiers";
    Pattern besturing = Pattern.compile(
        "<nav class=\"bladeren\"[^>]*aria-label=\"Paginering " + lijst + "\"[^>]*>(.*?)</nav>", Pattern.DOTALL);
    List<String> gezien = new ArrayList<>();
    String url = eerste;
    int verwachtePagina = 1;
    int aantal = -1;
    while (url != null) {
      String html = sessie.html(url, 200);
      Matcher eigen = besturing.matcher(html);
      String nav = eigen.find() ? eigen.group(1) : "";
      Matcher positie = POSITIE.matcher(nav);
      if (positie.find()) {
        assertThat(Integer.parseInt(positie.group(1))).isEqualTo(verwachtePagina);
        aantal = aantal < 0 ? Integer.parseInt(positie.group(2)) : aantal;
        assertThat(Integer.parseInt(positie.group(2))).isEqualTo(aantal);
      } else {
        assertThat(verwachtePagina).as("a list of one page has no control; " + url).isEqualTo(1);
        aantal = 1;
      }
      Matcher m = item.matcher(html);
      int opDezePagina = 0;
      while (m.find()) {
        gezien.add(m.group(1));
        opDezePagina++;
      }
      assertThat(opDezePagina).as(url).isBetween(1, 20);
      Matcher volgende = VOLGENDE.matcher(nav);
      url = volgende.find() ? volgende.group(1).replace("&amp;", "&") : null;
      if (url != null && filter != null) {
        assertThat(url).contains(filter);
      }
      verwachtePagina++;
    }
    assertThat(verwachtePagina - 1).isEqualTo(aantal);
    return gezien;
  }

  private PaginaSessie coordinator() {
    return PaginaSessie.inloggen(web, HVB, "coordinator-" + HVB, List.of("regio-coordinator"), Map.of());
  }

  private Set<String> apiAlle(String pad, String lijst, String veld, String token) {
    Set<String> alle = new LinkedHashSet<>();
    for (int pagina = 1; ; pagina++) {
      Map<String, Object> body = web.get().uri(pad + "&paginaGrootte=100&pagina=" + pagina)
          .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
          .expectBody(JSON).returnResult().getResponseBody();
      List<?> items = (List<?>) body.get(lijst);
      items.forEach(i -> alle.add((String) ((Map<?, ?>) i).get(veld)));
      if (items.size() < 100) {
        return alle;
      }
    }
  }

  private Map<String, Object> dossier(String regio, String gemeente, String azc, UUID contactpersoon) {
    Map<String, Object> invoer = new java.util.LinkedHashMap<>();
    invoer.put("gemeente", gemeente);
    invoer.put("azcLocatie", azc);
    invoer.put("koppelingsdatum", LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(3).toString());
    invoer.put("gekozenScenario", "snelle-start");
    invoer.put("persoon", nl.doorlopendelijn.testsupport.TestPersonen.persoon());
    invoer.put("vasteContactpersoonId", TestContactpersonen.alsVanGemeente(contactpersoon == null ? UUID.randomUUID()
        : contactpersoon, gemeente).toString());
    return web.post().uri("/api/v1/regios/{regio}/dossiers", regio)
        .headers(h -> h.setBearerAuth(issuers.regioCoordinator(regio)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(invoer)
        .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody();
  }

  private String afspraak(String regio, String azc, String gemeente) {
    Map<String, Object> body = Map.of(
        "azc", Map.of("code", azc, "contactpersoonId", TestContactpersonen.nieuw(azc).toString()),
        "gemeenten", List.of(Map.of("cbsCode", gemeente, "contactpersoonId", TestContactpersonen.nieuw(azc).toString())),
        "scenario", "snelle-start", "geldigVanaf", "2026-01-01", "afspraken", "Paginatest");
    return (String) web.post().uri("/api/v1/regios/{regio}/samenwerkingsafspraken", regio)
        .headers(h -> h.setBearerAuth(issuers.regioCoordinator(regio)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
        .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody().get("id");
  }

  /** Ends what {@link #actieveAfspraak} put in force, so other tests find the COA access they expect. */
  @AfterEach
  void beeindigAfspraken() {
    inWerking.forEach(a -> TestAfspraken.beeindig(web, a[0], a[1]));
    inWerking.clear();
  }

  /** An agreement signed by every party: actief, so the azc's liaison sees the azc's dossiers of the region. */
  private void actieveAfspraak(String regio, String azc, String gemeente) {
    String id = afspraak(regio, azc, gemeente);
    inWerking.add(new String[] {regio, id});
    String pad = "/api/v1/regios/" + regio + "/samenwerkingsafspraken/" + id;
    web.post().uri(pad + "/ter-ondertekening").headers(h -> h.setBearerAuth(issuers.regioCoordinator(regio)))
        .exchange().expectStatus().isOk();
    onderteken(pad, issuers.gemeenteMedewerker(regio, gemeente), gemeente);
    onderteken(pad, issuers.coaLiaison(azc), azc);
  }

  private void onderteken(String pad, String token, String partij) {
    web.post().uri(pad + "/ondertekeningen").headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("partij", partij))
        .exchange().expectStatus().is2xxSuccessful();
  }

  private UUID organisatie(String naam) {
    return UUID.fromString((String) web.post().uri("/api/v1/organisaties")
        .headers(h -> h.setBearerAuth(issuers.platformOperator())).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("type", "partner", "naam", naam, "partnerSoort", "taalschool", "regios", List.of(HVB)))
        .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody().get("id"));
  }

  private static String uniek() {
    StringBuilder b = new StringBuilder();
    ThreadLocalRandom r = ThreadLocalRandom.current();
    for (int i = 0; i < 10; i++) {
      b.append((char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }
}
