package nl.doorlopendelijn.directory.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Splits a search text into terms: runs of letters and digits, at most eight. Accents and case stay; the database
 * normalises them ({@code f_zoeknorm}) exactly as it normalised the indexed text. What is left after splitting
 * cannot carry LIKE wildcards or tsquery syntax.
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
        .toList();
  }
}
