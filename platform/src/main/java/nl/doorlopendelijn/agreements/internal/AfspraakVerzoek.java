package nl.doorlopendelijn.agreements.internal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The body of a create or update: the whole content of a version. Norms left out take the region's defaults
 * ({@code normen} of the region descriptor). Validated by {@link AfspraakValidator}, every error at once.
 */
record AfspraakVerzoek(
    AzcPartij azc,
    List<GemeentePartij> gemeenten,
    String scenario,
    @Schema(description = "Verplicht bij scenario mengvorm, anders afwezig") Mengvorm mengvorm,
    Normen normen,
    LocalDate geldigVanaf,
    LocalDate geldigTot,
    String afspraken) {

  /** The azc as a party: its code and the COA contact (a directory entry). */
  public record AzcPartij(String code, UUID contactpersoonId) {}

  /** A gemeente as a party: its CBS code and its contact (a directory entry). */
  public record GemeentePartij(String cbsCode, UUID contactpersoonId) {}

  /** Which steps of the inburgering come before the move (a leading part of the chain), the rest after it. */
  @Schema(name = "AfspraakVerzoekMengvorm")
  public record Mengvorm(
      @Schema(description = "De mengvorm in de woorden van de partijen", maxLength = 2000) String omschrijving,
      @ArraySchema(schema = @Schema(allowableValues = {"brede-intake", "pip-advies", "pip-vastgesteld",
          "start-inburgering"}), arraySchema = @Schema(description = "De stappen vóór de verhuizing, een begin van"
          + " de keten brede-intake → pip-advies → pip-vastgesteld → start-inburgering; leeg: alles erna"))
      List<String> voorVerhuizing,
      @Schema(description = "Brede intake (vóór de verhuizing) pas na de voorinburgering; standaard false")
      Boolean bredeIntakeNaVoorinburgering) {}

  @Schema(name = "AfspraakVerzoekNormen")
  public record Normen(Integer dagenTotKennismaking,
      @ArraySchema(arraySchema = @Schema(description = "Eén of beide driegesprekken (na-koppeling, voor-verhuizing);"
          + " weggelaten: die van de regio"))
      List<Driegesprek> driegesprekken,
      Integer klantprofielUpdateDagenVoorVerhuizing, Boolean bredeIntakeEnPipVoorVerhuizing,
      Voorinburgering voorinburgering, Integer rustperiodeRondVerhuizingDagen) {}

  @Schema(name = "AfspraakVerzoekDriegesprek")
  public record Driegesprek(
      @Schema(allowableValues = {"na-koppeling", "voor-verhuizing"}) String anker,
      @Schema(description = "Dagen na de koppeling of vóór de verhuizing; weggelaten: die van de regio")
      Integer dagen) {}

  /** The voorinburgering's durations in days; each one left out is the standard (14, 14, 84). */
  @Schema(name = "AfspraakVerzoekVoorinburgering")
  public record Voorinburgering(Integer dagenTotToestemming, Integer dagenTotStart, Integer duurDagen) {}
}
