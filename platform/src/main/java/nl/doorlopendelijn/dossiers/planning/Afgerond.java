package nl.doorlopendelijn.dossiers.planning;

import java.time.LocalDate;
import java.util.Objects;

/** A milestone that has been done: when, by whom (a work role or name) and a short note. */
public record Afgerond(LocalDate datum, String door, String notitie) {

  public Afgerond {
    Objects.requireNonNull(datum, "datum");
  }

  public static Afgerond op(LocalDate datum) {
    return new Afgerond(datum, null, null);
  }
}
