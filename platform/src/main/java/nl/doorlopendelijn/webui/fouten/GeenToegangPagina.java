package nl.doorlopendelijn.webui.fouten;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A refused page request (no CSRF token, or not allowed) gets the Dutch 403 page, not Spring's English text. */
@Component(GeenToegangPagina.NAAM)
class GeenToegangPagina implements ServerAccessDeniedHandler {

  static final String NAAM = "paginaGeenToegang";

  private final FoutPagina pagina;

  GeenToegangPagina(FoutPagina pagina) {
    this.pagina = pagina;
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
    return pagina.schrijf(exchange, HttpStatus.FORBIDDEN);
  }
}
