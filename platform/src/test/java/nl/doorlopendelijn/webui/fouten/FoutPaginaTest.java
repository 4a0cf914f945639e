package nl.doorlopendelijn.webui.fouten;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import reactor.test.StepVerifier;

/**
 * Every error on a page route renders the site's own Dutch error page with the right status (503 with Retry-After),
 * for every kind of error the pages can meet; API routes keep their problem+json. Over HTTP: an unknown page and a
 * refused POST without CSRF token.
 */
@PlatformTest
class FoutPaginaTest {

  /** Each kind of error a page can meet, and the status its page must have. */
  private static final Map<Throwable, HttpStatus> FOUTEN = Map.ofEntries(
      Map.entry(new IllegalStateException("a bug in a page model"), HttpStatus.INTERNAL_SERVER_ERROR),
      Map.entry(new TemplateProcessingException("Could not parse as expression: \"${azc} + ' in alle regio''s'\""),
          HttpStatus.INTERNAL_SERVER_ERROR),
      Map.entry(new TimeoutException("the API client gave up"), HttpStatus.SERVICE_UNAVAILABLE),
      Map.entry(new WebClientRequestException(new java.net.ConnectException("refused"), HttpMethod.GET,
          java.net.URI.create("http://127.0.0.1/api/v1"), HttpHeaders.EMPTY), HttpStatus.SERVICE_UNAVAILABLE),
      Map.entry(new R2dbcNonTransientResourceException("connection refused"), HttpStatus.SERVICE_UNAVAILABLE),
      Map.entry(new CannotCreateTransactionException("database down"), HttpStatus.SERVICE_UNAVAILABLE),
      Map.entry(new ResponseStatusException(HttpStatus.NOT_FOUND), HttpStatus.NOT_FOUND),
      Map.entry(ApiProblem.forbidden("nee"), HttpStatus.FORBIDDEN),
      Map.entry(new MethodNotAllowedException(HttpMethod.DELETE, List.of(HttpMethod.GET)), HttpStatus.METHOD_NOT_ALLOWED),
      Map.entry(new ServerWebInputException("bad"), HttpStatus.BAD_REQUEST));

  private static final List<String> ENGELS = List.of("Whitelabel", "Internal Server Error", "Exception", "\"error\":",
      "\"status\":", "Not Found", "Forbidden");

  @Autowired
  PaginaFoutAfhandeling afhandeling;

  @Autowired
  WebTestClient web;

  @Test
  void elkeFoutOpEenPaginaGeeftDeNederlandseFoutpagina() {
    FOUTEN.forEach((fout, status) -> {
      for (String pad : List.of("/regio/hart-van-brabant/dossiers", "/coa/AZC-OISTERWIJK", "/inloggen")) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get(pad).accept(MediaType.TEXT_HTML));
        afhandeling.handle(exchange, fout).block();
        var response = exchange.getResponse();
        String html = response.getBodyAsString().block();
        String wat = pad + " " + fout.getClass().getSimpleName();
        assertThat(response.getStatusCode()).as(wat).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).as(wat).matches(t -> t.isCompatibleWith(MediaType.TEXT_HTML));
        assertThat(html).as(wat).contains("<html lang=\"nl\"", FoutPagina.tekst(status).titel(),
            "/assets/doorlopende-lijn.css", "Naar de startpagina").doesNotContain(ENGELS);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).as(wat)
            .isEqualTo(status == HttpStatus.SERVICE_UNAVAILABLE ? FoutPagina.RETRY_AFTER_SECONDEN : null);
      }
    });
  }

  @Test
  void apiRoutesHoudenProblemJson() {
    var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/regios/hart-van-brabant"));
    var fout = new IllegalStateException("bug");
    StepVerifier.create(afhandeling.handle(exchange, fout)).verifyErrorSatisfies(e -> assertThat(e).isSameAs(fout));
    assertThat(exchange.getResponse().getStatusCode()).isNull();
    web.get().uri("/api/v1/bestaat-niet").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON).exchange()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void onbekendePaginaIsDeNederlandse404() {
    String html = web.get().uri("/inloggen/bestaat-niet").accept(MediaType.TEXT_HTML).exchange()
        .expectStatus().isNotFound()
        .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(html).contains("Niet gevonden", "<html lang=\"nl\"").doesNotContain(ENGELS);
  }

  @Test
  void postZonderCsrfTokenIsDeNederlandse403() {
    for (String pad : List.of("/logout",
        "/regio/hart-van-brabant/dossiers/00000000-0000-0000-0000-000000000000/mijlpalen/driegesprek/afronden")) {
      String html = web.post().uri(pad).accept(MediaType.TEXT_HTML).exchange()
          .expectStatus().isForbidden()
          .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
          .expectBody(String.class).returnResult().getResponseBody();
      assertThat(html).as(pad).contains("Geen toegang").doesNotContain(ENGELS).doesNotContain("CSRF");
    }
  }
}
