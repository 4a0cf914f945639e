package nl.doorlopendelijn.dossiers.web;

import java.util.List;
import nl.doorlopendelijn.dossiers.planning.SignaalType;
import nl.doorlopendelijn.web.InvalidParam;

/** The list filter {@code signaal}: one of the signal codes, or absent. An unknown code is an error, never "none". */
final class SignaalFilter {

  private SignaalFilter() {}

  static void valideer(String signaal, List<InvalidParam> fouten) {
    if (signaal != null && SignaalType.vanCode(signaal).isEmpty()) {
      fouten.add(new InvalidParam("signaal", "unknown", "moet een van " + SignaalType.codes() + " zijn"));
    }
  }
}
