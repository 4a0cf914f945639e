package nl.doorlopendelijn.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * API-57: every response, errors and 401s included, carries the full API version. Also HSTS, which Spring Security
 * writes only on HTTPS requests, while TLS ends at the load balancer in front of us. Runs before security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiVersionFilter implements WebFilter {

  public static final String HEADER = "API-Version";

  private final String version;

  public ApiVersionFilter(@Value("${doorlopendelijn.api.version}") String version) {
    this.version = version;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    var headers = exchange.getResponse().getHeaders();
    headers.set(HEADER, version);
    headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    return chain.filter(exchange);
  }
}
