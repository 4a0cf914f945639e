package nl.doorlopendelijn.directory.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Splits a search text into terms: runs of letters and digits, at most eight, without accents and in lower case
 * like the indexed text. What is left cannot carry LIKE wildcards or tsquery syntax.
 */
final class Zoektermen {

  static final int MAX_TERMEN = 8;

  private Zoektermen() {}

  static List<String> van(String q) {
    if (q == null || q.isBlank()) {
      return List.of();
    }
    return Arrays.stream(q.split("[^\\p{L}\\p{N}]+"))
        .filter(t -> !t.isEmpty())
        .limit(MAX_TERMEN)
        .map(Zoektermen::normaliseer)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /**
   * The Java twin of {@code f_zoeknorm} (unaccent, lower case) for search terms, so a query binds plain values
   * and the database computes nothing per row: decomposed accents dropped, plus the letters unaccent maps that
   * have no decomposition.
   */
  static String normaliseer(String term) {
    String zonderAccenten = java.text.Normalizer.normalize(term, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    StringBuilder b = new StringBuilder();
    for (char ch : zonderAccenten.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      switch (ch) {
        case 'ı' -> b.append('i');
        case 'ø' -> b.append('o');
        case 'æ' -> b.append("ae");
        case 'œ' -> b.append("oe");
        case 'ß' -> b.append("ss");
        case 'ł' -> b.append('l');
        case 'đ' -> b.append('d');
        case 'þ' -> b.append("th");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
