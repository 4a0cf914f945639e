package nl.doorlopendelijn.webui.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.doorlopendelijn.kernel.Nederlands;

/**
 * The dashboard JSON of the API turned into what the page shows: key figures, tables and bar charts, each with what
 * it counts and the norm it is held to, in Dutch, and (for who may see the dossiers behind it) a link to the
 * filtered dossier list. A figure is {@code {"waarde": n}}, {@code {"onderdrukt": true, "weergave": "x"}} (the one
 * label, shown as such, never computed here) or {@code {"geenGegevens": true}}. Bars are drawn only for figures that
 * may be shown; a suppressed one gets none, and no link.
 */
public record DashboardModel(String peildatum, String zicht, int drempel, String drempelUitleg,
    List<Kengetal> kengetallen, List<Tabel> tabellen, List<Staafdiagram> diagrammen) {

  /** A key figure; {@code link} to the dossiers it counts, or null. */
  public record Kengetal(String id, String label, String tekst, boolean onderdrukt, String uitleg, String link,
      String linkTekst) {}

  public record Staaf(String label, String tekst, int procent, boolean onderdrukt, String link) {}

  public record Staafdiagram(String titel, String id, List<Staaf> staven, Cel totaal, String uitleg) {}

  /** A cell as shown, with a link to the dossiers behind it (or null). */
  public record Cel(String tekst, String link) {}

  public record Rij(String label, List<Cel> cellen, Cel totaal) {}

  public record Tabel(String titel, String id, String kop, List<String> kolommen, List<Rij> rijen,
      List<Cel> kolomTotalen, Cel totaal, String uitleg) {}

  /**
   * What the page knows beside the dashboard's JSON.
   *
   * @param dossierLijst the region's dossier list ({@code /regio/{regio}/dossiers}) for the figures' links; null for
   *     who may not see dossiers (a dashboard-viewer) and where no one list holds them (the azc across regions)
   * @param driegesprekNorm the region's driegesprek norm as a sentence, or null
   * @param klantprofielNorm the region's klantprofiel norm as a sentence, or null
   * @param stilvalNaDagen after how many days without activity a dossier waiting for a house is stalled
   */
  public record Omgeving(String dossierLijst, String driegesprekNorm, String klantprofielNorm, int stilvalNaDagen) {

    static Omgeving zonderLinks() {
      return new Omgeving(null, null, null, nl.doorlopendelijn.dossiers.planning.Stilval.STANDAARD_NA_DAGEN);
    }

    /** The region's settings ({@code GET /api/v1/regios/{regio}}) and, when given, its dossier list for links. */
    static Omgeving van(Map<String, Object> regio, String dossierLijst) {
      String driegesprek = null;
      String klantprofiel = null;
      if (regio != null && regio.get("normen") instanceof Map<?, ?> n) {
        if (n.get("driegesprek") instanceof Map<?, ?> g) {
          driegesprek = g.get("dagen") instanceof Number d ? Normzinnen.driegesprek(g.get("anker"), d) + "." : null;
        }
        if (n.get("klantprofielUpdateDagenVoorVerhuizing") instanceof Number d) {
          klantprofiel = Normzinnen.klantprofiel(d) + ".";
        }
      }
      return new Omgeving(dossierLijst, driegesprek, klantprofiel, RegioInstellingen.stilvalNaDagen(regio));
    }
  }

  static DashboardModel van(Map<String, Object> d, Namen.Woordenboek namen, Omgeving omgeving) {
    Koppelingen links = new Koppelingen(omgeving.dossierLijst(), str(d.get("zicht")), str(d.get("eigenCode")));
    String drieNorm = omgeving.driegesprekNorm() == null
        ? " De norm is die van de samenwerkingsafspraak van het dossier (zie de normen per afspraak hieronder)."
        : " De norm is die van de samenwerkingsafspraak van het dossier; in de regio geldt: "
            + omgeving.driegesprekNorm();
    List<Kengetal> kengetallen = new ArrayList<>();
    kengetal(kengetallen, "dossiers", "Dossiers", d.get("dossiers"), "",
        "Het aantal overdrachtsdossiers in dit dashboard.", links.alle(d.get("dossiers")), "Naar deze dossiers");
    kengetal(kengetallen, "driegesprekken", "Driegesprekken binnen de norm", d.get("driegesprekkenBinnenNorm"), "%",
        "Het deel van de dossiers met een gehouden of te laat driegesprek waarin elk driegesprek op tijd is gehouden"
            + " (of nog niet vervallen is)." + drieNorm,
        links.regio(Map.of("signaal", "driegesprek-buiten-norm")), "Dossiers met een driegesprek buiten de norm");
    kengetal(kengetallen, "mediaan-driegesprek", "Mediaan dagen koppeling → driegesprek",
        d.get("mediaanDagenKoppelingTotDriegesprek"), "",
        "De middelste waarde van het aantal dagen tussen de koppeling en het eerste gehouden driegesprek." + drieNorm,
        null, null);
    kengetal(kengetallen, "mediaan-verhuizing", "Mediaan dagen koppeling → verhuizing",
        d.get("mediaanDagenKoppelingTotVerhuizing"), "",
        "De middelste waarde van het aantal dagen tussen de koppeling en de verhuizing, over de verhuisde"
            + " inburgeraars.", null, null);
    kengetal(kengetallen, "regioplaatsing", "Regioplaatsing (uit het eigen azc)", d.get("regioplaatsing"), "%",
        "Het deel van de inburgeraars van de regio dat uit het regionale azc komt.", null, null);

    List<Staafdiagram> diagrammen = new ArrayList<>();
    diagram(diagrammen, "Dossiers per azc", "per-azc", d.get("dossiersPerAzc"),
        "Het aantal dossiers per azc waar de inburgeraars vandaan komen.", namen::azc, null, null);
    diagram(diagrammen, "Verhuizingen binnen 14 dagen zonder bijgewerkt klantprofiel", "zonder-klantprofiel",
        d.get("verhuizingenZonderKlantprofielUpdate"),
        "Open dossiers per gemeente met een verwachte verhuizing vandaag of in de komende 14 dagen, waarvan het"
            + " klantprofiel nog niet is bijgewerkt."
            + (omgeving.klantprofielNorm() == null ? "" : " Norm van de regio: " + omgeving.klantprofielNorm()),
        namen::gemeente, code -> links.gemeente(code, Map.of("signaal", "verhuizing-zonder-klantprofiel")),
        links.regio(Map.of("signaal", "verhuizing-zonder-klantprofiel")));
    diagram(diagrammen, "Stilgevallen dossiers", "stilgevallen", d.get("stilgevallenDossiers"),
        "Open dossiers per gemeente die op een woning wachten en "
            + Normzinnen.dagen(omgeving.stilvalNaDagen())
            + " geen activiteit hebben gehad (het signaal Stilgevallen).",
        namen::gemeente, code -> links.gemeente(code, Map.of("signaal", "stilval")),
        links.regio(Map.of("signaal", "stilval")));
    diagram(diagrammen, "Verlopen mijlpalen per type", "verlopen", d.get("verlopenMijlpalen"),
        "Open mijlpalen van open dossiers waarvan de vervaldatum voorbij is, per soort mijlpaal. Het totaal leidt"
            + " naar de dossiers met het signaal Mijlpaal te laat.",
        namen::mijlpaalKop, code -> null, links.regio(Map.of("signaal", "te-laat")));

    List<Tabel> tabellen = new ArrayList<>();
    tabel(tabellen, "Dossiers per gemeente en status", "per-status", d.get("dossiersPerGemeenteEnStatus"),
        "Het aantal dossiers per gemeente (rij) en status (kolom), met de totalen.", namen::status, "status", links);
    tabel(tabellen, "Dossiers per gemeente en scenario", "per-scenario", d.get("dossiersPerGemeenteEnScenario"),
        "Het aantal dossiers per gemeente (rij) en gekozen scenario (kolom), met de totalen.", namen::scenario,
        "scenario", links);
    perGemeente(tabellen, d.get("perGemeente"));
    afspraken(tabellen, d.get("afspraken"), namen);

    Object drempel = d.get("drempel");
    int t = drempel instanceof Number n ? n.intValue() : 5;
    return new DashboardModel(Nederlands.datum(str(d.get("peildatum"))), str(d.get("zicht")), t,
        RegioInstellingen.drempel(t), kengetallen, tabellen, diagrammen);
  }

  /**
   * Links from figures to the filtered dossier list, for who sees the dossiers they count: the whole region
   * ({@code volledig}); of a gemeente-medewerker's view only her own gemeente (the other rows count dossiers she does
   * not see). None for a suppressed view, a liaison's azc view, or a suppressed or zero figure.
   */
  private record Koppelingen(String lijst, String zicht, String eigenCode) {

    String alle(Object getal) {
      return regio(Map.of()) == null || !zichtbaar(getal) ? null : lijst;
    }

    String regio(Map<String, String> filter) {
      return lijst == null || !"volledig".equals(zicht) ? null : Paden.metQuery(lijst, filter);
    }

    String gemeente(String code, Map<String, String> filter) {
      if (lijst == null || code == null || code.isEmpty()) {
        return null;
      }
      boolean mag = "volledig".equals(zicht) || "eigen-gemeente".equals(zicht) && code.equals(eigenCode);
      Map<String, String> f = new LinkedHashMap<>();
      f.put("gemeente", code);
      f.putAll(filter);
      return mag ? Paden.metQuery(lijst, f) : null;
    }

    static boolean zichtbaar(Object getal) {
      return getal instanceof Map<?, ?> g && g.get("waarde") instanceof Number n && n.doubleValue() > 0;
    }
  }

  /** The text of a figure as the page shows it: Dutch numbers, a percentage with a decimal comma. */
  static String tekst(Object getal, String eenheid) {
    if (!(getal instanceof Map<?, ?> g)) {
      return "–";
    }
    if (Boolean.TRUE.equals(g.get("onderdrukt"))) {
      return g.get("weergave") == null ? "onderdrukt" : String.valueOf(g.get("weergave"));
    }
    if (g.get("waarde") instanceof Number n) {
      return "%".equals(eenheid) ? Nederlands.procent(n) : Nederlands.getal(n);
    }
    return "–";
  }

  private static boolean onderdrukt(Object getal) {
    return getal instanceof Map<?, ?> g && Boolean.TRUE.equals(g.get("onderdrukt"));
  }

  private static double waarde(Object getal) {
    return getal instanceof Map<?, ?> g && g.get("waarde") instanceof Number n ? n.doubleValue() : 0;
  }

  private static void kengetal(List<Kengetal> lijst, String id, String label, Object getal, String eenheid,
      String uitleg, String link, String linkTekst) {
    if (getal != null) {
      String uitlegMetDrempel = onderdrukt(getal) ? uitleg + " Niet getoond: het berust op te weinig dossiers die u"
          + " niet mag zien, of zou zo'n klein aantal laten terugrekenen." : uitleg;
      lijst.add(new Kengetal(id, label, tekst(getal, eenheid), onderdrukt(getal), uitlegMetDrempel,
          Koppelingen.zichtbaar(getal) ? link : null, linkTekst));
    }
  }

  private static void diagram(List<Staafdiagram> lijst, String titel, String id, Object value, String uitleg,
      Function<String, String> naam, Function<String, String> link, String totaalLink) {
    if (!(value instanceof Map<?, ?> m) || !(m.get("items") instanceof List<?> items)) {
      return;
    }
    double max = items.stream().mapToDouble(i -> waarde(((Map<?, ?>) i).get("aantal"))).max().orElse(0);
    List<Staaf> staven = new ArrayList<>();
    for (Object o : items) {
      Map<?, ?> item = (Map<?, ?>) o;
      Object aantal = item.get("aantal");
      String code = str(item.get("code"));
      // the one translator first: the API's list names an azc or a milestone by its code
      String vertaald = naam.apply(code);
      String label = !vertaald.equals(code) || item.get("naam") == null ? vertaald : str(item.get("naam"));
      int procent = max > 0 ? (int) Math.round(100 * waarde(aantal) / max) : 0;
      staven.add(new Staaf(label, tekst(aantal, ""), procent, onderdrukt(aantal),
          link == null || !Koppelingen.zichtbaar(aantal) ? null : link.apply(code)));
    }
    Cel totaal = m.get("totaal") == null ? null
        : new Cel(tekst(m.get("totaal"), ""), Koppelingen.zichtbaar(m.get("totaal")) ? totaalLink : null);
    lijst.add(new Staafdiagram(titel, id, staven, totaal, uitleg));
  }

  private static void tabel(List<Tabel> lijst, String titel, String id, Object value, String uitleg,
      Function<String, String> kolomNaam, String kolomFilter, Koppelingen links) {
    if (!(value instanceof Map<?, ?> t) || !(t.get("rijen") instanceof List<?> rijen)) {
      return;
    }
    List<String> codes = t.get("kolommen") instanceof List<?> k ? k.stream().map(DashboardModel::str).toList()
        : List.of();
    List<?> cellen = t.get("cellen") instanceof List<?> c ? c : List.of();
    List<?> rijTotalen = t.get("rijTotalen") instanceof List<?> r ? r : List.of();
    List<Rij> out = new ArrayList<>();
    for (int i = 0; i < rijen.size(); i++) {
      Map<?, ?> rij = (Map<?, ?>) rijen.get(i);
      String gemeente = str(rij.get("code"));
      List<?> rijCellen = i < cellen.size() && cellen.get(i) instanceof List<?> rc ? rc : List.of();
      List<Cel> getoond = new ArrayList<>();
      for (int k = 0; k < rijCellen.size(); k++) {
        Object c = rijCellen.get(k);
        String link = k < codes.size() && Koppelingen.zichtbaar(c)
            ? links.gemeente(gemeente, Map.of(kolomFilter, codes.get(k))) : null;
        getoond.add(new Cel(tekst(c, ""), link));
      }
      Object rijTotaal = i < rijTotalen.size() ? rijTotalen.get(i) : null;
      out.add(new Rij(rij.get("naam") != null ? str(rij.get("naam")) : gemeente, getoond, rijTotaal == null ? null
          : new Cel(tekst(rijTotaal, ""), Koppelingen.zichtbaar(rijTotaal) ? links.gemeente(gemeente, Map.of())
              : null)));
    }
    List<Cel> kolomTotalen = new ArrayList<>();
    if (t.get("kolomTotalen") instanceof List<?> kt) {
      for (int k = 0; k < kt.size(); k++) {
        Object c = kt.get(k);
        kolomTotalen.add(new Cel(tekst(c, ""), k < codes.size() && Koppelingen.zichtbaar(c)
            ? links.regio(Map.of(kolomFilter, codes.get(k))) : null));
      }
    }
    Cel totaal = t.get("totaal") == null ? null : new Cel(tekst(t.get("totaal"), ""), links.alle(t.get("totaal")));
    lijst.add(new Tabel(titel, id, "Gemeente", codes.stream().map(kolomNaam).toList(), out, kolomTotalen, totaal,
        uitleg));
  }

  private static void perGemeente(List<Tabel> lijst, Object value) {
    if (!(value instanceof List<?> gemeenten) || gemeenten.isEmpty()) {
      return;
    }
    List<Rij> rijen = gemeenten.stream().map(o -> (Map<?, ?>) o).map(g -> new Rij(str(g.get("naam")), List.of(
        cel(g.get("driegesprekkenBinnenNorm"), "%"), cel(g.get("mediaanDagenKoppelingTotDriegesprek"), ""),
        cel(g.get("mediaanDagenKoppelingTotVerhuizing"), ""), cel(g.get("regioplaatsing"), "%")), null)).toList();
    lijst.add(new Tabel("Kengetallen per gemeente", "per-gemeente", "Gemeente", List.of(
        "Driegesprekken binnen de norm", "Mediaan dagen tot driegesprek", "Mediaan dagen tot verhuizing",
        "Regioplaatsing"), rijen, List.of(), null,
        "De kerncijfers hierboven per gemeente, met dezelfde betekenis en normen."));
  }

  private static void afspraken(List<Tabel> lijst, Object value, Namen.Woordenboek namen) {
    if (!(value instanceof List<?> afspraken) || afspraken.isEmpty()) {
      return;
    }
    List<Rij> rijen = afspraken.stream().map(o -> (Map<?, ?>) o).map(a -> new Rij(
        namen.azc(str(a.get("azc"))) + " · " + namen.scenario(str(a.get("scenario"))) + " (versie "
            + str(a.get("versienummer")) + ")",
        List.of(new Cel(normen(a.get("driegesprekNormen")), null), cel(a.get("dossiers"), ""),
            cel(a.get("driegesprekkenBinnenNorm"), "%"), cel(a.get("mediaanDagenKoppelingTotDriegesprek"), "")),
        null)).toList();
    lijst.add(new Tabel("Samenwerkingsafspraken en hun normen", "afspraken", "Afspraak", List.of("Norm driegesprek",
        "Dossiers", "Driegesprekken binnen de norm", "Mediaan dagen tot driegesprek"), rijen, List.of(), null,
        "Per samenwerkingsafspraak (versie) de norm voor het driegesprek waar haar dossiers aan worden gehouden, het"
            + " aantal dossiers, het deel driegesprekken binnen die norm en de mediaan."));
  }

  /** An agreement's driegesprek norms as sentences. */
  private static String normen(Object driegesprekken) {
    if (!(driegesprekken instanceof List<?> l) || l.isEmpty()) {
      return "Geen";
    }
    List<String> zinnen = new ArrayList<>();
    for (Object o : l) {
      if (o instanceof Map<?, ?> g && g.get("dagen") instanceof Number d) {
        zinnen.add(Normzinnen.driegesprek(g.get("anker"), d) + ".");
      }
    }
    return String.join(" ", zinnen);
  }

  private static Cel cel(Object getal, String eenheid) {
    return new Cel(tekst(getal, eenheid), null);
  }

  private static String str(Object o) {
    return o == null ? "" : String.valueOf(o);
  }
}
