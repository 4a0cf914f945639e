package nl.doorlopendelijn.azc;

import nl.doorlopendelijn.kernel.Codes;
import java.util.List;
import java.util.Optional;

/**
 * What kind of place a location of the national list is. Most statushouders wait for a house in an azc of the COA;
 * some wait elsewhere, e.g. in a gemeentelijke opvang, and their dossier names that place in the same way.
 */
public enum LocatieType {
  AZC("azc", "asielzoekerscentrum (COA)"),
  GEMEENTELIJKE_OPVANG("gemeentelijke-opvang", "gemeentelijke opvang"),
  OVERIG("overig", "andere verblijfplaats");

  /** The codes, in declaration order (the database's check holds the same: {@code LocatieTypeTest}). */
  public static final List<String> CODES = Codes.van(values(), LocatieType::code);

  private final String code;
  private final String label;

  LocatieType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  /** The Dutch name, for pages and lists. */
  public String label() {
    return label;
  }

  public static Optional<LocatieType> vanCode(String code) {
    return Codes.zoek(values(), LocatieType::code, code);
  }
}
