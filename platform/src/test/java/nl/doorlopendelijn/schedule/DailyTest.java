package nl.doorlopendelijn.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import nl.doorlopendelijn.testsupport.VirtueleKlok;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/**
 * The daily schedule in virtual time (the digest at 07:00, the dossiers' job at 03:15): at the time of day in the
 * clock's zone (the platform's: Dutch time), once a day with that day's date, also across the changes to and from
 * summer time (the hour stays, the day between is 23 or 25 hours).
 */
class DailyTest {

  @Test
  void hetDagoverzichtGaatElkeDagOmZevenUurMetDeDatumVanDieDag() {
    StepVerifier.withVirtualTime(() -> {
          VirtualTimeScheduler s = VirtualTimeScheduler.get();
          return Daily.at(LocalTime.of(7, 0), VirtueleKlok.vanaf(s, LocalDateTime.of(2026, 3, 27, 22, 0)), s,
              Mono::just)
              .take(3);
        })
        .expectSubscription()
        .expectNoEvent(Duration.ofHours(9).minusMinutes(1))
        .thenAwait(Duration.ofMinutes(1))
        .expectNext(LocalDate.of(2026, 3, 28))
        // the night of 28 to 29 March has an hour less: 07:00 comes after 23 hours
        .expectNoEvent(Duration.ofHours(23).minusMinutes(1))
        .thenAwait(Duration.ofMinutes(1))
        .expectNext(LocalDate.of(2026, 3, 29))
        .expectNoEvent(Duration.ofHours(24).minusMinutes(1))
        .thenAwait(Duration.ofMinutes(1))
        .expectNext(LocalDate.of(2026, 3, 30))
        .verifyComplete();
  }

  @Test
  void eenAnderTijdstipUitDeInstellingenWordtGevolgd() {
    StepVerifier.withVirtualTime(() -> {
          VirtualTimeScheduler s = VirtualTimeScheduler.get();
          return Daily.at(LocalTime.of(17, 30), VirtueleKlok.vanaf(s, LocalDateTime.of(2026, 6, 1, 12, 0)), s,
              Mono::just)
              .take(1);
        })
        .expectSubscription()
        .expectNoEvent(Duration.ofHours(5).plusMinutes(29))
        .thenAwait(Duration.ofMinutes(1))
        .expectNext(LocalDate.of(2026, 6, 1))
        .verifyComplete();
  }

  @Test
  void omKwartOverDrieOokNaDeOvergangNaarWintertijd() {
    // the night of 24 to 25 October 2026 has an hour more: 03:15 comes after 25 hours
    StepVerifier.withVirtualTime(() -> {
          VirtualTimeScheduler s = VirtualTimeScheduler.get();
          return Daily.at(LocalTime.of(3, 15), VirtueleKlok.vanaf(s, LocalDateTime.of(2026, 10, 23, 22, 0)), s,
              Mono::just).take(3);
        })
        .expectSubscription()
        .expectNoEvent(Duration.ofHours(5).plusMinutes(14))
        .thenAwait(Duration.ofMinutes(1))
        .expectNext(LocalDate.of(2026, 10, 24))
        .expectNoEvent(Duration.ofHours(25).minusMinutes(1))
        .thenAwait(Duration.ofMinutes(1))
        .expectNext(LocalDate.of(2026, 10, 25))
        .expectNoEvent(Duration.ofHours(24).minusMinutes(1))
        .thenAwait(Duration.ofMinutes(1))
        .expectNext(LocalDate.of(2026, 10, 26))
        .verifyComplete();
  }
}
