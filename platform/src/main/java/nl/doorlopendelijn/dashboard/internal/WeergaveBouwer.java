package nl.doorlopendelijn.dashboard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.AfspraakKengetallen;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.Code;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.DriegesprekNorm;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.GemeenteKengetallen;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.Lijst;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.LijstItem;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.RegioVerwijzing;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.Tabel;
import nl.doorlopendelijn.dashboard.suppression.Onderdrukking;

/**
 * Builds one view of one or more regions' content: the dossiers {@code opgenomen} (a region: all; an azc: that
 * azc's), split into what the {@link Zicht} knows and the rest, published by {@link Publicatie}. Pure: no I/O.
 */
final class WeergaveBouwer {

  private WeergaveBouwer() {}

  static DashboardWeergave bouw(List<Inhoud> inhouden, Zicht zicht, BiPredicate<String, String> opgenomen,
      Onderdrukking onderdrukking, boolean alleAzcsVanDeRegio) {
    Indeling ix = new Indeling(inhouden, opgenomen, alleAzcsVanDeRegio);
    Cijfers k = new Cijfers(ix, inhouden, (g, a) -> opgenomen.test(g, a) && zicht.bekend(g, a));
    Cijfers r = new Cijfers(ix, inhouden, (g, a) -> opgenomen.test(g, a) && !zicht.bekend(g, a));
    Publicatie p = new Publicatie(onderdrukking);

    List<String> gemeenteCodes = List.copyOf(ix.gemeenten.keySet());
    List<Code> rijen = gemeenteCodes.stream().map(c -> new Code(c, ix.gemeenten.get(c))).toList();
    Publicatie.TabelCellen perStatus = p.tabel(gemeenteCodes, ix.statussen, k.gemeenteStatus, r.gemeenteStatus);
    Publicatie.TabelCellen perScenario =
        p.tabel(gemeenteCodes, ix.scenarios, k.gemeenteScenario, r.gemeenteScenario);

    List<GemeenteKengetallen> perGemeente = new ArrayList<>();
    for (int i = 0; i < gemeenteCodes.size(); i++) {
      perGemeente.add(new GemeenteKengetallen(gemeenteCodes.get(i), ix.gemeenten.get(gemeenteCodes.get(i)),
          p.aandeel(k.driegesprekBinnen[i], k.driegesprekGemeten[i], r.driegesprekBinnen[i],
              r.driegesprekGemeten[i]),
          p.mediaan(k.dagenDriegesprek.get(i), r.dagenDriegesprek.get(i)),
          p.mediaan(k.dagenVerhuizing.get(i), r.dagenVerhuizing.get(i)),
          p.aandeel(k.uitRegionaalAzc[i], k.dossiers(i), r.uitRegionaalAzc[i], r.dossiers(i))));
    }

    return new DashboardWeergave(
        zicht.soort().naam(),
        zicht.code(),
        inhouden.stream().map(i -> new RegioVerwijzing(i.regio().slug(), i.regio().naam())).toList(),
        p.drempel(),
        inhouden.stream().map(Inhoud::peildatum).max(Comparator.naturalOrder()).orElse(LocalDate.now()),
        perStatus.totaal(),
        new Tabel(rijen, ix.statussen, perStatus.cellen(), perStatus.rijTotalen(), perStatus.kolomTotalen(),
            perStatus.totaal()),
        new Tabel(rijen, ix.scenarios, perScenario.cellen(), perScenario.rijTotalen(), perScenario.kolomTotalen(),
            perScenario.totaal()),
        lijst(p, ix.azcs, ix.azcs, k.perAzc, r.perAzc),
        p.aandeel(Cijfers.som(k.driegesprekBinnen), Cijfers.som(k.driegesprekGemeten),
            Cijfers.som(r.driegesprekBinnen), Cijfers.som(r.driegesprekGemeten)),
        p.mediaan(Cijfers.alle(k.dagenDriegesprek), Cijfers.alle(r.dagenDriegesprek)),
        p.mediaan(Cijfers.alle(k.dagenVerhuizing), Cijfers.alle(r.dagenVerhuizing)),
        lijst(p, gemeenteCodes, namen(ix, gemeenteCodes), k.verhuizingZonderKlantprofiel,
            r.verhuizingZonderKlantprofiel),
        lijst(p, gemeenteCodes, namen(ix, gemeenteCodes), k.stilgevallen, r.stilgevallen),
        lijst(p, ix.typen, ix.typen, k.verlopen, r.verlopen),
        p.aandeel(Cijfers.som(k.uitRegionaalAzc), Cijfers.som(k.dossiers()), Cijfers.som(r.uitRegionaalAzc),
            Cijfers.som(r.dossiers())),
        perGemeente,
        afspraken(ix, zicht, p, k, r));
  }

  private static List<String> namen(Indeling ix, List<String> codes) {
    return codes.stream().map(ix.gemeenten::get).toList();
  }

  private static Lijst lijst(Publicatie p, List<String> codes, List<String> namen, long[] k, long[] r) {
    Publicatie.LijstCellen cellen = p.lijst(k, r);
    List<LijstItem> items = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      items.add(new LijstItem(codes.get(i), namen.get(i), cellen.cellen().get(i)));
    }
    return new Lijst(items, cellen.totaal());
  }

  /**
   * Agreements and how well their driegesprek norm is met. A COA liaison sees only their azc's agreements, a
   * gemeente-medewerker only those their gemeente has dossiers under (as in the agreements module, where each
   * sees the agreements they are party to); everyone else all of them.
   */
  private static List<AfspraakKengetallen> afspraken(Indeling ix, Zicht zicht, Publicatie p, Cijfers k, Cijfers r) {
    List<Integer> getoond = new ArrayList<>();
    for (int i = 0; i < ix.afspraken.size(); i++) {
      AfspraakInfo a = ix.afspraken.get(i);
      boolean zichtbaar = switch (zicht.soort()) {
        case EIGEN_AZC -> a.azc().equals(zicht.code());
        case EIGEN_GEMEENTE -> k.afspraakDossiers[i] > 0;
        default -> true;
      };
      if (zichtbaar) {
        getoond.add(i);
      }
    }
    long[] kd = getoond.stream().mapToLong(i -> k.afspraakDossiers[i]).toArray();
    long[] rd = getoond.stream().mapToLong(i -> r.afspraakDossiers[i]).toArray();
    Publicatie.LijstCellen dossiers = p.lijst(kd, rd);
    List<AfspraakKengetallen> lijst = new ArrayList<>();
    for (int j = 0; j < getoond.size(); j++) {
      int i = getoond.get(j);
      AfspraakInfo a = ix.afspraken.get(i);
      lijst.add(new AfspraakKengetallen(a.afspraakId(), a.versieId(), a.versienummer(),
          ix.afspraakRegio.get(a.versieId()), a.azc(), a.scenario(),
          new DriegesprekNorm(a.driegesprekAnker(), a.driegesprekDagen()), dossiers.cellen().get(j),
          p.aandeel(k.afspraakBinnen[i], k.afspraakGemeten[i], r.afspraakBinnen[i], r.afspraakGemeten[i]),
          p.mediaan(k.afspraakDagenDriegesprek.get(i), r.afspraakDagenDriegesprek.get(i))));
    }
    return lijst;
  }
}
