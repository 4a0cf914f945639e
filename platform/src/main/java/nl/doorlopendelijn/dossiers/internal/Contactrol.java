package nl.doorlopendelijn.dossiers.internal;

import java.util.Optional;
import nl.doorlopendelijn.kernel.Codes;

/**
 * The two people of a dossier who make the handover warm, each an entry of the contactpersonengids: the gemeente's
 * vaste contactpersoon (a contact of the dossier's gemeente) and the COA's casemanager (a contact of its azc).
 */
enum Contactrol {
  VASTE_CONTACTPERSOON("vaste-contactpersoon", "vasteContactpersoonId"),
  CASEMANAGER("casemanager", "casemanagerId");

  private final String code;
  private final String veld;

  Contactrol(String code, String veld) {
    this.code = code;
    this.veld = veld;
  }

  String code() {
    return code;
  }

  /** The field of the dossier's JSON (and of its error in {@code invalidParams}). */
  String veld() {
    return veld;
  }

  static Optional<Contactrol> vanCode(String code) {
    return Codes.zoek(values(), Contactrol::code, code);
  }

  static java.util.List<String> codes() {
    return Codes.van(values(), Contactrol::code);
  }
}
