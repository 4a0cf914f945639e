package nl.doorlopendelijn.directory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of organisation in the directory; the kind decides who may edit its contacts. */
public enum OrganisatieType {
  GEMEENTE("gemeente"),
  AZC("azc"),
  COA_REGIOKANTOOR("coa-regiokantoor"),
  PARTNER("partner");

  private final String code;

  OrganisatieType(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  public static Optional<OrganisatieType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }

  @JsonCreator
  static OrganisatieType json(String code) {
    return fromCode(code).orElse(null);
  }
}
