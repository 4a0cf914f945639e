package nl.doorlopendelijn.agreements;

/**
 * The norms an agreement fixes; every dossier of its parties is planned and measured by them.
 *
 * @param driegesprek when the driegesprek is due: {@code dagen} after koppeling, or {@code dagen} before the move
 * @param rustperiodeRondVerhuizingDagen a quiet period around the move (no appointments)
 */
public record AfspraakNormen(
    int dagenTotKennismaking,
    Driegesprek driegesprek,
    int klantprofielUpdateDagenVoorVerhuizing,
    boolean bredeIntakeEnPipVoorVerhuizing,
    boolean voorinburgeringAangeboden,
    int rustperiodeRondVerhuizingDagen) {

  public static final String NA_KOPPELING = "na-koppeling";
  public static final String VOOR_VERHUIZING = "voor-verhuizing";

  /** @param anker {@value #NA_KOPPELING} or {@value #VOOR_VERHUIZING} */
  public record Driegesprek(String anker, int dagen) {}
}
