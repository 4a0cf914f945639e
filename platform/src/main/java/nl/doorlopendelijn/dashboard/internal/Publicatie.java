package nl.doorlopendelijn.dashboard.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.Getal;
import nl.doorlopendelijn.dashboard.suppression.Besluit;
import nl.doorlopendelijn.dashboard.suppression.Onderdrukking;
import nl.doorlopendelijn.dashboard.suppression.Onderdrukt;
import nl.doorlopendelijn.dashboard.suppression.Stelsel;

/**
 * Publishes one view whose every figure is made of a known part K (dossiers the caller may see) and a rest R. The
 * figures are first declared, all of them, with how R's parts add up and contain each other (a {@link Stelsel});
 * then {@link Onderdrukking} decides for the whole view at once, audited exactly; then each figure is read out. A
 * figure K+R is shown only where R's part is shown: the caller knows K, so what she learns is exactly R as
 * published, which the audit has checked against everything on the view together. Where R is structurally empty
 * (her own gemeente or azc) the figure is hers and shown as it is.
 */
final class Publicatie {

  private final Onderdrukking onderdrukking;
  private final Stelsel stelsel = new Stelsel();
  private final List<Long> bekend = new ArrayList<>();
  private final List<List<Integer>[]> medianen = new ArrayList<>();
  private Besluit besluit;

  Publicatie(Onderdrukking onderdrukking) {
    this.onderdrukking = onderdrukking;
  }

  int drempel() {
    return onderdrukking.drempel();
  }

  /** A count on screen: K's part, R's part, and whether R can have anything there at all. */
  int getal(String naam, long k, long r, boolean restMogelijk) {
    bekend.add(k);
    return stelsel.getal(naam, restMogelijk ? r : nul(naam, r), !restMogelijk);
  }

  /** A count behind the figures, never on screen. */
  int verborgen(String naam, long k, long r, boolean restMogelijk) {
    bekend.add(k);
    return stelsel.verborgen(naam, restMogelijk ? r : nul(naam, r), !restMogelijk);
  }

  void som(int totaal, int... delen) {
    stelsel.som(totaal, delen);
  }

  void hoogstens(int deel, int geheel) {
    stelsel.hoogstens(deel, geheel);
  }

  /** The figure is known to be at least {@code minimum} (K and R together) from its presence alone. */
  void bestaat(int getal, long minimum) {
    if (!stelsel.aantal(getal).structureel()) {
      stelsel.minstens(getal, minimum - bekend.get(getal));
    }
  }

  int aandeel(String naam, int teller, int noemer, int basis) {
    return stelsel.aandeel(naam, teller, noemer, bekend.get(teller), bekend.get(noemer), basis);
  }

  /** A median over K's and R's values; R's number of values becomes a count of the stelsel. */
  @SuppressWarnings("unchecked")
  int mediaan(String naam, List<Integer> k, List<Integer> r, boolean restMogelijk, int basis) {
    int aantal = verborgen(naam + " (aantal waarden)", k.size(), r.size(), restMogelijk);
    medianen.add(new List[] {k, r});
    if (basis >= 0) {
      stelsel.hoogstens(aantal, basis);
    }
    return stelsel.mediaan(naam, aantal, basis);
  }

  Stelsel stelsel() {
    return stelsel;
  }

  Besluit besluit() {
    return besluit;
  }

  /** Decides for the whole view, audited; {@code tijdOp} bounds the audit (then everything about R is suppressed). */
  Besluit beslis(BooleanSupplier tijdOp) {
    besluit = onderdrukking.onderdruk(stelsel, tijdOp);
    return besluit;
  }

  Getal toon(int getal) {
    Stelsel.Aantal r = stelsel.aantal(getal);
    if (besluit.onderdrukt(getal)) {
      return onderdrukt();
    }
    return Getal.van(bekend.get(getal) + r.waarde());
  }

  Getal toonAandeel(int aandeel) {
    Stelsel.Aandeel a = stelsel.aandelen().get(aandeel);
    if (besluit.aandeelOnderdrukt(aandeel)) {
      return onderdrukt();
    }
    long teller = a.tellerBekend() + stelsel.aantal(a.teller()).waarde();
    long noemer = a.noemerBekend() + stelsel.aantal(a.noemer()).waarde();
    return noemer == 0 ? Getal.leeg() : Getal.van(Onderdrukking.procent(teller, noemer));
  }

  Getal toonMediaan(int mediaan) {
    if (besluit.mediaanOnderdrukt(mediaan)) {
      return onderdrukt();
    }
    List<Integer> alle = new ArrayList<>(medianen.get(mediaan)[0]);
    if (!stelsel.aantal(stelsel.medianen().get(mediaan).aantalWaarden()).structureel()) {
      alle.addAll(medianen.get(mediaan)[1]);
    }
    return alle.isEmpty() ? Getal.leeg() : Getal.van(Onderdrukking.mediaan(alle));
  }

  private static long nul(String naam, long r) {
    if (r != 0) {
      throw new IllegalStateException(naam + ": de rest heeft hier dossiers, terwijl dat niet kan");
    }
    return 0;
  }

  private static Getal onderdrukt() {
    return Getal.verborgen(Onderdrukt.LABEL);
  }
}
