package nl.doorlopendelijn.tenancy;

/**
 * How far a COA liaison may enter one region: the one rule for a liaison's access in a region, plain Java.
 * An agreement is <em>in force</em> when its status is {@code actief} and today lies within its validity period.
 *
 * <table>
 *   <caption>A COA liaison of azc X in region R</caption>
 *   <tr><th>R and X have</th><th>access</th><th>she sees in R</th></tr>
 *   <tr><td>an agreement in force</td><td>{@link #VOLLEDIG}</td><td>X's agreements (not concept), the dossier
 *     list and the dashboard (X's part), every dossier of X</td></tr>
 *   <tr><td>no agreement in force, but one past concept ({@code ter-ondertekening}, an ended or a replaced one),
 *     or an open dossier of X not yet moved</td><td>{@link #PER_DOSSIER}</td><td>X's agreements (not concept,
 *     read-only once ended); each open dossier of X that has not moved yet, on its own; no list, no
 *     dashboard</td></tr>
 *   <tr><td>none of these</td><td>{@link #GEEN}</td><td>nothing: the region's paths answer 404</td></tr>
 * </table>
 *
 * Several modules each know a part (the agreements, the dossiers); {@link CoaRegionAccess} beans answer for their
 * part and the widest answer counts ({@link #ruimste}).
 */
public enum CoaToegang {
  GEEN,
  PER_DOSSIER,
  VOLLEDIG;

  /** The access that follows from the agreements of the azc with the region. */
  public static CoaToegang uitAfspraken(boolean afspraakInWerking, boolean afspraakNaConcept) {
    if (afspraakInWerking) {
      return VOLLEDIG;
    }
    return afspraakNaConcept ? PER_DOSSIER : GEEN;
  }

  /** The access that follows from the dossiers of the azc in the region (open, not yet moved). */
  public static CoaToegang uitDossiers(boolean openDossierVanAzc) {
    return openDossierVanAzc ? PER_DOSSIER : GEEN;
  }

  public CoaToegang ruimste(CoaToegang andere) {
    return andere != null && andere.ordinal() > ordinal() ? andere : this;
  }

  /** Whether the region may be entered at all. */
  public boolean magBinnen() {
    return this != GEEN;
  }

  /** The region's dossier list, its dashboard and every dossier of the azc: only with an agreement in force. */
  public boolean lijstEnDashboard() {
    return this == VOLLEDIG;
  }
}
