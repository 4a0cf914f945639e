package nl.doorlopendelijn.keycloak.internal;

import java.time.Duration;
import java.util.List;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.ProblemWebExceptionHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerReactiveAuthenticationManagerResolver;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The API is a stateless OAuth2 resource server: bearer tokens from trusted issuers only, every error as problem
 * details, the security headers of the NL API Design Rules. The OpenAPI document and health are public.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

  static final String OPENAPI = "/api/v1/openapi.json";
  static final String BEHEER = "/api/v1/beheer/**";
  static final String GEBRUIKERS = "/api/v1/gebruikers";

  @Bean
  SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, TrustedIssuerAuthentication issuers,
      ProblemWebExceptionHandler problems) {
    ServerAuthenticationEntryPoint unauthorized = (exchange, ex) -> {
      if (ex instanceof AuthenticationServiceException) {
        // The issuer is trusted but its keys could not be fetched: the client may retry, the token is not bad.
        return problems.write(exchange, ApiProblem.unavailable(
            "De inlogdienst is tijdelijk niet bereikbaar. Probeer het zo opnieuw.", Duration.ofSeconds(10)));
      }
      exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
          exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
              ? "Bearer error=\"invalid_token\"" : "Bearer");
      return problems.write(exchange, ApiProblem.unauthorized(
          "Een geldig toegangstoken van een vertrouwde uitgever is vereist."));
    };
    ServerAccessDeniedHandler forbidden = (exchange, ex) ->
        problems.write(exchange, ApiProblem.forbidden("U heeft geen recht op deze handeling."));

    var issuerResolver = new JwtIssuerReactiveAuthenticationManagerResolver(issuers);
    // Spring Security 7 rethrows AuthenticationServiceException by default, past the entry point, to the generic
    // error handler (which took the JWKS fetch's ConnectException for a database outage). Answer it here.
    var failures = new ServerAuthenticationEntryPointFailureHandler(unauthorized);
    failures.setRethrowAuthenticationServiceException(false);
    return http
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
        .cors(cors -> cors.configurationSource(corsConfiguration()))
        .authorizeExchange(ex -> ex
            .pathMatchers(HttpMethod.GET, OPENAPI).permitAll()
            .pathMatchers(HttpMethod.OPTIONS, OPENAPI).permitAll()
            .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
            // Region management: platform operators only. Others get 403: the paths hold no tenant data, so
            // admitting that they exist reveals nothing (a region's own paths answer 404 instead).
            .pathMatchers(BEHEER).hasAuthority(Role.PLATFORM_OPERATOR.authority())
            // The users of a region: its coördinator only (her own realm, from her token). Others 403: the paths
            // name no region, so admitting they exist reveals nothing.
            .pathMatchers(GEBRUIKERS, GEBRUIKERS + "/**").hasAuthority(Role.REGIO_COORDINATOR.authority())
            .anyExchange().authenticated())
        .oauth2ResourceServer(rs -> rs
            .authenticationManagerResolver(issuerResolver)
            .authenticationEntryPoint(unauthorized)
            .authenticationFailureHandler(failures)
            .accessDeniedHandler(forbidden))
        .exceptionHandling(eh -> eh.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
        .headers(h -> h
            .cache(c -> {})
            .contentTypeOptions(c -> {})
            .frameOptions(f -> f.mode(Mode.DENY))
            .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'"))
            .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
            // HSTS is set by the web module on every response: TLS ends at the load balancer, not here.
            .hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable))
        .build();
  }

  /** API-51: the OpenAPI document may be read from any origin. */
  private static UrlBasedCorsConfigurationSource corsConfiguration() {
    CorsConfiguration open = new CorsConfiguration();
    open.setAllowedOrigins(List.of("*"));
    open.setAllowedMethods(List.of("GET", "OPTIONS"));
    open.setAllowedHeaders(List.of("*"));
    open.setExposedHeaders(List.of("API-Version"));
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration(OPENAPI, open);
    return source;
  }

}
