package nl.doorlopendelijn.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.doorlopendelijn.testsupport.Opname;
import nl.doorlopendelijn.testsupport.VirtueleKlok;
import org.junit.jupiter.api.Test;
import reactor.test.scheduler.VirtualTimeScheduler;

/** Midnight in Europe/Amsterdam, passed in virtual time (the test's own: see {@link Opname}). */
class DatumwachterTest {

  @Test
  void eenNieuweDagWordtBinnenEenSecondeNaMiddernachtGemeld() {
    VirtualTimeScheduler tijd = VirtualTimeScheduler.create();
    Clock klok = VirtueleKlok.vanaf(tijd, LocalDateTime.of(2026, 3, 28, 23, 59, 0));
    try (Opname<LocalDate> dagen = Opname.van(Datumwachter.dagwissels(klok, Duration.ofSeconds(1), tijd))) {
      tijd.advanceTimeBy(Duration.ofSeconds(59));
      assertThat(dagen.nieuw()).isEmpty();
      tijd.advanceTimeBy(Duration.ofSeconds(1));
      assertThat(dagen.nieuw()).containsExactly(LocalDate.of(2026, 3, 29));
      // The day the clocks go forward is 23 hours long; the next new day still comes at midnight.
      tijd.advanceTimeBy(Duration.ofHours(23).minusSeconds(1));
      assertThat(dagen.nieuw()).isEmpty();
      tijd.advanceTimeBy(Duration.ofSeconds(1));
      assertThat(dagen.nieuw()).containsExactly(LocalDate.of(2026, 3, 30));
    }
  }
}
