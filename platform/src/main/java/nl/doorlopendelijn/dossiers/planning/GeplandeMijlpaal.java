package nl.doorlopendelijn.dossiers.planning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One milestone on the timeline. {@code vervaldatum} is the norm date and is null while it depends
 * on a move date nobody knows yet; {@code afgerond} is set exactly when the status is AFGEROND.
 */
public record GeplandeMijlpaal(
    MijlpaalType type, LocalDate vervaldatum, MijlpaalStatus status, Afgerond afgerond) {

  public GeplandeMijlpaal {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    if ((status == MijlpaalStatus.AFGEROND) != (afgerond != null)) {
      throw new IllegalArgumentException("Status en afgerond-gegevens spreken elkaar tegen: " + type);
    }
  }

  static GeplandeMijlpaal van(MijlpaalType type, LocalDate vervaldatum, Afgerond afgerond) {
    return new GeplandeMijlpaal(
        type,
        vervaldatum,
        afgerond == null ? MijlpaalStatus.OPEN : MijlpaalStatus.AFGEROND,
        afgerond);
  }

  public boolean isAfgerond() {
    return status == MijlpaalStatus.AFGEROND;
  }

  /** Where it sits on the timeline: the day it was done, otherwise its due date (may be null). */
  public LocalDate datum() {
    return afgerond != null ? afgerond.datum() : vervaldatum;
  }
}
