package nl.doorlopendelijn.dossiers.planning;

/** What can be wrong with a dossier. */
public enum SignaalType {
  TE_LAAT("te-laat"),
  VERHUIZING_ZONDER_KLANTPROFIEL("verhuizing-zonder-klantprofiel"),
  DRIEGESPREK_BUITEN_NORM("driegesprek-buiten-norm"),
  STILVAL("stilval"),
  GEEN_CONTACTPERSOON("geen-contactpersoon"),
  CONTACTPERSOON_VERTROKKEN("contactpersoon-vertrokken");

  private final String code;

  SignaalType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
