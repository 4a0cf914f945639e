package nl.doorlopendelijn.directory;

import java.util.List;
import java.util.UUID;

/**
 * An organisation in the directory.
 *
 * @param cbsCode the gemeente's CBS code (type gemeente only)
 * @param azcCode the azc-locatie's code (type azc only)
 * @param coaRegio the COA region of a regional office (type coa-regiokantoor only)
 * @param partnerSoort what kind of partner, e.g. {@code vluchtelingenwerk}, {@code taalschool} (type partner)
 * @param regios slugs of the regions the organisation serves
 * @param versie optimistic-locking version, the ETag
 */
public record Organisatie(UUID id, OrganisatieType type, String naam, String cbsCode, String azcCode,
    String coaRegio, String partnerSoort, List<String> regios, boolean actief, int versie) {

  public Organisatie {
    regios = regios == null ? List.of() : List.copyOf(regios);
  }
}
