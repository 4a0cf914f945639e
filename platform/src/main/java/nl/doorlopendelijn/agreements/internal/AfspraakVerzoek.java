package nl.doorlopendelijn.agreements.internal;

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
    String mengvormOmschrijving,
    Normen normen,
    LocalDate geldigVanaf,
    LocalDate geldigTot,
    String afspraken) {

  /** The azc as a party: its code and the COA contact (a directory entry). */
  public record AzcPartij(String code, UUID contactpersoonId) {}

  /** A gemeente as a party: its CBS code and its contact (a directory entry). */
  public record GemeentePartij(String cbsCode, UUID contactpersoonId) {}

  @Schema(name = "AfspraakVerzoekNormen")
  public record Normen(Integer dagenTotKennismaking, Driegesprek driegesprek,
      Integer klantprofielUpdateDagenVoorVerhuizing, Boolean bredeIntakeEnPipVoorVerhuizing,
      Boolean voorinburgeringAangeboden, Integer rustperiodeRondVerhuizingDagen) {}

  @Schema(name = "AfspraakVerzoekDriegesprek")
  public record Driegesprek(String anker, Integer dagen) {}
}
