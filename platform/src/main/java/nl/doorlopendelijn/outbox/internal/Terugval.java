package nl.doorlopendelijn.outbox.internal;

import java.time.Duration;

/**
 * When a failed delivery is tried again: exponential backoff from {@code eerste}, doubled per failed attempt, never
 * more than {@code hoogstens}. Pure, so its table is a unit test: 1 s, 2 s, 4 s, … 10 min.
 */
record Terugval(Duration eerste, Duration hoogstens) {

  static final Terugval STANDAARD = new Terugval(Duration.ofSeconds(1), Duration.ofMinutes(10));

  /** The wait after the {@code poging}-th failed attempt (1 = the first). */
  Duration na(int poging) {
    if (poging <= 1) {
      return eerste;
    }
    int verdubbelingen = Math.min(poging - 1, 30);
    long millis = eerste.toMillis() << verdubbelingen;
    return millis <= 0 || millis > hoogstens.toMillis() ? hoogstens : Duration.ofMillis(millis);
  }
}
