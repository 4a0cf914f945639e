package nl.doorlopendelijn.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import nl.doorlopendelijn.keycloak.provisioning.RealmFactory;
import nl.doorlopendelijn.keycloak.provisioning.RealmRoles;
import nl.doorlopendelijn.testsupport.keycloak.DemoUsers;
import nl.doorlopendelijn.testsupport.keycloak.E2eRegions;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakLauncher;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakPlatformTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Keycloak goes down. Runs LAST of the end-to-end tests (class order {@code @Order}, see failsafe's
 * {@code junit.jupiter.testclass.order.default}): it stops the one shared Keycloak of the run.
 * Tokens issued before keep working (keys are cached); a trusted issuer whose keys were never fetched gives 503
 * with Retry-After, an untrusted one 401 — both promptly, never a hang.
 */
@KeycloakPlatformTest
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakUitvalE2eIT {

  /** Loose bound: the JWKS fetch times out after 3 s; a refused connection fails at once. */
  private static final Duration PROMPT = Duration.ofSeconds(10);

  private static final KeycloakLauncher keycloak = KeycloakLauncher.shared();
  private static String bekendToken;
  private static String tokenVanNooitGebruikteRegio;
  private static String tokenVanOnbekendeUitgever;
  private static String nieuweRegio;
  private static String operator;

  @Autowired
  WebTestClient web;

  @Test
  @Order(1)
  void voorDeUitvalWordenTokensUitgegeven() {
    bekendToken = keycloak.passwordGrant("hart-van-brabant", "tilburg-medewerker", DemoUsers.PASSWORD);
    web.get().uri("/api/v1/regios/hart-van-brabant").headers(h -> h.setBearerAuth(bekendToken)).exchange()
        .expectStatus().isOk(); // the platform now holds hart-van-brabant's keys

    // A region the platform trusts but whose keys it has never fetched: onboarded now, its token not used yet.
    nieuweRegio = E2eRegions.uniqueSlug("uitval");
    operator = keycloak.passwordGrant(RealmFactory.PLATFORM_REALM, "operator", DemoUsers.PASSWORD);
    web.post().uri("/api/v1/beheer/regios").headers(h -> h.setBearerAuth(operator))
        .bodyValue(E2eRegions.descriptor(nieuweRegio)).exchange()
        .expectStatus().isCreated();
    E2eRegions.createUser(keycloak, nieuweRegio, "coordinator", RealmRoles.REGIO_COORDINATOR, Map.of());
    tokenVanNooitGebruikteRegio = keycloak.passwordGrant(nieuweRegio, "coordinator", DemoUsers.PASSWORD);

    // The master realm: real Keycloak, but not an issuer the platform trusts.
    tokenVanOnbekendeUitgever = keycloak.passwordGrantTokens("master", "admin-cli", keycloak.adminUsername(),
        keycloak.adminPassword()).accessToken();
  }

  @Test
  @Order(2)
  void keycloakStoptEnLaatGeenProcesAchter() {
    var processes = keycloak.processes();
    var home = keycloak.home().toString();
    assertThat(processes).isNotEmpty(); // kc.sh and Keycloak's JVM

    keycloak.stop();

    assertThat(processes).noneMatch(ProcessHandle::isAlive);
    assertThat(ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(home)).orElse(false)))
        .isEmpty();
    assertThat(keycloak.isRunning()).isFalse();
  }

  @Test
  @Order(3)
  void eerderUitgegevenTokensBlijvenWerken() {
    web.get().uri("/api/v1/regios/hart-van-brabant/gemeenten").headers(h -> h.setBearerAuth(bekendToken)).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.gemeenten.length()").isEqualTo(9);
  }

  @Test
  @Order(4)
  void vertrouwdeUitgeverZonderSleutelsGeeftMeteen503MetRetryAfter() {
    long started = System.nanoTime();
    web.get().uri("/api/v1/regios/" + nieuweRegio).headers(h -> h.setBearerAuth(tokenVanNooitGebruikteRegio))
        .exchange()
        .expectStatus().isEqualTo(503)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
        .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("inlogdienst"));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PROMPT);
  }

  @Test
  @Order(6)
  void aanmeldenTerwijlKeycloakPlatLigtGeeft503EnLegtNietsVast() {
    String slug = E2eRegions.uniqueSlug("niet-aangemeld");
    long started = System.nanoTime();
    web.post().uri("/api/v1/beheer/regios").headers(h -> h.setBearerAuth(operator))
        .bodyValue(E2eRegions.descriptor(slug)).exchange()
        .expectStatus().isEqualTo(503)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().exists(HttpHeaders.RETRY_AFTER);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PROMPT);
    web.get().uri("/api/v1/beheer/regios/" + slug).headers(h -> h.setBearerAuth(operator)).exchange()
        .expectStatus().isNotFound();
  }

  @Test
  @Order(5)
  void onbekendeUitgeverGeeftMeteen401() {
    long started = System.nanoTime();
    web.get().uri("/api/v1/regios/hart-van-brabant").headers(h -> h.setBearerAuth(tokenVanOnbekendeUitgever))
        .exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PROMPT);
  }
}
