package nl.doorlopendelijn.agreements.internal;

import nl.doorlopendelijn.web.ApiProblem;

/** ETag = the row's {@code versie}, as a strong quoted value. */
public final class ETags {

  private ETags() {}

  public static String of(int versie) {
    return "\"" + versie + "\"";
  }

  /** The expected version from an If-Match header: missing is 428, anything that is not ours is 412. */
  public static int parse(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ApiProblem.preconditionRequired();
    }
    String v = ifMatch.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiProblem.preconditionFailed();
    }
  }
}
