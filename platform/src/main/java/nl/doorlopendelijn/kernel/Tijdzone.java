package nl.doorlopendelijn.kernel;

import java.time.ZoneId;

/**
 * The platform's time zone: dates (due dates, "today", the day a job runs) are Dutch dates; a clock in UTC would
 * switch days an hour or two late. The platform's {@code Clock} bean runs in this zone, so code with a clock at hand
 * takes the zone from it ({@code LocalDate.now(klok)}); this constant is for code without one.
 */
public final class Tijdzone {

  public static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

  private Tijdzone() {}
}
