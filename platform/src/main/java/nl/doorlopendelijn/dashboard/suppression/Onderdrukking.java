package nl.doorlopendelijn.dashboard.suppression;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Statistical disclosure control for aggregates shown to people who may not see the dossiers behind
 * them. Threshold t comes from the region ({@code dashboard.drempelKleineAantallen}, default 5).
 *
 * <ul>
 *   <li>Primary: a count (cell or total) of 1 to t−1 is suppressed and shown as "&lt; t".
 *   <li>Zero is shown: "nobody" says nothing about a person, and hiding zeros would also hide the
 *       good news a dashboard exists for. Its limit: a zero can say that everyone in a row shares
 *       the other column's property; that is a group statement, not a small count.
 *   <li>Secondary: totals are the sums of their cells, so in every row, every column, and the
 *       two lines of totals, a suppressed figure must not be the only suppressed one (else it is
 *       total minus the rest). The smallest positive figure of such a line is suppressed too, until
 *       stable. This guards against what one line gives away. It does not protect against combining
 *       several lines (linear programming); small tables of dossier counts do not call for that.
 *   <li>Derived figures: a share is shown only when its denominator is at least t, and neither the
 *       numerator nor the remainder (denominator − numerator) is 1 to t−1, because with the
 *       denominator on screen the share gives those counts away. A median is shown only over at least
 *       t values.
 * </ul>
 */
public final class Onderdrukking {

  public static final int STANDAARD_DREMPEL = 5;

  private final int drempel;

  private Onderdrukking(int drempel) {
    if (drempel < 1) {
      throw new IllegalArgumentException("De drempel is minstens 1: " + drempel);
    }
    this.drempel = drempel;
  }

  public static Onderdrukking standaard() {
    return new Onderdrukking(STANDAARD_DREMPEL);
  }

  public static Onderdrukking metDrempel(int drempel) {
    return new Onderdrukking(drempel);
  }

  public int drempel() {
    return drempel;
  }

  /** One count shown on its own. Only primary suppression: nothing else on screen adds up to it. */
  public Cel cel(long aantal) {
    return isKlein(aantal) ? new Onderdrukt(drempel) : new Zichtbaar(aantal);
  }

  public OnderdrukteLijst lijst(List<Long> aantallen) {
    int n = aantallen.size();
    long[] waarden = new long[n + 1];
    boolean[] isTotaal = new boolean[n + 1];
    int[] relatie = new int[n + 1];
    for (int i = 0; i < n; i++) {
      waarden[i] = nietNegatief(aantallen.get(i));
      waarden[n] += waarden[i];
      relatie[i] = i;
    }
    isTotaal[n] = true;
    relatie[n] = n;
    boolean[] onderdrukt = primair(waarden);
    Complementair.vul(waarden, isTotaal, List.<int[]>of(relatie), onderdrukt);
    List<Cel> cellen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cellen.add(toon(waarden[i], onderdrukt[i]));
    }
    return new OnderdrukteLijst(cellen, toon(waarden[n], onderdrukt[n]));
  }

  public OnderdrukteKruistabel tabel(Kruistabel tabel) {
    TabelIndex ix = new TabelIndex(tabel.rijen().size(), tabel.kolommen().size());
    long[] waarden = ix.waarden(tabel);
    boolean[] onderdrukt = primair(waarden);
    Complementair.vul(waarden, ix.isTotaal(), ix.relaties(), onderdrukt);

    List<List<Cel>> cellen = new ArrayList<>();
    List<Cel> rijTotalen = new ArrayList<>();
    for (int r = 0; r < ix.rijen(); r++) {
      List<Cel> rij = new ArrayList<>();
      for (int k = 0; k < ix.kolommen(); k++) {
        rij.add(toon(waarden[ix.cel(r, k)], onderdrukt[ix.cel(r, k)]));
      }
      cellen.add(rij);
      rijTotalen.add(toon(waarden[ix.rijTotaal(r)], onderdrukt[ix.rijTotaal(r)]));
    }
    List<Cel> kolomTotalen = new ArrayList<>();
    for (int k = 0; k < ix.kolommen(); k++) {
      kolomTotalen.add(toon(waarden[ix.kolomTotaal(k)], onderdrukt[ix.kolomTotaal(k)]));
    }
    return new OnderdrukteKruistabel(tabel.rijen(), tabel.kolommen(), cellen, rijTotalen, kolomTotalen,
        toon(waarden[ix.totaal()], onderdrukt[ix.totaal()]));
  }

  /** A share as a percentage with one decimal, e.g. the share of driegesprekken within the norm. */
  public Kengetal aandeel(long teller, long noemer) {
    if (teller < 0 || teller > noemer) {
      throw new IllegalArgumentException("Een aandeel is 0 tot en met de noemer: " + teller + "/" + noemer);
    }
    if (noemer < drempel || isKlein(teller) || isKlein(noemer - teller)) {
      return new Onderdrukt(drempel);
    }
    BigDecimal procent = BigDecimal.valueOf(teller * 100)
        .divide(BigDecimal.valueOf(noemer), 1, RoundingMode.HALF_UP);
    return new ZichtbaarKengetal(procent);
  }

  /** A median, e.g. of the days from koppeling to driegesprek; the middle two averaged when even. */
  public Kengetal mediaan(Collection<? extends Number> waarden) {
    if (waarden.size() < drempel) {
      return new Onderdrukt(drempel);
    }
    List<BigDecimal> gesorteerd = waarden.stream().map(w -> new BigDecimal(w.toString())).sorted().toList();
    int midden = gesorteerd.size() / 2;
    BigDecimal mediaan = gesorteerd.size() % 2 == 1
        ? gesorteerd.get(midden)
        : gesorteerd.get(midden - 1).add(gesorteerd.get(midden)).divide(BigDecimal.valueOf(2));
    return new ZichtbaarKengetal(mediaan);
  }

  private boolean isKlein(long aantal) {
    return aantal > 0 && aantal < drempel;
  }

  private boolean[] primair(long[] waarden) {
    boolean[] onderdrukt = new boolean[waarden.length];
    for (int i = 0; i < waarden.length; i++) {
      onderdrukt[i] = isKlein(waarden[i]);
    }
    return onderdrukt;
  }

  private Cel toon(long waarde, boolean onderdrukt) {
    return onderdrukt ? new Onderdrukt(drempel) : new Zichtbaar(waarde);
  }

  private static long nietNegatief(Long aantal) {
    if (aantal == null || aantal < 0) {
      throw new IllegalArgumentException("Aantallen zijn nooit negatief of leeg");
    }
    return aantal;
  }
}
