package nl.doorlopendelijn.dashboard.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.tenancy.Region;

/**
 * The rows and columns of one view: every gemeente and azc of the regions (also those without dossiers, so a zero
 * shows), the statuses, scenarios ({@link Scenario}: always columns) and overdue milestone types that occur, and the
 * agreement versions shown.
 */
final class Indeling {

  /** The dossier statuses of the dossiers module: always columns, so a column's presence says nothing. */
  static final List<String> STATUSSEN = List.of("gekoppeld", "in-voorbereiding", "verhuisd", "overgedragen",
      "gesloten");
  /** The milestone types of the dossiers module: always items of the overdue list. */
  static final List<String> TYPEN = List.of("kennismaking", "driegesprek", "klantprofiel-update",
      "driegesprek-voor-verhuizing", "brede-intake",
      "pip-advies", "voorinburgering-toestemming", "voorinburgering-start", "voorinburgering-einde", "verhuizing",
      "pip-vastgesteld", "start-inburgering");
  /** On a region's dashboard: one item for every azc outside the region's own list, always present. */
  static final String OVERIGE_AZCS = "overige-azcs";

  final Map<String, String> gemeenten = new LinkedHashMap<>();
  final Map<String, Integer> gemeenteIndex = new LinkedHashMap<>();
  final List<String> statussen;
  final List<String> scenarios;
  final List<String> azcs;
  final List<String> typen;
  /** Rows, columns and items that are there only because the data have them: their presence says "at least 1". */
  final Set<String> uitDeGegevens = new java.util.HashSet<>();
  private final boolean azcsVast;
  final List<AfspraakInfo> afspraken;
  final Map<UUID, String> afspraakRegio = new LinkedHashMap<>();

  Indeling(List<Inhoud> inhouden, BiPredicate<String, String> opgenomen, boolean alleAzcsVanDeRegio) {
    Set<String> statusSet = new LinkedHashSet<>(STATUSSEN);
    Set<String> scenarioSet = new LinkedHashSet<>(Scenario.CODES);
    Set<String> azcSet = new LinkedHashSet<>();
    Set<String> typeSet = new LinkedHashSet<>(TYPEN);
    this.azcsVast = alleAzcsVanDeRegio;
    Map<UUID, AfspraakInfo> afspraakMap = new LinkedHashMap<>();
    for (Inhoud inhoud : inhouden) {
      Region regio = inhoud.regio();
      if (regio.descriptor() != null) {
        regio.descriptor().gemeenten().forEach(g -> gemeenten.putIfAbsent(g.cbsCode(), g.naam()));
        if (alleAzcsVanDeRegio) {
          azcSet.addAll(regio.descriptor().azcLocaties());
        }
      }
      if (alleAzcsVanDeRegio) {
        azcSet.add(OVERIGE_AZCS);
      }
      for (Groep g : inhoud.groepen()) {
        if (opgenomen.test(g.gemeente(), g.azc())) {
          if (gemeenten.putIfAbsent(g.gemeente(), g.gemeente()) == null) {
            uitDeGegevens.add("gemeente:" + g.gemeente());
          }
          if (statusSet.add(g.status())) {
            uitDeGegevens.add("status:" + g.status());
          }
          if (scenarioSet.add(g.scenario())) {
            uitDeGegevens.add("scenario:" + g.scenario());
          }
          if (!alleAzcsVanDeRegio) {
            azcSet.add(g.azc());
          }
          AfspraakInfo info = g.afspraakVersie() == null ? null : inhoud.afspraken().get(g.afspraakVersie());
          if (info != null) {
            afspraakMap.putIfAbsent(info.versieId(), info);
            afspraakRegio.putIfAbsent(info.versieId(), regio.slug());
          }
        }
      }
      for (VerlopenMijlpalen v : inhoud.verlopen()) {
        if (opgenomen.test(v.gemeente(), v.azc()) && typeSet.add(v.type())) {
          uitDeGegevens.add("type:" + v.type());
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

  /** The item of an azc: its own, or on a region's dashboard the one for azc's outside the region's list. */
  int azc(String code) {
    int i = azcs.indexOf(code);
    return i >= 0 || !azcsVast ? i : azcs.indexOf(OVERIGE_AZCS);
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
