package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import nl.doorlopendelijn.dossiers.advies.AdviesDrempels;

/**
 * A scenario advice as the API shows it: on its own ({@code POST /api/v1/scenario-adviezen}) and as stored on a
 * dossier ({@code advies} in the dossier JSON).
 */
@Schema(name = "ScenarioAdvies")
record AdviesWeergave(
    @Schema(description = "Het geadviseerde scenario", example = "snelle-start") String scenario,
    @Schema(description = "Waarom, in het Nederlands; de eerste zegt waar de afstand vandaan kwam")
    List<String> redenen,
    List<Alternatief> alternatieven,
    boolean bredeIntakeNaVoorinburgering,
    AfstandWeergave afstand,
    @Schema(description = "De drempels waarmee is geadviseerd") AdviesDrempels drempels,
    @Schema(description = "De regio van die drempels; leeg: de standaarddrempels") String drempelsVanRegio,
    @Schema(description = "Wanneer het advies is gegeven (alleen bij een dossier)") OffsetDateTime gegevenOp) {

  /** A scenario that was not advised, and why not. */
  @Schema(name = "ScenarioAlternatief")
  record Alternatief(String scenario, String waaromNiet) {}

  /** The distance the advice weighed: entered, or estimated from the liggingen of gemeente and azc. */
  @Schema(name = "AdviesAfstand")
  record AfstandWeergave(
      @Schema(description = "Afstand in hele kilometers (over de weg, als hij is geschat)") int km,
      @Schema(description = "ingevoerd of berekend") String bron,
      @Schema(description = "Hemelsbreed, bij een berekende afstand") Integer hemelsbreedKm) {}
}
