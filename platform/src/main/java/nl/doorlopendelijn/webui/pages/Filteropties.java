package nl.doorlopendelijn.webui.pages;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.dossiers.planning.SignaalType;

/**
 * The options of the list filters, from the one source of their codes: the signals from {@link SignaalType} (code as
 * value, its Dutch name as text), so a page never offers a value that no dossier can carry.
 */
final class Filteropties {

  /** One option of a select: the value sent, the text shown. */
  public record Optie(String waarde, String tekst) {}

  private static final List<Optie> SIGNALEN = Arrays.stream(SignaalType.values())
      .map(t -> new Optie(t.code(), t.label())).toList();

  private static final Map<String, String> SIGNAALNAMEN = namen();

  private Filteropties() {}

  static List<Optie> signalen() {
    return SIGNALEN;
  }

  /** Code → Dutch name, to show a dossier's signals by name. */
  static Map<String, String> signaalNamen() {
    return SIGNAALNAMEN;
  }

  private static Map<String, String> namen() {
    Map<String, String> namen = new LinkedHashMap<>();
    SIGNALEN.forEach(o -> namen.put(o.waarde(), o.tekst()));
    return Map.copyOf(namen);
  }
}
