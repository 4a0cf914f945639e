package nl.doorlopendelijn.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** "Eventually": polls a condition every 10 ms until it holds or the limit passed. */
public final class Wachten {

  private Wachten() {}

  /** Whether {@code klaar} held within {@code max}. */
  public static boolean tot(Duration max, BooleanSupplier klaar) {
    long tot = System.nanoTime() + max.toNanos();
    while (System.nanoTime() < tot) {
      if (klaar.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return klaar.getAsBoolean();
  }

  /** Milliseconds since a System.nanoTime. */
  public static long msSinds(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
