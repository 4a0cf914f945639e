package nl.doorlopendelijn.dashboard.suppression;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Statistical disclosure control for aggregates shown to people who may not see the dossiers behind them. Threshold
 * t comes from the region ({@code dashboard.drempelKleineAantallen}, default 5). The guarantee: whatever the viewer
 * can know (everything on the dashboard, her other dashboards, the dossiers she may see) leaves every suppressed
 * count below t anywhere from 0 to t − 1. {@link Audit} proves it per publication; these are the rules that make it
 * hold, in order (docs/dashboard.md has the table):
 *
 * <ol>
 *   <li>Primary: every count below t is suppressed, <em>zero included</em>. A printed zero next to a suppressed cell
 *       says the cell is ≥ 1, and margins then pin it. Only a structural zero (the viewer knows that part is empty:
 *       her own gemeente, her own azc) is shown, because it tells her nothing.
 *   <li>Complementary, per line (a row, a column or a list with its total, all on screen): never exactly one
 *       suppressed figure in a line; and where the total is shown, the suppressed figures of the line add up to at
 *       least t − 1, so each of them can be t − 1. The smallest shown figure of the line is added (a cell before a
 *       total) until every line holds.
 *   <li>Shares and medians: shown only over a base that is itself shown (so at least t), and only when R's
 *       numerator, remainder and denominator (or R's number of values) are each at least t. A rounded share is an
 *       interval constraint, a median is not linear: both are in the audit.
 *   <li>Audit: the exact integer programme of {@link Audit}; a suppressed count that can be narrowed gets the lines
 *       through it completed further, then shares and medians go, and at the end (or when time runs out) every
 *       figure about R is suppressed. A figure is never shown unaudited.
 *   <li>One label for every suppressed figure ({@link Onderdrukt#LABEL}): "&lt; 5" on a secondary cell of 8 would
 *       be untrue, and two labels would tell which cell is the small one.
 * </ol>
 */
public final class Onderdrukking {

  public static final int STANDAARD_DREMPEL = 5;

  /** How often the audit may send the rule back for more suppression before everything about R is suppressed. */
  private static final int MAX_RONDEN = 40;

  /** Checks a proposed publication; the default is the exact {@link Audit}. */
  @FunctionalInterface
  public interface Controle {
    Audit.Uitkomst controleer(Besluit besluit);
  }

  private final int drempel;
  private final Duration oplostijd;

  private Onderdrukking(int drempel, Duration oplostijd) {
    if (drempel < 1) {
      throw new IllegalArgumentException("De drempel is minstens 1: " + drempel);
    }
    this.drempel = drempel;
    this.oplostijd = oplostijd;
  }

  public static Onderdrukking standaard() {
    return new Onderdrukking(STANDAARD_DREMPEL, Audit.STANDAARD_OPLOSTIJD);
  }

  public static Onderdrukking metDrempel(int drempel) {
    return new Onderdrukking(drempel, Audit.STANDAARD_OPLOSTIJD);
  }

  /**
   * The same rule with another limit per integer programme of its audit. Tests that assert what the rule decides
   * give it one far beyond any solve, so that the answer does not depend on how busy the machine is.
   */
  public Onderdrukking metOplostijd(Duration oplostijd) {
    return new Onderdrukking(drempel, oplostijd);
  }

  public int drempel() {
    return drempel;
  }

  /** Suppresses a stelsel and audits it exactly; {@code tijdOp} says when the audit must give up. */
  public Besluit onderdruk(Stelsel stelsel, BooleanSupplier tijdOp) {
    return onderdruk(stelsel, besluit -> new Audit(stelsel, besluit, drempel, 0, oplostijd).controleer(tijdOp));
  }

  public Besluit onderdruk(Stelsel stelsel, Controle controle) {
    int n = stelsel.grootte();
    boolean[] onderdrukt = new boolean[n];
    for (int i = 0; i < n; i++) {
      Stelsel.Aantal a = stelsel.aantal(i);
      onderdrukt[i] = a.getoond() && !a.structureel() && a.waarde() < drempel;
    }
    boolean kengetallenUit = false;
    for (int ronde = 0; ronde < MAX_RONDEN; ronde++) {
      complementeer(stelsel, onderdrukt);
      Besluit besluit = besluit(stelsel, onderdrukt, kengetallenUit, false);
      Audit.Uitkomst uitkomst = controle.controleer(besluit);
      if (uitkomst.geslaagd()) {
        return besluit;
      }
      if (!uitkomst.volledig()) {
        break;
      }
      boolean meer = false;
      for (int mis : uitkomst.mislukt()) {
        int extra = dichtstbij(stelsel, mis, onderdrukt);
        if (extra >= 0) {
          onderdrukt[extra] = true;
          meer = true;
        }
      }
      if (!meer) {
        if (kengetallenUit) {
          break;
        }
        kengetallenUit = true;
      }
    }
    return alles(stelsel);
  }

  /**
   * The shown figure nearest to a count that can be narrowed, through sums and containments (breadth first; on one
   * distance the smallest): what pins a count is what it is related to, directly or through hidden counts.
   */
  private static int dichtstbij(Stelsel s, int start, boolean[] onderdrukt) {
    List<List<Integer>> buren = new ArrayList<>();
    for (int i = 0; i < s.grootte(); i++) {
      buren.add(new ArrayList<>());
    }
    for (Stelsel.Som som : s.sommen()) {
      for (int d : som.delen()) {
        buren.get(d).add(som.totaal());
        buren.get(som.totaal()).add(d);
        for (int e : som.delen()) {
          if (e != d) {
            buren.get(d).add(e);
          }
        }
      }
    }
    for (Stelsel.Hoogstens h : s.bevat()) {
      buren.get(h.deel()).add(h.geheel());
      buren.get(h.geheel()).add(h.deel());
    }
    boolean[] gezien = new boolean[s.grootte()];
    gezien[start] = true;
    List<Integer> laag = List.of(start);
    while (!laag.isEmpty()) {
      List<Integer> volgende = new ArrayList<>();
      int beste = -1;
      for (int i : laag) {
        for (int j : buren.get(i)) {
          if (!gezien[j]) {
            gezien[j] = true;
            volgende.add(j);
            if (kandidaat(s, j, onderdrukt) && (beste < 0 || s.aantal(j).waarde() < s.aantal(beste).waarde())) {
              beste = j;
            }
          }
        }
      }
      if (beste >= 0) {
        return beste;
      }
      laag = volgende;
    }
    return -1;
  }

  /** Every figure about R suppressed: what is left on screen is only what the viewer knows already. */
  public Besluit alles(Stelsel stelsel) {
    boolean[] onderdrukt = new boolean[stelsel.grootte()];
    for (int i = 0; i < onderdrukt.length; i++) {
      Stelsel.Aantal a = stelsel.aantal(i);
      onderdrukt[i] = a.getoond() && !a.structureel();
    }
    return besluit(stelsel, onderdrukt, true, true);
  }

  private Besluit besluit(Stelsel s, boolean[] onderdrukt, boolean kengetallenUit, boolean alles) {
    List<Stelsel.Aandeel> aandelen = s.aandelen();
    boolean[] aandeelOnderdrukt = new boolean[aandelen.size()];
    for (int i = 0; i < aandelen.size(); i++) {
      Stelsel.Aandeel a = aandelen.get(i);
      if (s.aantal(a.noemer()).structureel()) {
        continue; // R has nothing here: the share is the viewer's own
      }
      long teller = s.aantal(a.teller()).waarde();
      long noemer = s.aantal(a.noemer()).waarde();
      boolean basisGetoond = a.basis() < 0 || !onderdrukt[a.basis()];
      aandeelOnderdrukt[i] = kengetallenUit || !basisGetoond || noemer < drempel || teller < drempel
          || noemer - teller < drempel;
    }
    List<Stelsel.Mediaan> medianen = s.medianen();
    boolean[] mediaanOnderdrukt = new boolean[medianen.size()];
    for (int i = 0; i < medianen.size(); i++) {
      Stelsel.Mediaan m = medianen.get(i);
      if (s.aantal(m.aantalWaarden()).structureel()) {
        continue;
      }
      boolean basisGetoond = m.basis() < 0 || !onderdrukt[m.basis()];
      mediaanOnderdrukt[i] = kengetallenUit || !basisGetoond || s.aantal(m.aantalWaarden()).waarde() < drempel;
    }
    return new Besluit(onderdrukt, aandeelOnderdrukt, mediaanOnderdrukt, alles);
  }

  /** Rule 2 on every line on screen, until nothing changes. */
  private void complementeer(Stelsel s, boolean[] onderdrukt) {
    List<Stelsel.Som> lijnen = zichtbareSommen(s);
    boolean gewijzigd = true;
    while (gewijzigd) {
      gewijzigd = false;
      for (Stelsel.Som som : lijnen) {
        int aantalOnderdrukt = onderdrukt[som.totaal()] ? 1 : 0;
        long massa = 0;
        for (int d : som.delen()) {
          if (onderdrukt[d]) {
            aantalOnderdrukt++;
            massa += s.aantal(d).waarde();
          }
        }
        boolean teWeinig = aantalOnderdrukt == 1
            || (aantalOnderdrukt >= 2 && !onderdrukt[som.totaal()] && massa < drempel - 1);
        if (teWeinig) {
          int extra = complement(s, som, onderdrukt);
          if (extra >= 0) {
            onderdrukt[extra] = true;
            gewijzigd = true;
          }
        }
      }
    }
  }

  /** The shown figure of a line to suppress next: the smallest, a cell before the total; -1 when none is left. */
  private static int complement(Stelsel s, Stelsel.Som som, boolean[] onderdrukt) {
    int beste = -1;
    for (int d : som.delen()) {
      if (kandidaat(s, d, onderdrukt) && (beste < 0 || s.aantal(d).waarde() < s.aantal(beste).waarde())) {
        beste = d;
      }
    }
    if (beste < 0 && kandidaat(s, som.totaal(), onderdrukt)) {
      beste = som.totaal();
    }
    return beste;
  }

  private static boolean kandidaat(Stelsel s, int i, boolean[] onderdrukt) {
    return !onderdrukt[i] && s.aantal(i).getoond() && !s.aantal(i).structureel();
  }

  private static List<Stelsel.Som> zichtbareSommen(Stelsel s) {
    List<Stelsel.Som> lijnen = new ArrayList<>();
    for (Stelsel.Som som : s.sommen()) {
      boolean alleGetoond = s.aantal(som.totaal()).getoond();
      for (int d : som.delen()) {
        alleGetoond &= s.aantal(d).getoond();
      }
      if (alleGetoond) {
        lijnen.add(som);
      }
    }
    return lijnen;
  }

  // ---- single figures and single tables, for a viewer who knows none of it ----

  /** One count shown on its own: nothing else on screen adds up to it. */
  public Cel cel(long aantal) {
    return aantal < drempel ? new Onderdrukt() : new Zichtbaar(aantal);
  }

  public OnderdrukteLijst lijst(List<Long> aantallen, BooleanSupplier tijdOp) {
    Stelsel s = new Stelsel();
    int[] delen = new int[aantallen.size()];
    long som = 0;
    for (int i = 0; i < delen.length; i++) {
      delen[i] = s.getal("item " + i, aantallen.get(i), false);
      som += aantallen.get(i);
    }
    int totaal = s.getal("totaal", som, false);
    s.som(totaal, delen);
    Besluit b = onderdruk(s, tijdOp);
    List<Cel> cellen = new ArrayList<>();
    for (int i = 0; i < delen.length; i++) {
      cellen.add(toon(s, b, delen[i]));
    }
    return new OnderdrukteLijst(cellen, toon(s, b, totaal));
  }

  /** A table with its margins, as a viewer who knows none of it may see it; also the stelsel it was decided on. */
  public record TabelBesluit(OnderdrukteKruistabel tabel, Stelsel stelsel, Besluit besluit) {}

  /** A table with its margins laid out as a stelsel: the cells, the row totals, the column totals, the grand total. */
  public record TabelStelsel(Stelsel stelsel, int[][] cel, int[] rijTotaal, int[] kolomTotaal, int totaal) {}

  public static TabelStelsel stelsel(Kruistabel tabel) {
    int rijen = tabel.rijen().size();
    int kolommen = tabel.kolommen().size();
    Stelsel s = new Stelsel();
    int[][] cel = new int[rijen][kolommen];
    for (int r = 0; r < rijen; r++) {
      for (int k = 0; k < kolommen; k++) {
        cel[r][k] = s.getal(tabel.rijen().get(r) + "/" + tabel.kolommen().get(k), tabel.aantal(r, k), false);
      }
    }
    int[] rijTotaal = new int[rijen];
    for (int r = 0; r < rijen; r++) {
      rijTotaal[r] = s.getal("totaal " + tabel.rijen().get(r), tabel.rijTotaal(r), false);
      s.som(rijTotaal[r], cel[r]);
    }
    int[] kolomTotaal = new int[kolommen];
    for (int k = 0; k < kolommen; k++) {
      kolomTotaal[k] = s.getal("totaal " + tabel.kolommen().get(k), tabel.kolomTotaal(k), false);
      int[] kolom = new int[rijen];
      for (int r = 0; r < rijen; r++) {
        kolom[r] = cel[r][k];
      }
      s.som(kolomTotaal[k], kolom);
    }
    int totaal = s.getal("eindtotaal", tabel.totaal(), false);
    s.som(totaal, rijTotaal);
    s.som(totaal, kolomTotaal);
    return new TabelStelsel(s, cel, rijTotaal, kolomTotaal, totaal);
  }

  public TabelBesluit tabel(Kruistabel tabel, BooleanSupplier tijdOp) {
    TabelStelsel ts = stelsel(tabel);
    Stelsel s = ts.stelsel();
    int rijen = tabel.rijen().size();
    int kolommen = tabel.kolommen().size();
    int[][] cel = ts.cel();
    int[] rijTotaal = ts.rijTotaal();
    int[] kolomTotaal = ts.kolomTotaal();
    int totaal = ts.totaal();
    Besluit b = onderdruk(s, tijdOp);
    List<List<Cel>> cellen = new ArrayList<>();
    List<Cel> rijTotalen = new ArrayList<>();
    for (int r = 0; r < rijen; r++) {
      List<Cel> rij = new ArrayList<>();
      for (int k = 0; k < kolommen; k++) {
        rij.add(toon(s, b, cel[r][k]));
      }
      cellen.add(rij);
      rijTotalen.add(toon(s, b, rijTotaal[r]));
    }
    List<Cel> kolomTotalen = new ArrayList<>();
    for (int k = 0; k < kolommen; k++) {
      kolomTotalen.add(toon(s, b, kolomTotaal[k]));
    }
    return new TabelBesluit(new OnderdrukteKruistabel(tabel.rijen(), tabel.kolommen(), cellen, rijTotalen,
        kolomTotalen, toon(s, b, totaal)), s, b);
  }

  private static Cel toon(Stelsel s, Besluit b, int i) {
    return b.onderdrukt(i) ? new Onderdrukt() : new Zichtbaar(s.aantal(i).waarde());
  }

  // ---- the figures themselves (no suppression: that is decided above) ----

  /** A share as a percentage with one decimal, half up: the number shown (and the one the audit reasons about). */
  public static BigDecimal procent(long teller, long noemer) {
    if (teller < 0 || teller > noemer || noemer == 0) {
      throw new IllegalArgumentException("Een aandeel is 0 tot en met de noemer: " + teller + "/" + noemer);
    }
    return BigDecimal.valueOf(teller * 100).divide(BigDecimal.valueOf(noemer), 1, RoundingMode.HALF_UP);
  }

  /** A median; the middle two averaged when even. */
  public static BigDecimal mediaan(Collection<? extends Number> waarden) {
    if (waarden.isEmpty()) {
      throw new IllegalArgumentException("Een mediaan van niets bestaat niet");
    }
    List<BigDecimal> gesorteerd = waarden.stream().map(w -> new BigDecimal(w.toString())).sorted().toList();
    int midden = gesorteerd.size() / 2;
    return gesorteerd.size() % 2 == 1
        ? gesorteerd.get(midden)
        : gesorteerd.get(midden - 1).add(gesorteerd.get(midden)).divide(BigDecimal.valueOf(2));
  }
}
