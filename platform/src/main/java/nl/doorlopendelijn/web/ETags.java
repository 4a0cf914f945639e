package nl.doorlopendelijn.web;

/**
 * Optimistic locking over HTTP: a resource's ETag is its version number ({@code "3"}); a change names the version it
 * changes in {@code If-Match}. Missing where required → 428; anything that is not a version we issued → 412.
 */
public final class ETags {

  private ETags() {}

  public static String of(int versie) {
    return "\"" + versie + "\"";
  }

  /** The version an update must find; {@code If-Match} is required. */
  public static int required(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ApiProblem.preconditionRequired();
    }
    return parse(ifMatch);
  }

  /** The version named by an optional {@code If-Match}, or {@code null} when there is none. */
  public static Integer optional(String ifMatch) {
    return ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch);
  }

  private static int parse(String ifMatch) {
    String v = ifMatch.strip();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      v = v.substring(1, v.length() - 1);
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiProblem.preconditionFailed();
    }
  }
}
