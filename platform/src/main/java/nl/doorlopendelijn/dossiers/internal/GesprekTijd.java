package nl.doorlopendelijn.dossiers.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times and dates of the dossiers module for people (gesprekken, the werkvoorraad): in Dutch, in the Netherlands' time zone. */
final class GesprekTijd {

  /** Where the gesprekken take place: every time shown or put in an invitation is in this zone. */
  static final ZoneId ZONE = nl.doorlopendelijn.kernel.Tijdzone.NL;

  private static final DateTimeFormatter TEKST = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm",
      Locale.forLanguageTag("nl-NL"));
  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy",
      Locale.forLanguageTag("nl-NL"));

  private GesprekTijd() {}

  /** E.g. "dinsdag 15 december 2026 om 10:00". */
  static String tekst(Instant op) {
    return op == null ? "?" : TEKST.format(op.atZone(ZONE));
  }

  static String datum(LocalDate dag) {
    return dag == null ? "?" : DATUM.format(dag);
  }

  static LocalDate dag(Instant op) {
    return op.atZone(ZONE).toLocalDate();
  }
}
