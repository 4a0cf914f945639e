package nl.doorlopendelijn.agreements;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The norms an agreement fixes; every dossier of its parties is planned and measured by them.
 *
 * @param driegesprekken the driegesprekken of the agreement, one or both moments: {@value #NA_KOPPELING} ({@code
 *     dagen} after the koppeling; Hart van Brabant) and {@value #VOOR_VERHUIZING} ({@code dagen} before the move,
 *     around the klantprofiel-update; start na verhuizing). Which of them a dossier has is the planner's rule.
 * @param voorinburgering how long the steps of the voorinburgering take, for a dossier whose inburgeraar consents
 * @param rustperiodeRondVerhuizingDagen a quiet period around the move (no appointments)
 */
public record AfspraakNormen(
    int dagenTotKennismaking,
    List<Driegesprek> driegesprekken,
    int klantprofielUpdateDagenVoorVerhuizing,
    boolean bredeIntakeEnPipVoorVerhuizing,
    Voorinburgering voorinburgering,
    int rustperiodeRondVerhuizingDagen) {

  public static final String NA_KOPPELING = "na-koppeling";
  public static final String VOOR_VERHUIZING = "voor-verhuizing";

  public AfspraakNormen {
    driegesprekken = List.copyOf(driegesprekken);
  }

  /** @param anker {@value #NA_KOPPELING} or {@value #VOOR_VERHUIZING} */
  @Schema(name = "AfspraakDriegesprek")
  public record Driegesprek(String anker, int dagen) {}

  /**
   * The voorinburgering in days: the consent asked {@code dagenTotToestemming} after the koppeling, the start
   * {@code dagenTotStart} after the consent, {@code duurDagen} long.
   */
  @Schema(name = "AfspraakVoorinburgering")
  public record Voorinburgering(int dagenTotToestemming, int dagenTotStart, int duurDagen) {

    /** The platform's standard: 14 days to the consent, 14 more to the start, 12 weeks of voorinburgering. */
    public static final Voorinburgering STANDAARD = new Voorinburgering(14, 14, 84);
  }

  /** The norm of the driegesprek at {@code anker}, or {@code null} when the agreement holds none there. */
  public Integer driegesprekDagen(String anker) {
    return driegesprekken.stream().filter(d -> d.anker().equals(anker)).map(Driegesprek::dagen).findFirst()
        .orElse(null);
  }
}
