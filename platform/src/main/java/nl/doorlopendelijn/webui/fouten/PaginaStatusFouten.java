package nl.doorlopendelijn.webui.fouten;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import nl.doorlopendelijn.webui.security.PaginaRoutes;
import reactor.core.publisher.Mono;

/**
 * Errors with a status of their own (an unknown page: {@code NoResourceFoundException}; a bad parameter, a method
 * not allowed) are answered by Spring's problem-details handler while the request is dispatched, before any
 * {@code WebExceptionHandler} sees them. On a page route they get the Dutch error page with that status; on every
 * other route this hands them to that same problem-details handler, so the API answers exactly as before.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PaginaStatusFouten {

  private final FoutPagina pagina;
  private final ObjectProvider<ResponseEntityExceptionHandler> problemDetails;

  PaginaStatusFouten(FoutPagina pagina, ObjectProvider<ResponseEntityExceptionHandler> problemDetails) {
    this.pagina = pagina;
    this.problemDetails = problemDetails;
  }

  @ExceptionHandler({ResponseStatusException.class, ErrorResponseException.class})
  Mono<ResponseEntity<Object>> fout(Exception ex, ServerWebExchange exchange) {
    return PaginaRoutes.isPagina(exchange).flatMap(isPagina -> {
      if (isPagina) {
        return Mono.just(pagina.antwoord(((org.springframework.web.ErrorResponse) ex).getStatusCode()));
      }
      ResponseEntityExceptionHandler handler = problemDetails.getIfAvailable();
      return handler != null ? handler.handleException(ex, exchange) : Mono.error(ex);
    });
  }
}
