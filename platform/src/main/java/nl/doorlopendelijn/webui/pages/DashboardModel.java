package nl.doorlopendelijn.webui.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dashboard JSON of the API turned into what the page shows: key figures, tables and bar charts. A figure is
 * {@code {"waarde": n}}, {@code {"onderdrukt": true, "weergave": "x"}} (the one label, shown as such, never computed here) or
 * {@code {"geenGegevens": true}}. Bars are drawn only for figures that may be shown; a suppressed one gets none.
 */
public record DashboardModel(String peildatum, String zicht, int drempel, List<Kengetal> kengetallen, List<Tabel> tabellen,
    List<Staafdiagram> diagrammen) {

  public record Kengetal(String label, String tekst, boolean onderdrukt) {}

  public record Staaf(String label, String tekst, int procent, boolean onderdrukt) {}

  public record Staafdiagram(String titel, String id, List<Staaf> staven, String totaal) {}

  public record Rij(String label, List<String> cellen, String totaal) {}

  public record Tabel(String titel, String id, List<String> kolommen, List<Rij> rijen, List<String> kolomTotalen,
      String totaal) {}

  static DashboardModel van(Map<String, Object> d) {
    List<Kengetal> kengetallen = new ArrayList<>();
    kengetal(kengetallen, "Dossiers", d.get("dossiers"), "");
    kengetal(kengetallen, "Driegesprekken binnen de norm", d.get("driegesprekkenBinnenNorm"), "%");
    kengetal(kengetallen, "Mediaan dagen koppeling → driegesprek", d.get("mediaanDagenKoppelingTotDriegesprek"), "");
    kengetal(kengetallen, "Mediaan dagen koppeling → verhuizing", d.get("mediaanDagenKoppelingTotVerhuizing"), "");
    kengetal(kengetallen, "Regioplaatsing (uit het eigen azc)", d.get("regioplaatsing"), "%");

    List<Staafdiagram> diagrammen = new ArrayList<>();
    diagram(diagrammen, "Dossiers per azc", "per-azc", d.get("dossiersPerAzc"));
    diagram(diagrammen, "Verhuizingen binnen 14 dagen zonder klantprofiel-update", "zonder-klantprofiel",
        d.get("verhuizingenZonderKlantprofielUpdate"));
    diagram(diagrammen, "Stilgevallen dossiers", "stilgevallen", d.get("stilgevallenDossiers"));
    diagram(diagrammen, "Verlopen mijlpalen per type", "verlopen", d.get("verlopenMijlpalen"));

    List<Tabel> tabellen = new ArrayList<>();
    tabel(tabellen, "Dossiers per gemeente en status", "per-status", d.get("dossiersPerGemeenteEnStatus"));
    tabel(tabellen, "Dossiers per gemeente en scenario", "per-scenario", d.get("dossiersPerGemeenteEnScenario"));
    perGemeente(tabellen, d.get("perGemeente"));
    afspraken(tabellen, d.get("afspraken"));

    Object drempel = d.get("drempel");
    return new DashboardModel(str(d.get("peildatum")), str(d.get("zicht")),
        drempel instanceof Number n ? n.intValue() : 0, kengetallen, tabellen, diagrammen);
  }

  /** The text of a figure as the page shows it. */
  static String tekst(Object getal, String eenheid) {
    if (!(getal instanceof Map<?, ?> g)) {
      return "–";
    }
    if (Boolean.TRUE.equals(g.get("onderdrukt"))) {
      return g.get("weergave") == null ? "onderdrukt" : String.valueOf(g.get("weergave"));
    }
    if (g.get("waarde") instanceof Number n) {
      BigDecimal v = new BigDecimal(n.toString()).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
      return v.toPlainString() + eenheid;
    }
    return "–";
  }

  private static boolean onderdrukt(Object getal) {
    return getal instanceof Map<?, ?> g && Boolean.TRUE.equals(g.get("onderdrukt"));
  }

  private static double waarde(Object getal) {
    return getal instanceof Map<?, ?> g && g.get("waarde") instanceof Number n ? n.doubleValue() : 0;
  }

  private static void kengetal(List<Kengetal> lijst, String label, Object getal, String eenheid) {
    if (getal != null) {
      lijst.add(new Kengetal(label, tekst(getal, eenheid), onderdrukt(getal)));
    }
  }

  private static void diagram(List<Staafdiagram> lijst, String titel, String id, Object value) {
    if (!(value instanceof Map<?, ?> m) || !(m.get("items") instanceof List<?> items)) {
      return;
    }
    double max = items.stream().mapToDouble(i -> waarde(((Map<?, ?>) i).get("aantal"))).max().orElse(0);
    List<Staaf> staven = new ArrayList<>();
    for (Object o : items) {
      Map<?, ?> item = (Map<?, ?>) o;
      Object aantal = item.get("aantal");
      String label = item.get("naam") != null ? str(item.get("naam")) : str(item.get("code"));
      int procent = max > 0 ? (int) Math.round(100 * waarde(aantal) / max) : 0;
      staven.add(new Staaf(label, tekst(aantal, ""), procent, onderdrukt(aantal)));
    }
    lijst.add(new Staafdiagram(titel, id, staven, m.get("totaal") == null ? null : tekst(m.get("totaal"), "")));
  }

  private static void tabel(List<Tabel> lijst, String titel, String id, Object value) {
    if (!(value instanceof Map<?, ?> t) || !(t.get("rijen") instanceof List<?> rijen)) {
      return;
    }
    List<String> kolommen = t.get("kolommen") instanceof List<?> k ? k.stream().map(DashboardModel::str).toList()
        : List.of();
    List<?> cellen = t.get("cellen") instanceof List<?> c ? c : List.of();
    List<?> rijTotalen = t.get("rijTotalen") instanceof List<?> r ? r : List.of();
    List<Rij> out = new ArrayList<>();
    for (int i = 0; i < rijen.size(); i++) {
      Map<?, ?> rij = (Map<?, ?>) rijen.get(i);
      List<?> rijCellen = i < cellen.size() && cellen.get(i) instanceof List<?> rc ? rc : List.of();
      out.add(new Rij(rij.get("naam") != null ? str(rij.get("naam")) : str(rij.get("code")),
          rijCellen.stream().map(c -> tekst(c, "")).toList(),
          i < rijTotalen.size() ? tekst(rijTotalen.get(i), "") : null));
    }
    List<String> kolomTotalen = t.get("kolomTotalen") instanceof List<?> kt
        ? kt.stream().map(c -> tekst(c, "")).toList() : List.of();
    lijst.add(new Tabel(titel, id, kolommen, out, kolomTotalen, t.get("totaal") == null ? null
        : tekst(t.get("totaal"), "")));
  }

  private static void perGemeente(List<Tabel> lijst, Object value) {
    if (!(value instanceof List<?> gemeenten) || gemeenten.isEmpty()) {
      return;
    }
    List<Rij> rijen = gemeenten.stream().map(o -> (Map<?, ?>) o).map(g -> new Rij(str(g.get("naam")), List.of(
        tekst(g.get("driegesprekkenBinnenNorm"), "%"), tekst(g.get("mediaanDagenKoppelingTotDriegesprek"), ""),
        tekst(g.get("mediaanDagenKoppelingTotVerhuizing"), ""), tekst(g.get("regioplaatsing"), "%")), null)).toList();
    lijst.add(new Tabel("Kengetallen per gemeente", "per-gemeente", List.of("Driegesprekken binnen de norm",
        "Mediaan dagen tot driegesprek", "Mediaan dagen tot verhuizing", "Regioplaatsing"), rijen, List.of(), null));
  }

  private static void afspraken(List<Tabel> lijst, Object value) {
    if (!(value instanceof List<?> afspraken) || afspraken.isEmpty()) {
      return;
    }
    List<Rij> rijen = afspraken.stream().map(o -> (Map<?, ?>) o).map(a -> new Rij(
        str(a.get("azc")) + " · " + str(a.get("scenario")) + " (versie " + str(a.get("versienummer")) + ")",
        List.of(tekst(a.get("dossiers"), ""), tekst(a.get("driegesprekkenBinnenNorm"), "%"),
            tekst(a.get("mediaanDagenKoppelingTotDriegesprek"), "")), null)).toList();
    lijst.add(new Tabel("Samenwerkingsafspraken en hun normen", "afspraken", List.of("Dossiers",
        "Driegesprekken binnen de norm", "Mediaan dagen tot driegesprek"), rijen, List.of(), null));
  }

  private static String str(Object o) {
    return o == null ? "" : String.valueOf(o);
  }
}
