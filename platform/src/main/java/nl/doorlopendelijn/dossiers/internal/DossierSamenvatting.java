package nl.doorlopendelijn.dossiers.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A dossier as a list shows it: no V-nummer, no milestones, the signals by kind; {@code naam} who it is about
 * (null for a dossier registered before names were recorded). Never in a log line: {@link #toString} masks it.
 */
record DossierSamenvatting(UUID id, String regio, String dossiernummer, String gemeente, String azcLocatie,
    String status, String scenario, LocalDate koppelingsdatum, LocalDate verwachteVerhuisdatum,
    LocalDate werkelijkeVerhuisdatum, UUID vasteContactpersoonId, UUID casemanagerId, String urgentsteSignaal, List<String> signalen,
    int versie,
    @io.swagger.v3.oas.annotations.media.Schema(description = "voornamen en achternaam") String naam) {

  @Override
  public String toString() {
    return "DossierSamenvatting[" + id + ", " + dossiernummer + "]";
  }
}
