package nl.doorlopendelijn.dossiers.planning;

import java.util.List;
import java.util.Optional;
import nl.doorlopendelijn.kernel.Codes;

/**
 * How a planned gesprek (kennismaking, driegesprek) takes place: the forms the seed names for these conversations
 * ("een (online) driegesprek", "Nodig de inburgeraar bijvoorbeeld uit voor een kop koffie, of reis af naar het
 * azc"). Online needs a link, the others a place.
 *
 * <p>Holding a kennismaking completes its milestone with the {@link KennismakingVorm} that matches, where one does:
 * <table>
 *   <caption>Gespreksvorm → vorm van de kennismaking</caption>
 *   <tr><th>gesprek</th><th>kennismaking</th></tr>
 *   <tr><td>kop koffie</td><td>kop-koffie (kop koffie in de gemeente)</td></tr>
 *   <tr><td>op het azc</td><td>bezoek-azc (bezoek aan het azc)</td></tr>
 *   <tr><td>in de gemeente</td><td>kop-koffie: the seed's informal invitation to the gemeente</td></tr>
 *   <tr><td>online</td><td>none: a video call is none of the seed's forms (video-of-fotos is sending material)</td></tr>
 * </table>
 */
public enum GesprekVorm {
  ONLINE("online", "Online"),
  IN_DE_GEMEENTE("in-de-gemeente", "In de gemeente"),
  OP_HET_AZC("op-het-azc", "Op het azc"),
  KOP_KOFFIE("kop-koffie", "Kop koffie");

  /** Every code, in declaration order. */
  public static final List<String> CODES = Codes.van(values(), GesprekVorm::code);

  private final String code;
  private final String label;

  GesprekVorm(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  /** Dutch name for people, e.g. "Op het azc". */
  public String label() {
    return label;
  }

  public static Optional<GesprekVorm> vanCode(String code) {
    return Codes.zoek(values(), GesprekVorm::code, code);
  }

  /** The form stored as {@code code}; an unknown code is a broken row. */
  public static GesprekVorm van(String code) {
    return vanCode(code).orElseThrow(() -> new IllegalArgumentException("onbekende gespreksvorm: " + code));
  }

  public static String opsomming() {
    return Codes.opsomming(CODES);
  }

  /** The kennismaking's form this gesprek's form stands for (table above); empty for online. */
  public Optional<KennismakingVorm> alsKennismakingVorm() {
    return switch (this) {
      case KOP_KOFFIE, IN_DE_GEMEENTE -> Optional.of(KennismakingVorm.KOP_KOFFIE);
      case OP_HET_AZC -> Optional.of(KennismakingVorm.BEZOEK_AZC);
      case ONLINE -> Optional.empty();
    };
  }

  /** The milestones that are gesprekken: the ones a gesprek can be planned for. */
  public static final List<MijlpaalType> SOORTEN = List.of(MijlpaalType.KENNISMAKING, MijlpaalType.DRIEGESPREK,
      MijlpaalType.DRIEGESPREK_VOOR_VERHUIZING);

  /** The soort codes, for messages and the OpenAPI document. */
  public static final List<String> SOORT_CODES = SOORTEN.stream().map(MijlpaalType::code).toList();
}
