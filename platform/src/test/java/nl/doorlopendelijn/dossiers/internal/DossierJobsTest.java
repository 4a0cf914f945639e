package nl.doorlopendelijn.dossiers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.doorlopendelijn.testsupport.VirtueleKlok;
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
    StepVerifier.withVirtualTime(() -> {
          VirtualTimeScheduler s = VirtualTimeScheduler.get();
          return DossierJobs.dagelijks(VirtueleKlok.vanaf(s, LocalDateTime.of(2026, 3, 1, 22, 0)), s, Mono::just)
              .take(3);
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
}
