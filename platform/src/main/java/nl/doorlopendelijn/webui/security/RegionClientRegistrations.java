package nl.doorlopendelijn.webui.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.doorlopendelijn.tenancy.IssuerSettings;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import reactor.core.publisher.Mono;

/**
 * One OAuth2 client registration per trusted realm: registration id = region slug (or {@code coa}, or {@code platform}
 * for the platform operators), issuer from the
 * {@link RegionRegistry}, so a region onboarded while the platform runs can log in without a restart. Keycloak's
 * endpoints are derived from the issuer (no discovery call, which would block or need Keycloak at start-up).
 */
class RegionClientRegistrations implements ReactiveClientRegistrationRepository {

  static final String COA = IssuerSettings.COA_REALM;
  static final String PLATFORM = IssuerSettings.PLATFORM_REALM;

  private final RegionRegistry regions;
  private final IssuerSettings issuers;
  private final String clientId;
  private final String clientSecret;
  private final Endpoints endpoints;

  /**
   * Where an issuer's endpoints are, relative to the issuer: Keycloak's paths unless configured otherwise (the keys'
   * path is the same setting the API's token check uses).
   */
  record Endpoints(String authorization, String token, String jwks) {}
  private final Map<String, ClientRegistration> cache = new ConcurrentHashMap<>();

  RegionClientRegistrations(RegionRegistry regions, IssuerSettings issuers, String clientId, String clientSecret,
      Endpoints endpoints) {
    this.endpoints = endpoints;
    this.regions = regions;
    this.issuers = issuers;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  @Override
  public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
    if (COA.equals(registrationId)) {
      return Mono.just(registration(COA, "COA", issuers.coaIssuer()));
    }
    if (PLATFORM.equals(registrationId)) {
      return Mono.just(registration(PLATFORM, "Platformbeheer", issuers.platformIssuer()));
    }
    return regions.bySlug(registrationId)
        .filter(Region::active)
        .map(region -> registration(region.slug(), region.naam(), region.issuer()));
  }

  private ClientRegistration registration(String id, String name, String issuer) {
    // Keyed by issuer as well: a region whose issuer changed gets a fresh registration.
    return cache.compute(id, (key, existing) -> existing != null
        && issuer.equals(existing.getProviderDetails().getIssuerUri()) ? existing : build(id, name, issuer));
  }

  private ClientRegistration build(String id, String name, String issuer) {
    String oidc = issuer + "/protocol/openid-connect";
    return ClientRegistration.withRegistrationId(id)
        .clientName(name)
        .clientId(clientId)
        .clientSecret(clientSecret)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .scope("openid", "profile")
        .issuerUri(issuer)
        .authorizationUri(issuer + endpoints.authorization())
        .tokenUri(issuer + endpoints.token())
        .jwkSetUri(issuer + endpoints.jwks())
        .userNameAttributeName("preferred_username")
        .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
        .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
        .build();
  }
}
