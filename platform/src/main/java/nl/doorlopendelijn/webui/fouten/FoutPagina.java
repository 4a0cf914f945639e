package nl.doorlopendelijn.webui.fouten;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.ISpringWebFluxTemplateEngine;
import reactor.core.publisher.Mono;

/**
 * The site's own Dutch error page, for any status: the {@code melding} template in the style of the other pages,
 * never a stack trace, JSON or English text. A 503 carries {@code Retry-After}. Rendered straight from the
 * in-memory templates (no session, no API call), so it works when the database or the API is what failed; if even
 * that fails, a fixed Dutch page is written.
 */
@Component
public class FoutPagina {

  /** Seconds after which a browser (or person) may try again after a 503, as the API says for the database. */
  public static final String RETRY_AFTER_SECONDEN = "5";

  private static final Logger log = LoggerFactory.getLogger(FoutPagina.class);
  private static final Locale NL = Locale.forLanguageTag("nl-NL");

  private final ISpringWebFluxTemplateEngine engine;

  FoutPagina(ISpringWebFluxTemplateEngine engine) {
    this.engine = engine;
  }

  /** The title and text the page shows for a status. */
  public record Tekst(String titel, String tekst) {}

  public static Tekst tekst(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> new Tekst("Ongeldig verzoek", "Dit verzoek bevat een ongeldige waarde. Ga terug en probeer het opnieuw.");
      case 401 -> new Tekst("Niet ingelogd", "Log in om deze pagina te bekijken.");
      case 403 -> new Tekst("Geen toegang", "U heeft geen toegang tot deze pagina.");
      case 404 -> new Tekst("Niet gevonden", "Deze pagina bestaat niet, of u heeft er geen toegang toe.");
      case 405 -> new Tekst("Niet toegestaan", "Deze handeling is op deze pagina niet mogelijk.");
      case 409, 412 -> new Tekst("Intussen gewijzigd",
          "Iemand anders heeft deze gegevens intussen gewijzigd. Open de pagina opnieuw en probeer het nog eens.");
      case 503, 504 -> new Tekst("Tijdelijk niet beschikbaar",
          "Dit onderdeel is tijdelijk niet beschikbaar. Probeer het over een paar minuten opnieuw.");
      default -> status.is4xxClientError()
          ? new Tekst("Verzoek niet verwerkt", "Dit verzoek kon niet worden verwerkt. Ga terug en probeer het opnieuw.")
          : new Tekst("Er ging iets mis",
              "De pagina kon niet worden getoond. Probeer het opnieuw; blijft het misgaan, meld het dan.");
    };
  }

  /** The error page for this status as a response entity (for an {@code @ExceptionHandler}). */
  public org.springframework.http.ResponseEntity<Object> antwoord(HttpStatusCode status) {
    var antwoord = org.springframework.http.ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
    if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
      antwoord.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDEN);
    }
    return antwoord.body(html(tekst(status)));
  }

  /** Writes the error page for this status as the response. */
  public Mono<Void> schrijf(ServerWebExchange exchange, HttpStatusCode status) {
    var response = exchange.getResponse();
    response.setStatusCode(status);
    HttpHeaders headers = response.getHeaders();
    headers.setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
    if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
      headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDEN);
    }
    byte[] html = html(tekst(status)).getBytes(StandardCharsets.UTF_8);
    return response.writeWith(Mono.just(response.bufferFactory().wrap(html)));
  }

  private String html(Tekst tekst) {
    try {
      var context = new Context(NL);
      context.setVariable("titel", tekst.titel());
      context.setVariable("tekst", tekst.tekst());
      return engine.process("melding", context);
    } catch (RuntimeException e) {
      log.error("error page could not be rendered; fixed page written instead", e);
      return """
          <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s | Doorlopende Lijn</title>
          <link rel="stylesheet" href="/assets/doorlopende-lijn.css"></head><body><main id="inhoud" class="inhoud">
          <section class="melding" role="alert"><h1>%s</h1><p>%s</p><p><a href="/">Naar de startpagina</a></p>
          </section></main></body></html>""".formatted(tekst.titel(), tekst.titel(), tekst.tekst());
    }
  }
}
