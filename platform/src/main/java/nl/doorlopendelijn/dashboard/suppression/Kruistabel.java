package nl.doorlopendelijn.dashboard.suppression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of counts, e.g. dossiers per gemeente (rows) and status (columns). Totals are the sums of
 * the cells, so they always add up: the disclosure analysis relies on exactly that.
 */
public record Kruistabel(List<String> rijen, List<String> kolommen, List<List<Long>> aantallen) {

  public Kruistabel {
    rijen = List.copyOf(rijen);
    kolommen = List.copyOf(kolommen);
    List<List<Long>> kopie = new ArrayList<>();
    for (List<Long> rij : aantallen) {
      if (rij.size() != kolommen.size()) {
        throw new IllegalArgumentException("Elke rij heeft " + kolommen.size() + " kolommen");
      }
      if (rij.stream().anyMatch(a -> a == null || a < 0)) {
        throw new IllegalArgumentException("Aantallen zijn nooit negatief of leeg");
      }
      kopie.add(List.copyOf(rij));
    }
    if (kopie.size() != rijen.size()) {
      throw new IllegalArgumentException("Er zijn " + rijen.size() + " rijen");
    }
    aantallen = List.copyOf(kopie);
  }

  public static Kruistabel van(List<String> rijen, List<String> kolommen, long[][] aantallen) {
    List<List<Long>> lijst = new ArrayList<>();
    for (long[] rij : aantallen) {
      lijst.add(Arrays.stream(rij).boxed().toList());
    }
    return new Kruistabel(rijen, kolommen, lijst);
  }

  public long aantal(int rij, int kolom) {
    return aantallen.get(rij).get(kolom);
  }

  public long rijTotaal(int rij) {
    return aantallen.get(rij).stream().mapToLong(Long::longValue).sum();
  }

  public long kolomTotaal(int kolom) {
    return aantallen.stream().mapToLong(rij -> rij.get(kolom)).sum();
  }

  public long totaal() {
    return aantallen.stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
  }
}
