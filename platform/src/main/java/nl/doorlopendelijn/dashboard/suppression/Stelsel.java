package nl.doorlopendelijn.dashboard.suppression;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one viewer could reason with about the part R of a view she may not see, as a system over whole
 * numbers ≥ 0: the counts R contributes to the figures on screen ({@link #getal}), the counts behind them that are
 * never shown ({@link #verborgen}: joint cells, numerators and denominators of shares, the number of values of a
 * median), how they add up ({@link #som}) and contain each other ({@link #hoogstens}), and the shares and medians
 * built on them. A count is <em>structurally zero</em> when the viewer knows R has nothing there (her own gemeente,
 * her own azc): it is shown as 0 and protects nothing.
 *
 * <p>{@link Onderdrukking#onderdruk} decides from it what is shown; {@link Audit} proves with integer linear
 * programming that nothing suppressed can be narrowed down.
 */
public final class Stelsel {

  /** A count: its true value, whether it is a figure on screen, whether the viewer knows it is 0. */
  public record Aantal(String naam, long waarde, boolean getoond, boolean structureel) {}

  /** {@code totaal = Σ delen}. */
  public record Som(int totaal, int[] delen) {}

  /** {@code deel ≤ geheel}. */
  public record Hoogstens(int deel, int geheel) {}

  /**
   * A share in percent of R's {@code teller} over R's {@code noemer} (both counts of this system) plus the part the
   * viewer knows ({@code tellerBekend}, {@code noemerBekend}); shown only when its {@code basis} (a count on screen,
   * or -1) is shown.
   */
  public record Aandeel(String naam, int teller, int noemer, long tellerBekend, long noemerBekend, int basis) {}

  /** A median over R's {@code aantalWaarden} values (plus known ones); shown only when its {@code basis} is shown. */
  public record Mediaan(String naam, int aantalWaarden, int basis) {}

  private final List<Aantal> aantallen = new ArrayList<>();
  private final List<Som> sommen = new ArrayList<>();
  private final List<Hoogstens> bevat = new ArrayList<>();
  private final List<Aandeel> aandelen = new ArrayList<>();
  private final List<Mediaan> medianen = new ArrayList<>();
  private final List<long[]> ondergrenzen = new ArrayList<>();

  /** A count on screen (as R's part of the figure). */
  public int getal(String naam, long waarde, boolean structureel) {
    return voegToe(new Aantal(naam, waarde, true, structureel));
  }

  /** A count that is never on screen but that figures on screen are made of. */
  public int verborgen(String naam, long waarde, boolean structureel) {
    return voegToe(new Aantal(naam, waarde, false, structureel));
  }

  public void som(int totaal, int... delen) {
    long som = 0;
    for (int d : delen) {
      som += aantallen.get(d).waarde();
    }
    if (som != aantallen.get(totaal).waarde()) {
      throw new IllegalArgumentException(aantallen.get(totaal).naam() + " is niet de som van zijn delen");
    }
    sommen.add(new Som(totaal, delen.clone()));
  }

  public void hoogstens(int deel, int geheel) {
    if (aantallen.get(deel).waarde() > aantallen.get(geheel).waarde()) {
      throw new IllegalArgumentException(aantallen.get(deel).naam() + " is groter dan " + aantallen.get(geheel).naam());
    }
    bevat.add(new Hoogstens(deel, geheel));
  }

  /**
   * What the viewer knows without the number: a row, column or item that is there only because the data have it
   * is at least 1; an agreement listed only from t dossiers on has at least t.
   */
  public void minstens(int aantal, long ondergrens) {
    if (aantallen.get(aantal).waarde() < ondergrens) {
      throw new IllegalArgumentException(aantallen.get(aantal).naam() + " is kleiner dan " + ondergrens);
    }
    if (ondergrens > 0) {
      ondergrenzen.add(new long[] {aantal, ondergrens});
    }
  }

  public List<long[]> ondergrenzen() {
    return ondergrenzen.stream().map(long[]::clone).toList();
  }

  public int aandeel(String naam, int teller, int noemer, long tellerBekend, long noemerBekend, int basis) {
    if (aantallen.get(teller).waarde() > aantallen.get(noemer).waarde() || tellerBekend > noemerBekend
        || tellerBekend < 0) {
      throw new IllegalArgumentException("Een aandeel is 0 tot en met de noemer: " + naam);
    }
    aandelen.add(new Aandeel(naam, teller, noemer, tellerBekend, noemerBekend, basis));
    return aandelen.size() - 1;
  }

  public int mediaan(String naam, int aantalWaarden, int basis) {
    medianen.add(new Mediaan(naam, aantalWaarden, basis));
    return medianen.size() - 1;
  }

  private int voegToe(Aantal aantal) {
    if (aantal.waarde() < 0 || (aantal.structureel() && aantal.waarde() != 0)) {
      throw new IllegalArgumentException("Aantallen zijn nooit negatief; structureel nul is nul: " + aantal);
    }
    aantallen.add(aantal);
    return aantallen.size() - 1;
  }

  public List<Aantal> aantallen() {
    return List.copyOf(aantallen);
  }

  public Aantal aantal(int i) {
    return aantallen.get(i);
  }

  public int grootte() {
    return aantallen.size();
  }

  public List<Som> sommen() {
    return List.copyOf(sommen);
  }

  public List<Hoogstens> bevat() {
    return List.copyOf(bevat);
  }

  public List<Aandeel> aandelen() {
    return List.copyOf(aandelen);
  }

  public List<Mediaan> medianen() {
    return List.copyOf(medianen);
  }
}
