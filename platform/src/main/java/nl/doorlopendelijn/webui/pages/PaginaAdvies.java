package nl.doorlopendelijn.webui.pages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.function.client.WebClientException;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import nl.doorlopendelijn.webui.fouten.FoutPagina;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;

/** What every page needs (the CSRF token, who is logged in) and how pages fail: in Dutch, never a stack trace. */
// every page controller of this package, so a new page cannot be left without it (a list of classes was forgotten)
@ControllerAdvice(basePackageClasses = PaginaAdvies.class)
class PaginaAdvies {

  private final PlatformApi api;
  private final Namen namen;

  PaginaAdvies(PlatformApi api, Namen namen) {
    this.api = api;
    this.namen = namen;
  }

  /** Names instead of codes on every page: {@code ${namen.gemeente(code)}}, {@code ${namen.datum(iso)}} ({@link Namen}). */
  @ModelAttribute("namen")
  Mono<Namen.Woordenboek> namen() {
    return namen.nu();
  }

  /** Resolving the token here puts it on the page: forms send it as _csrf, htmx as the X-CSRF-TOKEN header. */
  @ModelAttribute("_csrf")
  Mono<CsrfToken> csrf(ServerWebExchange exchange) {
    Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
    return token == null ? Mono.empty() : token;
  }

  /** htmx sends these headers with every request it makes: the CSRF token, so its POSTs pass the CSRF check. */
  @ModelAttribute("htmxKoppen")
  Mono<String> htmxKoppen(ServerWebExchange exchange) {
    return csrf(exchange).map(t -> "{\"" + t.getHeaderName() + "\": \"" + t.getToken() + "\"}").defaultIfEmpty("{}");
  }

  @ModelAttribute("gebruiker")
  Mono<Gebruiker> gebruiker(ServerWebExchange exchange) {
    return exchange.getPrincipal()
        .filter(OAuth2AuthenticationToken.class::isInstance)
        .cast(OAuth2AuthenticationToken.class)
        .flatMap(auth -> api.accessToken(exchange, auth).map(token -> Gebruiker.van(auth, token)))
        .onErrorResume(PlatformApi.SessieVerlopen.class, e -> Mono.empty())
        .onErrorResume(OAuth2AuthorizationException.class, e -> Mono.empty());
  }

  /**
   * The header's count of her unread notifications ({@code GET /api/v1/mijn/notificaties/ongelezen}): one call per
   * page rendered, none for a fragment htmx asks for (it has no header) or for a platform operator (she gets none).
   * No count (empty) for a user without a link to her gids entry (the API answers 0), and none when the API does not
   * answer: a page never fails for its header.
   */
  @ModelAttribute("ongelezen")
  Mono<Long> ongelezen(ServerWebExchange exchange) {
    if ("true".equals(exchange.getRequest().getHeaders().getFirst("HX-Request"))) {
      return Mono.empty();
    }
    return exchange.getPrincipal()
        .filter(OAuth2AuthenticationToken.class::isInstance)
        .cast(OAuth2AuthenticationToken.class)
        .filter(auth -> !StartPaginas.PLATFORM.equals(auth.getAuthorizedClientRegistrationId()))
        .flatMap(auth -> api.get(exchange, auth, NotificatiePaginas.ONGELEZEN))
        .filter(a -> a.ok() && a.body() != null && a.body().get("aantal") instanceof Number)
        .map(a -> ((Number) a.body().get("aantal")).longValue())
        .filter(aantal -> aantal > 0)
        .onErrorResume(e -> Mono.empty());
  }

  /** The tokens in the session can no longer be used (refresh refused): end the session, log in again. */
  @ExceptionHandler({PlatformApi.SessieVerlopen.class, OAuth2AuthorizationException.class})
  Mono<Rendering> sessieVerlopen(ServerWebExchange exchange) {
    return exchange.getSession().flatMap(WebSession::invalidate)
        .then(Mono.just(Rendering.redirectTo("/inloggen?verlopen").build()));
  }

  @ExceptionHandler(WebClientException.class)
  Mono<Rendering> apiOnbereikbaar() {
    return Mono.just(Rendering.view("melding")
        .modelAttribute("titel", "Tijdelijk niet beschikbaar")
        .modelAttribute("tekst", "De gegevens konden nu niet worden opgehaald. Probeer het over een paar minuten opnieuw.")
        .status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, FoutPagina.RETRY_AFTER_SECONDEN).build());
  }
}
