package nl.doorlopendelijn.dashboard;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/** Live viewers for tests and the benchmark: real SSE connections over loopback, each recording its events. */
final class SseKijkers {

  static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {};

  /** One viewer: every dashboard event it received, with the nanoTime of arrival. */
  static final class Kijker {
    final List<ServerSentEvent<String>> events = new CopyOnWriteArrayList<>();
    final List<Long> aankomst = new CopyOnWriteArrayList<>();
    Disposable abonnement;
    volatile Throwable fout;

    boolean heeftEventMet(String tekst) {
      return events.stream().anyMatch(e -> e.data() != null && e.data().contains(tekst));
    }

    Long aankomstVanEerste(String tekst) {
      for (int i = 0; i < events.size(); i++) {
        if (events.get(i).data() != null && events.get(i).data().contains(tekst)) {
          return aankomst.get(i);
        }
      }
      return null;
    }
  }

  static WebClient client(int poort, int verbindingen) {
    ConnectionProvider provider = ConnectionProvider.builder("dashboard-kijkers")
        .maxConnections(verbindingen).pendingAcquireMaxCount(-1).build();
    return WebClient.builder().baseUrl("http://127.0.0.1:" + poort)
        .clientConnector(new ReactorClientHttpConnector(HttpClient.create(provider)))
        .codecs(c -> c.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
        .build();
  }

  static Kijker kijk(WebClient client, String pad, String token, String laatsteId) {
    Kijker kijker = new Kijker();
    kijker.abonnement = client.get().uri(pad).accept(MediaType.TEXT_EVENT_STREAM)
        .headers(h -> {
          h.setBearerAuth(token);
          if (laatsteId != null) {
            h.set("Last-Event-ID", laatsteId);
          }
        })
        .retrieve().bodyToFlux(SSE)
        .filter(e -> e.data() != null)
        .subscribe(e -> {
          kijker.aankomst.add(System.nanoTime());
          kijker.events.add(e);
        }, fout -> {
          kijker.fout = fout;
          if (fout instanceof Error) {
            fout.printStackTrace(System.out);
          }
        });
    return kijker;
  }

  static void wachtTot(Duration max, java.util.function.BooleanSupplier klaar, String wat) {
    wachtTot(max, klaar, () -> wat);
  }

  static void wachtTot(Duration max, java.util.function.BooleanSupplier klaar,
      java.util.function.Supplier<String> wat) {
    long tot = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < tot) {
      if (klaar.getAsBoolean()) {
        return;
      }
      DashboardTestData.slaap(20);
    }
    throw new AssertionError("niet binnen " + max + ": " + wat.get());
  }

  private SseKijkers() {}
}
