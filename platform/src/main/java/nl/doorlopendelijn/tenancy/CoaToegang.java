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
 *   <tr><td>no agreement in force, but one past concept ({@code ter-ondertekening}, ended, replaced)</td>
 *     <td>{@link #AFSPRAKEN}</td><td>X's agreements (not concept; read-only once ended); each open dossier of X
 *     that has not moved yet, on its own; no dossier list, no dashboard</td></tr>
 *   <tr><td>no agreement past concept, but an open dossier of X that has not moved yet</td>
 *     <td>{@link #ALLEEN_DOSSIERS}</td><td>each such dossier on its own (the COA must still update its
 *     klantprofiel), until the move; every other path of R answers 404</td></tr>
 *   <tr><td>none of these</td><td>{@link #GEEN}</td><td>nothing: the region's paths answer 404</td></tr>
 * </table>
 *
 * Several modules each know a part (the agreements, the dossiers); {@link CoaRegionAccess} beans answer for their
 * part and the widest answer counts ({@link #ruimste}). Another azc's anything: always 404 (the visibility filters
 * of each module).
 */
public enum CoaToegang {
  GEEN,
  ALLEEN_DOSSIERS,
  AFSPRAKEN,
  VOLLEDIG;

  /** The access that follows from the agreements of the azc with the region. */
  public static CoaToegang uitAfspraken(boolean afspraakInWerking, boolean afspraakNaConcept) {
    if (afspraakInWerking) {
      return VOLLEDIG;
    }
    return afspraakNaConcept ? AFSPRAKEN : GEEN;
  }

  /** The access that follows from the dossiers of the azc in the region (open, not yet moved). */
  public static CoaToegang uitDossiers(boolean openDossierVanAzc) {
    return openDossierVanAzc ? ALLEEN_DOSSIERS : GEEN;
  }

  public CoaToegang ruimste(CoaToegang andere) {
    return andere != null && andere.ordinal() > ordinal() ? andere : this;
  }

  /** Whether this access reaches as far as {@code niveau} (the levels are ordered as declared). */
  public boolean minstens(CoaToegang niveau) {
    return ordinal() >= niveau.ordinal();
  }

  /** Whether the region's paths may be entered; {@code enkelDossier}: a path about one dossier. */
  public boolean magBinnen(boolean enkelDossier) {
    return minstens(enkelDossier ? ALLEEN_DOSSIERS : AFSPRAKEN);
  }

  /** The region's dossier list, its dashboard and every dossier of the azc: only with an agreement in force. */
  public boolean lijstEnDashboard() {
    return minstens(VOLLEDIG);
  }
}
