package nl.doorlopendelijn.dossiers.planning;

import java.util.Arrays;

/** What the driegesprek norm counts from: days after the koppeling, or days before the move. */
public enum DriegesprekAnker {
  NA_KOPPELING("na-koppeling"),
  VOOR_VERHUIZING("voor-verhuizing");

  private final String code;

  DriegesprekAnker(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static DriegesprekAnker fromCode(String code) {
    return Arrays.stream(values())
        .filter(a -> a.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Onbekend driegesprek-anker: " + code));
  }
}
