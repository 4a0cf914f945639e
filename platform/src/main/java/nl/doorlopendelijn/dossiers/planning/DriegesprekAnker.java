package nl.doorlopendelijn.dossiers.planning;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two moments of a driegesprek, each with its own norm and its own milestone: days after the koppeling (Hart
 * van Brabant: "Binnen 2 weken na koppeling vindt een driegesprek plaats in de vestigingsgemeente"), or days before
 * the move, around the klantprofiel-update (start na verhuizing: "Zorg rond dat moment ook voor een (online)
 * 3-gesprek tussen de inburgeraar, het COA en de gemeente").
 */
public enum DriegesprekAnker {
  NA_KOPPELING("na-koppeling", MijlpaalType.DRIEGESPREK),
  VOOR_VERHUIZING("voor-verhuizing", MijlpaalType.DRIEGESPREK_VOOR_VERHUIZING);

  private final String code;
  private final MijlpaalType mijlpaal;

  DriegesprekAnker(String code, MijlpaalType mijlpaal) {
    this.code = code;
    this.mijlpaal = mijlpaal;
  }

  public String code() {
    return code;
  }

  /** The milestone of the driegesprek at this moment. */
  public MijlpaalType mijlpaal() {
    return mijlpaal;
  }

  public static Optional<DriegesprekAnker> vanCode(String code) {
    return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
  }

  public static DriegesprekAnker fromCode(String code) {
    return vanCode(code).orElseThrow(() -> new IllegalArgumentException("Onbekend driegesprek-anker: " + code));
  }
}
