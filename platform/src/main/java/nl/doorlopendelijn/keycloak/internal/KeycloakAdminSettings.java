package nl.doorlopendelijn.keycloak.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the platform reaches Keycloak's admin API to provision region realms ({@code doorlopendelijn.keycloak.admin.*}).
 * Without a username, onboarding answers 503 and start-up re-provisioning is skipped.
 *
 * @param url Keycloak's base URL for admin calls; defaults to {@code doorlopendelijn.keycloak.base-url}
 * @param realm the realm the admin account lives in ({@code master})
 * @param clientId the client used for the admin's password grant ({@code admin-cli})
 * @param platformBaseUrl the platform's public URL, for the web client's redirect URIs in a new realm
 * @param webClientSecret secret of the confidential web client in new realms (the web login reads the same value)
 * @param timeout how long one admin operation may take before onboarding answers 503
 */
@ConfigurationProperties("doorlopendelijn.keycloak.admin")
record KeycloakAdminSettings(String url, String realm, String clientId, String username, String password,
    String platformBaseUrl, String webClientSecret, Duration timeout) {

  KeycloakAdminSettings {
    url = blankToNull(url);
    username = blankToNull(username);
    webClientSecret = blankToNull(webClientSecret);
    realm = realm == null ? "master" : realm;
    clientId = clientId == null ? "admin-cli" : clientId;
    platformBaseUrl = platformBaseUrl == null ? "http://localhost:8080" : platformBaseUrl;
    timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  boolean configured() {
    return username != null && !username.isBlank() && password != null;
  }
}
