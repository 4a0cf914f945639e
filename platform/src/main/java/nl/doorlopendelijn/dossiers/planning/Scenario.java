package nl.doorlopendelijn.dossiers.planning;

import java.util.Arrays;

/** The three scenarios of the warme overdracht, plus a mengvorm (a mix the agreement spells out). */
public enum Scenario {
  SNELLE_START("snelle-start"),
  GECOMBINEERDE_AANPAK("gecombineerde-aanpak"),
  START_NA_VERHUIZING("start-na-verhuizing"),
  MENGVORM("mengvorm");

  private final String code;

  Scenario(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Scenario fromCode(String code) {
    return Arrays.stream(values())
        .filter(s -> s.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Onbekend scenario: " + code));
  }
}
