package nl.doorlopendelijn.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits until a freshly started platform answers an authenticated request promptly. In the end-to-end runs a request
 * in the first seconds after start now and then got no answer at all (see the issue note: cause not found; asked
 * again on a new connection it is answered). The tests start after this, so they judge the platform's answers, not
 * that start-up stall. Each attempt uses a new connection and a short timeout; after the attempts it fails loudly.
 */
public final class E2eWarmup {

  private E2eWarmup() {}

  public static void untilAnswered(String baseUrl, String path, String token) {
    for (int attempt = 1; attempt <= 8; attempt++) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      try {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(5)).GET().build(),
            HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() < 500) {
          return;
        }
      } catch (java.io.IOException e) {
        System.err.println("opwarmen: geen antwoord op " + path + " (poging " + attempt + "): " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("het platform op " + baseUrl + " antwoordt niet op " + path);
  }
}
