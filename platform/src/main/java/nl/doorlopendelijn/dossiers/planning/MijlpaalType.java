package nl.doorlopendelijn.dossiers.planning;

import nl.doorlopendelijn.kernel.Codes;

/**
 * The milestones of an overdrachtsdossier. Declaration order is the natural order of the process and
 * breaks ties between milestones due on the same day.
 */
public enum MijlpaalType {
  KENNISMAKING("kennismaking", "kennismaking"),
  /** Within the norm after the koppeling (Hart van Brabant: "Binnen 2 weken na koppeling"). */
  DRIEGESPREK("driegesprek", "driegesprek na koppeling"),
  KLANTPROFIEL_UPDATE("klantprofiel-update", "update van het klantprofiel (TVS)"),
  /** Around the klantprofiel-update before the move (start na verhuizing: "Zorg rond dat moment ook voor een 3-gesprek"). */
  DRIEGESPREK_VOOR_VERHUIZING("driegesprek-voor-verhuizing", "driegesprek voor de verhuizing"),
  BREDE_INTAKE("brede-intake", "brede intake"),
  PIP_ADVIES("pip-advies", "PIP-advies"),
  VOORINBURGERING_TOESTEMMING("voorinburgering-toestemming", "toestemming voorinburgering"),
  VOORINBURGERING_START("voorinburgering-start", "start voorinburgering"),
  VOORINBURGERING_EINDE("voorinburgering-einde", "einde voorinburgering"),
  VERHUIZING("verhuizing", "verhuizing"),
  PIP_VASTGESTELD("pip-vastgesteld", "PIP vastgesteld"),
  START_INBURGERING("start-inburgering", "start inburgering");

  private final String code;
  private final String label;

  MijlpaalType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  /** Whether this is one of the driegesprekken (gemeente, COA and inburgeraar together). */
  public boolean isDriegesprek() {
    return this == DRIEGESPREK || this == DRIEGESPREK_VOOR_VERHUIZING;
  }

  /** Dutch name for texts shown to users, e.g. "PIP-advies". */
  public String label() {
    return label;
  }

  public static MijlpaalType fromCode(String code) {
    return Codes.zoek(values(), MijlpaalType::code, code)
        .orElseThrow(() -> new IllegalArgumentException("Onbekende mijlpaal: " + code));
  }
}
