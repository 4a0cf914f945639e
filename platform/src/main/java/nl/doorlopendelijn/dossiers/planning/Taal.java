package nl.doorlopendelijn.dossiers.planning;

import java.util.List;
import java.util.Optional;
import nl.doorlopendelijn.kernel.Codes;

/**
 * The language of the inburgeraar, for the conversations of the handover (and whether a tolk is needed). A fixed
 * list of ISO 639-3 codes (three letters: {@code prs} Dari has no ISO 639-1 code), the languages the COA's
 * inburgeraars speak most, with Dutch names for people. The API and the database carry the code; a language not in
 * the list is added here (and in docs/api.md).
 */
public enum Taal {
  AMHAARS("amh", "Amhaars"),
  ARABISCH("ara", "Arabisch"),
  DARI("prs", "Dari"),
  ENGELS("eng", "Engels"),
  FARSI("fas", "Farsi (Perzisch)"),
  FRANS("fra", "Frans"),
  KOERDISCH_KURMANJI("kmr", "Koerdisch (Kurmanji)"),
  KOERDISCH_SORANI("ckb", "Koerdisch (Sorani)"),
  NEDERLANDS("nld", "Nederlands"),
  OEKRAIENS("ukr", "Oekraïens"),
  OROMO("orm", "Oromo"),
  PASJTOE("pus", "Pasjtoe"),
  RUSSISCH("rus", "Russisch"),
  SOMALISCH("som", "Somalisch"),
  SPAANS("spa", "Spaans"),
  TAMIL("tam", "Tamil"),
  TIGRINYA("tir", "Tigrinya"),
  TURKS("tur", "Turks"),
  URDU("urd", "Urdu");

  /** Every code, in declaration order (alphabetical by Dutch name). */
  public static final List<String> CODES = Codes.van(values(), Taal::code);

  private final String code;
  private final String label;

  Taal(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The ISO 639-3 code, e.g. {@code tir}. */
  public String code() {
    return code;
  }

  /** Dutch name for people, e.g. "Tigrinya". */
  public String label() {
    return label;
  }

  public static Optional<Taal> vanCode(String code) {
    return Codes.zoek(values(), Taal::code, code);
  }
}
