package nl.doorlopendelijn.dashboard.internal;

import java.nio.charset.StandardCharsets;

/**
 * A view as JSON, kept both as text (SSE data) and as bytes (GET body), so neither is encoded per request; and the
 * view itself, the one object the JSON was written from, so an export is made of exactly what the API shows.
 */
record Gerenderd(String tekst, byte[] bytes, DashboardWeergave weergave) {

  public static Gerenderd van(String tekst) {
    return new Gerenderd(tekst, tekst.getBytes(StandardCharsets.UTF_8), null);
  }

  public static Gerenderd van(String tekst, DashboardWeergave weergave) {
    return new Gerenderd(tekst, tekst.getBytes(StandardCharsets.UTF_8), weergave);
  }
}
