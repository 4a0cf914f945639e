package nl.doorlopendelijn.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * springdoc builds the OpenAPI document synchronously, under a lock, the first time it is asked for (and the
 * start-up pre-loading may still hold that lock). That work must not run on an event-loop thread, so requests for
 * the document are handled on the bounded-elastic scheduler; every other request is left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class OpenApiDocumentFilter implements WebFilter {

  static final String PATH = "/api/v1/openapi.json";

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (PATH.equals(exchange.getRequest().getPath().value())) {
      return chain.filter(exchange).subscribeOn(Schedulers.boundedElastic());
    }
    return chain.filter(exchange);
  }
}
