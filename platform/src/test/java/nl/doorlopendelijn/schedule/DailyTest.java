package nl.doorlopendelijn.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import nl.doorlopendelijn.testsupport.Opname;
import nl.doorlopendelijn.testsupport.VirtueleKlok;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * The daily schedule in virtual time (the digest at 07:00, the dossiers' job at 03:15): at the time of day in the
 * clock's zone (the platform's: Dutch time), once a day with that day's date, also across the changes to and from
 * summer time (the hour stays, the day between is 23 or 25 hours). The virtual clock is the test's own (never
 * Reactor's global schedulers: see {@link Opname}).
 */
class DailyTest {

  @Test
  void hetDagoverzichtGaatElkeDagOmZevenUurMetDeDatumVanDieDag() {
    VirtualTimeScheduler tijd = VirtualTimeScheduler.create();
    try (Opname<LocalDate> runs = Opname.van(
        Daily.at(LocalTime.of(7, 0), VirtueleKlok.vanaf(tijd, LocalDateTime.of(2026, 3, 27, 22, 0)), tijd,
            Mono::just).take(3))) {
      volgendeNa(tijd, runs, Duration.ofHours(9), LocalDate.of(2026, 3, 28));
      // the night of 28 to 29 March has an hour less: 07:00 comes after 23 hours
      volgendeNa(tijd, runs, Duration.ofHours(23), LocalDate.of(2026, 3, 29));
      volgendeNa(tijd, runs, Duration.ofHours(24), LocalDate.of(2026, 3, 30));
      assertThat(runs.klaar()).isTrue();
    }
  }

  @Test
  void eenAnderTijdstipUitDeInstellingenWordtGevolgd() {
    VirtualTimeScheduler tijd = VirtualTimeScheduler.create();
    try (Opname<LocalDate> runs = Opname.van(
        Daily.at(LocalTime.of(17, 30), VirtueleKlok.vanaf(tijd, LocalDateTime.of(2026, 6, 1, 12, 0)), tijd,
            Mono::just).take(1))) {
      volgendeNa(tijd, runs, Duration.ofHours(5).plusMinutes(30), LocalDate.of(2026, 6, 1));
      assertThat(runs.klaar()).isTrue();
    }
  }

  @Test
  void omKwartOverDrieOokNaDeOvergangNaarWintertijd() {
    VirtualTimeScheduler tijd = VirtualTimeScheduler.create();
    try (Opname<LocalDate> runs = Opname.van(
        Daily.at(LocalTime.of(3, 15), VirtueleKlok.vanaf(tijd, LocalDateTime.of(2026, 10, 23, 22, 0)), tijd,
            Mono::just).take(3))) {
      volgendeNa(tijd, runs, Duration.ofHours(5).plusMinutes(15), LocalDate.of(2026, 10, 24));
      // the night of 24 to 25 October 2026 has an hour more: 03:15 comes after 25 hours
      volgendeNa(tijd, runs, Duration.ofHours(25), LocalDate.of(2026, 10, 25));
      volgendeNa(tijd, runs, Duration.ofHours(24), LocalDate.of(2026, 10, 26));
      assertThat(runs.klaar()).isTrue();
    }
  }

  /** Nothing until a minute before {@code wacht}, then exactly {@code datum} at {@code wacht}. */
  private static void volgendeNa(VirtualTimeScheduler tijd, Opname<LocalDate> runs, Duration wacht, LocalDate datum) {
    tijd.advanceTimeBy(wacht.minusMinutes(1));
    assertThat(runs.nieuw()).as("before %s", datum).isEmpty();
    tijd.advanceTimeBy(Duration.ofMinutes(1));
    assertThat(runs.nieuw()).containsExactly(datum);
  }
}
