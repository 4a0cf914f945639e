package nl.doorlopendelijn.dossiers.planning;

import nl.doorlopendelijn.kernel.Scenario;
import java.util.Objects;

/**
 * The norms of a samenwerkingsafspraak, in days. {@code mengvorm} is set only for scenario
 * MENGVORM and then decides what happens before the move.
 *
 * <p>{@code bredeIntakeEnPipVoorVerhuizing} lets an agreement place brede intake and PIP-advies
 * before or after the move in gecombineerde aanpak and start na verhuizing; snelle start has them
 * before the move by definition and a mengvorm names them itself.
 */
public record Normen(
    int dagenTotKennismaking,
    DriegesprekAnker driegesprekAnker,
    int driegesprekDagen,
    int klantprofielUpdateDagenVoorVerhuizing,
    boolean bredeIntakeEnPipVoorVerhuizing,
    boolean voorinburgeringAangeboden,
    int rustperiodeRondVerhuizingDagen,
    Mengvorm mengvorm) {

  public static final int DAGEN_TOT_KENNISMAKING = 7;
  /** Hart van Brabant: a driegesprek within 2 weeks of the koppeling. */
  public static final int DRIEGESPREK_DAGEN = 14;
  /** The COA updates the klantprofiel in TVS about 2 weeks before the move. */
  public static final int KLANTPROFIEL_UPDATE_DAGEN_VOOR_VERHUIZING = 14;
  public static final int RUSTPERIODE_DAGEN = 14;

  public Normen {
    Objects.requireNonNull(driegesprekAnker, "driegesprekAnker");
    nietNegatief(dagenTotKennismaking, "dagenTotKennismaking");
    nietNegatief(driegesprekDagen, "driegesprekDagen");
    nietNegatief(klantprofielUpdateDagenVoorVerhuizing, "klantprofielUpdateDagenVoorVerhuizing");
    nietNegatief(rustperiodeRondVerhuizingDagen, "rustperiodeRondVerhuizingDagen");
  }

  /**
   * Sensible norms per scenario: the seed text, with Hart van Brabant's driegesprek 14 days after
   * koppeling. Start na verhuizing holds its driegesprek around the klantprofiel update instead.
   */
  public static Normen standaard(Scenario scenario) {
    return switch (scenario) {
      case SNELLE_START -> basis(DriegesprekAnker.NA_KOPPELING, true, false);
      case GECOMBINEERDE_AANPAK -> basis(DriegesprekAnker.NA_KOPPELING, true, true);
      case START_NA_VERHUIZING -> basis(DriegesprekAnker.VOOR_VERHUIZING, false, false);
      case MENGVORM ->
          throw new IllegalArgumentException(
              "Een mengvorm heeft geen standaardnormen; gebruik Normen.voorMengvorm(...)");
    };
  }

  /** Default norms for a mengvorm: brede intake before the move when the mengvorm says so. */
  public static Normen voorMengvorm(Mengvorm mengvorm, boolean voorinburgeringAangeboden) {
    Objects.requireNonNull(mengvorm, "mengvorm");
    return new Normen(
        DAGEN_TOT_KENNISMAKING,
        DriegesprekAnker.NA_KOPPELING,
        DRIEGESPREK_DAGEN,
        KLANTPROFIEL_UPDATE_DAGEN_VOOR_VERHUIZING,
        mengvorm.voorVerhuizing().contains(MijlpaalType.BREDE_INTAKE),
        voorinburgeringAangeboden,
        RUSTPERIODE_DAGEN,
        mengvorm);
  }

  public Normen metDriegesprek(DriegesprekAnker anker, int dagen) {
    return new Normen(dagenTotKennismaking, anker, dagen, klantprofielUpdateDagenVoorVerhuizing,
        bredeIntakeEnPipVoorVerhuizing, voorinburgeringAangeboden, rustperiodeRondVerhuizingDagen,
        mengvorm);
  }

  public Normen metRustperiode(int dagen) {
    return new Normen(dagenTotKennismaking, driegesprekAnker, driegesprekDagen,
        klantprofielUpdateDagenVoorVerhuizing, bredeIntakeEnPipVoorVerhuizing,
        voorinburgeringAangeboden, dagen, mengvorm);
  }

  public Normen metVoorinburgering(boolean aangeboden) {
    return new Normen(dagenTotKennismaking, driegesprekAnker, driegesprekDagen,
        klantprofielUpdateDagenVoorVerhuizing, bredeIntakeEnPipVoorVerhuizing, aangeboden,
        rustperiodeRondVerhuizingDagen, mengvorm);
  }

  private static Normen basis(DriegesprekAnker anker, boolean bredeIntakeVoor, boolean voorinburgering) {
    return new Normen(
        DAGEN_TOT_KENNISMAKING,
        anker,
        DRIEGESPREK_DAGEN,
        KLANTPROFIEL_UPDATE_DAGEN_VOOR_VERHUIZING,
        bredeIntakeVoor,
        voorinburgering,
        RUSTPERIODE_DAGEN,
        null);
  }

  private static void nietNegatief(int dagen, String veld) {
    if (dagen < 0) {
      throw new IllegalArgumentException(veld + " mag niet negatief zijn: " + dagen);
    }
  }
}
