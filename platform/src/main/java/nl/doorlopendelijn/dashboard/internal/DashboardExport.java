package nl.doorlopendelijn.dashboard.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.doorlopendelijn.dashboard.DashboardNamen;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.Getal;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.Lijst;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.LijstItem;
import nl.doorlopendelijn.dashboard.internal.DashboardWeergave.Tabel;
import nl.doorlopendelijn.dashboard.suppression.Onderdrukt;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.web.TabularFiles.Sheet;

/**
 * A view as sheets, one per table of the dashboard, made of nothing but the view itself (the object the API's JSON
 * and the page are written from): so an export shows exactly the figures of the page, and a suppressed figure only
 * as its one label ({@link Onderdrukt#LABEL}), never a number, because the view holds none. A figure with nothing to
 * compute it from is {@link #GEEN_GEGEVENS}, as on the page. Counts are whole numbers, shares percentages (15.8 for
 * 15,8%), medians days. Pure: no I/O.
 */
final class DashboardExport {

  /** What the page shows for a figure without data. */
  static final String GEEN_GEGEVENS = "–";

  static final String KERNCIJFERS = "Kerncijfers";
  static final String PER_STATUS = "Per gemeente en status";
  static final String PER_SCENARIO = "Per gemeente en scenario";
  static final String PER_AZC = "Dossiers per azc";
  static final String ZONDER_KLANTPROFIEL = "Zonder klantprofiel-update";
  static final String STILGEVALLEN = "Stilgevallen dossiers";
  static final String VERLOPEN = "Verlopen mijlpalen";
  static final String PER_GEMEENTE = "Kengetallen per gemeente";
  static final String AFSPRAKEN = "Samenwerkingsafspraken";
  static final String TOELICHTING = "Toelichting";

  private DashboardExport() {}

  static List<Sheet> bladen(DashboardWeergave w, DashboardNamen.Woorden namen) {
    Function<String, String> status = c -> namen.statussen().getOrDefault(c, c);
    Function<String, String> scenario = c -> Scenario.vanCode(c).map(Scenario::label).orElse(c);
    List<Sheet> bladen = new ArrayList<>();
    bladen.add(new Sheet(KERNCIJFERS, List.of("Kengetal", "Waarde"), List.of(
        List.of("Dossiers", cel(w.dossiers())),
        List.of("Driegesprekken binnen de norm (%)", cel(w.driegesprekkenBinnenNorm())),
        List.of("Mediaan dagen koppeling → driegesprek", cel(w.mediaanDagenKoppelingTotDriegesprek())),
        List.of("Mediaan dagen koppeling → verhuizing", cel(w.mediaanDagenKoppelingTotVerhuizing())),
        List.of("Regioplaatsing, uit het eigen azc (%)", cel(w.regioplaatsing())))));
    tabel(bladen, PER_STATUS, w.dossiersPerGemeenteEnStatus(), status);
    tabel(bladen, PER_SCENARIO, w.dossiersPerGemeenteEnScenario(), scenario);
    lijst(bladen, PER_AZC, "Azc", "Dossiers", w.dossiersPerAzc(), i -> namen.azcs().getOrDefault(i.code(),
        i.naam() == null ? i.code() : i.naam()));
    lijst(bladen, ZONDER_KLANTPROFIEL, "Gemeente", "Verhuizingen binnen 14 dagen zonder bijgewerkt klantprofiel",
        w.verhuizingenZonderKlantprofielUpdate(), DashboardExport::naam);
    lijst(bladen, STILGEVALLEN, "Gemeente", "Stilgevallen dossiers", w.stilgevallenDossiers(),
        DashboardExport::naam);
    lijst(bladen, VERLOPEN, "Mijlpaal", "Verlopen mijlpalen", w.verlopenMijlpalen(),
        i -> namen.mijlpalen().getOrDefault(i.code(), i.code()));
    if (w.perGemeente() != null && !w.perGemeente().isEmpty()) {
      bladen.add(new Sheet(PER_GEMEENTE, List.of("Gemeente", "Driegesprekken binnen de norm (%)",
          "Mediaan dagen tot driegesprek", "Mediaan dagen tot verhuizing", "Regioplaatsing (%)"),
          w.perGemeente().stream().map(g -> List.of(g.naam() == null ? g.code() : g.naam(), cel(g.driegesprekkenBinnenNorm()),
              cel(g.mediaanDagenKoppelingTotDriegesprek()), cel(g.mediaanDagenKoppelingTotVerhuizing()),
              cel(g.regioplaatsing()))).toList()));
    }
    if (w.afspraken() != null && !w.afspraken().isEmpty()) {
      bladen.add(new Sheet(AFSPRAKEN, List.of("Afspraak", "Norm driegesprek", "Dossiers",
          "Driegesprekken binnen de norm (%)", "Mediaan dagen tot driegesprek"),
          w.afspraken().stream().map(a -> List.of(
              namen.azcs().getOrDefault(a.azc(), a.azc()) + " · " + scenario.apply(a.scenario()) + " (versie "
                  + a.versienummer() + ")",
              normen(a.driegesprekNormen()), cel(a.dossiers()), cel(a.driegesprekkenBinnenNorm()),
              cel(a.mediaanDagenKoppelingTotDriegesprek()))).toList()));
    }
    bladen.add(new Sheet(TOELICHTING, List.of("Onderdeel", "Waarde"), List.of(
        List.of("Regio's", String.join(", ", w.regios().stream().map(DashboardWeergave.RegioVerwijzing::naam)
            .toList())),
        List.of("Peildatum", w.peildatum()),
        List.of("Drempel kleine aantallen", w.drempel()),
        List.of(Onderdrukt.LABEL, "Niet getoond: het berust op minder dan " + w.drempel() + " dossiers die u niet"
            + " mag zien, of zou zo'n klein aantal laten terugrekenen (dezelfde onderdrukking als op het dashboard)"),
        List.of(GEEN_GEGEVENS, "Geen gegevens om het uit te berekenen"))));
    return bladen;
  }

  /** A figure's cell: its number, or the label of a suppressed figure, or the sign for no data. */
  static Object cel(Getal getal) {
    if (getal == null || Boolean.TRUE.equals(getal.geenGegevens())) {
      return GEEN_GEGEVENS;
    }
    if (Boolean.TRUE.equals(getal.onderdrukt())) {
      return getal.weergave();
    }
    return getal.waarde() == null ? GEEN_GEGEVENS : getal.waarde();
  }

  /** The number of data rows over all sheets (the audit's row count). */
  static int rijen(List<Sheet> bladen) {
    return bladen.stream().mapToInt(b -> b.rows().size()).sum();
  }

  private static void tabel(List<Sheet> bladen, String naam, Tabel t, Function<String, String> kolomNaam) {
    if (t == null) {
      return;
    }
    List<String> kop = new ArrayList<>(List.of("Gemeente"));
    t.kolommen().forEach(k -> kop.add(kolomNaam.apply(k)));
    kop.add("Totaal");
    List<List<Object>> rijen = new ArrayList<>();
    for (int i = 0; i < t.rijen().size(); i++) {
      List<Object> rij = new ArrayList<>();
      rij.add(t.rijen().get(i).naam() == null ? t.rijen().get(i).code() : t.rijen().get(i).naam());
      t.cellen().get(i).forEach(c -> rij.add(cel(c)));
      rij.add(cel(t.rijTotalen().get(i)));
      rijen.add(rij);
    }
    List<Object> totaal = new ArrayList<>(List.of("Totaal"));
    t.kolomTotalen().forEach(c -> totaal.add(cel(c)));
    totaal.add(cel(t.totaal()));
    rijen.add(totaal);
    bladen.add(new Sheet(naam, kop, rijen));
  }

  private static void lijst(List<Sheet> bladen, String naam, String kop, String aantal, Lijst l,
      Function<LijstItem, String> itemNaam) {
    if (l == null) {
      return;
    }
    List<List<Object>> rijen = new ArrayList<>();
    l.items().forEach(i -> rijen.add(List.of(itemNaam.apply(i), cel(i.aantal()))));
    rijen.add(List.of("Totaal", cel(l.totaal())));
    bladen.add(new Sheet(naam, List.of(kop, aantal), rijen));
  }

  private static String naam(LijstItem i) {
    return i.naam() == null ? i.code() : i.naam();
  }

  private static String normen(List<DashboardWeergave.DriegesprekNorm> normen) {
    if (normen == null || normen.isEmpty()) {
      return "Geen";
    }
    return String.join(" ", normen.stream().map(n -> "Driegesprek binnen " + (n.dagen() == 1 ? "1 dag"
        : n.dagen() + " dagen") + switch (n.anker()) {
          case "na-koppeling" -> " na de koppeling.";
          case "voor-verhuizing" -> " voor de verhuizing.";
          default -> ".";
        }).toList());
  }
}
