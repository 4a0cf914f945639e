package nl.doorlopendelijn.dashboard.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/** The raw figures of one part of a view (what the caller knows, or the rest), laid out by an {@link Indeling}. */
final class Cijfers {

  final long[][] gemeenteStatus;
  final long[][] gemeenteScenario;
  /** The joint cells behind both tables: gemeente × status × scenario. */
  final long[][][] gemeenteStatusScenario;
  /** Gemeente × azc: behind the per-azc list and regioplaatsing. */
  final long[][] gemeenteAzc;
  /** Per azc whether its dossiers count as from the region's own azc: 1 yes, 0 no, -1 mixed (several regions). */
  final int[] azcRegionaal;
  /** Whether every dossier under an agreement has that agreement's azc (then agreements count within their azc). */
  boolean afspraakBinnenAzc = true;
  final long[] perAzc;
  final long[] verhuizingZonderKlantprofiel;
  final long[] stilgevallen;
  final long[] verlopen;
  final long[] driegesprekBinnen;
  final long[] driegesprekGemeten;
  final long[] uitRegionaalAzc;
  final long[] afspraakDossiers;
  final long[] afspraakBinnen;
  final long[] afspraakGemeten;
  final List<List<Integer>> dagenDriegesprek = new ArrayList<>();
  final List<List<Integer>> dagenVerhuizing = new ArrayList<>();
  final List<List<Integer>> afspraakDagenDriegesprek = new ArrayList<>();

  Cijfers(Indeling ix, List<Inhoud> inhouden, BiPredicate<String, String> deel) {
    int g = ix.gemeenten.size();
    gemeenteStatus = new long[g][ix.statussen.size()];
    gemeenteScenario = new long[g][ix.scenarios.size()];
    gemeenteStatusScenario = new long[g][ix.statussen.size()][ix.scenarios.size()];
    gemeenteAzc = new long[g][ix.azcs.size()];
    azcRegionaal = new int[ix.azcs.size()];
    java.util.Arrays.fill(azcRegionaal, 2);
    perAzc = new long[ix.azcs.size()];
    verhuizingZonderKlantprofiel = new long[g];
    stilgevallen = new long[g];
    verlopen = new long[ix.typen.size()];
    driegesprekBinnen = new long[g];
    driegesprekGemeten = new long[g];
    uitRegionaalAzc = new long[g];
    int a = ix.afspraken.size();
    afspraakDossiers = new long[a];
    afspraakBinnen = new long[a];
    afspraakGemeten = new long[a];
    for (int i = 0; i < g; i++) {
      dagenDriegesprek.add(new ArrayList<>());
      dagenVerhuizing.add(new ArrayList<>());
    }
    for (int i = 0; i < a; i++) {
      afspraakDagenDriegesprek.add(new ArrayList<>());
    }
    for (Inhoud inhoud : inhouden) {
      for (Groep groep : inhoud.groepen()) {
        if (deel.test(groep.gemeente(), groep.azc())) {
          tel(ix, groep);
        }
      }
      for (VerlopenMijlpalen v : inhoud.verlopen()) {
        if (deel.test(v.gemeente(), v.azc())) {
          verlopen[ix.typen.indexOf(v.type())] += v.aantal();
        }
      }
    }
  }

  private void tel(Indeling ix, Groep groep) {
    int r = ix.gemeente(groep.gemeente());
    gemeenteStatus[r][ix.statussen.indexOf(groep.status())] += groep.aantal();
    gemeenteScenario[r][ix.scenarios.indexOf(groep.scenario())] += groep.aantal();
    int azc = ix.azc(groep.azc());
    perAzc[azc] += groep.aantal();
    gemeenteStatusScenario[r][ix.statussen.indexOf(groep.status())][ix.scenarios.indexOf(groep.scenario())] +=
        groep.aantal();
    gemeenteAzc[r][azc] += groep.aantal();
    int regionaal = groep.regionaalAzc() ? 1 : 0;
    azcRegionaal[azc] = azcRegionaal[azc] == 2 || azcRegionaal[azc] == regionaal ? regionaal : -1;
    verhuizingZonderKlantprofiel[r] += groep.verhuizingZonderKlantprofiel();
    stilgevallen[r] += groep.stilgevallen();
    driegesprekBinnen[r] += groep.driegesprekBinnenNorm();
    driegesprekGemeten[r] += groep.driegesprekGemeten();
    if (groep.regionaalAzc()) {
      uitRegionaalAzc[r] += groep.aantal();
    }
    dagenDriegesprek.get(r).addAll(groep.dagenTotDriegesprek());
    dagenVerhuizing.get(r).addAll(groep.dagenTotVerhuizing());
    int af = groep.afspraakVersie() == null ? -1 : ix.afspraak(groep.afspraakVersie());
    if (af >= 0) {
      afspraakBinnenAzc &= ix.azc(ix.afspraken.get(af).azc()) == azc;
      afspraakDossiers[af] += groep.aantal();
      afspraakBinnen[af] += groep.driegesprekBinnenNorm();
      afspraakGemeten[af] += groep.driegesprekGemeten();
      afspraakDagenDriegesprek.get(af).addAll(groep.dagenTotDriegesprek());
    }
  }

  long dossiers(int gemeente) {
    long som = 0;
    for (long n : gemeenteStatus[gemeente]) {
      som += n;
    }
    return som;
  }

  long[] dossiers() {
    long[] perGemeente = new long[gemeenteStatus.length];
    for (int i = 0; i < perGemeente.length; i++) {
      perGemeente[i] = dossiers(i);
    }
    return perGemeente;
  }

  static long som(long[] waarden) {
    long som = 0;
    for (long n : waarden) {
      som += n;
    }
    return som;
  }

  static List<Integer> alle(List<List<Integer>> perRij) {
    List<Integer> alle = new ArrayList<>();
    perRij.forEach(alle::addAll);
    return alle;
  }
}
