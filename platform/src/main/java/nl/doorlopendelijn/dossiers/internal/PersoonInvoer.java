package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * Who the dossier is about, as sent on create and update: no more than the work needs (names, date of birth,
 * language and whether a tolk is needed). Checked by {@link DossierValidatie}; never in a log line.
 */
@Schema(name = "PersoonInvoer", description = "Wie het dossier betreft; voornamen en achternaam zijn verplicht")
record PersoonInvoer(
    @Schema(description = "Voornamen, zoals het COA ze kent", example = "Amira Selam") String voornamen,
    @Schema(description = "Achternaam, met tussenvoegsels", example = "Tesfaye") String achternaam,
    @Schema(description = "Geboortedatum; niet in de toekomst, niet meer dan 120 jaar geleden")
    LocalDate geboortedatum,
    @Schema(description = "ISO 639-3-code van de taal (vaste lijst, zie docs/api.md), bijvoorbeeld tir (Tigrinya)",
        example = "tir") String taal,
    @Schema(description = "Is bij gesprekken een tolk nodig; true vraagt een taal") Boolean tolkNodig) {

  @Override
  public String toString() {
    return "PersoonInvoer[***]";
  }
}
