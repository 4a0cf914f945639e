package nl.doorlopendelijn.dossiers.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A dossier as sent for create (POST) and update (PUT, the full changeable state). Validated by
 * {@link DossierValidatie}, every error at once. {@code vNummer} only where the region records it; it is never
 * echoed in an error.
 */
record DossierInvoer(
    @Schema(description = "CBS-code van de gemeente van koppeling", example = "GM0855") String gemeente,
    @Schema(example = "AZC-OISTERWIJK") String azcLocatie,
    LocalDate koppelingsdatum,
    LocalDate verwachteVerhuisdatum,
    LocalDate werkelijkeVerhuisdatum,
    @Schema(description = "Zelf gekozen scenario; leeg: het scenario uit de afspraak of het advies")
    String gekozenScenario,
    @Schema(description = "Alleen bij gekozenScenario mengvorm: welke stappen vóór de verhuizing; leeg: de mengvorm"
        + " van de samenwerkingsafspraak") DossierMengvorm mengvorm,
    @Schema(description = "Doet de inburgeraar mee aan de voorinburgering op het azc: true (toestemming), false"
        + " (geweigerd), leeg: nog niet gevraagd") Boolean voorinburgeringToestemming,
    Factoren factoren,
    @Schema(description = "Id van de vaste contactpersoon van de gemeente: een actieve contactpersoon uit de gids van"
        + " de gemeente van dit dossier (GET …/contactpersoon-keuzes?rol=vaste-contactpersoon); kiezen: gemeente en"
        + " regio-coördinator") UUID vasteContactpersoonId,
    @Schema(description = "Id van de casemanager van het COA: een actieve contactpersoon uit de gids van het azc van"
        + " dit dossier (GET …/contactpersoon-keuzes?rol=casemanager); kiezen: COA en regio-coördinator")
    UUID casemanagerId,
    @Schema(description = "gekoppeld, in-voorbereiding, verhuisd of overgedragen (sluiten gaat via /sluitingen)")
    String status,
    @JsonProperty("vNummer") @Schema(description = "Alleen als de regio V-nummers vastlegt; 10 cijfers")
    String vNummer,
    @Schema(description = "Wie het dossier betreft (voornamen en achternaam verplicht)") PersoonInvoer persoon,
    @Schema(description = "De eigen referentie van het COA (geen V-nummer: dat staat in vNummer)",
        example = "COA-2026-4471") String coaReferentie,
    @Schema(description = "Huishoudreferentie van het COA: dossiers van de regio met dezelfde waarde zijn één"
        + " huishouden en verhuizen samen bij een hermatching", example = "HH-2026-0815") String huishouden) {

  @Override
  public String toString() {
    return "DossierInvoer[gemeente=" + gemeente + ", azcLocatie=" + azcLocatie + ", vNummer=" + (vNummer == null
        ? "geen" : "***") + ", persoon=" + (persoon == null ? "geen" : "***") + "]";
  }
}
