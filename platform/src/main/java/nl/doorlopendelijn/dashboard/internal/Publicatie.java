package nl.doorlopendelijn.dashboard.internal;

import java.util.ArrayList;
import java.util.List;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.Getal;
import nl.doorlopendelijn.dashboard.suppression.Cel;
import nl.doorlopendelijn.dashboard.suppression.Kengetal;
import nl.doorlopendelijn.dashboard.suppression.Kruistabel;
import nl.doorlopendelijn.dashboard.suppression.Onderdrukking;
import nl.doorlopendelijn.dashboard.suppression.OnderdrukteKruistabel;
import nl.doorlopendelijn.dashboard.suppression.OnderdrukteLijst;
import nl.doorlopendelijn.dashboard.suppression.Zichtbaar;
import nl.doorlopendelijn.dashboard.suppression.ZichtbaarKengetal;

/**
 * Publishes a figure made of a known part K (dossiers the caller may see) and a rest R. R is suppressed as for
 * someone who sees none of it ({@link Onderdrukking}: primary, complementary, derived figures). A combined figure
 * K+R is shown only where R's figure is shown: the caller knows K, so K+R tells exactly what R's figure tells, and
 * where R's figure is suppressed the combined one is too. So what the caller learns is K plus R as suppressed,
 * whatever they add or subtract; a caller who knows nothing (K empty) gets plain suppression, one who knows all
 * (R empty) gets every number.
 */
final class Publicatie {

  /** Computes shares and medians without suppressing anything (a threshold of 1 suppresses no count). */
  private static final Onderdrukking ONBEPERKT = Onderdrukking.metDrempel(1);

  private final Onderdrukking onderdrukking;

  Publicatie(Onderdrukking onderdrukking) {
    this.onderdrukking = onderdrukking;
  }

  int drempel() {
    return onderdrukking.drempel();
  }

  record TabelCellen(List<List<Getal>> cellen, List<Getal> rijTotalen, List<Getal> kolomTotalen, Getal totaal) {}

  TabelCellen tabel(List<String> rijen, List<String> kolommen, long[][] k, long[][] r) {
    OnderdrukteKruistabel rest = onderdrukking.tabel(Kruistabel.van(rijen, kolommen, r));
    Kruistabel bekend = Kruistabel.van(rijen, kolommen, k);
    List<List<Getal>> cellen = new ArrayList<>();
    List<Getal> rijTotalen = new ArrayList<>();
    for (int i = 0; i < rijen.size(); i++) {
      List<Getal> rij = new ArrayList<>();
      for (int j = 0; j < kolommen.size(); j++) {
        rij.add(samen(bekend.aantal(i, j), rest.cel(i, j)));
      }
      cellen.add(rij);
      rijTotalen.add(samen(bekend.rijTotaal(i), rest.rijTotalen().get(i)));
    }
    List<Getal> kolomTotalen = new ArrayList<>();
    for (int j = 0; j < kolommen.size(); j++) {
      kolomTotalen.add(samen(bekend.kolomTotaal(j), rest.kolomTotalen().get(j)));
    }
    return new TabelCellen(cellen, rijTotalen, kolomTotalen, samen(bekend.totaal(), rest.totaal()));
  }

  record LijstCellen(List<Getal> cellen, Getal totaal) {}

  LijstCellen lijst(long[] k, long[] r) {
    List<Long> rest = new ArrayList<>();
    for (long n : r) {
      rest.add(n);
    }
    OnderdrukteLijst onderdrukt = onderdrukking.lijst(rest);
    List<Getal> cellen = new ArrayList<>();
    for (int i = 0; i < k.length; i++) {
      cellen.add(samen(k[i], onderdrukt.cellen().get(i)));
    }
    return new LijstCellen(cellen, samen(Cijfers.som(k), onderdrukt.totaal()));
  }

  /** A share in percent: shown when R's share may be shown, or R has nothing in the denominator. */
  Getal aandeel(long tellerK, long noemerK, long tellerR, long noemerR) {
    long noemer = noemerK + noemerR;
    if (noemer == 0) {
      return Getal.leeg();
    }
    if (noemerR > 0 && onderdrukking.aandeel(tellerR, noemerR).isOnderdrukt()) {
      return onderdrukt();
    }
    return kengetal(ONBEPERKT.aandeel(tellerK + tellerR, noemer));
  }

  /** A median: shown when R has no values, or enough of them to be shown on its own. */
  Getal mediaan(List<Integer> k, List<Integer> r) {
    if (k.isEmpty() && r.isEmpty()) {
      return Getal.leeg();
    }
    if (!r.isEmpty() && onderdrukking.mediaan(r).isOnderdrukt()) {
      return onderdrukt();
    }
    List<Integer> alle = new ArrayList<>(k);
    alle.addAll(r);
    return kengetal(ONBEPERKT.mediaan(alle));
  }

  private Getal samen(long bekend, Cel rest) {
    return rest instanceof Zichtbaar z ? Getal.van(bekend + z.waarde()) : onderdrukt();
  }

  private Getal onderdrukt() {
    return Getal.verborgen("< " + onderdrukking.drempel());
  }

  private Getal kengetal(Kengetal k) {
    return k instanceof ZichtbaarKengetal z ? Getal.van(z.waarde()) : onderdrukt();
  }
}
