package nl.doorlopendelijn.dossiers.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One dossier as the API shows it, with its timeline and signals. */
record DossierWeergave(
    UUID id,
    String dossiernummer,
    String regio,
    String gemeente,
    String azcLocatie,
    UUID afspraakVersieId,
    LocalDate koppelingsdatum,
    LocalDate verwachteVerhuisdatum,
    LocalDate werkelijkeVerhuisdatum,
    String scenario,
    String scenarioBron,
    String gekozenScenario,
    String geadviseerdScenario,
    DossierMengvorm mengvorm,
    Boolean voorinburgeringToestemming,
    boolean bredeIntakeNaVoorinburgering,
    Factoren factoren,
    @Schema(description = "Het scenario-advies met zijn redenen, zoals vastgelegd bij het aanmaken, wijzigen of"
        + " opnieuw vragen; leeg als de factoren niet volledig zijn")
    AdviesWeergave advies,
    UUID vasteContactpersoonId,
    @Schema(description = "De vaste contactpersoon van de gemeente uit de contactpersonengids; leeg als er geen is of"
        + " de gids het id niet kent") Contact vasteContactpersoon,
    UUID casemanagerId,
    @Schema(description = "De casemanager van het COA uit de contactpersonengids; leeg als er geen is of de gids het"
        + " id niet kent") Contact casemanager,
    @Schema(description = "Of u de vaste contactpersoon kiest (de gemeente van het dossier, de regio-coördinator) en"
        + " het dossier niet gesloten is") boolean magVasteContactpersoonKiezen,
    @Schema(description = "Of u de casemanager kiest (het COA van het azc van het dossier, de regio-coördinator) en"
        + " het dossier niet gesloten is: PUT …/casemanager") boolean magCasemanagerKiezen,
    String status,
    LocalDate geslotenOp,
    @JsonProperty("vNummer") String vNummer,
    List<MijlpaalWeergave> mijlpalen,
    List<SignaalWeergave> signalen,
    List<HermatchingWeergave> hermatchingen,
    int versie,
    OffsetDateTime aangemaaktOp,
    OffsetDateTime bijgewerktOp,
    @Schema(description = "Wie het dossier betreft; leeg bij een dossier van vóór de namen") PersoonWeergave persoon,
    @Schema(description = "De eigen referentie van het COA") String coaReferentie,
    @Schema(description = "Het huishouden: de referentie en de andere dossiers ervan die u ziet")
    HuishoudenWeergave huishouden) {

  @Override
  public String toString() {
    return "DossierWeergave[" + id + ", " + dossiernummer + "]";
  }

  public String etag() {
    return "\"" + versie + "\"";
  }

  /**
   * A milestone: its norm date, and when, by whom and with what note it was done; for a kennismaking, in what form
   * ({@code vorm}, a code of {@code dossiers.planning.KennismakingVorm}, and its Dutch name); {@code magAfronden}
   * says whether the caller may complete (or correct) it ({@code dossiers.planning.DossierRechten}).
   */
  public record MijlpaalWeergave(String type, String naam, LocalDate vervaldatum, String status,
      LocalDate afgerondOp,
      @Schema(description = "Wie de mijlpaal afrondde: pseudoniem (het subject van het token)") String afgerondDoor,
      String notitie,
      @Schema(description = "Alleen bij een afgeronde kennismaking met een vorm",
          allowableValues = {"kop-koffie", "bezoek-azc", "video-of-fotos", "buddy"}) String vorm,
      @Schema(description = "De Nederlandse naam van de vorm, bijvoorbeeld \"Bezoek aan het azc\"") String vormNaam,
      boolean magAfronden,
      @Schema(description = "De naam van wie de mijlpaal afrondde, zoals het token die op dat moment gaf; leeg als"
          + " het token geen naam had of de afronding van voor deze versie is") String afgerondDoorNaam,
      @Schema(description = "Open en de vervaldatum is voorbij") boolean verlopen,
      @Schema(description = "Of u deze afgeronde mijlpaal mag corrigeren (wie hem mag afronden, corrigeert hem)")
      boolean magCorrigeren) {}

  /**
   * A re-match by the regio-coördinator: from which gemeente to which, by whom (pseudonymous {@code door}, and the
   * name from the token at the time, {@code doorNaam}), when.
   */
  public record HermatchingWeergave(String vanGemeente, String naarGemeente, String door, OffsetDateTime op,
      @Schema(description = "De naam van wie hermatchte, zoals het token die op dat moment gaf") String doorNaam) {}

  /** The household of the dossier: its reference and the other dossiers of it the caller may see. */
  public record HuishoudenWeergave(String referentie, List<HuishoudenLid> dossiers) {
    @Override
    public String toString() {
      return "Huishouden[" + dossiers.size() + "]";
    }
  }

  /** Another dossier of the household: its id, number and who it is about. */
  public record HuishoudenLid(UUID id, String dossiernummer, String naam) {
    @Override
    public String toString() {
      return "HuishoudenLid[" + id + "]";
    }
  }

  /**
   * One of the dossier's two contacts as the gids knows it now (work details only): {@code getraind} trained for
   * the warme overdracht, {@code actief} false once the person left the organisation.
   */
  @Schema(name = "DossierContactpersoon")
  public record Contact(UUID id, String naam, String functie, String organisatie, String telefoon, String email,
      boolean getraind, boolean actief) {

    static Contact van(GidsContact c) {
      return c == null ? null : new Contact(c.id(), c.naam(), c.functie(), c.organisatieNaam(), c.telefoon(),
          c.email(), c.getraind(), c.actief());
    }

    @Override
    public String toString() {
      return "Contact[" + id + "]";
    }
  }

  /** A signal about the dossier; {@code mijlpaal} is absent for the dossier as a whole. */
  public record SignaalWeergave(String type, String urgentie, String mijlpaal, String omschrijving) {}
}
