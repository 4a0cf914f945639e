package nl.doorlopendelijn.dashboard.suppression;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The exact audit of a publication, by integer linear programming (ojAlgo). The viewer's knowledge is the
 * {@link Stelsel} with what the {@link Besluit} shows: every shown count fixed to its value, every structurally
 * zero count fixed to 0, every sum and containment, every shown share as the interval its rounded percentage
 * stands for ({@code (q − ½)/1000 ≤ (b + b_K)/(m + m_K) < (q + ½)/1000}, q in tenths of a percent), what a row's
 * or item's mere presence says ({@link Stelsel#minstens}), and what the
 * rule itself gives away about a shown share or median (R's numerator, remainder and denominator, or number of
 * values, are at least the threshold); all counts whole numbers ≥ 0. For each suppressed count below the threshold
 * t it asks whether the count can be 0 and whether it can be t − 1 under all of that; both must be feasible. A
 * solution found for one question answers others too (a witness where another cell is 0, or ≥ t − 1).
 *
 * <p>Counts are bounded by a large M (four times everything shown, plus 4t): that only adds knowledge, so it makes
 * the audit stricter, never weaker.
 */
public final class Audit {

  /** The feasible range of one suppressed count; {@code max} is capped at M. */
  public record Bereik(String naam, long waarde, long min, long max) {}

  /**
   * @param mislukt the suppressed counts below t that can be narrowed (indices into the stelsel)
   * @param volledig false when the time ran out before every question was answered, or one solve took longer than
   *     its limit (then it did not pass)
   */
  public record Uitkomst(List<Integer> mislukt, boolean volledig, int opgelost) {
    public boolean geslaagd() {
      return volledig && mislukt.isEmpty();
    }
  }

  /**
   * How long one integer programme may take in production: {@code tijdOp} is only asked between solves, so this
   * bounds how far a view can run past its audit time. A solve cut off answers nothing, and the view falls back to
   * everything about R suppressed.
   */
  public static final Duration STANDAARD_OPLOSTIJD = Duration.ofSeconds(2);


  private final Stelsel stelsel;
  private final Besluit besluit;
  private final int drempel;
  private final long grens;
  private final long ondergrens;
  private final long oplostijdMs;

  public Audit(Stelsel stelsel, Besluit besluit, int drempel) {
    this(stelsel, besluit, drempel, 0, STANDAARD_OPLOSTIJD);
  }

  public Audit(Stelsel stelsel, Besluit besluit, int drempel, long ondergrens) {
    this(stelsel, besluit, drempel, ondergrens, STANDAARD_OPLOSTIJD);
  }

  /**
   * @param ondergrens what the label of a suppressed count tells about it: nothing (0) under today's rule, where zeros
   *     are suppressed too; 1 under a rule that prints every zero (a suppressed count is then at least 1)
   * @param oplostijd how long one integer programme may take before it counts as unanswered
   */
  public Audit(Stelsel stelsel, Besluit besluit, int drempel, long ondergrens, Duration oplostijd) {
    this.stelsel = stelsel;
    this.oplostijdMs = oplostijd.toMillis();
    this.besluit = besluit;
    this.drempel = drempel;
    this.ondergrens = ondergrens;
    long getoond = 0;
    for (Stelsel.Aantal a : stelsel.aantallen()) {
      getoond += a.waarde();
    }
    this.grens = 4 * getoond + 4L * drempel + 10;
  }

  /** Every suppressed count below the threshold must be able to be 0 and the threshold − 1. */
  public Uitkomst controleer(BooleanSupplier tijdOp) {
    int n = stelsel.grootte();
    boolean[] nulKan = new boolean[n];
    boolean[] hoogKan = new boolean[n];
    List<Integer> teToetsen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Stelsel.Aantal a = stelsel.aantal(i);
      if (a.getoond() && besluit.onderdrukt(i) && a.waarde() < drempel) {
        teToetsen.add(i);
        // the true values are a solution: they witness what they are
        nulKan[i] = a.waarde() == 0;
        hoogKan[i] = a.waarde() >= drempel - 1;
      }
    }
    List<Integer> mislukt = new ArrayList<>();
    int opgelost = 0;
    // two broad witnesses first: all of them as small as can be, then all as large as can be up to t − 1
    for (boolean nul : new boolean[] {true, false}) {
      if (teToetsen.size() < 2 || tijdOp.getAsBoolean()) {
        break;
      }
      ExpressionsBasedModel model = model();
      for (int i : teToetsen) {
        model.getVariable(i).weight(1);
        if (!nul) {
          model.getVariable(i).upper(drempel - 1);
        }
      }
      Optimisation.Result r = nul ? model.minimise() : model.maximise();
      opgelost++;
      if (r.getState().isFeasible()) {
        for (int j : teToetsen) {
          long w = Math.round(r.doubleValue(j));
          nulKan[j] |= w == 0;
          hoogKan[j] |= w >= drempel - 1;
        }
      }
    }
    for (int i : teToetsen) {
      for (boolean nul : new boolean[] {true, false}) {
        if (nul ? nulKan[i] : hoogKan[i]) {
          continue;
        }
        if (tijdOp.getAsBoolean()) {
          return new Uitkomst(mislukt, false, opgelost);
        }
        ExpressionsBasedModel model = model();
        Variable v = model.getVariable(i);
        if (nul) {
          v.level(0);
        } else {
          v.lower(drempel - 1);
        }
        Optimisation.Result r = model.minimise();
        opgelost++;
        if (r.getState().isFeasible()) {
          for (int j : teToetsen) {
            long w = Math.round(r.doubleValue(j));
            nulKan[j] |= w == 0;
            hoogKan[j] |= w >= drempel - 1;
          }
        } else if (r.getState() != Optimisation.State.INFEASIBLE) {
          return new Uitkomst(mislukt, false, opgelost); // not proven either way: out of time or no answer
        }
      }
      if (!nulKan[i] || !hoogKan[i]) {
        mislukt.add(i);
      }
    }
    return new Uitkomst(mislukt, true, opgelost);
  }

  /** The exact smallest and largest value a hidden count can have (max capped at M). For tests and reports. */
  public Bereik bereik(int aantal) {
    return new Bereik(stelsel.aantal(aantal).naam(), stelsel.aantal(aantal).waarde(), uiterste(aantal, false),
        uiterste(aantal, true));
  }

  private long uiterste(int aantal, boolean max) {
    ExpressionsBasedModel model = model();
    model.getVariable(aantal).weight(1);
    Optimisation.Result r = max ? model.maximise() : model.minimise();
    if (!r.getState().isFeasible()) {
      throw new IllegalStateException("De publicatie is met zichzelf in tegenspraak: " + r.getState());
    }
    return Math.round(r.doubleValue(aantal));
  }

  private ExpressionsBasedModel model() {
    Optimisation.Options opties = new Optimisation.Options();
    opties.time_abort = oplostijdMs;
    ExpressionsBasedModel model = new ExpressionsBasedModel(opties);
    List<Variable> x = new ArrayList<>();
    for (int i = 0; i < stelsel.grootte(); i++) {
      Stelsel.Aantal a = stelsel.aantal(i);
      Variable v = model.addVariable("x" + i).integer(true).lower(0).upper(grens);
      if (a.structureel()) {
        v.level(0);
      } else if (a.getoond() && !besluit.onderdrukt(i)) {
        v.level(a.waarde());
      } else if (a.getoond()) {
        v.lower(ondergrens);
      }
      x.add(v);
    }
    for (long[] ondergrens : stelsel.ondergrenzen()) {
      Variable v = x.get((int) ondergrens[0]);
      v.lower(Math.max(ondergrens[1], v.getLowerLimit() == null ? 0 : v.getLowerLimit().longValue()));
    }
    int e = 0;
    for (Stelsel.Som som : stelsel.sommen()) {
      Expression s = model.addExpression("som" + e++).set(x.get(som.totaal()), -1);
      for (int d : som.delen()) {
        s.add(x.get(d), 1L);
      }
      s.level(0);
    }
    for (Stelsel.Hoogstens h : stelsel.bevat()) {
      model.addExpression("bevat" + e++).set(x.get(h.deel()), 1).set(x.get(h.geheel()), -1).upper(0);
    }
    List<Stelsel.Aandeel> aandelen = stelsel.aandelen();
    for (int i = 0; i < aandelen.size(); i++) {
      Stelsel.Aandeel a = aandelen.get(i);
      if (besluit.aandeelOnderdrukt(i) || stelsel.aantal(a.noemer()).structureel()) {
        continue; // suppressed, or it shows only what the viewer knows
      }
      long teller = stelsel.aantal(a.teller()).waarde() + a.tellerBekend();
      long noemer = stelsel.aantal(a.noemer()).waarde() + a.noemerBekend();
      long q = BigDecimal.valueOf(teller * 1000).divide(BigDecimal.valueOf(noemer), 0, RoundingMode.HALF_UP)
          .longValueExact();
      Variable b = x.get(a.teller());
      Variable m = x.get(a.noemer());
      // 2000 (b + bK) < (2q + 1)(m + mK)  and  2000 (b + bK) ≥ (2q − 1)(m + mK)
      model.addExpression("aandeel-boven" + e++).set(b, 2000).set(m, -(2 * q + 1))
          .upper(-1 - 2000 * a.tellerBekend() + (2 * q + 1) * a.noemerBekend());
      model.addExpression("aandeel-onder" + e++).set(b, 2000).set(m, -(2 * q - 1))
          .lower(-2000 * a.tellerBekend() + (2 * q - 1) * a.noemerBekend());
      // what the rule gives away: R's numerator, remainder and denominator are at least t
      model.addExpression("regel-teller" + e++).set(b, 1).lower(drempel);
      model.addExpression("regel-rest" + e++).set(m, 1).set(b, -1).lower(drempel);
    }
    List<Stelsel.Mediaan> medianen = stelsel.medianen();
    for (int i = 0; i < medianen.size(); i++) {
      Stelsel.Mediaan md = medianen.get(i);
      if (!besluit.mediaanOnderdrukt(i) && !stelsel.aantal(md.aantalWaarden()).structureel()) {
        model.addExpression("regel-mediaan" + e++).set(x.get(md.aantalWaarden()), 1).lower(drempel);
      }
    }
    return model;
  }
}
