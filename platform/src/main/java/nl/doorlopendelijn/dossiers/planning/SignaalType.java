package nl.doorlopendelijn.dossiers.planning;

import nl.doorlopendelijn.kernel.Codes;
import java.util.List;
import java.util.Optional;

/**
 * What can be wrong with a dossier: the one source of the signal codes (stored on each dossier, accepted by the
 * list filter {@code signaal}) and of their Dutch names (the filter options of the pages).
 */
public enum SignaalType {
  TE_LAAT("te-laat", "Mijlpaal te laat"),
  VERHUIZING_ZONDER_KLANTPROFIEL("verhuizing-zonder-klantprofiel", "Verhuizing zonder bijgewerkt klantprofiel"),
  DRIEGESPREK_BUITEN_NORM("driegesprek-buiten-norm", "Driegesprek buiten de norm"),
  STILVAL("stilval", "Stilgevallen"),
  GEEN_CONTACTPERSOON("geen-contactpersoon", "Geen vaste contactpersoon"),
  CONTACTPERSOON_VERTROKKEN("contactpersoon-vertrokken", "Vaste contactpersoon vertrokken"),
  /** A new agreement version could not replan the dossier: it still follows its old plan until someone acts. */
  HERPLANNEN_MISLUKT("herplannen-mislukt", "Herplannen mislukt");

  private final String code;
  private final String label;

  SignaalType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  /** Dutch name for users, e.g. in a filter: "Mijlpaal te laat". */
  public String label() {
    return label;
  }

  public static Optional<SignaalType> vanCode(String code) {
    return Codes.zoek(values(), SignaalType::code, code);
  }

  /** Every code, in declaration order (for error messages that list the allowed values). */
  public static List<String> codes() {
    return Codes.van(values(), SignaalType::code);
  }
}
