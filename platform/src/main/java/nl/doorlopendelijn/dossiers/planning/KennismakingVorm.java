package nl.doorlopendelijn.dossiers.planning;

import nl.doorlopendelijn.kernel.Codes;
import java.util.List;
import java.util.Optional;

/**
 * How the informal kennismaking with the gemeente took place: the forms the seed names ("Nodig de inburgeraar
 * bijvoorbeeld uit voor een kop koffie, of reis af naar het azc. [...] Stuur een video of foto's van de gemeente, of
 * regel alvast een medewerker die buddy wordt."). Given, optionally, when the kennismaking is completed; only the
 * kennismaking has a form ({@link Dossier#rondAf}). The code is what the API and the database (the check on
 * {@code dossier_mijlpaal.vorm}, held to these codes by a test) carry; the label is Dutch for people.
 */
public enum KennismakingVorm {
  KOP_KOFFIE("kop-koffie", "Kop koffie in de gemeente"),
  BEZOEK_AZC("bezoek-azc", "Bezoek aan het azc"),
  VIDEO_OF_FOTOS("video-of-fotos", "Video of foto's van de gemeente"),
  BUDDY("buddy", "Een medewerker als buddy");

  /** Every code, in declaration order. */
  public static final List<String> CODES = Codes.van(values(), KennismakingVorm::code);

  private final String code;
  private final String label;

  KennismakingVorm(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  /** Dutch name for people, e.g. "Bezoek aan het azc". */
  public String label() {
    return label;
  }

  public static Optional<KennismakingVorm> vanCode(String code) {
    return Codes.zoek(values(), KennismakingVorm::code, code);
  }

  /** The form stored as {@code code}; an unknown code is a broken row, not a user's mistake. */
  public static KennismakingVorm van(String code) {
    return vanCode(code).orElseThrow(() -> new IllegalArgumentException("onbekende kennismakingsvorm: " + code));
  }

  /** The codes as a Dutch enumeration for messages: "kop-koffie, bezoek-azc, video-of-fotos of buddy". */
  public static String opsomming() {
    return Codes.opsomming(CODES);
  }

  /** Only the kennismaking takes a form. */
  public static boolean hoortBij(MijlpaalType type) {
    return type == MijlpaalType.KENNISMAKING;
  }
}
