package nl.doorlopendelijn.directory.internal;

import java.util.OptionalInt;
import nl.doorlopendelijn.web.ApiProblem;

/** ETags of the directory are the row version: {@code "3"}. */
public final class Versies {

  private Versies() {}

  public static String etag(int versie) {
    return "\"" + versie + "\"";
  }

  /** The version an {@code If-Match} header names: 428 when it is missing; a value we never issued cannot match. */
  public static int uitIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ApiProblem.preconditionRequired();
    }
    return parse(ifMatch.trim()).orElseThrow(ApiProblem::preconditionFailed);
  }

  private static OptionalInt parse(String value) {
    String v = value.startsWith("W/") ? value.substring(2) : value;
    if (v.length() < 3 || !v.startsWith("\"") || !v.endsWith("\"")) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(v.substring(1, v.length() - 1)));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}
