package nl.doorlopendelijn.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The README's first command in a process of its own (its own embedded PostgreSQL, its own Keycloak, the platform, the
 * demo data), on free ports; ready when its banner says so. One per JVM: {@link DemoVooraf} starts it when the
 * end-to-end run begins, so its start-up (a minute and more) runs beside the other end-to-end tests instead of before
 * {@link DemoE2eIT}, which then reads what it shows.
 */
final class DemoProces {

  private static DemoProces gestart;

  final int platformPoort = vrijePoort();
  final int keycloakPoort = vrijePoort();
  final int smtpPoort = vrijePoort();
  final int postbusPoort = vrijePoort();
  private final Process proces;
  private final List<String> uitvoer = new ArrayList<>();
  private final CompletableFuture<Void> klaar = new CompletableFuture<>();

  private DemoProces() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    proces = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
        "-Ddemo.port=" + platformPoort, "-Ddemo.keycloak-port=" + keycloakPoort,
        "-Ddemo.smtp-port=" + smtpPoort, "-Ddemo.postbus-port=" + postbusPoort, DemoApplication.class.getName())
        .redirectErrorStream(true)
        .start();
    Thread lezer = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(proces.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String regel; (regel = in.readLine()) != null; ) {
          synchronized (uitvoer) {
            uitvoer.add(regel);
          }
          if (regel.contains("demo draait (klaar in")) {
            klaar.complete(null);
          }
        }
        klaar.completeExceptionally(new IllegalStateException("de demo stopte voordat hij klaar was"));
      } catch (IOException e) {
        klaar.completeExceptionally(e);
      }
    }, "demo-uitvoer");
    lezer.setDaemon(true);
    lezer.start();
    // whoever started it, the demo goes when the JVM goes (as Ctrl-C: its hooks stop Keycloak and the database)
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "demo-stop"));
  }

  /** The demo of this JVM, started on first use (not yet ready: {@link #wachtTotKlaar}). */
  static synchronized DemoProces gestart() {
    if (gestart == null) {
      try {
        gestart = new DemoProces();
      } catch (IOException e) {
        throw new UncheckedIOException("de demo startte niet", e);
      }
    }
    return gestart;
  }

  /** Waits for the banner; an {@link AssertionError} with the last output when it does not come in time. */
  void wachtTotKlaar(Duration binnen) {
    try {
      klaar.get(binnen.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("de demo werd niet klaar; laatste uitvoer:\n" + staart(), e);
    }
  }

  List<String> uitvoer() {
    synchronized (uitvoer) {
      return List.copyOf(uitvoer);
    }
  }

  String staart() {
    synchronized (uitvoer) {
      return String.join("\n", uitvoer.subList(Math.max(0, uitvoer.size() - 40), uitvoer.size()));
    }
  }

  /** As Ctrl-C; forcibly after a minute. Idempotent. */
  synchronized void stop() {
    if (!proces.isAlive()) {
      return;
    }
    proces.destroy();
    try {
      if (!proces.waitFor(60, TimeUnit.SECONDS)) {
        proces.descendants().forEach(ProcessHandle::destroyForcibly);
        proces.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int vrijePoort() {
    try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
