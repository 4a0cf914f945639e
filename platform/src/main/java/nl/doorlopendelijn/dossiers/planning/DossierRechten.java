package nl.doorlopendelijn.dossiers.planning;

/**
 * Who may do what to a dossier they can see: one rule, plain Java. Seeing the dossier at all is decided before
 * (the visibility filter in SQL, and for a COA liaison the agreement in force); this rule decides the steps.
 *
 * <table>
 *   <caption>Who completes (and corrects) which milestone</caption>
 *   <tr><th>who</th><th>may</th></tr>
 *   <tr><td>gemeente-medewerker of the dossier's gemeente</td><td>kennismaking, brede-intake, pip-advies,
 *     pip-vastgesteld, start-inburgering; closing the dossier</td></tr>
 *   <tr><td>COA liaison of the dossier's azc</td><td>klantprofiel-update, voorinburgering-toestemming,
 *     voorinburgering-start, voorinburgering-einde</td></tr>
 *   <tr><td>either of them</td><td>driegesprek (na koppeling), driegesprek voor de verhuizing, verhuizing</td></tr>
 *   <tr><td>whoever may complete a step</td><td>correct it</td></tr>
 *   <tr><td>gemeente-medewerker of the dossier's gemeente, regio-coördinator</td><td>choosing the vaste
 *     contactpersoon</td></tr>
 *   <tr><td>COA liaison of the dossier's azc, regio-coördinator</td><td>choosing the casemanager</td></tr>
 *   <tr><td>regio-coördinator</td><td>everything; the only one who re-matches a dossier to another gemeente
 *     (hermatchen)</td></tr>
 *   <tr><td>anyone else (dashboard-viewer, platform, another gemeente or azc)</td><td>nothing</td></tr>
 * </table>
 *
 * A new {@link MijlpaalType} does not compile until {@link #eigenaar} names who owns it.
 */
public final class DossierRechten {

  /** The role of the caller as far as dossiers are concerned. */
  public enum Rol { REGIO_COORDINATOR, GEMEENTE_MEDEWERKER, COA_LIAISON, GEEN }

  /** Whose step a milestone is. */
  public enum Eigenaar { GEMEENTE, COA, SAMEN }

  /**
   * The caller as this rule needs it.
   *
   * @param rol the caller's role
   * @param eigenGemeente whether the dossier's gemeente is the caller's (gemeente-medewerkers)
   * @param eigenAzc whether the dossier's azc is the caller's (COA liaisons)
   */
  public record Betrokkene(Rol rol, boolean eigenGemeente, boolean eigenAzc) {

    boolean gemeente() {
      return rol == Rol.GEMEENTE_MEDEWERKER && eigenGemeente;
    }

    boolean coa() {
      return rol == Rol.COA_LIAISON && eigenAzc;
    }

    boolean coordinator() {
      return rol == Rol.REGIO_COORDINATOR;
    }
  }

  private DossierRechten() {}

  /** Whose step the milestone is. */
  public static Eigenaar eigenaar(MijlpaalType type) {
    return switch (type) {
      case KENNISMAKING, BREDE_INTAKE, PIP_ADVIES, PIP_VASTGESTELD, START_INBURGERING -> Eigenaar.GEMEENTE;
      case KLANTPROFIEL_UPDATE, VOORINBURGERING_TOESTEMMING, VOORINBURGERING_START, VOORINBURGERING_EINDE ->
          Eigenaar.COA;
      case DRIEGESPREK, DRIEGESPREK_VOOR_VERHUIZING, VERHUIZING -> Eigenaar.SAMEN;
    };
  }

  public static boolean magAfronden(Betrokkene b, MijlpaalType type) {
    if (b.coordinator()) {
      return true;
    }
    return switch (eigenaar(type)) {
      case GEMEENTE -> b.gemeente();
      case COA -> b.coa();
      case SAMEN -> b.gemeente() || b.coa();
    };
  }

  /** Correcting a completed step belongs to whoever may complete it. */
  public static boolean magCorrigeren(Betrokkene b, MijlpaalType type) {
    return magAfronden(b, type);
  }

  /** Closing a dossier: the gemeente's medewerker, or the coördinator. */
  public static boolean magSluiten(Betrokkene b) {
    return b.coordinator() || b.gemeente();
  }

  /** Choosing the gemeente's vaste contactpersoon: the gemeente's medewerker, or the coördinator. */
  public static boolean magVasteContactpersoonKiezen(Betrokkene b) {
    return b.coordinator() || b.gemeente();
  }

  /** Choosing the COA's casemanager: the COA liaison of the dossier's azc, or the coördinator. */
  public static boolean magCasemanagerKiezen(Betrokkene b) {
    return b.coordinator() || b.coa();
  }

  /** Moving a dossier to another gemeente of the region (hermatchen): the coördinator only. */
  public static boolean magHermatchen(Betrokkene b) {
    return b.coordinator();
  }
}
