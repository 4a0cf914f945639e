package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.planning.Taal;
import nl.doorlopendelijn.web.ETags;

/** A gesprek of a dossier as the API shows it: codes with their Dutch names, participants by name. */
@Schema(name = "Gesprek")
record GesprekWeergave(
    UUID id,
    UUID dossierId,
    @Schema(description = "Het dossiernummer") String dossiernummer,
    @Schema(allowableValues = {"kennismaking", "driegesprek", "driegesprek-voor-verhuizing"}) String soort,
    @Schema(description = "De naam van de soort (de mijlpaal)") String soortNaam,
    @Schema(allowableValues = {"gepland", "gehouden", "geannuleerd"}) String status,
    String statusNaam,
    @Schema(description = "Begin (UTC)") OffsetDateTime begintOp,
    @Schema(description = "Einde (UTC)") OffsetDateTime eindigtOp,
    @Schema(description = "Begin in het Nederlands, in de tijd van Nederland") String tijd,
    @Schema(allowableValues = {"online", "in-de-gemeente", "op-het-azc", "kop-koffie"}) String vorm,
    String vormNaam,
    @Schema(description = "Waar, of bij online de link") String locatie,
    @Schema(description = "De deelnemers uit de contactpersonengids (een vertrokken contactpersoon blijft staan)")
    List<Deelnemer> deelnemers,
    boolean inburgeraarNeemtDeel,
    boolean tolkNodig,
    @Schema(description = "ISO 639-3") String taal,
    String taalNaam,
    @Schema(description = "Alleen bij de kennismaking: de buddy") Deelnemer buddy,
    @Schema(description = "Het volgnummer (SEQUENCE) van de uitnodiging: hoger na elke wijziging") int volgnummer,
    @Schema(description = "Gehouden: of de inburgeraar er was") Boolean inburgeraarAanwezig,
    @Schema(description = "Gehouden: de korte notitie") String verslag,
    @Schema(description = "Geannuleerd: waarom") String annuleringsreden,
    @Schema(description = "De status van de mijlpaal van het gesprek in het dossier", allowableValues = {"open",
        "afgerond"}) String mijlpaalStatus,
    @Schema(description = "Of u dit gesprek mag wijzigen, verzetten, vastleggen of annuleren") boolean magVastleggen,
    @Schema(description = "Na het vastleggen: wat er met de mijlpaal gebeurde") String melding,
    int versie) {

  /** A participant: the gids entry by name, and (once held) whether they were there. */
  @Schema(name = "GesprekDeelnemer")
  record Deelnemer(UUID id, String naam, String functie, String organisatie, String email, boolean actief,
      @Schema(description = "Gehouden: of deze deelnemer er was") Boolean aanwezig) {

    static Deelnemer van(UUID id, GidsContact c, Boolean aanwezig) {
      return c == null ? new Deelnemer(id, "(onbekend in de gids)", null, null, null, false, aanwezig)
          : new Deelnemer(id, c.naam(), c.functie(), c.organisatieNaam(), c.email(), c.actief(), aanwezig);
    }

    @Override
    public String toString() {
      return "Deelnemer[" + id + "]";
    }
  }

  String etag() {
    return ETags.of(versie);
  }

  GesprekWeergave metMelding(String m) {
    return new GesprekWeergave(id, dossierId, dossiernummer, soort, soortNaam, status, statusNaam, begintOp,
        eindigtOp, tijd, vorm, vormNaam, locatie, deelnemers, inburgeraarNeemtDeel, tolkNodig, taal, taalNaam, buddy,
        volgnummer, inburgeraarAanwezig, verslag, annuleringsreden, mijlpaalStatus, magVastleggen, m, versie);
  }

  static GesprekWeergave van(GesprekRij g, String dossiernummer, Map<UUID, GidsContact> gids, String mijlpaalStatus,
      boolean magVastleggen) {
    boolean gehouden = g.status() == GesprekStatus.GEHOUDEN;
    List<Deelnemer> deelnemers = g.deelnemers().stream().map(id -> Deelnemer.van(id, gids.get(id),
        gehouden ? g.aanwezig() != null && g.aanwezig().contains(id) : null)).toList();
    String s = g.soort().label();
    return new GesprekWeergave(g.id(), g.dossierId(), dossiernummer, g.soort().code(),
        Character.toUpperCase(s.charAt(0)) + s.substring(1), g.status().code(), g.status().label(),
        g.begintOp().atOffset(ZoneOffset.UTC), g.eindigtOp().atOffset(ZoneOffset.UTC), GesprekTijd.tekst(g.begintOp()),
        g.vorm().code(), g.vorm().label(), g.locatie(), deelnemers, g.inburgeraarNeemtDeel(), g.tolkNodig(), g.taal(),
        Optional.ofNullable(g.taal()).flatMap(Taal::vanCode).map(Taal::label).orElse(null),
        g.buddyId() == null ? null : Deelnemer.van(g.buddyId(), gids.get(g.buddyId()), null), g.volgnummer(),
        g.inburgeraarAanwezig(), g.verslag(), g.annuleringsreden(), mijlpaalStatus,
        magVastleggen && g.status() == GesprekStatus.GEPLAND, null, g.versie());
  }

  @Override
  public String toString() {
    return "Gesprek[" + id + ", " + soort + ", " + status + "]";
  }
}
