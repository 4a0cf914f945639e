package nl.doorlopendelijn.dashboard.suppression;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The suppression rule of before the exact audit, kept here to show what it let through: counts 1 … t−1 suppressed
 * and labelled "&lt; t", zeros printed, and per line a second suppressed figure (the smallest positive one, zeros
 * last) wherever a line held exactly one.
 */
final class VorigeRegel {

  private VorigeRegel() {}

  static Besluit besluit(Stelsel s, int drempel) {
    int n = s.grootte();
    boolean[] onderdrukt = new boolean[n];
    for (int i = 0; i < n; i++) {
      long w = s.aantal(i).waarde();
      onderdrukt[i] = s.aantal(i).getoond() && w > 0 && w < drempel;
    }
    List<Stelsel.Som> lijnen = s.sommen().stream()
        .filter(som -> s.aantal(som.totaal()).getoond() && IntStream.of(som.delen()).allMatch(d -> s.aantal(d).getoond()))
        .toList();
    Comparator<Integer> voorkeur = Comparator
        .comparing((Integer i) -> s.aantal(i).waarde() == 0)
        .thenComparingLong(i -> s.aantal(i).waarde())
        .thenComparing(i -> isTotaal(lijnen, i))
        .thenComparingInt(i -> i);
    boolean gewijzigd = true;
    while (gewijzigd) {
      gewijzigd = false;
      for (Stelsel.Som som : lijnen) {
        int[] lijn = IntStream.concat(IntStream.of(som.delen()), IntStream.of(som.totaal())).toArray();
        if (IntStream.of(lijn).filter(i -> onderdrukt[i]).count() == 1) {
          var complement = IntStream.of(lijn).boxed().filter(i -> !onderdrukt[i]).min(voorkeur);
          if (complement.isPresent()) {
            onderdrukt[complement.get()] = true;
            gewijzigd = true;
          }
        }
      }
    }
    return new Besluit(onderdrukt, new boolean[s.aandelen().size()], new boolean[s.medianen().size()], false);
  }

  private static boolean isTotaal(List<Stelsel.Som> lijnen, int i) {
    return lijnen.stream().anyMatch(som -> som.totaal() == i);
  }
}
