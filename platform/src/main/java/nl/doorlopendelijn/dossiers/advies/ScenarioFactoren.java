package nl.doorlopendelijn.dossiers.advies;

/**
 * The factors the seed text names for choosing a scenario: distance to the azc, time to arrange a
 * house, and whether the inburgeraar can travel and is digitally skilled.
 */
public record ScenarioFactoren(
    int afstandTotAzcKm, int verwachteMaandenTotWoning, boolean kanReizen, boolean digitaalVaardig) {

  public ScenarioFactoren {
    if (afstandTotAzcKm < 0) {
      throw new IllegalArgumentException("afstandTotAzcKm mag niet negatief zijn: " + afstandTotAzcKm);
    }
    if (verwachteMaandenTotWoning < 0) {
      throw new IllegalArgumentException(
          "verwachteMaandenTotWoning mag niet negatief zijn: " + verwachteMaandenTotWoning);
    }
  }
}
