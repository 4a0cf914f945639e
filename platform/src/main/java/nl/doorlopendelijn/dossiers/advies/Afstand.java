package nl.doorlopendelijn.dossiers.advies;

import java.util.Objects;

/**
 * The distance between the azc and the vestigingsgemeente that the advice weighs, and where it came from: entered
 * by a user, or estimated from where the gemeente and the azc lie ({@link Reisafstand}).
 *
 * @param km the distance in whole kilometres (over the road, when estimated)
 * @param hemelsbreedKm the straight-line distance behind an estimate; null when entered
 */
public record Afstand(int km, Bron bron, Integer hemelsbreedKm) {

  /** Entered by a user, or estimated from the liggingen. */
  public enum Bron {
    INGEVOERD("ingevoerd"),
    BEREKEND("berekend");

    private final String code;

    Bron(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  public Afstand {
    Objects.requireNonNull(bron, "bron");
    if (km < 0) {
      throw new IllegalArgumentException("km mag niet negatief zijn: " + km);
    }
  }

  public static Afstand ingevoerd(int km) {
    return new Afstand(km, Bron.INGEVOERD, null);
  }

  /** The reason line that says where the distance came from. */
  public String reden() {
    return bron == Bron.INGEVOERD
        ? "De afstand tussen het azc en de gemeente (" + km + " km) is ingevoerd."
        : "De afstand tussen het azc en de gemeente is geschat op " + km + " km over de weg: " + hemelsbreedKm
            + " km hemelsbreed tussen hun ligging, maal " + Reisafstand.OMRIJFACTOR_TEKST + ".";
  }
}
