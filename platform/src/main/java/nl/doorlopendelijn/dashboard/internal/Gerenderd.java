package nl.doorlopendelijn.dashboard.internal;

import java.nio.charset.StandardCharsets;

/** A view as JSON, kept both as text (SSE data) and as bytes (GET body), so neither is encoded per request. */
record Gerenderd(String tekst, byte[] bytes) {

  public static Gerenderd van(String tekst) {
    return new Gerenderd(tekst, tekst.getBytes(StandardCharsets.UTF_8));
  }
}
