package nl.doorlopendelijn.dossiers.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.doorlopendelijn.kernel.Nederlands;

/** Times and dates of the dossiers module for people (gesprekken, the werkvoorraad): {@link Nederlands}' formats. */
final class GesprekTijd {

  /** Where the gesprekken take place: every time shown or put in an invitation is in this zone. */
  static final ZoneId ZONE = nl.doorlopendelijn.kernel.Tijdzone.NL;

  private GesprekTijd() {}

  /** E.g. "dinsdag 15 december 2026 om 10:00". */
  static String tekst(Instant op) {
    return op == null ? "?" : Nederlands.dagDatumTijd(op);
  }

  static String datum(LocalDate dag) {
    return dag == null ? "?" : Nederlands.datum(dag);
  }

  static LocalDate dag(Instant op) {
    return op.atZone(ZONE).toLocalDate();
  }
}
