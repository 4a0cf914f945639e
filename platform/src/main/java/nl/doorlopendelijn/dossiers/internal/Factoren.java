package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The factors behind the scenario advice, as sent and stored (each may be unknown). The distance may be left out:
 * then it follows from the liggingen of gemeente and azc (the advice's {@code afstand} says which it was).
 */
@Schema(name = "DossierFactoren")
record Factoren(
    @Schema(description = "Leeg: geschat uit de ligging van gemeente en azc") Integer afstandTotAzcKm,
    Integer verwachteMaandenTotWoning, Boolean kanReizen, Boolean digitaalVaardig) {

  /** Complete enough to advise: all four, or all but a distance that follows from the liggingen. */
  boolean volledig(boolean afstandTeSchatten) {
    return (afstandTotAzcKm != null || afstandTeSchatten) && verwachteMaandenTotWoning != null && kanReizen != null
        && digitaalVaardig != null;
  }

  boolean alleenAfstandOntbreekt() {
    return afstandTotAzcKm == null && verwachteMaandenTotWoning != null && kanReizen != null
        && digitaalVaardig != null;
  }
}
