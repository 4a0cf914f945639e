package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The database dies under a running platform: readiness goes DOWN, requests get a 503 problem with Retry-After
 * (never a 500, never a hang), and when the database is back the platform recovers by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
// Its database is stopped after the class: close the context too, or its pollers (dashboard LISTEN, deactivated
// accounts, outbox rounds) go on failing against it, in the background of every later test class.
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static Path dataDir;
  private static int port;
  private static EmbeddedPostgres postgres;
  private static TestDatabase.Settings settings;

  @Autowired
  WebTestClient web;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException {
    dataDir = Files.createTempDirectory("dl-outage-pg");
    postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
    port = postgres.getPort();
    settings = TestDatabase.prepare("embedded", postgres.getJdbcUrl("postgres", "postgres"), "doorlopendelijn");
    settings.springProperties().forEach((k, v) -> registry.add(k, () -> v));
    issuers.springProperties().forEach((k, v) -> registry.add(k, () -> v));
    registry.add("spring.r2dbc.pool.max-acquire-time", () -> "2s");
    registry.add("spring.r2dbc.pool.max-create-connection-time", () -> "2s");
  }

  @AfterAll
  static void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void databaseUitvalGeeft503MetRetryAfterEnHerstelZichVanzelf() throws Exception {
    String token = issuers.regioCoordinator(TestIssuers.HART_VAN_BRABANT);
    awaitStatus("/actuator/health/readiness", null, 200, Duration.ofSeconds(30));
    awaitStatus("/api/v1/regios/hart-van-brabant/gemeenten", token, 200, Duration.ofSeconds(30));

    postgres.close();

    awaitStatus("/actuator/health/readiness", null, 503, Duration.ofSeconds(20));
    web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    long started = System.nanoTime();
    web.get().uri("/api/v1/regios/hart-van-brabant/gemeenten").headers(h -> h.setBearerAuth(token))
        .exchange()
        .expectStatus().isEqualTo(503)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().exists("Retry-After")
        .expectHeader().valueEquals("API-Version", "1.0.0")
        .expectBody().jsonPath("$.status").isEqualTo(503);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    // a page (its session lives in the database) gets the site's Dutch error page: 503 with Retry-After
    String pagina = web.get().uri("/regio/hart-van-brabant").accept(MediaType.TEXT_HTML)
        .cookie("DL_SESSIE", java.util.UUID.randomUUID().toString()).exchange()
        .expectStatus().isEqualTo(503)
        .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectHeader().exists("Retry-After")
        .expectBody(String.class).returnResult().getResponseBody();
    assertThat(pagina).contains("<html lang=\"nl\"", "Tijdelijk niet beschikbaar").doesNotContain("\"status\"");

    postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();

    awaitStatus("/actuator/health/readiness", null, 200, Duration.ofSeconds(30));
    awaitStatus("/api/v1/regios/hart-van-brabant/gemeenten", token, 200, Duration.ofSeconds(30));
  }

  private void awaitStatus(String path, String token, int status, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    int last = -1;
    while (System.nanoTime() < deadline) {
      last = web.get().uri(path).headers(h -> {
        if (token != null) {
          h.setBearerAuth(token);
        }
      }).exchange().returnResult(String.class).getStatus().value();
      if (last == status) {
        return;
      }
      Thread.sleep(250);
    }
    assertThat(last).as(path + " did not reach " + status + " within " + within).isEqualTo(status);
  }

}
