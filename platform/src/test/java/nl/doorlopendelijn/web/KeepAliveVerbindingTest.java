package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every request on a keep-alive connection gets its answer, also when it arrives before the server has finished
 * with the previous one and is answered without leaving the event loop (a 400 of a parameter check, a 401 of the
 * token check: no database, the token from the verified-token cache).
 *
 * <p>Reactor Netty 1.3.6 stopped reading such a connection: the request was buffered, answered, and the read was
 * never re-armed, so the next request lay unread at the server and its client waited for ever (reactor-netty#4361,
 * fixed in 1.3.8). In the suite that was the "no answer within 30 s" of a 400, 401 or 503 at random, once in a few
 * thousand requests of WebTestClient, which sends its next request as soon as the previous answer is in.
 * Here: a raw socket, requests written back to back and pipelined, each answer awaited at most 5 s.
 */
@PlatformTest
class KeepAliveVerbindingTest {

  private static final TestIssuers issuers = TestIssuers.shared();

  @LocalServerPort
  int port;

  /** One after the other: the next request leaves the moment the previous answer is in (as WebTestClient does). */
  @Test
  void naElkaarKrijgtElkVerzoekAntwoord() throws Exception {
    verstuur(false);
  }

  /** Pipelined: each round's requests in one write, the answers in order. */
  @Test
  void gepijplijndKrijgtElkVerzoekAntwoord() throws Exception {
    verstuur(true);
  }

  private void verstuur(boolean gepijplijnd) throws IOException {
    String token = issuers.regioCoordinator(TestIssuers.HART_VAN_BRABANT);
    // answered on the event loop: a parameter refusal (after the token check), no token at all; a database read
    List<String> verzoeken = List.of(
        get("/api/v1/mijn/notificaties?ongelezen=misschien&paginaGrootte=0", token),
        get("/api/v1/regios/hart-van-brabant/gemeenten", null),
        get("/api/v1/regios/hart-van-brabant/gemeenten", token),
        get("/actuator/health/liveness", null));
    List<Integer> verwacht = List.of(400, 401, 200, 200);
    // 1.3.6 lost its read within the first 30 answers in every run; pipelined answers come slower (~25 ms each)
    int rondes = gepijplijnd ? 30 : 100;
    int beantwoord = 0;
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5_000);
      socket.setTcpNoDelay(true);
      OutputStream uit = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      for (int ronde = 0; ronde < rondes; ronde++) {
        if (gepijplijnd) {
          uit.write(String.join("", verzoeken).getBytes(StandardCharsets.US_ASCII));
          uit.flush();
        }
        for (int i = 0; i < verzoeken.size(); i++) {
          if (!gepijplijnd) {
            uit.write(verzoeken.get(i).getBytes(StandardCharsets.US_ASCII));
            uit.flush();
          }
          assertThat(leesAntwoord(in, beantwoord)).as("answer %d", beantwoord).isEqualTo(verwacht.get(i));
          beantwoord++;
        }
      }
    }
    assertThat(beantwoord).isEqualTo(rondes * verzoeken.size());
  }

  private static String get(String pad, String token) {
    return "GET " + pad + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
        + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
  }

  /** Reads one HTTP/1.1 answer (status line, headers, a body of Content-Length or chunks) and gives its status. */
  private static int leesAntwoord(InputStream in, int nummer) throws IOException {
    String statusRegel;
    try {
      statusRegel = regel(in);
    } catch (SocketTimeoutException e) {
      throw new AssertionError("no answer within 5 s to request " + nummer + " on a keep-alive connection", e);
    }
    int status = Integer.parseInt(statusRegel.split(" ")[1]);
    long lengte = -1;
    boolean chunked = false;
    for (String h = regel(in); !h.isEmpty(); h = regel(in)) {
      String naam = h.substring(0, h.indexOf(':')).trim().toLowerCase(Locale.ROOT);
      String waarde = h.substring(h.indexOf(':') + 1).trim();
      if (naam.equals("content-length")) {
        lengte = Long.parseLong(waarde);
      } else if (naam.equals("transfer-encoding") && waarde.toLowerCase(Locale.ROOT).contains("chunked")) {
        chunked = true;
      }
    }
    if (chunked) {
      for (int stuk = Integer.parseInt(regel(in).split(";")[0].trim(), 16); stuk > 0;
          stuk = Integer.parseInt(regel(in).split(";")[0].trim(), 16)) {
        in.readNBytes(stuk);
        regel(in);
      }
      regel(in); // the empty line after the last chunk
    } else if (lengte > 0) {
      in.readNBytes((int) lengte);
    }
    return status;
  }

  private static String regel(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed by the server");
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    return b.toString(StandardCharsets.US_ASCII);
  }
}
