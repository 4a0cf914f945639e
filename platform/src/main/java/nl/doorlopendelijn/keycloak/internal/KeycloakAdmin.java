package nl.doorlopendelijn.keycloak.internal;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import nl.doorlopendelijn.keycloak.RegionRealms.RealmAdminUnavailableException;
import nl.doorlopendelijn.tenancy.IssuerSettings;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The one connection to Keycloak's admin API ({@code keycloak-admin-client}), shared by the realms
 * ({@link KeycloakAdminRegionRealms}) and the users of a region ({@link KeycloakAdminRegionUsers}). That client
 * blocks (RESTEasy), so every call runs on {@link Schedulers#boundedElastic()}, bounded by a timeout; failures to
 * reach Keycloak arrive as {@link RealmAdminUnavailableException}.
 */
@Component
@EnableConfigurationProperties(KeycloakAdminSettings.class)
class KeycloakAdmin implements DisposableBean {

  private final KeycloakAdminSettings settings;
  private final String serverUrl;
  private volatile Keycloak admin;

  KeycloakAdmin(KeycloakAdminSettings settings, IssuerSettings issuers) {
    this.settings = settings;
    this.serverUrl = settings.url() != null ? settings.url() : issuers.baseUrl();
  }

  KeycloakAdminSettings settings() {
    return settings;
  }

  /**
   * Runs blocking admin work off the event loop. Exceptions of the work that are answers (a user that exists
   * already, one that does not) pass unchanged; Keycloak unreachable, slow or refusing becomes
   * {@link RealmAdminUnavailableException}.
   */
  <T> Mono<T> call(String what, Callable<T> work) {
    if (!settings.configured()) {
      return Mono.error(new RealmAdminUnavailableException(
          "Keycloak-beheer is niet geconfigureerd (doorlopendelijn.keycloak.admin.*)", null));
    }
    return Mono.fromCallable(work)
        .subscribeOn(Schedulers.boundedElastic())
        .timeout(settings.timeout())
        .onErrorMap(e -> e instanceof ProcessingException || e instanceof TimeoutException
                || e instanceof WebApplicationException,
            e -> new RealmAdminUnavailableException(what + " mislukt: " + e.getMessage(), e));
  }

  Keycloak client() {
    Keycloak current = admin;
    if (current == null || current.isClosed()) {
      synchronized (this) {
        if (admin == null || admin.isClosed()) {
          admin = KeycloakBuilder.builder().serverUrl(serverUrl).realm(settings.realm())
              .clientId(settings.clientId()).username(settings.username()).password(settings.password()).build();
        }
        current = admin;
      }
    }
    return current;
  }

  @Override
  public void destroy() {
    if (admin != null) {
      admin.close();
    }
  }
}
