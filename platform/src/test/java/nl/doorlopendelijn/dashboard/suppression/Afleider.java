package nl.doorlopendelijn.dashboard.suppression;

import java.util.ArrayList;
import java.util.List;

/**
 * What an attacker does with a published table: in every line (a row or column with its total, or
 * the line of totals with the grand total) where exactly one figure is hidden, work it out from
 * the visible ones. Returns every hidden figure recovered that way, with its true value.
 */
final class Afleider {

  private Afleider() {}

  record Afgeleid(String waar, long waarde) {}

  /** One entry of a line: its true value (for checking) and what was published. */
  private record Positie(String naam, long waarde, Cel getoond, boolean isTotaal) {}

  static List<Afgeleid> afleidbaar(Kruistabel echt, OnderdrukteKruistabel getoond) {
    List<List<Positie>> lijnen = new ArrayList<>();
    int rijen = echt.rijen().size();
    int kolommen = echt.kolommen().size();
    for (int r = 0; r < rijen; r++) {
      List<Positie> lijn = new ArrayList<>();
      for (int k = 0; k < kolommen; k++) {
        lijn.add(cel(echt, getoond, r, k));
      }
      lijn.add(new Positie("totaal " + echt.rijen().get(r), echt.rijTotaal(r), getoond.rijTotalen().get(r), true));
      lijnen.add(lijn);
    }
    for (int k = 0; k < kolommen; k++) {
      List<Positie> lijn = new ArrayList<>();
      for (int r = 0; r < rijen; r++) {
        lijn.add(cel(echt, getoond, r, k));
      }
      lijn.add(new Positie("totaal " + echt.kolommen().get(k), echt.kolomTotaal(k), getoond.kolomTotalen().get(k), true));
      lijnen.add(lijn);
    }
    Positie eindtotaal = new Positie("eindtotaal", echt.totaal(), getoond.totaal(), true);
    List<Positie> rijTotalen = new ArrayList<>();
    for (int r = 0; r < rijen; r++) {
      rijTotalen.add(new Positie("totaal " + echt.rijen().get(r), echt.rijTotaal(r), getoond.rijTotalen().get(r), false));
    }
    rijTotalen.add(eindtotaal);
    lijnen.add(rijTotalen);
    List<Positie> kolomTotalen = new ArrayList<>();
    for (int k = 0; k < kolommen; k++) {
      kolomTotalen.add(new Positie("totaal " + echt.kolommen().get(k), echt.kolomTotaal(k), getoond.kolomTotalen().get(k), false));
    }
    kolomTotalen.add(eindtotaal);
    lijnen.add(kolomTotalen);

    List<Afgeleid> afgeleid = new ArrayList<>();
    for (List<Positie> lijn : lijnen) {
      List<Positie> verborgen = lijn.stream().filter(p -> p.getoond().isOnderdrukt()).toList();
      if (verborgen.size() != 1) {
        continue;
      }
      Positie onbekend = verborgen.get(0);
      long somDelen = lijn.stream().filter(p -> !p.isTotaal() && p != onbekend)
          .mapToLong(p -> ((Zichtbaar) p.getoond()).waarde()).sum();
      long waarde = onbekend.isTotaal()
          ? somDelen
          : ((Zichtbaar) lijn.get(lijn.size() - 1).getoond()).waarde() - somDelen;
      if (waarde == onbekend.waarde()) {
        afgeleid.add(new Afgeleid(onbekend.naam(), waarde));
      }
    }
    return afgeleid;
  }

  private static Positie cel(Kruistabel echt, OnderdrukteKruistabel getoond, int r, int k) {
    return new Positie(echt.rijen().get(r) + "/" + echt.kolommen().get(k), echt.aantal(r, k), getoond.cel(r, k), false);
  }
}
