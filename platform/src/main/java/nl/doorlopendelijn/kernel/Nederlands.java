package nl.doorlopendelijn.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates, times and numbers as people in the Netherlands read them: "3 december 2026", "3 december 2026 om 10:00"
 * (in {@link Tijdzone#NL}), "15,8%", "1.250". The one place that formats them, for the pages, messages and
 * invitations alike; values that arrive as ISO text (from the API's JSON) are read first.
 */
public final class Nederlands {

  public static final Locale LOCALE = Locale.forLanguageTag("nl-NL");

  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
  private static final DateTimeFormatter KORTE_DATUM = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);
  private static final DateTimeFormatter DATUM_TIJD = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", LOCALE);
  private static final DateTimeFormatter DAG_DATUM_TIJD =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", LOCALE);

  private Nederlands() {}

  /** "3 december 2026"; a moment counts in the Dutch zone; {@code null} or empty is "". */
  public static String datum(Object waarde) {
    LocalDate dag = dag(waarde);
    return dag == null ? tekstOfLeeg(waarde) : DATUM.format(dag);
  }

  /** "3 dec. 2026", for narrow columns. */
  public static String korteDatum(Object waarde) {
    LocalDate dag = dag(waarde);
    return dag == null ? tekstOfLeeg(waarde) : KORTE_DATUM.format(dag);
  }

  /** "3 december 2026 om 10:00" in the Dutch zone; a bare date is shown as a date. */
  public static String datumTijd(Object waarde) {
    Instant moment = moment(waarde);
    if (moment == null) {
      return datum(waarde);
    }
    return DATUM_TIJD.format(moment.atZone(Tijdzone.NL));
  }

  /** "donderdag 3 december 2026 om 10:00", for an appointment. */
  public static String dagDatumTijd(Object waarde) {
    Instant moment = moment(waarde);
    return moment == null ? datum(waarde) : DAG_DATUM_TIJD.format(moment.atZone(Tijdzone.NL));
  }

  /** A whole or decimal number with Dutch separators: "1.250", "15,8". */
  public static String getal(Number waarde) {
    if (waarde == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(LOCALE);
    format.setMaximumFractionDigits(1);
    return format.format(waarde);
  }

  /** A share as a percentage with one decimal at most: 0.158 → "15,8%". */
  public static String procentVanFractie(Number fractie) {
    return fractie == null ? "" : procent(BigDecimal.valueOf(fractie.doubleValue()).movePointRight(2));
  }

  /** A percentage already in points: 15.8 → "15,8%". */
  public static String procent(Number punten) {
    if (punten == null) {
      return "";
    }
    BigDecimal afgerond = new BigDecimal(punten.toString()).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    return getal(afgerond) + "%";
  }

  /** "ja" or "nee" (a yes/no field is never shown as true/false). */
  public static String jaNee(Object waarde) {
    if (waarde == null) {
      return "";
    }
    return Boolean.parseBoolean(waarde.toString()) ? "ja" : "nee";
  }

  /** The Dutch day of a date, a moment or their ISO text; {@code null} when it is none of these. */
  public static LocalDate dag(Object waarde) {
    if (waarde instanceof LocalDate dag) {
      return dag;
    }
    Instant moment = moment(waarde);
    if (moment != null) {
      return moment.atZone(Tijdzone.NL).toLocalDate();
    }
    if (waarde instanceof CharSequence tekst && !tekst.isEmpty()) {
      try {
        return LocalDate.parse(tekst);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  /** The moment of an Instant, an OffsetDateTime or their ISO text; {@code null} for a bare date or anything else. */
  public static Instant moment(Object waarde) {
    if (waarde instanceof Instant moment) {
      return moment;
    }
    if (waarde instanceof OffsetDateTime tijd) {
      return tijd.toInstant();
    }
    if (waarde instanceof TemporalAccessor) {
      return null;
    }
    if (waarde instanceof CharSequence tekst && tekst.length() > 10) {
      try {
        return OffsetDateTime.parse(tekst).toInstant();
      } catch (DateTimeParseException e) {
        try {
          return Instant.parse(tekst);
        } catch (DateTimeParseException e2) {
          return null;
        }
      }
    }
    return null;
  }

  private static String tekstOfLeeg(Object waarde) {
    return waarde == null ? "" : waarde.toString();
  }
}
