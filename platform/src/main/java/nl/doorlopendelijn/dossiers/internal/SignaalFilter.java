package nl.doorlopendelijn.dossiers.internal;

import nl.doorlopendelijn.dossiers.planning.SignaalType;
import nl.doorlopendelijn.web.Parameters;

/** The list filter {@code signaal}: one of the signal codes, or absent. An unknown code is an error, never "none". */
final class SignaalFilter {

  private SignaalFilter() {}

  static String lees(Parameters p, String signaal) {
    return p.keuze("signaal", signaal, SignaalType.codes());
  }
}
