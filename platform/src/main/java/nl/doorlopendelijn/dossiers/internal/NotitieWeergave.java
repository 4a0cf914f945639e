package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.web.ETags;

/** A note of a dossier's contactlog as the API shows it, with its earlier versions when it was corrected. */
@Schema(name = "Notitie")
record NotitieWeergave(
    UUID id,
    UUID dossierId,
    @Schema(description = "Waar de notitie over gaat") String onderwerp,
    @Schema(description = "De notitie") String tekst,
    @Schema(description = "Wanneer de notitie geschreven is (UTC)") OffsetDateTime geschrevenOp,
    @Schema(description = "De naam van wie hem schreef, zoals het token die toen gaf") String auteurNaam,
    @Schema(description = "Voor welke organisatie de auteur schreef") Organisatie organisatie,
    @Schema(description = "De versie (ETag); 1 tot de eerste correctie") int versie,
    @Schema(description = "Of de auteur de notitie gecorrigeerd heeft") boolean gecorrigeerd,
    @Schema(description = "Wanneer de laatste correctie was (UTC)") OffsetDateTime gecorrigeerdOp,
    @Schema(description = "Of de aanroeper hem mag corrigeren: alleen de auteur, zolang het dossier open is")
    boolean magCorrigeren,
    @Schema(description = "Wat de notitie vóór elke correctie zei, oudste eerst (hoogstens één per correctie)")
    List<Versie> eerdereVersies) {

  /** The organisation the author wrote for, by name. */
  @Schema(name = "NotitieOrganisatie")
  record Organisatie(
      @Schema(description = "gemeente, azc (het COA) of regio (de regio-coördinator)",
          allowableValues = {"gemeente", "azc", "regio"}) String soort,
      @Schema(description = "CBS-code, azc-code of regio") String code,
      @Schema(description = "De naam, bijvoorbeeld Gemeente Tilburg of COA azc Oisterwijk") String naam) {}

  /** An earlier version of a corrected note. */
  @Schema(name = "NotitieVersie")
  record Versie(int versie, String onderwerp, String tekst,
      @Schema(description = "Sinds wanneer de notitie dit zei (UTC)") OffsetDateTime geschrevenOp,
      @Schema(description = "Wanneer de auteur dit corrigeerde (UTC)") OffsetDateTime vervangenOp) {
    @Override
    public String toString() {
      return "NotitieVersie[" + versie + "]";
    }
  }

  String etag() {
    return ETags.of(versie);
  }

  /** Never the onderwerp or text. */
  @Override
  public String toString() {
    return "Notitie[" + id + ", " + versie + "]";
  }
}
