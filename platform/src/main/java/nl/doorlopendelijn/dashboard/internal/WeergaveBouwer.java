package nl.doorlopendelijn.dashboard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.AfspraakKengetallen;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.Code;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.GemeenteKengetallen;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.Getal;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.Lijst;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.LijstItem;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.RegioVerwijzing;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.Tabel;
import nl.doorlopendelijn.dashboard.suppression.Onderdrukking;
import nl.doorlopendelijn.kernel.Tijdzone;

/**
 * Builds one view of one or more regions' content: the dossiers {@code opgenomen} (a region: all; an azc: that
 * azc's), split into what the {@link Zicht} knows (K) and the rest (R). Every figure of the view is declared to one
 * {@link Publicatie} with how R's parts add up — the two tables share their joint cells gemeente × status ×
 * scenario, the per-azc list and regioplaatsing share gemeente × azc, the lists and shares are contained in their
 * gemeente's dossiers — so suppression and its audit see the view as the viewer does: all of it at once. Pure: no
 * I/O; the audit is bounded by {@code tijdOp}.
 */
final class WeergaveBouwer {

  private WeergaveBouwer() {}

  /** The view and the publication it was decided on (tests audit the latter). */
  record Gebouwd(DashboardWeergave weergave, Publicatie publicatie) {}

  static DashboardWeergave bouw(List<Inhoud> inhouden, Zicht zicht, BiPredicate<String, String> opgenomen,
      Onderdrukking onderdrukking, boolean alleAzcsVanDeRegio, BooleanSupplier tijdOp) {
    return bouwMetPublicatie(inhouden, zicht, opgenomen, onderdrukking, alleAzcsVanDeRegio, tijdOp).weergave();
  }

  static Gebouwd bouwMetPublicatie(List<Inhoud> inhouden, Zicht zicht, BiPredicate<String, String> opgenomen,
      Onderdrukking onderdrukking, boolean alleAzcsVanDeRegio, BooleanSupplier tijdOp) {
    Indeling ix = new Indeling(inhouden, opgenomen, alleAzcsVanDeRegio);
    Cijfers k = new Cijfers(ix, inhouden, (g, a) -> opgenomen.test(g, a) && zicht.bekend(g, a));
    Cijfers r = new Cijfers(ix, inhouden, (g, a) -> opgenomen.test(g, a) && !zicht.bekend(g, a));
    Publicatie p = new Publicatie(onderdrukking);

    List<String> gemeenten = List.copyOf(ix.gemeenten.keySet());
    int g = gemeenten.size();
    int nS = ix.statussen.size();
    int nC = ix.scenarios.size();
    int nA = ix.azcs.size();
    boolean restOveral = zicht.restMogelijk(null, null);
    boolean[] restIn = new boolean[g];
    for (int i = 0; i < g; i++) {
      restIn[i] = zicht.restMogelijk(gemeenten.get(i), null);
    }

    // The joint cells and the two tables made of them.
    int[][][] x = new int[g][nS][nC];
    int[][] perStatus = new int[g][nS];
    int[][] perScenario = new int[g][nC];
    int[] rijTotaal = new int[g];
    for (int i = 0; i < g; i++) {
      String gm = gemeenten.get(i);
      for (int s = 0; s < nS; s++) {
        for (int c = 0; c < nC; c++) {
          x[i][s][c] = p.verborgen(gm + "/" + ix.statussen.get(s) + "/" + ix.scenarios.get(c),
              k.gemeenteStatusScenario[i][s][c], r.gemeenteStatusScenario[i][s][c], restIn[i]);
        }
      }
      for (int s = 0; s < nS; s++) {
        perStatus[i][s] = p.getal(gm + "/" + ix.statussen.get(s), k.gemeenteStatus[i][s], r.gemeenteStatus[i][s],
            restIn[i]);
        int[] delen = new int[nC];
        for (int c = 0; c < nC; c++) {
          delen[c] = x[i][s][c];
        }
        p.som(perStatus[i][s], delen);
      }
      for (int c = 0; c < nC; c++) {
        perScenario[i][c] = p.getal(gm + "/" + ix.scenarios.get(c), k.gemeenteScenario[i][c],
            r.gemeenteScenario[i][c], restIn[i]);
        int[] delen = new int[nS];
        for (int s = 0; s < nS; s++) {
          delen[s] = x[i][s][c];
        }
        p.som(perScenario[i][c], delen);
      }
      rijTotaal[i] = p.getal("dossiers " + gm, k.dossiers(i), r.dossiers(i), restIn[i]);
      p.som(rijTotaal[i], perStatus[i]);
      p.som(rijTotaal[i], perScenario[i]);
    }
    int totaal = p.getal("dossiers", Cijfers.som(k.dossiers()), Cijfers.som(r.dossiers()), restOveral);
    p.som(totaal, rijTotaal);
    int[] statusTotaal = kolomTotalen(p, "status", ix.statussen, perStatus, k.gemeenteStatus, r.gemeenteStatus,
        restOveral, totaal);
    int[] scenarioTotaal = kolomTotalen(p, "scenario", ix.scenarios, perScenario, k.gemeenteScenario,
        r.gemeenteScenario, restOveral, totaal);
    // a row or column that is there only because the data have it says "at least 1"
    for (int i = 0; i < g; i++) {
      if (ix.uitDeGegevens.contains("gemeente:" + gemeenten.get(i))) {
        p.bestaat(rijTotaal[i], 1);
      }
    }
    for (int s = 0; s < nS; s++) {
      if (ix.uitDeGegevens.contains("status:" + ix.statussen.get(s))) {
        p.bestaat(statusTotaal[s], 1);
      }
    }
    for (int c = 0; c < nC; c++) {
      if (ix.uitDeGegevens.contains("scenario:" + ix.scenarios.get(c))) {
        p.bestaat(scenarioTotaal[c], 1);
      }
    }

    // Gemeente × azc: the per-azc list and regioplaatsing.
    int[][] gemeenteAzc = new int[g][nA];
    for (int i = 0; i < g; i++) {
      for (int a = 0; a < nA; a++) {
        gemeenteAzc[i][a] = p.verborgen(gemeenten.get(i) + "@" + ix.azcs.get(a), k.gemeenteAzc[i][a],
            r.gemeenteAzc[i][a], zicht.restMogelijk(gemeenten.get(i), ix.azcs.get(a)));
      }
      p.som(rijTotaal[i], gemeenteAzc[i]);
    }
    int[] perAzc = new int[nA];
    for (int a = 0; a < nA; a++) {
      perAzc[a] = p.getal("dossiers " + ix.azcs.get(a), k.perAzc[a], r.perAzc[a],
          zicht.restMogelijk(null, ix.azcs.get(a)));
      int[] delen = new int[g];
      for (int i = 0; i < g; i++) {
        delen[i] = gemeenteAzc[i][a];
      }
      p.som(perAzc[a], delen);
    }
    p.som(totaal, perAzc);

    // Lists per gemeente (contained in its dossiers) and per milestone type (one per dossier at most).
    int[] verhuizing = gemeenteLijst(p, "verhuizing zonder klantprofiel-update", gemeenten,
        k.verhuizingZonderKlantprofiel, r.verhuizingZonderKlantprofiel, restIn, restOveral, rijTotaal);
    int[] stil = gemeenteLijst(p, "stilgevallen", gemeenten, k.stilgevallen, r.stilgevallen, restIn, restOveral,
        rijTotaal);
    int[] verlopen = new int[ix.typen.size() + 1];
    for (int t = 0; t < ix.typen.size(); t++) {
      verlopen[t] = p.getal("verlopen " + ix.typen.get(t), k.verlopen[t], r.verlopen[t], restOveral);
      p.hoogstens(verlopen[t], totaal);
      if (ix.uitDeGegevens.contains("type:" + ix.typen.get(t))) {
        p.bestaat(verlopen[t], 1);
      }
    }
    verlopen[ix.typen.size()] = p.getal("verlopen", Cijfers.som(k.verlopen), Cijfers.som(r.verlopen), restOveral);
    p.som(verlopen[ix.typen.size()], java.util.Arrays.copyOf(verlopen, ix.typen.size()));

    // Shares and medians per gemeente and over the whole view.
    int[] binnen = new int[g];
    int[] gemeten = new int[g];
    int[] uitRegio = new int[g];
    int[][] perGemeenteKengetal = new int[g][4];
    List<Integer> regionaal = regionaleAzcs(k, r, nA);
    for (int i = 0; i < g; i++) {
      String gm = gemeenten.get(i);
      binnen[i] = p.verborgen("binnen norm " + gm, k.driegesprekBinnen[i], r.driegesprekBinnen[i], restIn[i]);
      gemeten[i] = p.verborgen("gemeten " + gm, k.driegesprekGemeten[i], r.driegesprekGemeten[i], restIn[i]);
      p.hoogstens(binnen[i], gemeten[i]);
      p.hoogstens(gemeten[i], rijTotaal[i]);
      uitRegio[i] = p.verborgen("uit regionaal azc " + gm, k.uitRegionaalAzc[i], r.uitRegionaalAzc[i], restIn[i]);
      p.hoogstens(uitRegio[i], rijTotaal[i]);
      if (regionaal != null) {
        int[] vanGemeente = gemeenteAzc[i];
        p.som(uitRegio[i], regionaal.stream().mapToInt(a -> vanGemeente[a]).toArray());
      }
      perGemeenteKengetal[i][0] = p.aandeel("driegesprekken binnen norm " + gm, binnen[i], gemeten[i], rijTotaal[i]);
      perGemeenteKengetal[i][1] = mediaan(p, "dagen tot driegesprek " + gm, k.dagenDriegesprek.get(i),
          r.dagenDriegesprek.get(i), restIn[i], rijTotaal[i]);
      perGemeenteKengetal[i][2] = mediaan(p, "dagen tot verhuizing " + gm, k.dagenVerhuizing.get(i),
          r.dagenVerhuizing.get(i), restIn[i], rijTotaal[i]);
      perGemeenteKengetal[i][3] = p.aandeel("regioplaatsing " + gm, uitRegio[i], rijTotaal[i], rijTotaal[i]);
    }
    int binnenTotaal = somVan(p, "binnen norm", k.driegesprekBinnen, r.driegesprekBinnen, restOveral, binnen);
    int gemetenTotaal = somVan(p, "gemeten", k.driegesprekGemeten, r.driegesprekGemeten, restOveral, gemeten);
    int uitRegioTotaal = somVan(p, "uit regionaal azc", k.uitRegionaalAzc, r.uitRegionaalAzc, restOveral, uitRegio);
    if (regionaal != null) {
      p.som(uitRegioTotaal, regionaal.stream().mapToInt(a -> perAzc[a]).toArray());
    }
    int driegesprekken = p.aandeel("driegesprekken binnen norm", binnenTotaal, gemetenTotaal, totaal);
    int dagenDriegesprek = mediaan(p, "dagen tot driegesprek", Cijfers.alle(k.dagenDriegesprek),
        Cijfers.alle(r.dagenDriegesprek), restOveral, totaal);
    int dagenVerhuizing = mediaan(p, "dagen tot verhuizing", Cijfers.alle(k.dagenVerhuizing),
        Cijfers.alle(r.dagenVerhuizing), restOveral, totaal);
    int regioplaatsing = p.aandeel("regioplaatsing", uitRegioTotaal, totaal, totaal);

    Afspraken afspraken = afspraken(ix, zicht, p, k, r, perAzc, totaal, gemetenTotaal, binnenTotaal,
        onderdrukking.drempel());

    p.beslis(tijdOp);

    List<Code> rijen = gemeenten.stream().map(c -> new Code(c, ix.gemeenten.get(c))).toList();
    List<GemeenteKengetallen> perGemeente = new ArrayList<>();
    for (int i = 0; i < g; i++) {
      perGemeente.add(new GemeenteKengetallen(gemeenten.get(i), ix.gemeenten.get(gemeenten.get(i)),
          p.toonAandeel(perGemeenteKengetal[i][0]), p.toonMediaan(perGemeenteKengetal[i][1]),
          p.toonMediaan(perGemeenteKengetal[i][2]), p.toonAandeel(perGemeenteKengetal[i][3])));
    }
    List<AfspraakKengetallen> afspraakLijst = new ArrayList<>();
    for (int j = 0; j < afspraken.getoond.size(); j++) {
      AfspraakInfo a = ix.afspraken.get(afspraken.getoond.get(j));
      afspraakLijst.add(new AfspraakKengetallen(a.afspraakId(), a.versieId(), a.versienummer(),
          ix.afspraakRegio.get(a.versieId()), a.azc(), a.scenario(),
          a.driegesprekNormen(), p.toon(afspraken.dossiers[j]),
          p.toonAandeel(afspraken.aandeel[j]), p.toonMediaan(afspraken.mediaan[j])));
    }
    DashboardWeergave weergave = new DashboardWeergave(
        zicht.soort().naam(),
        zicht.code(),
        inhouden.stream().map(i -> new RegioVerwijzing(i.regio().slug(), i.regio().naam())).toList(),
        p.drempel(),
        inhouden.stream().map(Inhoud::peildatum).max(Comparator.naturalOrder()).orElse(LocalDate.now(Tijdzone.NL)),
        p.toon(totaal),
        tabel(p, rijen, ix.statussen, perStatus, rijTotaal, statusTotaal, totaal),
        tabel(p, rijen, ix.scenarios, perScenario, rijTotaal, scenarioTotaal, totaal),
        lijst(p, ix.azcs, ix.azcs.stream().map(a -> a.equals(Indeling.OVERIGE_AZCS) ? "overige azc's" : a).toList(),
            perAzc, totaal),
        p.toonAandeel(driegesprekken),
        p.toonMediaan(dagenDriegesprek),
        p.toonMediaan(dagenVerhuizing),
        lijst(p, gemeenten, namen(ix, gemeenten), java.util.Arrays.copyOf(verhuizing, g), verhuizing[g]),
        lijst(p, gemeenten, namen(ix, gemeenten), java.util.Arrays.copyOf(stil, g), stil[g]),
        lijst(p, ix.typen, ix.typen, java.util.Arrays.copyOf(verlopen, ix.typen.size()),
            verlopen[ix.typen.size()]),
        p.toonAandeel(regioplaatsing),
        perGemeente,
        afspraakLijst);
    return new Gebouwd(weergave, p);
  }

  private static int[] kolomTotalen(Publicatie p, String soort, List<String> kolommen, int[][] cellen, long[][] k,
      long[][] r, boolean restOveral, int totaal) {
    int[] totalen = new int[kolommen.size()];
    for (int c = 0; c < kolommen.size(); c++) {
      long somK = 0;
      long somR = 0;
      int[] delen = new int[cellen.length];
      for (int i = 0; i < cellen.length; i++) {
        somK += k[i][c];
        somR += r[i][c];
        delen[i] = cellen[i][c];
      }
      totalen[c] = p.getal(soort + " " + kolommen.get(c), somK, somR, restOveral);
      p.som(totalen[c], delen);
    }
    p.som(totaal, totalen);
    return totalen;
  }

  /** A list per gemeente with its total (last), each item contained in the gemeente's dossiers. */
  private static int[] gemeenteLijst(Publicatie p, String naam, List<String> gemeenten, long[] k, long[] r,
      boolean[] restIn, boolean restOveral, int[] rijTotaal) {
    int[] items = new int[gemeenten.size() + 1];
    for (int i = 0; i < gemeenten.size(); i++) {
      items[i] = p.getal(naam + " " + gemeenten.get(i), k[i], r[i], restIn[i]);
      p.hoogstens(items[i], rijTotaal[i]);
    }
    items[gemeenten.size()] = p.getal(naam, Cijfers.som(k), Cijfers.som(r), restOveral);
    p.som(items[gemeenten.size()], java.util.Arrays.copyOf(items, gemeenten.size()));
    return items;
  }

  private static int somVan(Publicatie p, String naam, long[] k, long[] r, boolean restOveral, int[] delen) {
    int som = p.verborgen(naam, Cijfers.som(k), Cijfers.som(r), restOveral);
    p.som(som, delen);
    return som;
  }

  private static int mediaan(Publicatie p, String naam, List<Integer> k, List<Integer> r, boolean restMogelijk,
      int basis) {
    return p.mediaan(naam, k, r, restMogelijk, basis);
  }

  /** The region's own azc(s), when being one is a property of the azc (one region); else null. */
  private static List<Integer> regionaleAzcs(Cijfers k, Cijfers r, int nA) {
    List<Integer> regionaal = new ArrayList<>();
    for (int a = 0; a < nA; a++) {
      int vk = k.azcRegionaal[a];
      int vr = r.azcRegionaal[a];
      if (vk == -1 || vr == -1 || (vk != 2 && vr != 2 && vk != vr)) {
        return null;
      }
      if (vk == 1 || vr == 1) {
        regionaal.add(a);
      }
    }
    return regionaal;
  }

  private static List<String> namen(Indeling ix, List<String> codes) {
    return codes.stream().map(ix.gemeenten::get).toList();
  }

  private static Tabel tabel(Publicatie p, List<Code> rijen, List<String> kolommen, int[][] cellen, int[] rijTotaal,
      int[] kolomTotaal, int totaal) {
    List<List<Getal>> getallen = new ArrayList<>();
    List<Getal> rijTotalen = new ArrayList<>();
    for (int i = 0; i < cellen.length; i++) {
      List<Getal> rij = new ArrayList<>();
      for (int c : cellen[i]) {
        rij.add(p.toon(c));
      }
      getallen.add(rij);
      rijTotalen.add(p.toon(rijTotaal[i]));
    }
    List<Getal> kolomTotalen = new ArrayList<>();
    for (int c : kolomTotaal) {
      kolomTotalen.add(p.toon(c));
    }
    return new Tabel(rijen, kolommen, getallen, rijTotalen, kolomTotalen, p.toon(totaal));
  }

  private static Lijst lijst(Publicatie p, List<String> codes, List<String> namen, int[] items, int totaal) {
    List<LijstItem> lijst = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      lijst.add(new LijstItem(codes.get(i), namen.get(i), p.toon(items[i])));
    }
    return new Lijst(lijst, p.toon(totaal));
  }

  private record Afspraken(List<Integer> getoond, int[] dossiers, int[] aandeel, int[] mediaan) {}

  /**
   * Agreements and how well their driegesprek norm is met. A COA liaison sees only their azc's agreements, a
   * gemeente-medewerker only those their gemeente has dossiers under (as in the agreements module, where each
   * sees the agreements they are party to); a dashboard-viewer those with at least t dossiers (the dashboard learns
   * of an agreement only through its dossiers, so its presence alone would say "at least 1"); the coördinator all.
   * An agreement's dossiers lie within its azc's
   * (within all dossiers, when the data say otherwise); its measured driegesprekken within the view's.
   */
  private static Afspraken afspraken(Indeling ix, Zicht zicht, Publicatie p, Cijfers k, Cijfers r, int[] perAzc,
      int totaal, int gemetenTotaal, int binnenTotaal, int drempel) {
    List<Integer> getoond = new ArrayList<>();
    for (int i = 0; i < ix.afspraken.size(); i++) {
      AfspraakInfo a = ix.afspraken.get(i);
      boolean zichtbaar = switch (zicht.soort()) {
        case EIGEN_AZC -> a.azc().equals(zicht.code());
        case EIGEN_GEMEENTE -> k.afspraakDossiers[i] > 0;
        case ONDERDRUKT -> r.afspraakDossiers[i] >= drempel;
        case VOLLEDIG -> true;
      };
      if (zichtbaar) {
        getoond.add(i);
      }
    }
    int n = getoond.size();
    int[] dossiers = new int[n];
    int[] gemeten = new int[n];
    int[] binnen = new int[n];
    int[] aandeel = new int[n];
    int[] mediaan = new int[n];
    for (int j = 0; j < n; j++) {
      int i = getoond.get(j);
      AfspraakInfo a = ix.afspraken.get(i);
      boolean rest = zicht.restMogelijk(null, a.azc());
      String naam = "afspraak " + a.versieId();
      dossiers[j] = p.getal(naam, k.afspraakDossiers[i], r.afspraakDossiers[i], rest);
      if (zicht.soort() == Zicht.Soort.ONDERDRUKT) {
        p.bestaat(dossiers[j], drempel);
      }
      gemeten[j] = p.verborgen(naam + " gemeten", k.afspraakGemeten[i], r.afspraakGemeten[i], rest);
      binnen[j] = p.verborgen(naam + " binnen norm", k.afspraakBinnen[i], r.afspraakBinnen[i], rest);
      p.hoogstens(binnen[j], gemeten[j]);
      p.hoogstens(gemeten[j], dossiers[j]);
      aandeel[j] = p.aandeel(naam + " binnen norm", binnen[j], gemeten[j], dossiers[j]);
      mediaan[j] = p.mediaan(naam + " dagen tot driegesprek", k.afspraakDagenDriegesprek.get(i),
          r.afspraakDagenDriegesprek.get(i), rest, dossiers[j]);
    }
    boolean binnenAzc = k.afspraakBinnenAzc && r.afspraakBinnenAzc;
    for (int a = 0; a < ix.azcs.size(); a++) {
      String azc = ix.azcs.get(a);
      List<Integer> vanAzc = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (!binnenAzc || ix.azc(ix.afspraken.get(getoond.get(j)).azc()) == a) {
          vanAzc.add(j);
        }
      }
      if (vanAzc.isEmpty() || (!binnenAzc && a > 0)) {
        continue;
      }
      int[] delen = vanAzc.stream().mapToInt(j -> dossiers[j]).toArray();
      long somK = vanAzc.stream().mapToLong(j -> k.afspraakDossiers[getoond.get(j)]).sum();
      long somR = vanAzc.stream().mapToLong(j -> r.afspraakDossiers[getoond.get(j)]).sum();
      int som = p.verborgen("afspraken " + (binnenAzc ? azc : "samen"), somK, somR,
          binnenAzc ? zicht.restMogelijk(null, azc) : zicht.restMogelijk(null, null));
      p.som(som, delen);
      p.hoogstens(som, binnenAzc ? perAzc[a] : totaal);
    }
    if (n > 0) {
      somBinnen(p, "afspraken gemeten", gemeten, k.afspraakGemeten, r.afspraakGemeten, getoond, zicht, gemetenTotaal);
      somBinnen(p, "afspraken binnen norm", binnen, k.afspraakBinnen, r.afspraakBinnen, getoond, zicht, binnenTotaal);
    }
    return new Afspraken(getoond, dossiers, aandeel, mediaan);
  }

  private static void somBinnen(Publicatie p, String naam, int[] delen, long[] k, long[] r, List<Integer> getoond,
      Zicht zicht, int geheel) {
    long somK = getoond.stream().mapToLong(i -> k[i]).sum();
    long somR = getoond.stream().mapToLong(i -> r[i]).sum();
    int som = p.verborgen(naam, somK, somR, zicht.restMogelijk(null, null));
    p.som(som, delen);
    p.hoogstens(som, geheel);
  }
}
