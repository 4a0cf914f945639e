package nl.doorlopendelijn.dashboard.suppression;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Secondary suppression over additive relations ("these entries add up to that total", all of them
 * entries of one figure). A suppressed entry can be worked out from a relation exactly when it is
 * the only suppressed entry in it, so every relation must hold none or at least two. Adds the
 * smallest positive entry of each relation that holds one, until nothing changes; zeros come last
 * because hiding a zero next to a small count protects it barely, and on equal values a cell goes
 * before a total.
 */
final class Complementair {

  private Complementair() {}

  /**
   * @param waarden the value of every entry
   * @param isTotaal whether an entry is a total (used only to break ties)
   * @param relaties each relation as the indices of its entries, total included
   * @param onderdrukt primary suppression on entry; completed in place
   */
  static void vul(long[] waarden, boolean[] isTotaal, List<int[]> relaties, boolean[] onderdrukt) {
    Comparator<Integer> voorkeur = Comparator
        .comparing((Integer i) -> waarden[i] == 0)
        .thenComparingLong(i -> waarden[i])
        .thenComparing(i -> isTotaal[i])
        .thenComparingInt(i -> i);
    boolean gewijzigd = true;
    while (gewijzigd) {
      gewijzigd = false;
      for (int[] relatie : relaties) {
        long aantalOnderdrukt = IntStream.of(relatie).filter(i -> onderdrukt[i]).count();
        if (aantalOnderdrukt == 1) {
          var complement = IntStream.of(relatie).boxed().filter(i -> !onderdrukt[i]).min(voorkeur);
          if (complement.isPresent()) {
            onderdrukt[complement.get()] = true;
            gewijzigd = true;
          }
        }
      }
    }
  }
}
