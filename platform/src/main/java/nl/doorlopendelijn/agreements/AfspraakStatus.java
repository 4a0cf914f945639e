package nl.doorlopendelijn.agreements;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The lifecycle of one version of an agreement. Plain rules, no I/O. Public for its Dutch names: the pages show
 * "Ter ondertekening", not the code the API and the database carry.
 */
public enum AfspraakStatus {
  CONCEPT("concept", "Concept"),
  TER_ONDERTEKENING("ter-ondertekening", "Ter ondertekening"),
  ACTIEF("actief", "Actief"),
  BEEINDIGD("beeindigd", "Beëindigd"),
  /** Superseded by a newer active version: readable, never changed again. */
  VERVANGEN("vervangen", "Vervangen");

  private final String code;
  private final String label;

  AfspraakStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  /** Dutch name for people: "Ter ondertekening". */
  public String label() {
    return label;
  }

  /** Which transitions the lifecycle allows; everything else is a 409. */
  public boolean kanNaar(AfspraakStatus doel) {
    return switch (this) {
      case CONCEPT -> Set.of(TER_ONDERTEKENING, BEEINDIGD).contains(doel);
      case TER_ONDERTEKENING -> Set.of(ACTIEF, BEEINDIGD).contains(doel);
      case ACTIEF -> Set.of(BEEINDIGD, VERVANGEN).contains(doel);
      case BEEINDIGD, VERVANGEN -> false;
    };
  }

  public static Optional<AfspraakStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  public static AfspraakStatus of(String code) {
    return fromCode(code).orElseThrow(() -> new IllegalArgumentException("onbekende status " + code));
  }
}
