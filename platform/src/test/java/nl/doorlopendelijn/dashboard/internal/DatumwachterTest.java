package nl.doorlopendelijn.dashboard.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.doorlopendelijn.testsupport.VirtueleKlok;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** Midnight in Europe/Amsterdam, passed in virtual time. */
class DatumwachterTest {

  @Test
  void eenNieuweDagWordtBinnenEenSecondeNaMiddernachtGemeld() {
    VirtualTimeScheduler scheduler = VirtualTimeScheduler.create();
    Clock klok = VirtueleKlok.vanaf(scheduler, LocalDateTime.of(2026, 3, 28, 23, 59, 0));
    StepVerifier.withVirtualTime(() -> Datumwachter.dagwissels(klok, Duration.ofSeconds(1), scheduler),
            () -> scheduler, Long.MAX_VALUE)
        .expectSubscription()
        .expectNoEvent(Duration.ofSeconds(59))
        .thenAwait(Duration.ofSeconds(1))
        .expectNext(LocalDate.of(2026, 3, 29))
        // The day the clocks go forward is 23 hours long; the next new day still comes at midnight.
        .expectNoEvent(Duration.ofHours(23).minusSeconds(1))
        .thenAwait(Duration.ofSeconds(1))
        .expectNext(LocalDate.of(2026, 3, 30))
        .thenCancel()
        .verify(Duration.ofSeconds(5));
  }
}
