package nl.doorlopendelijn.webui.security;

import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The paths of the web pages: this module's security chain, and not the API's, is responsible for them. */
public final class PaginaRoutes {

  static final ServerWebExchangeMatcher PAGES = ServerWebExchangeMatchers.pathMatchers(
      "/", "/inloggen", "/inloggen/**", "/regio/**", "/coa", "/coa/**", "/werkvoorraad", "/notificaties", "/notificaties/**", "/beheer", "/beheer/**", "/oauth2/**", "/login/**", "/logout",
      "/assets/**", "/webjars/**", "/favicon.ico");

  private PaginaRoutes() {}

  /** Whether the request is for a page route (so an error gets the Dutch error page, not problem+json). */
  public static Mono<Boolean> isPagina(ServerWebExchange exchange) {
    return PAGES.matches(exchange).map(ServerWebExchangeMatcher.MatchResult::isMatch);
  }
}
