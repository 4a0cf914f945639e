package nl.doorlopendelijn.keycloak.internal;

import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.tenancy.IssuerSettings;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Resolves a token's issuer to the authentication manager that verifies it. Trusted are exactly the issuers of
 * the active regions (from the registry, so an onboarded region is trusted without a restart) plus the
 * {@code coa} and {@code platform} realms. A manager is made the first time its issuer is seen: no call to
 * Keycloak at start-up. Keys are held per issuer ({@link IssuerKeys}): fetched again when older than
 * {@code jwks-verversen}, and on an unknown {@code kid} at most once per {@code jwks-onbekende-kid-interval}; a fetch
 * that fails or exceeds the timeout keeps the last good keys for {@code jwks-bewaren-bij-storing}, and without them
 * gives 503 (an authentication service error), never a hang.
 */
@Component
class TrustedIssuerAuthentication implements ReactiveAuthenticationManagerResolver<String> {

  static final String AUDIENCE = "doorlopende-lijn";

  private final RegionRegistry regions;
  private final IssuerSettings settings;
  private final String jwksPath;
  private final WebClient webClient;
  private final Map<String, ReactiveAuthenticationManager> managers = new ConcurrentHashMap<>();
  private final GedeactiveerdeAccounts gedeactiveerd;
  private final Duration jwksVerversen;
  private final Duration jwksOnbekendeKidInterval;
  private final Duration jwksBewarenBijStoring;

  TrustedIssuerAuthentication(RegionRegistry regions, IssuerSettings settings,
      @Value("${doorlopendelijn.keycloak.jwks-path:/protocol/openid-connect/certs}") String jwksPath,
      @Value("${doorlopendelijn.keycloak.jwks-verversen:5m}") Duration jwksVerversen,
      @Value("${doorlopendelijn.keycloak.jwks-onbekende-kid-interval:30s}") Duration jwksOnbekendeKidInterval,
      @Value("${doorlopendelijn.keycloak.jwks-bewaren-bij-storing:1h}") Duration jwksBewarenBijStoring,
      GedeactiveerdeAccounts gedeactiveerd) {
    this.regions = regions;
    this.gedeactiveerd = gedeactiveerd;
    this.settings = settings;
    this.jwksPath = jwksPath;
    this.jwksVerversen = jwksVerversen;
    this.jwksOnbekendeKidInterval = jwksOnbekendeKidInterval;
    this.jwksBewarenBijStoring = jwksBewarenBijStoring;
    IssuerKeys.checkSettings(jwksVerversen, jwksOnbekendeKidInterval, jwksBewarenBijStoring);
    int timeoutMillis = (int) settings.jwksTimeout().toMillis();
    HttpClient http = HttpClient.create()
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, timeoutMillis)
        .responseTimeout(settings.jwksTimeout());
    this.webClient = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
  }

  @Override
  public Mono<ReactiveAuthenticationManager> resolve(String issuer) {
    if (issuer == null) {
      return Mono.empty();
    }
    if (issuer.equals(settings.coaIssuer()) || issuer.equals(settings.platformIssuer())) {
      return Mono.just(managers.computeIfAbsent(issuer, this::managerFor));
    }
    return regions.byIssuer(issuer).map(region -> managers.computeIfAbsent(issuer, this::managerFor));
  }

  private ReactiveAuthenticationManager managerFor(String issuer) {
    // The system clock, as for the cache below: tests move the platform's Clock across midnight.
    IssuerKeys keys = new IssuerKeys(issuer,
        // the client's response timeout bounds the wait for headers; this one also a body that trickles
        webClient.get().uri(issuer + jwksPath).retrieve().bodyToMono(String.class).timeout(settings.jwksTimeout()),
        jwksVerversen, jwksOnbekendeKidInterval, jwksBewarenBijStoring, java.time.Clock.systemUTC());
    // RS256 and no typ check, as withJwkSetUri did
    NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(keys::select).build();
    OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null && jwt.getAudience().contains(AUDIENCE)
        ? OAuth2TokenValidatorResult.success()
        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "token is not meant for this API", null));
    decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
        new JwtIssuerValidator(issuer), new JwtTimestampValidator(settings.clockSkew()), audience));
    // The cache checks a token's exp on the system clock, as the decoder's own validator does: not the platform's
    // Clock, which tests move to pass midnight (a moved clock must not keep an expired token valid). On a hit it
    // asks whether the token's key is still published, so a removed key ends its cached tokens too.
    JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(
        new VerifiedTokenCache(decoder, keys::stillPublished, 50_000, Duration.ofMinutes(10),
            java.time.Clock.systemUTC()));
    manager.setJwtAuthenticationConverter(this::toCaller);
    // A JWKS fetch that fails (connection refused, timeout) surfaces as a WebClient exception, not as an
    // authentication error: make it one, so the entry point answers 503 "inlogdienst" instead of a generic error.
    return authentication -> manager.authenticate(authentication)
        .onErrorMap(e -> !(e instanceof AuthenticationException),
            e -> new AuthenticationServiceException("keys of " + issuer + " could not be fetched", e));
  }

  /**
   * Maps a verified token; a token of a region that was deactivated meanwhile is refused at once, and so is a token
   * of an account a coördinator deactivated (one lookup in memory, {@link GedeactiveerdeAccounts}).
   */
  private Mono<org.springframework.security.authentication.AbstractAuthenticationToken> toCaller(Jwt jwt) {
    String issuer = jwt.getIssuer().toString();
    String subject = jwt.getSubject() == null ? "onbekend" : jwt.getSubject();
    if (gedeactiveerd.geweigerd(issuer, subject)) {
      return Mono.error(new InvalidBearerTokenException("account is gedeactiveerd"));
    }
    Mono<Caller> caller;
    if (issuer.equals(settings.coaIssuer())) {
      caller = Mono.just(KeycloakClaims.coaCaller(issuer, subject, jwt.getClaims()));
    } else if (issuer.equals(settings.platformIssuer())) {
      caller = Mono.just(KeycloakClaims.platformCaller(issuer, subject, jwt.getClaims()));
    } else {
      caller = regions.byIssuer(issuer)
          .filter(Region::active)
          .map(region -> KeycloakClaims.regionCaller(region, issuer, subject, jwt.getClaims()))
          .switchIfEmpty(Mono.error(() -> new InvalidBearerTokenException("issuer is not (or no longer) trusted")));
    }
    return caller.map(c -> new CallerAuthentication(c, jwt,
        c.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList()));
  }

}
