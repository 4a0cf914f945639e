package nl.doorlopendelijn.tenancy;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the trusted issuers live. Region descriptors name their issuer as {@code {keycloak}/realms/<slug>};
 * {@code {keycloak}} is {@link #baseUrl()}. {@code overrides} replaces the issuer of a realm outright (by slug, or
 * {@code coa} / {@code platform}), e.g. for a test issuer or a Keycloak on another host. {@code clockSkew} is how
 * far {@code exp} and {@code nbf} may be off (default 60 s).
 */
@ConfigurationProperties("doorlopendelijn.keycloak")
public record IssuerSettings(String baseUrl, Duration jwksTimeout, Map<String, String> overrides,
    Duration clockSkew) {

  public static final String COA_REALM = "coa";
  public static final String PLATFORM_REALM = "platform";

  public IssuerSettings {
    baseUrl = baseUrl == null ? "http://127.0.0.1:8180" : baseUrl.replaceAll("/+$", "");
    jwksTimeout = jwksTimeout == null ? Duration.ofSeconds(3) : jwksTimeout;
    overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    // Tolerance for clocks that differ between Keycloak and the platform when checking exp/nbf (Spring's default).
    clockSkew = clockSkew == null ? Duration.ofSeconds(60) : clockSkew;
  }

  /** The issuer of a region from its descriptor's template. */
  public String regionIssuer(TenantDescriptor d) {
    String override = overrides.get(d.slug());
    return override != null ? override : d.issuer().replace("{keycloak}", baseUrl);
  }

  public String coaIssuer() {
    return overrides.getOrDefault(COA_REALM, baseUrl + "/realms/" + COA_REALM);
  }

  public String platformIssuer() {
    return overrides.getOrDefault(PLATFORM_REALM, baseUrl + "/realms/" + PLATFORM_REALM);
  }
}
