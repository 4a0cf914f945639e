package nl.doorlopendelijn.dossiers.internal;

/** The factors behind the scenario advice, as sent and stored (each may be unknown). */
public record Factoren(Integer afstandTotAzcKm, Integer verwachteMaandenTotWoning, Boolean kanReizen,
    Boolean digitaalVaardig) {

  boolean volledig() {
    return afstandTotAzcKm != null && verwachteMaandenTotWoning != null && kanReizen != null
        && digitaalVaardig != null;
  }
}
