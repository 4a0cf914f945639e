package nl.doorlopendelijn.kernel;

import java.util.List;
import java.util.Optional;

/**
 * The scenarios of the warme overdracht, for every module: what an agreement prescribes, what a dossier follows
 * and what the dashboard counts by. The code is what the API, the database (the check on
 * {@code samenwerkingsafspraak.scenario}, held to these codes by a test) and the dashboard carry; the label is Dutch
 * for people. A new scenario, or more about one (issue 13's structured mengvorm), is a change here.
 */
public enum Scenario {
  SNELLE_START("snelle-start", "Snelle start"),
  GECOMBINEERDE_AANPAK("gecombineerde-aanpak", "Gecombineerde aanpak"),
  START_NA_VERHUIZING("start-na-verhuizing", "Start na verhuizing"),
  /** A mix of the three that the agreement describes. */
  MENGVORM("mengvorm", "Mengvorm");

  /** Every code, in declaration order. */
  public static final List<String> CODES = Codes.van(values(), Scenario::code);

  private final String code;
  private final String label;

  Scenario(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<Scenario> vanCode(String code) {
    return Codes.zoek(values(), Scenario::code, code);
  }

  /** The scenario of a code that is known to be valid (e.g. read from the database). */
  public static Scenario fromCode(String code) {
    return vanCode(code).orElseThrow(() -> new IllegalArgumentException("Onbekend scenario: " + code));
  }

  /** The codes as a Dutch enumeration for messages: "snelle-start, ..., start-na-verhuizing of mengvorm". */
  public static String opsomming() {
    return Codes.opsomming(CODES);
  }
}
