package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import nl.doorlopendelijn.dossiers.planning.Taal;

/** Who the dossier is about, as the API shows it to whoever may see the dossier. Never in a log line. */
@Schema(name = "Persoon", description = "Wie het dossier betreft")
record PersoonWeergave(String voornamen, String achternaam,
    @Schema(description = "voornamen en achternaam", example = "Amira Selam Tesfaye") String naam,
    LocalDate geboortedatum,
    @Schema(description = "ISO 639-3-code", example = "tir") String taal,
    @Schema(description = "De Nederlandse naam van de taal", example = "Tigrinya") String taalNaam,
    boolean tolkNodig) {

  /** The person of a stored dossier; null for a dossier registered before names were recorded. */
  static PersoonWeergave van(DossierRij d) {
    if (d.voornamen() == null && d.achternaam() == null) {
      return null;
    }
    return new PersoonWeergave(d.voornamen(), d.achternaam(), naam(d.voornamen(), d.achternaam()),
        d.geboortedatum(), d.taal(), d.taal() == null ? null : Taal.vanCode(d.taal()).map(Taal::label).orElse(null),
        d.tolkNodig());
  }

  /** "voornamen achternaam", whichever is there; null when neither is. */
  static String naam(String voornamen, String achternaam) {
    String n = ((voornamen == null ? "" : voornamen.strip()) + " " + (achternaam == null ? "" : achternaam.strip()))
        .strip();
    return n.isEmpty() ? null : n;
  }

  @Override
  public String toString() {
    return "Persoon[***]";
  }
}
