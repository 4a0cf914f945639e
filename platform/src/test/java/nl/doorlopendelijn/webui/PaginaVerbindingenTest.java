package nl.doorlopendelijn.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The pages' own API client (ADR 0006): more open dashboards than its page pool has connections, and pages still
 * answer; and a run of page requests gets an answer to every one, none retried. Targets in docs/operations.md.
 */
@PlatformTest
class PaginaVerbindingenTest {

  private static final String HVB = "hart-van-brabant";
  private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {};
  /** "Eventually": about 10 × the target of 1 s for a page. */
  private static final Duration PAGINA_LIMIET = Duration.ofSeconds(10);

  @Autowired
  WebTestClient web;
  @LocalServerPort
  int poort;
  @Value("${doorlopendelijn.web.api-client.max-verbindingen}")
  int pool;

  /** A browser's connections: one per request, never a shared pool of its own that could be the bottleneck. */
  private WebClient browser() {
    return WebClient.builder().baseUrl("http://127.0.0.1:" + poort)
        .clientConnector(new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection())))
        .codecs(c -> c.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
        .build();
  }

  @Test
  void meerOpenDashboardsDanDePoolHeeftEnDePaginasAntwoordenToch() {
    var coordinator = PaginaSessie.inloggen(web, HVB, "coordinator-" + UUID.randomUUID(), List.of("regio-coordinator"),
        Map.of());
    coordinator.html("/regio/" + HVB + "/dashboard", 200);
    WebClient browser = browser();
    int dashboards = pool + 5;
    AtomicInteger open = new AtomicInteger();
    AtomicReference<Throwable> fout = new AtomicReference<>();
    List<Disposable> stromen = new ArrayList<>();
    try {
      // opened one after another, as people open dashboards (not all in one millisecond: that is a burst on the
      // database pool, another fault); each is open once it shows the dashboard, i.e. its upstream API stream is open
      for (int i = 0; i < dashboards; i++) {
        AtomicInteger events = new AtomicInteger();
        stromen.add(browser.get().uri("/regio/" + HVB + "/dashboard/stream").accept(MediaType.TEXT_EVENT_STREAM)
            .header(HttpHeaders.COOKIE, coordinator.cookie())
            .retrieve().bodyToFlux(SSE)
            .filter(e -> e.data() != null)
            .subscribe(e -> {
              if (events.getAndIncrement() == 0) {
                open.incrementAndGet();
              }
            }, fout::set));
        long tot = System.nanoTime() + PAGINA_LIMIET.toNanos();
        while (open.get() <= i && fout.get() == null && System.nanoTime() < tot) {
          slaap(10);
        }
      }
      assertThat(fout.get()).as("a dashboard stream failed").isNull();
      assertThat(open.get()).as("open dashboards").isEqualTo(dashboards);

      long traagste = 0;
      for (int i = 0; i < 20; i++) {
        String pad = i % 2 == 0 ? "/regio/" + HVB + "/dashboard" : "/regio/" + HVB + "/dossiers";
        long start = System.nanoTime();
        var antwoord = browser.get().uri(pad).accept(MediaType.TEXT_HTML).header(HttpHeaders.COOKIE, coordinator.cookie())
            .exchangeToMono(r -> r.bodyToMono(String.class).map(body -> Map.entry(r.statusCode().value(), body)))
            .timeout(PAGINA_LIMIET).toFuture().join();
        traagste = Math.max(traagste, System.nanoTime() - start);
        assertThat(antwoord.getKey()).as(pad).isEqualTo(200);
        assertThat(antwoord.getValue()).as(pad).contains("Hart van Brabant").doesNotContain("Tijdelijk niet");
      }
      assertThat(fout.get()).as("a dashboard stream failed while pages were asked").isNull();
      System.out.printf("%d open dashboards (pool %d): 20 pages, slowest %d ms%n", dashboards, pool,
          traagste / 1_000_000);
    } finally {
      stromen.forEach(Disposable::dispose);
    }
  }

  @Test
  void elkPaginaverzoekKrijgtAntwoordZonderHerhaling() {
    var coordinator = PaginaSessie.inloggen(web, HVB, "coordinator-" + UUID.randomUUID(), List.of("regio-coordinator"),
        Map.of());
    coordinator.html("/regio/" + HVB, 200);
    WebClient browser = browser();
    int verzoeken = 200;
    int geenAntwoord = 0;
    long traagste = 0;
    for (int i = 0; i < verzoeken; i++) {
      long start = System.nanoTime();
      try {
        int status = browser.get().uri("/regio/" + HVB).accept(MediaType.TEXT_HTML)
            .header(HttpHeaders.COOKIE, coordinator.cookie())
            .exchangeToMono(r -> r.releaseBody().thenReturn(r.statusCode().value()))
            .timeout(PAGINA_LIMIET).toFuture().join();
        assertThat(status).isEqualTo(200);
      } catch (java.util.concurrent.CompletionException e) {
        assertThat(e.getCause()).isInstanceOf(java.util.concurrent.TimeoutException.class);
        geenAntwoord++;
      }
      traagste = Math.max(traagste, System.nanoTime() - start);
    }
    System.out.printf("%d page requests: %d without an answer within %s, slowest %d ms%n", verzoeken, geenAntwoord,
        PAGINA_LIMIET, traagste / 1_000_000);
    assertThat(geenAntwoord).isZero();
  }

  private static void slaap(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
