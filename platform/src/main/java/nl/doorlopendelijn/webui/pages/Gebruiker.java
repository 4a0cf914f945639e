package nl.doorlopendelijn.webui.pages;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import com.nimbusds.jwt.JWTParser;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is logged in, for the page header and the menu: name, realm (registration id), gemeente or azc, and the roles
 * from the access token (which the platform itself received from Keycloak's token endpoint). What a user may see is
 * decided by the API, not by this menu.
 */
public record Gebruiker(String naam, String realm, String gemeente, String azc, List<String> rollen) {

  static Gebruiker van(OAuth2AuthenticationToken auth, String accessToken) {
    String naam = auth.getName();
    String gemeente = null;
    String azc = null;
    if (auth.getPrincipal() instanceof OidcUser oidc) {
      naam = oidc.getFullName() != null ? oidc.getFullName() : oidc.getPreferredUsername();
      gemeente = oidc.getClaimAsString("gemeente");
      azc = oidc.getClaimAsString("azc");
    }
    return new Gebruiker(naam, auth.getAuthorizedClientRegistrationId(), gemeente, azc, rollen(accessToken));
  }

  public boolean isCoa() {
    return "coa".equals(realm);
  }

  /** A platform operator (realm {@code platform}): the beheer pages, no region's data. */
  public boolean isBeheerder() {
    return "platform".equals(realm);
  }

  /** A regio-coördinator: she manages her region's users (the menu shows "Gebruikers"). */
  public boolean isCoordinator() {
    return rollen.contains("regio-coordinator") && !isCoa() && !isBeheerder();
  }

  /** A dashboard-viewer sees aggregates only: the menu shows no personal-data pages. */
  public boolean isAlleenDashboard() {
    return rollen.contains("dashboard-viewer") && !rollen.contains("regio-coordinator")
        && !rollen.contains("gemeente-medewerker");
  }

  @SuppressWarnings("unchecked")
  private static List<String> rollen(String accessToken) {
    try {
      Object realmAccess = JWTParser.parse(accessToken).getJWTClaimsSet().getClaim("realm_access");
      if (realmAccess instanceof Map<?, ?> m && m.get("roles") instanceof List<?> roles) {
        return roles.stream().map(String::valueOf).toList();
      }
    } catch (ParseException notAJwt) {
      // an opaque token: no roles for the menu, the API still decides
    }
    return List.of();
  }
}
