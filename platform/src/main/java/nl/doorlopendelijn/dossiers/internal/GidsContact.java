package nl.doorlopendelijn.dossiers.internal;

import java.util.UUID;

/**
 * A contactpersonengids entry as a dossier needs it: who, how to reach them (work details only), trained or not,
 * still active, and the organisation it belongs to (its kind, and the gemeente or azc it is). Read through the
 * port {@link GidsContacten}; a professional's details, never the inburgeraar's.
 *
 * @param organisatieType {@code gemeente}, {@code azc}, {@code coa-regiokantoor} or {@code partner}
 * @param organisatieCode the gemeente's CBS code (type gemeente) or the azc code (type azc), else {@code null}
 */
record GidsContact(UUID id, String naam, String functie, String organisatieNaam, String organisatieType,
    String organisatieCode, boolean organisatieActief, String telefoon, String email, boolean getraind,
    boolean actief) {

  @Override
  public String toString() {
    return "GidsContact[" + id + "]";
  }
}
