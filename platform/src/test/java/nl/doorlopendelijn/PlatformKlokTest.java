package nl.doorlopendelijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.doorlopendelijn.kernel.Tijdzone;
import org.junit.jupiter.api.Test;

/**
 * The platform's one clock runs in Dutch time: every module takes "today" from it ({@code LocalDate.now(klok)}), so
 * its zone decides the day of every due date, signal, job and dashboard figure.
 */
class PlatformKlokTest {

  @Test
  void deKlokVanHetPlatformLooptInNederlandseTijd() {
    Clock klok = new DoorlopendeLijnApplication().klok();
    assertThat(klok.getZone()).isEqualTo(Tijdzone.NL);
  }

  @Test
  void naElfUurUtcIsHetInNederlandAlDeVolgendeDag() {
    // 23:30 UTC on 2 April is 01:30 on 3 April in Amsterdam: a clock in UTC would count the day an hour late
    Clock klok = Clock.fixed(Instant.parse("2025-04-02T23:30:00Z"),
        new DoorlopendeLijnApplication().klok().getZone());
    assertThat(LocalDate.now(klok)).isEqualTo(LocalDate.of(2025, 4, 3));
  }
}
