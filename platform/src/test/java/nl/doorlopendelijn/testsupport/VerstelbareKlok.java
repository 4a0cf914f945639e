package nl.doorlopendelijn.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform's clock in tests: the system clock, unless a test puts it elsewhere (e.g. just before midnight) and
 * lets it run from there. A test that moves it puts it back with {@link #terugNaarSysteemtijd()}.
 */
public final class VerstelbareKlok extends Clock {

  private final ZoneId zone;
  private final AtomicReference<Duration> verschuiving = new AtomicReference<>(Duration.ZERO);

  public VerstelbareKlok(ZoneId zone) {
    this.zone = zone;
  }

  /** From now on the clock reads {@code moment}, and runs on from there. */
  public void zet(Instant moment) {
    verschuiving.set(Duration.between(Instant.now(), moment));
  }

  public void terugNaarSysteemtijd() {
    verschuiving.set(Duration.ZERO);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(verschuiving.get());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), verschuiving.get());
  }
}
