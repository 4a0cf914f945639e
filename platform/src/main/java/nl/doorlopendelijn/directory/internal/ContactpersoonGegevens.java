package nl.doorlopendelijn.directory.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a user enters about a contactpersoon (create, or full replacement on update). */
record ContactpersoonGegevens(UUID organisatieId, String naam, String functie, String email,
    String telefoon, List<String> regios, List<String> gemeenten, LocalDate getraindOp, boolean beschikbaar,
    List<String> talen) {

  public ContactpersoonGegevens {
    regios = regios == null ? List.of() : List.copyOf(regios);
    gemeenten = gemeenten == null ? List.of() : List.copyOf(gemeenten);
    talen = talen == null ? List.of() : List.copyOf(talen);
  }
}
