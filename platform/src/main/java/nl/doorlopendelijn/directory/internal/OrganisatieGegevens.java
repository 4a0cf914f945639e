package nl.doorlopendelijn.directory.internal;

import java.util.List;
import nl.doorlopendelijn.directory.OrganisatieType;

/** What a user enters about an organisation. Type, CBS code and azc code are fixed once created. */
record OrganisatieGegevens(OrganisatieType type, String naam, String cbsCode, String azcCode,
    String coaRegio, String partnerSoort, List<String> regios) {

  public OrganisatieGegevens {
    regios = regios == null ? List.of() : List.copyOf(regios);
  }
}
