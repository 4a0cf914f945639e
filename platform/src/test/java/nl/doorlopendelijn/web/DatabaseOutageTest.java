package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.doorlopendelijn.testsupport.DatabaseUitvalContext;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The database dies under a running platform: readiness goes DOWN, requests get a 503 problem with Retry-After
 * (never a 500, never a hang), and when the database is back the platform recovers by itself. On the outage
 * context ({@link DatabaseUitvalContext}, shared with the other outage test): a database of its own that it stops.
 */
class DatabaseOutageTest extends DatabaseUitvalContext {

  private static final TestIssuers issuers = TestIssuers.shared();

  @Autowired
  WebTestClient web;

  @Test
  void databaseUitvalGeeft503MetRetryAfterEnHerstelZichVanzelf() throws Exception {
    String token = issuers.regioCoordinator(TestIssuers.HART_VAN_BRABANT);
    awaitStatus("/actuator/health/readiness", null, 200, Duration.ofSeconds(30));
    awaitStatus("/api/v1/regios/hart-van-brabant/gemeenten", token, 200, Duration.ofSeconds(30));

    databaseStopt();

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

    databaseStart();

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
