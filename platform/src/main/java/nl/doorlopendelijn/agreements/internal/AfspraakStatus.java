package nl.doorlopendelijn.agreements.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The lifecycle of one version of an agreement. Plain rules, no I/O. */
enum AfspraakStatus {
  CONCEPT("concept"),
  TER_ONDERTEKENING("ter-ondertekening"),
  ACTIEF("actief"),
  BEEINDIGD("beeindigd"),
  /** Superseded by a newer active version: readable, never changed again. */
  VERVANGEN("vervangen");

  private final String code;

  AfspraakStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
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
