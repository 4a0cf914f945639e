package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.Region;

/**
 * One side's view of an overplaatsing. The receiver sees, while it is open, only what she needs to decide: who it is
 * about (name, date of birth, COA reference), azc, koppelingsdatum and the gemeente asked for; nothing else of the
 * dossier. The sender's view holds no personal data.
 */
@Schema(name = "Overplaatsing", description = "Een verzoek om een dossier naar een andere regio over te plaatsen")
record OverplaatsingWeergave(
    @Schema(description = "Id van het verzoek (hetzelfde aan beide kanten)") UUID id,
    @Schema(description = "inkomend (naar deze regio) of uitgaand (uit deze regio)",
        allowableValues = {"inkomend", "uitgaand"}) String richting,
    @Schema(description = "aangevraagd, bevestigd, geweigerd of ingetrokken",
        allowableValues = {"aangevraagd", "bevestigd", "geweigerd", "ingetrokken"}) String status,
    @Schema(description = "De status in woorden") String statusNaam,
    @Schema(description = "De andere regio (slug): de ontvangende bij uitgaand, de verzendende bij inkomend")
    String andereRegio,
    @Schema(description = "De naam van de andere regio") String andereRegioNaam,
    @Schema(description = "Het dossier: uitgaand zolang het hier is; inkomend zodra het is aangekomen") UUID dossierId,
    @Schema(description = "Het dossiernummer in de verzendende regio") String dossiernummer,
    @Schema(description = "Het nieuwe dossiernummer in de ontvangende regio, na bevestiging")
    String nieuwDossiernummer,
    @Schema(description = "CBS-code van de gemeente van koppeling in de ontvangende regio", example = "GM1721")
    String gemeente,
    @Schema(description = "Code van de azc-locatie") String azcLocatie,
    LocalDate koppelingsdatum,
    @Schema(description = "Alleen inkomend en zolang het verzoek open is: wie het betreft") Persoon persoon,
    @Schema(description = "Alleen inkomend en zolang het verzoek open is: de COA-referentie") String coaReferentie,
    @Schema(description = "Waarom de verzender het dossier overplaatst") String reden,
    @Schema(description = "De reden van 'niet van ons'") String antwoord,
    OffsetDateTime aangevraagdOp,
    OffsetDateTime afgehandeldOp) {

  @Schema(name = "OverplaatsingPersoon")
  record Persoon(String naam, LocalDate geboortedatum) {
    @Override
    public String toString() {
      return "Persoon[***]";
    }
  }

  static OverplaatsingWeergave van(OverplaatsingStore.Rij r, Region ander) {
    String naam = PersoonWeergave.naam(r.voornamen(), r.achternaam());
    Persoon persoon = naam == null && r.geboortedatum() == null ? null : new Persoon(naam, r.geboortedatum());
    return new OverplaatsingWeergave(r.id(), r.richting(), r.status(), statusNaam(r.status()),
        ander == null ? null : ander.slug(), ander == null ? null : ander.naam(), r.dossierId(), r.dossiernummer(),
        r.nieuwDossiernummer(), r.gemeenteCode(), r.azcCode(), r.koppelingsdatum(), persoon, r.coaReferentie(),
        r.reden(), r.antwoord(), r.aangevraagdOp(), r.afgehandeldOp());
  }

  static String statusNaam(String status) {
    return switch (status) {
      case "aangevraagd" -> "Aangevraagd";
      case "bevestigd" -> "Ontvangst bevestigd";
      case "geweigerd" -> "Niet van ons";
      case "ingetrokken" -> "Ingetrokken";
      default -> status;
    };
  }

  @Override
  public String toString() {
    return "Overplaatsing[" + id + ", " + richting + ", " + status + "]";
  }
}
