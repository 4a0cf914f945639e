package nl.doorlopendelijn.webui.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place where norms become sentences people read: "Driegesprek binnen 14 dagen na de koppeling", never
 * {@code {anker=na-koppeling, dagen=14}}. Takes the norms as the API shows them: an agreement's
 * ({@code AfspraakNormen}, its driegesprekken a list) or a region's defaults ({@code GET /api/v1/regios/{regio}}, one
 * driegesprek); a norm the API leaves out is left out here. The agreement pages, the dossier form's explanation, the
 * region's settings and the dashboard's explanations all read them from here.
 */
public final class Normzinnen {

  private Normzinnen() {}

  /** Every norm of an agreement as a sentence, in the order of the chain. */
  public static List<String> normen(Object normen) {
    List<String> zinnen = new ArrayList<>();
    if (!(normen instanceof Map<?, ?> n)) {
      return zinnen;
    }
    if (n.get("dagenTotKennismaking") instanceof Number d) {
      zinnen.add("Kennismaking binnen " + dagen(d) + " na de koppeling");
    }
    List<?> driegesprekken = n.get("driegesprekken") instanceof List<?> lijst ? lijst
        : n.get("driegesprek") instanceof Map<?, ?> een ? List.of(een) : List.of();
    for (Object o : driegesprekken) {
      if (o instanceof Map<?, ?> m && m.get("dagen") instanceof Number d) {
        zinnen.add(driegesprek(m.get("anker"), d));
      }
    }
    if (n.get("klantprofielUpdateDagenVoorVerhuizing") instanceof Number d) {
      zinnen.add(klantprofiel(d));
    }
    if (n.get("bredeIntakeEnPipVoorVerhuizing") instanceof Boolean b) {
      zinnen.add(b ? "Brede intake en PIP-advies vóór de verhuizing" : "Brede intake en PIP-advies na de verhuizing");
    }
    if (n.get("voorinburgering") instanceof Map<?, ?> v && v.get("dagenTotToestemming") instanceof Number t
        && v.get("dagenTotStart") instanceof Number s && v.get("duurDagen") instanceof Number duur) {
      zinnen.add("Voorinburgering (als de inburgeraar toestemt): toestemming gevraagd binnen " + dagen(t)
          + " na de koppeling, start binnen " + dagen(s) + " na de toestemming, duur " + dagen(duur));
    }
    if (n.get("rustperiodeRondVerhuizingDagen") instanceof Number d) {
      zinnen.add(d.intValue() == 0 ? "Geen rustperiode rond de verhuizing"
          : "Rustperiode van " + dagen(d) + " rond de verhuizing: dan geen afspraken");
    }
    return zinnen;
  }

  /** "Driegesprek binnen 14 dagen na de koppeling" / "… voor de verhuizing", by the driegesprek's anchor. */
  public static String driegesprek(Object anker, Number dagen) {
    return switch (String.valueOf(anker)) {
      case "na-koppeling" -> "Driegesprek binnen " + dagen(dagen) + " na de koppeling";
      case "voor-verhuizing" -> "Driegesprek binnen " + dagen(dagen) + " voor de verhuizing";
      default -> "Driegesprek binnen " + dagen(dagen);
    };
  }

  /** "Klantprofiel bijgewerkt uiterlijk 14 dagen voor de verhuizing". */
  public static String klantprofiel(Number dagen) {
    return "Klantprofiel bijgewerkt uiterlijk " + dagen(dagen) + " voor de verhuizing";
  }

  /** "1 dag", "14 dagen". */
  static String dagen(Number n) {
    return n.intValue() == 1 ? "1 dag" : n.intValue() + " dagen";
  }
}
