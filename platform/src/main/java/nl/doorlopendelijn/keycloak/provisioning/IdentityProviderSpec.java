package nl.doorlopendelijn.keycloak.provisioning;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A gemeente's own OIDC identity provider that a region realm brokers: what {@link RealmFactory} needs to build it.
 * Everyone who logs in through it gets the user attribute {@code gemeente} = {@code gemeenteCode} and the role
 * {@value RealmRoles#GEMEENTE_MEDEWERKER}, nothing the provider's tokens say.
 *
 * @param alias its name in the realm (kebab-case); also what the access token's {@value
 *     RealmFactory#IDENTITY_PROVIDER_CLAIM} claim carries
 * @param displayName the text of its button on the login page
 * @param gemeenteCode CBS code of the gemeente it is bound to
 * @param issuer the provider's OIDC issuer (its discovery document lives below it)
 * @param clientId the realm's client at the provider
 * @param clientSecret that client's secret, or {@code null} when it is not configured (the provider is then
 *     created disabled)
 */
public record IdentityProviderSpec(String alias, String displayName, String gemeenteCode, String issuer,
    String clientId, String clientSecret) {

  private static final Pattern ALIAS = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");

  public IdentityProviderSpec {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(clientId, "clientId");
    if (!ALIAS.matcher(alias).matches()) {
      throw new IllegalArgumentException("alias must be lower-case kebab-case: " + alias);
    }
    if (gemeenteCode == null || !CBS_CODE.matcher(gemeenteCode).matches()) {
      throw new IllegalArgumentException("not a CBS gemeentecode (GMnnnn): " + gemeenteCode);
    }
    issuer = issuer.replaceAll("/+$", "");
    clientSecret = clientSecret == null || clientSecret.isBlank() ? null : clientSecret;
  }

  /** Where the provider's endpoints are published. */
  public String discoveryUrl() {
    return issuer + "/.well-known/openid-configuration";
  }

  @Override
  public String toString() {
    return "IdentityProviderSpec[" + alias + ", " + gemeenteCode + ", " + issuer + "]"; // never the secret
  }
}
