package nl.doorlopendelijn.dossiers.planning;

import nl.doorlopendelijn.kernel.Codes;
import java.util.Optional;

/** Where a dossier is in the warme overdracht ({@link #GESLOTEN}: frozen). */
public enum DossierStatus {
  GEKOPPELD("gekoppeld"),
  IN_VOORBEREIDING("in-voorbereiding"),
  VERHUISD("verhuisd"),
  OVERGEDRAGEN("overgedragen"),
  GESLOTEN("gesloten");

  private final String code;

  DossierStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
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
