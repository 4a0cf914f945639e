package nl.doorlopendelijn.webui.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.dossiers.planning.Stilval;

/**
 * A region's settings as sentences a coördinator reads (the region's API answer, {@code GET /api/v1/regios/{regio}}):
 * its norms ("Driegesprek binnen 14 dagen na de koppeling.") and what its dashboard leaves out ("Aantallen onder 5
 * worden niet getoond ..."). The norms of an agreement are read by {@link FormulierToelichting#normen}.
 */
final class RegioInstellingen {

  private RegioInstellingen() {}

  /** The norms every dossier of the region is held to where its agreement sets none of its own. */
  static List<String> normen(Map<String, Object> regio) {
    List<String> zinnen = new ArrayList<>();
    if (regio == null || !(regio.get("normen") instanceof Map<?, ?> n)) {
      return zinnen;
    }
    if (n.get("dagenTotKennismaking") instanceof Number d) {
      zinnen.add("Kennismaking binnen " + dagen(d) + " na de koppeling.");
    }
    if (n.get("driegesprek") instanceof Map<?, ?> g) {
      zinnen.add(driegesprek(g.get("anker"), g.get("dagen")));
    }
    if (n.get("klantprofielUpdateDagenVoorVerhuizing") instanceof Number d) {
      zinnen.add("Klantprofiel bijgewerkt " + dagen(d) + " vóór de verhuizing.");
    }
    if (n.get("rustperiodeRondVerhuizingDagen") instanceof Number d && d.intValue() > 0) {
      zinnen.add("Rustperiode van " + dagen(d) + " rond de verhuizing: dan geen afspraken.");
    }
    zinnen.add("Een dossier dat op een woning wacht, is stilgevallen na " + dagen(stilvalNaDagen(regio))
        + " zonder activiteit.");
    return zinnen;
  }

  /** "Driegesprek binnen 14 dagen na de koppeling." or "Driegesprek 14 dagen vóór de verhuizing." */
  static String driegesprek(Object anker, Object aantal) {
    Number d = aantal instanceof Number n ? n : 0;
    return "voor-verhuizing".equals(anker) ? "Driegesprek " + dagen(d) + " vóór de verhuizing."
        : "Driegesprek binnen " + dagen(d) + " na de koppeling.";
  }

  /** The region's stilval period, the dossiers' default where the region sets none. */
  static int stilvalNaDagen(Map<String, Object> regio) {
    return regio != null && regio.get("normen") instanceof Map<?, ?> n && n.get("stilvalNaDagen") instanceof Number d
        ? d.intValue() : Stilval.STANDAARD_NA_DAGEN;
  }

  /** The dashboard's small-count rule in a sentence. */
  static String drempel(int drempel) {
    return "Aantallen onder " + drempel + " (ook 0) worden op het dashboard niet getoond aan wie de dossiers erachter"
        + " niet mag zien, en evenmin een getal waaruit zo'n aantal terug te rekenen is.";
  }

  static String dagen(Number d) {
    return d.intValue() == 1 ? "1 dag" : d.intValue() + " dagen";
  }
}
