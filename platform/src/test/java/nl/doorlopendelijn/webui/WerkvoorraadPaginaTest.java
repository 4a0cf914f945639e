package nl.doorlopendelijn.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestIssuers;
import nl.doorlopendelijn.testsupport.TestPersonen;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The werkvoorraad page as HTML (logged in through the OIDC flow against the test issuers): the next action of an
 * overdue milestone is a form that carries the CSRF token and leads to the milestone's confirmation step.
 */
@PlatformTest
class WerkvoorraadPaginaTest {

  private static final String HVB = "hart-van-brabant";

  @Autowired
  WebTestClient web;

  @Test
  void deVolgendeActieIsEenFormulierMetCsrfTokenNaarDeBevestigingsstap() {
    Map<String, Object> invoer = new java.util.LinkedHashMap<>();
    invoer.put("gemeente", "GM0855");
    invoer.put("azcLocatie", "AZC-OISTERWIJK");
    invoer.put("koppelingsdatum", LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(400).toString());
    invoer.put("gekozenScenario", "snelle-start");
    invoer.put("vasteContactpersoonId", TestContactpersonen.vanGemeente("GM0855").toString());
    invoer.put("persoon", TestPersonen.persoon());
    web.post().uri("/api/v1/regios/" + HVB + "/dossiers")
        .headers(h -> h.setBearerAuth(TestIssuers.shared().regioCoordinator(HVB)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(invoer).exchange().expectStatus().isCreated();
    var tilburg = PaginaSessie.inloggen(web, HVB, "tilburg-" + UUID.randomUUID(), List.of("gemeente-medewerker"),
        Map.of("gemeente", "GM0855"));

    String html = tilburg.html("/werkvoorraad", 200);
    assertThat(html).contains("<h1>Mijn werkvoorraad</h1>", "Overige dossiers van Tilburg", "Urgentie: Hoog");
    int formulier = html.indexOf("<form method=\"post\" action=\"/regio/" + HVB + "/dossiers/");
    assertThat(formulier).as(html).isPositive();
    String eerste = html.substring(formulier, html.indexOf("</form>", formulier));
    assertThat(eerste).contains("/mijlpalen/", "/afronden\"", "name=\"_csrf\"", "name=\"naam\"");
  }
}
