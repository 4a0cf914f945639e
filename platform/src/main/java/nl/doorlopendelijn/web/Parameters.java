package nl.doorlopendelijn.web;

import nl.doorlopendelijn.kernel.Codes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one reader of query and path parameters of the API. It collects every invalid value and then
 * {@link #valideer()} throws one 400 problem whose {@code invalidParams} name them all, as {@code query:<naam>} or
 * {@code path:<naam>}. Controllers take their parameters as {@code String} and read them here, so Spring's own
 * conversion (a 400 without {@code invalidParams}) never answers first. An absent or blank query parameter is
 * absent: its default, or null. Values are taken as sent: a code with a space around it is not that code (only free
 * text is trimmed). Request bodies are validated by Bean Validation, not here.
 *
 * <p>One instance per request; not thread-safe.
 */
public final class Parameters {

  /** Codes of {@link InvalidParam#code()} this reader gives. */
  public static final String RANGE = "range";
  public static final String BOOLEAN = "boolean";
  public static final String ENUM = "enum";
  public static final String UUID_CODE = "uuid";
  public static final String DATE = "format";
  public static final String SIZE = "size";
  public static final String PATTERN = "pattern";

  /** Formats of the codes the API filters on, as in the bodies' Bean Validation. */
  public static final String REGIO_SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
  public static final String CBS_CODE = "^GM[0-9]{4}$";
  public static final String AZC_CODE = "^AZC-[A-Z0-9-]+$";

  private final List<InvalidParam> fouten = new ArrayList<>();

  /** A whole number in {@code [min, max]}; absent is {@code standaard}. */
  public int geheelGetal(String naam, String waarde, int standaard, int min, int max) {
    if (afwezig(waarde)) {
      return standaard;
    }
    try {
      int n = Integer.parseInt(waarde);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    fout(query(naam), RANGE, "moet een geheel getal van " + min + " tot en met " + max + " zijn");
    return standaard;
  }

  /** The page asked for: {@code pagina} from 1, {@code paginaGrootte} 1 to {@link Paginering#MAX_PAGINAGROOTTE}. */
  public Paginering.Vraag pagina(String pagina, String paginaGrootte) {
    return new Paginering.Vraag(geheelGetal("pagina", pagina, 1, 1, Paginering.MAX_PAGINA),
        geheelGetal("paginaGrootte", paginaGrootte, Paginering.STANDAARD_PAGINAGROOTTE, 1,
            Paginering.MAX_PAGINAGROOTTE));
  }

  /** {@code true} or {@code false}; absent is null. */
  public Boolean jaNee(String naam, String waarde) {
    if (afwezig(waarde)) {
      return null;
    }
    return switch (waarde) {
      case "true" -> true;
      case "false" -> false;
      default -> {
        fout(query(naam), BOOLEAN, "moet true of false zijn");
        yield null;
      }
    };
  }

  /** {@code true} or {@code false}; absent is {@code standaard}. */
  public boolean jaNee(String naam, String waarde, boolean standaard) {
    Boolean b = jaNee(naam, waarde);
    return b == null ? standaard : b;
  }

  /** One of the allowed codes, which the message lists; absent is null. */
  public String keuze(String naam, String waarde, Collection<String> toegestaan) {
    return keuze(naam, waarde, w -> toegestaan.contains(w) ? Optional.of(w) : Optional.empty(), toegestaan);
  }

  /** One of the allowed codes, looked up as a value; absent is null. */
  public <T> T keuze(String naam, String waarde, Function<String, Optional<T>> opzoeken,
      Collection<String> toegestaan) {
    if (afwezig(waarde)) {
      return null;
    }
    Optional<T> gevonden = opzoeken.apply(waarde);
    if (gevonden.isEmpty()) {
      fout(query(naam), ENUM, "moet een van " + Codes.opsomming(toegestaan) + " zijn");
      return null;
    }
    return gevonden.get();
  }

  /** A UUID in the query; absent is null. */
  public UUID uuid(String naam, String waarde) {
    return afwezig(waarde) ? null : leesUuid(query(naam), waarde);
  }

  /** A UUID path variable (never absent: the route has it). */
  public UUID padId(String naam, String waarde) {
    return leesUuid("path:" + naam, waarde == null ? "" : waarde);
  }

  /** A date as ISO 8601 (JJJJ-MM-DD); absent is null. */
  public LocalDate datum(String naam, String waarde) {
    if (afwezig(waarde)) {
      return null;
    }
    try {
      return LocalDate.parse(waarde);
    } catch (DateTimeParseException e) {
      fout(query(naam), DATE, "moet een datum zijn (JJJJ-MM-DD)");
      return null;
    }
  }

  /** Free text of at most {@code max} characters, trimmed; absent is null. */
  public String tekst(String naam, String waarde, int max) {
    if (afwezig(waarde)) {
      return null;
    }
    if (waarde.length() > max) {
      fout(query(naam), SIZE, "mag hoogstens " + max + " tekens zijn");
      return null;
    }
    return waarde.trim();
  }

  /** A code that matches {@code regex} (see the constants); absent is null. */
  public String patroon(String naam, String waarde, String regex, String uitleg) {
    if (afwezig(waarde)) {
      return null;
    }
    if (!Pattern.matches(regex, waarde)) {
      fout(query(naam), PATTERN, uitleg);
      return null;
    }
    return waarde;
  }

  /**
   * A query parameter that must be there (when it is absent or blank: code {@code required}, with {@code uitleg});
   * a value that is there but wrong is reported by the reader of its kind.
   */
  public void vereist(String naam, String waarde, String uitleg) {
    if (afwezig(waarde)) {
      fout(query(naam), "required", uitleg);
    }
  }

  /** Throws the 400 naming every invalid parameter, if there is one. */
  public void valideer() {
    if (!fouten.isEmpty()) {
      throw ApiProblem.badRequest(fouten);
    }
  }

  /** One UUID path variable on its own: read and checked at once (400 {@code path:<naam>} if malformed). */
  public static UUID id(String naam, String waarde) {
    Parameters p = new Parameters();
    UUID id = p.padId(naam, waarde);
    p.valideer();
    return id;
  }

  /** The id a text spells, in its canonical 36 characters only (UUID.fromString also takes 1-2-3-4-5). */
  public static Optional<UUID> alsId(String waarde) {
    if (waarde == null) {
      return Optional.empty();
    }
    try {
      UUID id = UUID.fromString(waarde);
      return id.toString().equalsIgnoreCase(waarde) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private UUID leesUuid(String volledigeNaam, String waarde) {
    Optional<UUID> id = alsId(waarde);
    if (id.isEmpty()) {
      fout(volledigeNaam, UUID_CODE, "moet een UUID zijn");
    }
    return id.orElse(null);
  }

  private void fout(String naam, String code, String uitleg) {
    fouten.add(new InvalidParam(naam, code, uitleg));
  }

  private static String query(String naam) {
    return "query:" + naam;
  }

  private static boolean afwezig(String waarde) {
    return waarde == null || waarde.isBlank();
  }

}
