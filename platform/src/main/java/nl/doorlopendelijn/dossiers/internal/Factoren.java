package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** The factors behind the scenario advice, as sent and stored (each may be unknown). */
@Schema(name = "DossierFactoren")
record Factoren(Integer afstandTotAzcKm, Integer verwachteMaandenTotWoning, Boolean kanReizen,
    Boolean digitaalVaardig) {

  boolean volledig() {
    return afstandTotAzcKm != null && verwachteMaandenTotWoning != null && kanReizen != null
        && digitaalVaardig != null;
  }
}
