package nl.doorlopendelijn.dashboard.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiPredicate;
import nl.doorlopendelijn.tenancy.Region;

/**
 * The rows and columns of one view: every gemeente and azc of the regions (also those without dossiers, so a zero
 * shows), the statuses, scenarios and overdue milestone types that occur, and the agreement versions shown.
 */
final class Indeling {

  static final List<String> SCENARIOS = List.of("snelle-start", "gecombineerde-aanpak", "start-na-verhuizing",
      "mengvorm");

  final Map<String, String> gemeenten = new LinkedHashMap<>();
  final Map<String, Integer> gemeenteIndex = new LinkedHashMap<>();
  final List<String> statussen;
  final List<String> scenarios;
  final List<String> azcs;
  final List<String> typen;
  final List<AfspraakInfo> afspraken;
  final Map<UUID, String> afspraakRegio = new LinkedHashMap<>();

  Indeling(List<Inhoud> inhouden, BiPredicate<String, String> opgenomen, boolean alleAzcsVanDeRegio) {
    Set<String> statusSet = new TreeSet<>();
    Set<String> scenarioSet = new LinkedHashSet<>(SCENARIOS);
    Set<String> azcSet = new LinkedHashSet<>();
    Set<String> typeSet = new TreeSet<>();
    Map<UUID, AfspraakInfo> afspraakMap = new LinkedHashMap<>();
    for (Inhoud inhoud : inhouden) {
      Region regio = inhoud.regio();
      if (regio.descriptor() != null) {
        regio.descriptor().gemeenten().forEach(g -> gemeenten.putIfAbsent(g.cbsCode(), g.naam()));
        if (alleAzcsVanDeRegio) {
          azcSet.addAll(regio.descriptor().azcLocaties());
        }
      }
      for (Groep g : inhoud.groepen()) {
        if (opgenomen.test(g.gemeente(), g.azc())) {
          gemeenten.putIfAbsent(g.gemeente(), g.gemeente());
          statusSet.add(g.status());
          scenarioSet.add(g.scenario());
          azcSet.add(g.azc());
          AfspraakInfo info = g.afspraakVersie() == null ? null : inhoud.afspraken().get(g.afspraakVersie());
          if (info != null) {
            afspraakMap.putIfAbsent(info.versieId(), info);
            afspraakRegio.putIfAbsent(info.versieId(), regio.slug());
          }
        }
      }
      for (VerlopenMijlpalen v : inhoud.verlopen()) {
        if (opgenomen.test(v.gemeente(), v.azc())) {
          typeSet.add(v.type());
        }
      }
    }
    gemeenten.keySet().forEach(code -> gemeenteIndex.put(code, gemeenteIndex.size()));
    statussen = List.copyOf(statusSet);
    scenarios = List.copyOf(scenarioSet);
    azcs = List.copyOf(azcSet);
    typen = List.copyOf(typeSet);
    List<AfspraakInfo> lijst = new ArrayList<>(afspraakMap.values());
    lijst.sort(Comparator.comparing((AfspraakInfo a) -> afspraakRegio.get(a.versieId()))
        .thenComparing(AfspraakInfo::azc).thenComparing(a -> a.afspraakId().toString())
        .thenComparingInt(AfspraakInfo::versienummer));
    afspraken = List.copyOf(lijst);
  }

  int gemeente(String code) {
    return gemeenteIndex.get(code);
  }

  int afspraak(UUID versie) {
    for (int i = 0; i < afspraken.size(); i++) {
      if (afspraken.get(i).versieId().equals(versie)) {
        return i;
      }
    }
    return -1;
  }
}
