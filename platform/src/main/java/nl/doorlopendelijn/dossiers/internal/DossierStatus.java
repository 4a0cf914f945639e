package nl.doorlopendelijn.dossiers.internal;

import java.util.Arrays;
import java.util.Optional;

/** Where a dossier is in the warme overdracht. */
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
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
