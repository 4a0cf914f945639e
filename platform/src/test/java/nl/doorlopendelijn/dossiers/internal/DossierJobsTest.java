package nl.doorlopendelijn.dossiers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import nl.doorlopendelijn.kernel.Tijdzone;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * The daily job's schedule in virtual time: 03:15 in the clock's zone (the platform's clock: Dutch time), once a
 * day, with that day's date.
 */
class DossierJobsTest {

  @Test
  void deDagelijkseJobLooptOmKwartOverDrieMetDeDatumVanDieDag() {
    Instant start = ZonedDateTime.of(2026, 3, 1, 22, 0, 0, 0, Tijdzone.NL).toInstant();
    StepVerifier.withVirtualTime(() -> {
          VirtualTimeScheduler s = VirtualTimeScheduler.get();
          return DossierJobs.dagelijks(new VirtueleKlok(start, s, Tijdzone.NL), s, Mono::just).take(3);
        })
        .expectSubscription()
        .expectNoEvent(Duration.ofHours(5).plusMinutes(14))
        .thenAwait(Duration.ofMinutes(1))
        .expectNext(LocalDate.of(2026, 3, 2))
        .thenAwait(Duration.ofDays(1))
        .expectNext(LocalDate.of(2026, 3, 3))
        .thenAwait(Duration.ofDays(1))
        .assertNext(d -> assertThat(d).isEqualTo(LocalDate.of(2026, 3, 4)))
        .verifyComplete();
  }

  /** A clock that follows the virtual scheduler. */
  private static final class VirtueleKlok extends Clock {
    private final Instant start;
    private final VirtualTimeScheduler s;
    private final ZoneId zone;

    VirtueleKlok(Instant start, VirtualTimeScheduler s, ZoneId zone) {
      this.start = start;
      this.s = s;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
      return new VirtueleKlok(start, s, z);
    }

    @Override
    public Instant instant() {
      return start.plusMillis(s.now(TimeUnit.MILLISECONDS));
    }
  }
}
