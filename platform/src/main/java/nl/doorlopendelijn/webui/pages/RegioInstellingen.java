package nl.doorlopendelijn.webui.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.dossiers.planning.Stilval;

/**
 * A region's settings as sentences a coördinator reads (the region's API answer, {@code GET /api/v1/regios/{regio}}):
 * its norms ("Driegesprek binnen 14 dagen na de koppeling.") and what its dashboard leaves out ("Aantallen onder 5
 * worden niet getoond ..."). Norms become sentences in {@link Normzinnen}.
 */
final class RegioInstellingen {

  private RegioInstellingen() {}

  /** The norms every dossier of the region is held to where its agreement sets none of its own ({@link Normzinnen}). */
  static List<String> normen(Map<String, Object> regio) {
    List<String> zinnen = new ArrayList<>(Normzinnen.normen(regio == null ? null : regio.get("normen")));
    zinnen.add("Een dossier dat op een woning wacht, is stilgevallen na " + Normzinnen.dagen(stilvalNaDagen(regio))
        + " zonder activiteit");
    return zinnen;
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

}
