package nl.doorlopendelijn.webui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.doorlopendelijn.agreements.AfspraakStatus;
import nl.doorlopendelijn.dossiers.planning.DossierStatus;
import nl.doorlopendelijn.dossiers.planning.MijlpaalStatus;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.dossiers.planning.SignaalType;
import nl.doorlopendelijn.kernel.Scenario;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the codes a page shows people: what the enums and the reference data emit (gemeente CBS codes, azc codes,
 * the codes of scenario, dossier and agreement status, signal, milestone and its status, gesprek status, notificatie
 * soort and bezorging), UUIDs and
 * {@code true}/{@code false}. Only the text people read counts: attribute values, scripts and elements with class
 * {@code code} (a code shown on purpose) do not.
 *
 * <p>Some codes are plain Dutch words too ({@code kennismaking}, {@code verhuizing}, {@code gesloten}): a code with a
 * hyphen or a capital is flagged wherever it stands as a word, a single lower-case word only when a whole text node
 * (a cell, a badge) is exactly that code. The code lists come from the enums, never from a hand list.
 */
final class CodesOpDePagina {

  private static final Pattern GEMEENTE = Pattern.compile("\\bGM\\d{4}\\b");
  private static final Pattern UUID = Pattern.compile(
      "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
  private static final Pattern WAAR_ONWAAR = Pattern.compile("(?<![\\p{L}\\p{N}_-])(true|false)(?![\\p{L}\\p{N}_-])");
  private static final Set<String> NIET_GELEZEN = Set.of("script", "style", "template", "noscript");

  /** Codes recognised as a word anywhere in a text (hyphenated or with a capital). */
  private final Pattern woordcodes;
  /** Codes recognised only as the whole text of a node (single lower-case words that are Dutch words as well). */
  private final Set<String> heleTekstcodes;

  /** A detector for the enums' codes and the given azc codes (the national list from the database). */
  CodesOpDePagina(Collection<String> azcCodes) {
    Set<String> codes = new TreeSet<>();
    codes.addAll(codes(Scenario.values(), Scenario::code));
    codes.addAll(codes(DossierStatus.values(), DossierStatus::code));
    codes.addAll(codes(AfspraakStatus.values(), AfspraakStatus::code));
    codes.addAll(codes(SignaalType.values(), SignaalType::code));
    codes.addAll(codes(MijlpaalType.values(), MijlpaalType::code));
    codes.addAll(codes(MijlpaalStatus.values(), MijlpaalStatus::name));
    // the dossier API writes a milestone's status in lower case: "open", "afgerond"
    codes.addAll(codes(MijlpaalStatus.values(), s -> s.name().toLowerCase(java.util.Locale.ROOT)));
    codes.addAll(gesprekStatussen());
    codes.addAll(codes(nl.doorlopendelijn.notificaties.NotificatieSoort.values(),
        nl.doorlopendelijn.notificaties.NotificatieSoort::code));
    codes.addAll(codes(nl.doorlopendelijn.notificaties.Bezorging.values(), nl.doorlopendelijn.notificaties.Bezorging::code));
    codes.addAll(azcCodes);
    Set<String> woorden = new TreeSet<>();
    heleTekstcodes = new TreeSet<>();
    for (String code : codes) {
      if (code.isBlank()) {
        continue;
      }
      boolean gewoonWoord = code.matches("\\p{Ll}+");
      (gewoonWoord ? heleTekstcodes : woorden).add(code);
    }
    // longest first, so "driegesprek-voor-verhuizing" is reported as itself and not as a part
    String alternatieven = woorden.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
        .reduce((a, b) -> a + "|" + b).orElse("(?!)");
    woordcodes = Pattern.compile("(?<![\\p{L}\\p{N}_-])(" + alternatieven + ")(?![\\p{L}\\p{N}_-])");
  }

  /** Every code the page shows as text, as "code in «the text it stands in»"; empty when there is none. */
  List<String> in(String html) {
    Set<String> gevonden = new LinkedHashSet<>();
    var document = Jsoup.parse(html);
    document.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode tekst && !uitgezonderd(tekst)) {
          gevonden.addAll(codesIn(tekst.getWholeText()));
        }
      }
    });
    return new ArrayList<>(gevonden);
  }

  /** The codes in one text node's text. */
  List<String> codesIn(String tekst) {
    String schoon = tekst.replaceAll("\\s+", " ").strip();
    if (schoon.isEmpty()) {
      return List.of();
    }
    List<String> gevonden = new ArrayList<>();
    for (Pattern patroon : List.of(GEMEENTE, UUID, WAAR_ONWAAR, woordcodes)) {
      Matcher m = patroon.matcher(schoon);
      while (m.find()) {
        gevonden.add(m.group() + " in «" + kort(schoon) + "»");
      }
    }
    if (heleTekstcodes.contains(schoon)) {
      gevonden.add(schoon + " in «" + schoon + "»");
    }
    return gevonden;
  }

  private static boolean uitgezonderd(TextNode tekst) {
    for (Node n = tekst.parent(); n != null; n = n.parent()) {
      if (n instanceof Element e && (e.hasClass("code") || NIET_GELEZEN.contains(e.normalName()))) {
        return true;
      }
    }
    return false;
  }

  private static String kort(String tekst) {
    return tekst.length() <= 80 ? tekst : tekst.substring(0, 77) + "...";
  }

  private static <T> List<String> codes(T[] waarden, Function<T, String> code) {
    return Stream.of(waarden).map(code).toList();
  }

  /** The gesprek statuses are internal to the dossiers module: read through its own list of codes. */
  @SuppressWarnings("unchecked")
  private static List<String> gesprekStatussen() {
    try {
      var veld = Class.forName("nl.doorlopendelijn.dossiers.internal.GesprekStatus").getDeclaredField("CODES");
      veld.setAccessible(true);
      return (List<String>) veld.get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("GesprekStatus.CODES not readable: the detector must know the gesprek codes", e);
    }
  }
}
