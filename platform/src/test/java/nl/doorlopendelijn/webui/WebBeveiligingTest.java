package nl.doorlopendelijn.webui;

import static org.assertj.core.api.Assertions.assertThat;

import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The pages' security chain, without a browser: login redirect, CSRF, cookie, PKCE, and the API untouched. */
@PlatformTest
class WebBeveiligingTest {

  @Autowired
  WebTestClient web;

  @org.springframework.boot.test.web.server.LocalServerPort
  int poort;

  @Test
  void paginaZonderSessieStuurtNaarInloggen() {
    web.get().uri("/regio/hart-van-brabant").accept(MediaType.TEXT_HTML).exchange()
        .expectStatus().is3xxRedirection()
        .expectHeader().location("/inloggen");
  }

  /**
   * An address the firewall refuses (an encoded slash, an empty segment, an encoded NUL) is the Dutch error page on
   * a page route and a problem on the API (web.GeweigerdAdres), never Spring's bare 400.
   */
  @Test
  void eenGeweigerdAdresIsDeFoutpaginaOfEenProbleem() {
    for (String pad : java.util.List.of("/regio/hart-van-brabant%2F..%2Fnoordoost-brabant", "/regio//dossiers",
        "/regio/%00/dossiers")) {
      String html = web.get().uri(java.net.URI.create("http://localhost:" + poort + pad)).accept(MediaType.TEXT_HTML).exchange()
          .expectStatus().isBadRequest()
          .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
          .expectBody(String.class).returnResult().getResponseBody();
      assertThat(html).as(pad).contains("Ongeldig verzoek", "<html lang=\"nl\"");
    }
    web.get().uri(java.net.URI.create("http://localhost:" + poort + "/api/v1/regios/hart-van-brabant%2F..%2Fnoordoost-brabant/dossiers")).exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void htmxVerzoekZonderSessieKrijgt401MetVerwijzing() {
    web.get().uri("/regio/hart-van-brabant/dossiers").header("HX-Request", "true").exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().valueEquals("HX-Redirect", "/inloggen");
  }

  @Test
  void inlogpaginaToontDeRegiosEnCoa() {
    String html = web.get().uri("/inloggen").exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(html).contains("<html lang=\"nl\"", "Hart van Brabant", "Noordoost-Brabant",
        "/oauth2/authorization/hart-van-brabant", "/oauth2/authorization/coa", "Direct naar de inhoud");
  }

  @Test
  void inloggenGaatNaarDeRealmVanDeRegioMetPkce() {
    var result = web.get().uri("/oauth2/authorization/hart-van-brabant").exchange()
        .expectStatus().is3xxRedirection()
        .returnResult(Void.class);
    String location = result.getResponseHeaders().getLocation().toString();
    assertThat(location)
        .startsWith(TestIssuers.shared().issuer(TestIssuers.HART_VAN_BRABANT) + "/authorize?")
        .contains("client_id=doorlopende-lijn-web", "code_challenge=", "code_challenge_method=S256",
            "redirect_uri=http://localhost:" , "/login/oauth2/code/hart-van-brabant");
    String cookie = result.getResponseHeaders().getFirst("Set-Cookie");
    assertThat(cookie).startsWith("DL_SESSIE=").containsIgnoringCase("HttpOnly").contains("SameSite=Lax");
  }

  @Test
  void onbekendeRegioGeeftGeenServerfout() {
    web.get().uri("/oauth2/authorization/bestaat-niet").exchange()
        .expectStatus().value(status -> assertThat(status).isLessThan(500));
  }

  @Test
  void postZonderCsrfTokenWordtGeweigerd() {
    web.post().uri("/logout").exchange().expectStatus().isForbidden();
    web.post().uri("/regio/hart-van-brabant/dossiers/00000000-0000-0000-0000-000000000000/mijlpalen/driegesprek/afronden")
        .exchange().expectStatus().isForbidden();
  }

  @Test
  void statischeBestandenKomenUitHetGeheugen() {
    web.get().uri("/assets/doorlopende-lijn.css").exchange().expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith("text/css");
    web.get().uri("/webjars/htmx.org/2.0.8/dist/htmx.min.js").exchange().expectStatus().isOk();
    web.get().uri("/webjars/htmx-ext-sse/2.2.2/sse.js").exchange().expectStatus().isOk();
  }

  @Test
  void apiBlijftStatelessMetBearerToken() {
    var result = web.get().uri("/api/v1/regios/hart-van-brabant")
        .headers(h -> h.setBearerAuth(TestIssuers.shared().regioCoordinator(TestIssuers.HART_VAN_BRABANT)))
        .exchange().expectStatus().isOk().returnResult(String.class);
    assertThat(result.getResponseHeaders().get("Set-Cookie")).isNull();
    web.post().uri("/api/v1/regios/hart-van-brabant/samenwerkingsafspraken")
        .headers(h -> h.setBearerAuth(TestIssuers.shared().regioCoordinator(TestIssuers.HART_VAN_BRABANT)))
        .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
        .exchange().expectStatus().value(status -> assertThat(status).isNotEqualTo(403));
  }
}
