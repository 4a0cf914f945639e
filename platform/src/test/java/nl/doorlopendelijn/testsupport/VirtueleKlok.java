package nl.doorlopendelijn.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import nl.doorlopendelijn.kernel.Tijdzone;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * A clock that runs with a virtual-time scheduler, for unit tests of what is scheduled (the daily job, the date
 * watch): it reads the scheduler's time from a start moment, in the platform's zone unless told otherwise. Tests
 * of the whole platform move its clock with {@link VerstelbareKlok} instead.
 */
public final class VirtueleKlok extends Clock {

  private final Instant start;
  private final VirtualTimeScheduler scheduler;
  private final ZoneId zone;

  private VirtueleKlok(Instant start, VirtualTimeScheduler scheduler, ZoneId zone) {
    this.start = start;
    this.scheduler = scheduler;
    this.zone = zone;
  }

  /** From {@code start}, Dutch time, as the platform's clock. */
  public static VirtueleKlok vanaf(VirtualTimeScheduler scheduler, LocalDateTime start) {
    return new VirtueleKlok(start.atZone(Tijdzone.NL).toInstant(), scheduler, Tijdzone.NL);
  }

  @Override
  public Instant instant() {
    return start.plusMillis(scheduler.now(TimeUnit.MILLISECONDS));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId andere) {
    return new VirtueleKlok(start, scheduler, andere);
  }
}
