package nl.doorlopendelijn.webui.fouten;

import nl.doorlopendelijn.web.ProblemWebExceptionHandler;
import nl.doorlopendelijn.webui.security.PaginaRoutes;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error on a page route (any status, any exception: a template error, the API client timing out, the database
 * down) becomes the Dutch error page with the status the API's handler would give it, and 503 with
 * {@code Retry-After}. Runs just before {@link ProblemWebExceptionHandler}, which it asks for the status, so both
 * classify errors in one way; API routes, streams and everything else stay with that handler (problem+json).
 */
@Component
@Order(-3)
class PaginaFoutAfhandeling implements WebExceptionHandler {

  private final ProblemWebExceptionHandler problemen;
  private final FoutPagina pagina;

  PaginaFoutAfhandeling(ProblemWebExceptionHandler problemen, FoutPagina pagina) {
    this.problemen = problemen;
    this.pagina = pagina;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
    if (exchange.getResponse().isCommitted() || wiltStroom(exchange)) {
      return Mono.error(ex);
    }
    return PaginaRoutes.isPagina(exchange).flatMap(isPagina -> isPagina
        ? pagina.schrijf(exchange, problemen.problemFor(ex, exchange).getStatusCode())
        : Mono.error(ex));
  }

  private static boolean wiltStroom(ServerWebExchange exchange) {
    return exchange.getRequest().getHeaders().getAccept().contains(MediaType.TEXT_EVENT_STREAM);
  }
}
