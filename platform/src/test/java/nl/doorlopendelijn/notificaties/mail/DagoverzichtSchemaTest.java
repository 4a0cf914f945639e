package nl.doorlopendelijn.notificaties.mail;

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
 * The digest's schedule in virtual time: at the configured time of day in the clock's zone (the platform's: Dutch
 * time), once a day with that day's date, also across the change to summer time (the hour stays 07:00, the day
 * between is 23 hours).
 */
class DagoverzichtSchemaTest {

  @Test
  void hetDagoverzichtGaatElkeDagOmZevenUurMetDeDatumVanDieDag() {
    StepVerifier.withVirtualTime(() -> {
          VirtualTimeScheduler s = VirtualTimeScheduler.get();
          return Dagoverzichten.dagelijks(VirtueleKlok.vanaf(s, LocalDateTime.of(2026, 3, 27, 22, 0)), s,
              LocalTime.of(7, 0), Mono::just).take(3);
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
          return Dagoverzichten.dagelijks(VirtueleKlok.vanaf(s, LocalDateTime.of(2026, 6, 1, 12, 0)), s,
              LocalTime.of(17, 30), Mono::just).take(1);
        })
        .expectSubscription()
        .expectNoEvent(Duration.ofHours(5).plusMinutes(29))
        .thenAwait(Duration.ofMinutes(1))
        .expectNext(LocalDate.of(2026, 6, 1))
        .verifyComplete();
  }
}
