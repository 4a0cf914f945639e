package nl.doorlopendelijn.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The contactlog's pages without a browser (the real OIDC login against the test issuers): the section htmx loads
 * on the dossier page, the page of its own, a refused note shown with its error next to the field and what was typed,
 * a written note back on the dossier page. The browser flow is {@code ContactlogE2eIT}.
 */
@PlatformTest
class ContactlogPaginasTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = "hart-van-brabant";
  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Autowired
  WebTestClient web;

  @Test
  void deSectieDePaginaEnHetFormulierMetFoutenEnMetSucces() {
    String dossier = dossier();
    String uniek = UUID.randomUUID().toString().substring(0, 8);
    var tilburg = PaginaSessie.inloggen(web, HVB, "tilburg-" + uniek, List.of("gemeente-medewerker"),
        Map.of("gemeente", "GM0855"));

    // the dossier page holds the section's loader; htmx asks for the section
    String pagina = tilburg.html("/regio/" + HVB + "/dossiers/" + dossier, 200);
    assertThat(pagina).contains("hx-get=\"/regio/" + HVB + "/dossiers/" + dossier + "/contactlog?open=ja\"");
    String sectie = web.get().uri("/regio/" + HVB + "/dossiers/" + dossier + "/contactlog?open=ja")
        .accept(MediaType.TEXT_HTML).header(HttpHeaders.COOKIE, tilburg.cookie()).header("HX-Request", "true")
        .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    assertThat(sectie).startsWith("<section").contains("Nog geen notities", "Gezondheidsgegevens (AVG artikel 9)",
        "aria-describedby=\"notitie-avg\"").doesNotContain("<html");

    // a text of spaces: the API refuses it, the page says so next to the field and keeps the onderwerp
    String eigen = tilburg.html("/regio/" + HVB + "/dossiers/" + dossier + "/contactlog", 200);
    assertThat(eigen).contains("<html lang=\"nl\"", "Contactlog van dossier");
    assertThat(aantal(eigen, "id=\"notitie-nieuw\"")).as("één formulier op de pagina").isOne();
    Matcher csrf = CSRF.matcher(eigen);
    assertThat(csrf.find()).isTrue();
    var fout = post(tilburg, dossier, csrf.group(1), "Woningaanbod", "   ")
        .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();
    assertThat(fout).contains("id=\"notitie-tekst-fout\"", "verplicht", "value=\"Woningaanbod\"");
    assertThat(aantal(fout, "id=\"notitie-tekst-fout\"")).isOne();

    // a good one: back to the dossier page, at its contactlog; the note is in the section
    post(tilburg, dossier, csrf.group(1), "Woningaanbod", "Woning aangeboden in Tilburg-Noord.")
        .expectStatus().is3xxRedirection()
        .expectHeader().location("/regio/" + HVB + "/dossiers/" + dossier + "#contactlog");
    String met = tilburg.html("/regio/" + HVB + "/dossiers/" + dossier + "/contactlog", 200);
    assertThat(met).contains("Woningaanbod", "Woning aangeboden in Tilburg-Noord.", "Test tilburg-" + uniek,
        "Gemeente Tilburg", "Corrigeren: Woningaanbod");
  }

  private WebTestClient.ResponseSpec post(PaginaSessie sessie, String dossier, String csrf, String onderwerp,
      String tekst) {
    return web.post().uri("/regio/" + HVB + "/dossiers/" + dossier + "/notities").accept(MediaType.TEXT_HTML)
        .header(HttpHeaders.COOKIE, sessie.cookie()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .body(BodyInserters.fromFormData("onderwerp", onderwerp).with("tekst", tekst).with("_csrf", csrf)
            .with("sleutel", UUID.randomUUID().toString()))
        .exchange();
  }

  private static int aantal(String html, String stuk) {
    return html.split(Pattern.quote(stuk), -1).length - 1;
  }

  private String dossier() {
    Map<String, Object> invoer = new java.util.LinkedHashMap<>();
    invoer.put("gemeente", "GM0855");
    invoer.put("azcLocatie", "AZC-OISTERWIJK");
    invoer.put("koppelingsdatum", LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(3).toString());
    invoer.put("gekozenScenario", "snelle-start");
    invoer.put("persoon", nl.doorlopendelijn.testsupport.TestPersonen.persoon());
    invoer.put("vasteContactpersoonId", TestContactpersonen.alsVanGemeente(UUID.randomUUID(), "GM0855").toString());
    return (String) web.post().uri("/api/v1/regios/{regio}/dossiers", HVB)
        .headers(h -> h.setBearerAuth(issuers.regioCoordinator(HVB)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(invoer)
        .exchange().expectStatus().isCreated().expectBody(JSON).returnResult().getResponseBody().get("id");
  }
}
