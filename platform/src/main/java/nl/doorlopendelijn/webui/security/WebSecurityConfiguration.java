package nl.doorlopendelijn.webui.security;

import java.net.URI;
import nl.doorlopendelijn.tenancy.IssuerSettings;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.web.server.WebFilter;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import reactor.core.publisher.Mono;

/**
 * Security of the web pages, a chain of its own before the API's: OpenID Connect login per realm (authorization code
 * with PKCE, confidential client), tokens kept server-side in the session, CSRF protection (a token in the session;
 * forms send it as {@code _csrf}, htmx as the header {@code X-CSRF-TOKEN}), logout that ends the session here and
 * at Keycloak.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WebSecurityConfiguration.class);

  static final String LOGIN_PAGE = "/inloggen";

  @Bean
  ReactiveClientRegistrationRepository webClientRegistrations(RegionRegistry regions, IssuerSettings issuers,
      @Value("${doorlopendelijn.web.client-id:doorlopende-lijn-web}") String clientId,
      @Value("${doorlopendelijn.web.client-secret:}") String clientSecret,
      @Value("${doorlopendelijn.keycloak.authorization-path:/protocol/openid-connect/auth}") String authorizationPath,
      @Value("${doorlopendelijn.keycloak.token-path:/protocol/openid-connect/token}") String tokenPath,
      @Value("${doorlopendelijn.keycloak.jwks-path:/protocol/openid-connect/certs}") String jwksPath) {
    return new RegionClientRegistrations(regions, issuers, clientId, clientSecret,
        new RegionClientRegistrations.Endpoints(authorizationPath, tokenPath, jwksPath));
  }

  /** The user's tokens live in the web session (in PostgreSQL), so every replica can use them. */
  @Bean
  ServerOAuth2AuthorizedClientRepository webAuthorizedClients() {
    return new WebSessionServerOAuth2AuthorizedClientRepository();
  }

  /** Hands out the user's access token, refreshing it with the refresh token when it expired. */
  @Bean
  ReactiveOAuth2AuthorizedClientManager webAuthorizedClientManager(ReactiveClientRegistrationRepository registrations,
      ServerOAuth2AuthorizedClientRepository clients) {
    var manager = new DefaultReactiveOAuth2AuthorizedClientManager(registrations, clients);
    manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
        .authorizationCode().refreshToken().build());
    return manager;
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  SecurityWebFilterChain pageSecurity(ServerHttpSecurity http, ReactiveClientRegistrationRepository registrations,
      ServerOAuth2AuthorizedClientRepository clients,
      @Qualifier("paginaGeenToegang") ServerAccessDeniedHandler geenToegang) {
    var logoutSuccess = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
    logoutSuccess.setPostLogoutRedirectUri("{baseUrl}" + LOGIN_PAGE + "?uitgelogd");
    logoutSuccess.setLogoutSuccessUrl(URI.create(LOGIN_PAGE + "?uitgelogd"));
    return http
        .securityMatcher(PaginaRoutes.PAGES)
        .authorizeExchange(ex -> ex
            .pathMatchers(HttpMethod.GET, "/", LOGIN_PAGE, LOGIN_PAGE + "/**", "/assets/**", "/webjars/**",
                "/favicon.ico").permitAll()
            .pathMatchers("/oauth2/**", "/login/**").permitAll()
            .anyExchange().authenticated())
        .oauth2Login(login -> login
            .clientRegistrationRepository(registrations)
            .authorizationRequestResolver(inHetNederlands(registrations))
            .authorizedClientRepository(clients)
            .authenticationFailureHandler(loginFailed()))
        .exceptionHandling(eh -> eh.authenticationEntryPoint(entryPoint()).accessDeniedHandler(geenToegang))
        .csrf(csrf -> csrf.accessDeniedHandler(geenToegang).csrfTokenRequestHandler(csrfOokInMultipart()))
        .logout(logout -> logout
            .logoutUrl("/logout")
            .logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
                new WebSessionServerLogoutHandler()))
            .logoutSuccessHandler(logoutSuccess))
        .addFilterBefore(onbekendeInlogomgeving(registrations), SecurityWebFiltersOrder.HTTP_BASIC)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .headers(h -> h
            .frameOptions(f -> f.mode(Mode.DENY))
            .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
            .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                + "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; frame-ancestors 'none'")))
        .build();
  }

  /**
   * Keycloak's login pages in Dutch whatever language the browser asks for ({@code ui_locales=nl}, OpenID Connect);
   * the language menu on those pages still switches to English ({@code kc_locale} goes first).
   */
  private static ServerOAuth2AuthorizationRequestResolver inHetNederlands(
      ReactiveClientRegistrationRepository registrations) {
    var resolver = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
    resolver.setAuthorizationRequestCustomizer(request -> request
        .additionalParameters(params -> params.put("ui_locales", "nl")));
    return resolver;
  }

  /**
   * {@code /oauth2/authorization/<id>} of a realm the platform does not know (or a deactivated region) goes back to
   * the login page with a Dutch message, before Spring's redirect filter would answer 400 in English.
   */
  private static WebFilter onbekendeInlogomgeving(ReactiveClientRegistrationRepository registrations) {
    var pad = ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/oauth2/authorization/{registrationId}");
    var terug = new DefaultServerRedirectStrategy();
    return (exchange, chain) -> pad.matches(exchange).flatMap(match -> {
      if (!match.isMatch()) {
        return chain.filter(exchange);
      }
      String id = String.valueOf(match.getVariables().get("registrationId"));
      return registrations.findByRegistrationId(id)
          .flatMap(found -> chain.filter(exchange).thenReturn(true))
          .switchIfEmpty(Mono.defer(() -> terug.sendRedirect(exchange, URI.create(LOGIN_PAGE + "?onbekend"))
              .thenReturn(true)))
          .then();
    });
  }

  /** A failed login goes back to the login page; the reason (an OAuth2 error code, no personal data) is logged. */
  private static ServerAuthenticationFailureHandler loginFailed() {
    var redirect = new RedirectServerAuthenticationFailureHandler(LOGIN_PAGE + "?fout");
    return (exchange, ex) -> {
      StringBuilder why = new StringBuilder(String.valueOf(ex.getMessage()));
      for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
        why.append(" <- ").append(t.getClass().getSimpleName());
        if (t instanceof org.springframework.security.oauth2.jwt.JwtValidationException v) {
          v.getErrors().forEach(e -> why.append(' ').append(e.getErrorCode()).append(": ").append(e.getDescription()));
        }
      }
      log.warn("login failed: {}", why);
      return redirect.onAuthenticationFailure(exchange, ex);
    };
  }

  /** A page asks for the login page; an htmx request (a fragment) gets 401 and a redirect hint for htmx. */
  private static ServerAuthenticationEntryPoint entryPoint() {
    ServerAuthenticationEntryPoint htmx = (exchange, ex) -> Mono.fromRunnable(() -> {
      exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
      exchange.getResponse().getHeaders().set("HX-Redirect", LOGIN_PAGE);
    });
    var delegating = new DelegatingServerAuthenticationEntryPoint(new DelegatingServerAuthenticationEntryPoint.DelegateEntry(
        exchange -> exchange.getRequest().getHeaders().containsHeader("HX-Request")
            ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch(),
        htmx));
    delegating.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(LOGIN_PAGE));
    return delegating;
  }

  /**
   * The default (masked) CSRF handling, with the token also read from a multipart form: the upload of "Dossiers
   * importeren" (issue 18) is a plain form with a file, which sends {@code _csrf} as one of its parts.
   */
  private static org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler csrfOokInMultipart() {
    var handler = new org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler();
    handler.setTokenFromMultipartDataEnabled(true);
    return handler;
  }
}
