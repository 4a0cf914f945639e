package nl.doorlopendelijn.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

/**
 * One live stream, really over loopback, recording its events and when it ended (completed or failed): for the
 * tests that a stream ends when its access does (issue 19). {@link #close()} leaves it.
 */
public final class SseOpname implements AutoCloseable {

  private static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {};

  public final List<ServerSentEvent<String>> events = new CopyOnWriteArrayList<>();
  private volatile long eindeNanos;
  private volatile long eindeMillis;
  private volatile Throwable fout;
  private final Disposable abonnement;

  private SseOpname(WebClient client, String pad, Consumer<HttpHeaders> headers) {
    abonnement = client.get().uri(pad).accept(MediaType.TEXT_EVENT_STREAM).headers(headers)
        .retrieve().bodyToFlux(SSE)
        .subscribe(events::add, e -> {
          fout = e;
          eindeMillis = System.currentTimeMillis();
          eindeNanos = System.nanoTime();
        }, () -> {
          eindeMillis = System.currentTimeMillis();
          eindeNanos = System.nanoTime();
        });
  }

  /** The stream at {@code pad} on this port, with these headers (a bearer token, a session cookie). */
  public static SseOpname open(int poort, String pad, Consumer<HttpHeaders> headers) {
    return new SseOpname(WebClient.create("http://127.0.0.1:" + poort), pad, headers);
  }

  public boolean beeindigd() {
    return eindeNanos != 0;
  }

  /** When it ended (System.nanoTime), 0 while it runs. */
  public long eindeNanos() {
    return eindeNanos;
  }

  /** When it ended on the wall clock (epoch ms), 0 while it runs: to compare with a token's exp. */
  public long eindeMillis() {
    return eindeMillis;
  }

  public Throwable fout() {
    return fout;
  }

  /** The data of its last event of this name, or null. */
  public String laatste(String event) {
    String data = null;
    for (ServerSentEvent<String> e : events) {
      if (event.equals(e.event())) {
        data = e.data();
      }
    }
    return data;
  }

  /** Waits until the stream has ended, at most {@code max}; answers whether it did. */
  public boolean wachtOpEinde(Duration max) {
    return Wachten.tot(max, this::beeindigd);
  }

  @Override
  public void close() {
    abonnement.dispose();
  }
}
