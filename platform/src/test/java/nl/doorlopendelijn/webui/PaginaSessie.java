package nl.doorlopendelijn.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A logged-in browser session on the pages without Keycloak: the real OIDC authorization-code login of the web
 * client, against the test issuer of the realm (mock-oauth2-server signs the tokens), ending with the session cookie.
 * Pages then call the API with that session's (really signed) access token, as in production.
 */
public final class PaginaSessie {

  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private final WebTestClient web;
  private String cookie;

  private PaginaSessie(WebTestClient web, String cookie) {
    this.web = web;
    this.cookie = cookie;
  }

  public static PaginaSessie inloggen(WebTestClient web, String realm, String subject, List<String> rollen,
      Map<String, Object> attributen) {
    TestIssuers.shared().enqueueLogin(realm, subject, "Test " + subject, rollen, attributen);
    var start = web.get().uri("/oauth2/authorization/" + realm).exchange()
        .expectStatus().is3xxRedirection().returnResult(Void.class);
    String sessie = sessieCookie(start);
    String autorisatie = start.getResponseHeaders().getLocation().toString();
    URI terug = URI.create(viaIssuer(autorisatie));
    // as a URI, not a template: the state is already encoded
    var callback = web.get().uri(terug).header(HttpHeaders.COOKIE, sessie)
        .exchange().expectStatus().is3xxRedirection().returnResult(Void.class);
    assertThat(callback.getResponseHeaders().getLocation().toString()).as("login failed").doesNotContain("fout");
    String nieuw = sessieCookie(callback);
    return new PaginaSessie(web, nieuw != null ? nieuw : sessie);
  }

  /** GET of a page as a browser asks for it (HTML), with the session. */
  public WebTestClient.ResponseSpec get(String pad) {
    return web.get().uri(pad).accept(MediaType.TEXT_HTML).header(HttpHeaders.COOKIE, cookie).exchange();
  }

  /** The HTML of a page that must render with this status. */
  public String html(String pad, int status) {
    var result = get(pad).expectBody(String.class).returnResult();
    var nieuw = result.getResponseCookies().getFirst("DL_SESSIE");
    if (nieuw != null) {
      cookie = "DL_SESSIE=" + nieuw.getValue(); // as a browser does
    }
    assertThat(result.getStatus().value()).as("%s answered %s (Location %s)", pad, result.getStatus(),
        result.getResponseHeaders().getLocation()).isEqualTo(status);
    assertThat(result.getResponseHeaders().getContentType()).isNotNull()
        .matches(t -> t.isCompatibleWith(MediaType.TEXT_HTML), "HTML");
    return result.getResponseBody();
  }

  public String cookie() {
    return cookie;
  }

  private static String viaIssuer(String url) {
    try {
      var antwoord = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      assertThat(antwoord.statusCode()).as("test issuer answered " + url).isBetween(300, 399);
      return antwoord.headers().firstValue("Location").orElseThrow();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String sessieCookie(org.springframework.test.web.reactive.server.FluxExchangeResult<Void> result) {
    var cookie = result.getResponseCookies().getFirst("DL_SESSIE");
    return cookie == null ? null : "DL_SESSIE=" + cookie.getValue();
  }
}
