package nl.doorlopendelijn.dossiers.planning;

import nl.doorlopendelijn.kernel.Codes;
import java.util.Optional;

/** Where a dossier is in the warme overdracht ({@link #GESLOTEN}: frozen). */
public enum DossierStatus {
  GEKOPPELD("gekoppeld", "Gekoppeld"),
  IN_VOORBEREIDING("in-voorbereiding", "In voorbereiding"),
  VERHUISD("verhuisd", "Verhuisd"),
  OVERGEDRAGEN("overgedragen", "Overgedragen"),
  GESLOTEN("gesloten", "Gesloten");

  private final String code;
  private final String label;

  DossierStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  /** Dutch name for people: "In voorbereiding". */
  public String label() {
    return label;
  }

  public static Optional<DossierStatus> vanCode(String code) {
    return Codes.zoek(values(), DossierStatus::code, code);
  }

  /** The status stored as {@code code}; an unknown code is a broken row, not a user's mistake. */
  public static DossierStatus van(String code) {
    return vanCode(code).orElseThrow(() -> new IllegalArgumentException("onbekende dossierstatus: " + code));
  }

  /** Open and not yet moved: a verhuizing moves the dossier to {@link #VERHUISD}. */
  public boolean voorVerhuizing() {
    return this == GEKOPPELD || this == IN_VOORBEREIDING;
  }
}
