package nl.doorlopendelijn.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.InvalidParam;

/** Reads query parameters and collects every invalid one, so a 400 names them all at once. */
final class Queryparameters {

  static final int MAX_PAGINAGROOTTE = 100;

  private final List<InvalidParam> errors = new ArrayList<>();

  Integer geheelGetal(String naam, String waarde, int standaard, int min, int max) {
    if (waarde == null || waarde.isBlank()) {
      return standaard;
    }
    try {
      int n = Integer.parseInt(waarde.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new InvalidParam("query:" + naam, "range", "moet een geheel getal van " + min + " tot en met " + max
        + " zijn"));
    return standaard;
  }

  Boolean jaNee(String naam, String waarde) {
    if (waarde == null || waarde.isBlank()) {
      return null;
    }
    return switch (waarde.trim()) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        errors.add(new InvalidParam("query:" + naam, "boolean", "moet true of false zijn"));
        yield null;
      }
    };
  }

  UUID id(String naam, String waarde) {
    return parse(naam, waarde, UUID::fromString, "uuid", "moet een UUID zijn");
  }

  String patroon(String naam, String waarde, String regex, String uitleg) {
    if (waarde == null || waarde.isBlank()) {
      return null;
    }
    if (!waarde.trim().matches(regex)) {
      errors.add(new InvalidParam("query:" + naam, "pattern", uitleg));
      return null;
    }
    return waarde.trim();
  }

  String tekst(String naam, String waarde, int max) {
    if (waarde == null || waarde.isBlank()) {
      return null;
    }
    if (waarde.length() > max) {
      errors.add(new InvalidParam("query:" + naam, "size", "mag hoogstens " + max + " tekens zijn"));
      return null;
    }
    return waarde.trim();
  }

  <T> T parse(String naam, String waarde, Function<String, T> parser, String code, String uitleg) {
    if (waarde == null || waarde.isBlank()) {
      return null;
    }
    try {
      return parser.apply(waarde.trim());
    } catch (RuntimeException e) {
      errors.add(new InvalidParam("query:" + naam, code, uitleg));
      return null;
    }
  }

  void foutAls(boolean fout, String naam, String code, String uitleg) {
    if (fout) {
      errors.add(new InvalidParam("query:" + naam, code, uitleg));
    }
  }

  /** Throws the 400 naming every invalid parameter, if there is one. */
  void valideer() {
    if (!errors.isEmpty()) {
      throw ApiProblem.badRequest(errors);
    }
  }
}
