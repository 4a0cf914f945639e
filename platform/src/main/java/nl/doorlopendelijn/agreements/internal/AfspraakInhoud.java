package nl.doorlopendelijn.agreements.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.agreements.AfspraakMengvorm;
import nl.doorlopendelijn.agreements.AfspraakNormen;
import nl.doorlopendelijn.kernel.Inburgeringsstap;

/** The validated content of one version: what the parties sign. */
record AfspraakInhoud(
    String azcCode,
    UUID azcContactpersoonId,
    List<Partij> gemeenten,
    String scenario,
    AfspraakMengvorm mengvorm,
    AfspraakNormen normen,
    LocalDate geldigVanaf,
    LocalDate geldigTot,
    String afspraken) {

  public record Partij(String code, UUID contactpersoonId) {}

  /** The content as plain values, for the history (compared field by field). */
  public Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("azc", Map.of("code", azcCode, "contactpersoonId", azcContactpersoonId.toString()));
    m.put("gemeenten", gemeenten.stream()
        .map(g -> Map.of("cbsCode", g.code(), "contactpersoonId", g.contactpersoonId().toString())).toList());
    m.put("scenario", scenario);
    m.put("mengvorm", mengvorm == null ? null : mengvorm(mengvorm));
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("dagenTotKennismaking", normen.dagenTotKennismaking());
    n.put("driegesprekken", normen.driegesprekken().stream()
        .map(d -> Map.<String, Object>of("anker", d.anker(), "dagen", d.dagen())).toList());
    n.put("klantprofielUpdateDagenVoorVerhuizing", normen.klantprofielUpdateDagenVoorVerhuizing());
    n.put("bredeIntakeEnPipVoorVerhuizing", normen.bredeIntakeEnPipVoorVerhuizing());
    n.put("voorinburgering", Map.of("dagenTotToestemming", normen.voorinburgering().dagenTotToestemming(),
        "dagenTotStart", normen.voorinburgering().dagenTotStart(), "duurDagen", normen.voorinburgering().duurDagen()));
    n.put("rustperiodeRondVerhuizingDagen", normen.rustperiodeRondVerhuizingDagen());
    m.put("normen", n);
    m.put("geldigVanaf", geldigVanaf.toString());
    m.put("geldigTot", geldigTot == null ? null : geldigTot.toString());
    m.put("afspraken", afspraken);
    return m;
  }

  private static Map<String, Object> mengvorm(AfspraakMengvorm m) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("omschrijving", m.omschrijving());
    v.put("voorVerhuizing", m.gestructureerd() ? m.voorVerhuizing().stream().map(Inburgeringsstap::code).toList()
        : null);
    v.put("bredeIntakeNaVoorinburgering", m.bredeIntakeNaVoorinburgering());
    return v;
  }

  /** The fields that differ, as two maps (before, after) holding only those fields. */
  public static List<Map<String, Object>> verschil(Map<String, Object> oud, Map<String, Object> nieuw) {
    Map<String, Object> was = new LinkedHashMap<>();
    Map<String, Object> wordt = new LinkedHashMap<>();
    for (String key : nieuw.keySet()) {
      if (!java.util.Objects.equals(oud.get(key), nieuw.get(key))) {
        was.put(key, oud.get(key));
        wordt.put(key, nieuw.get(key));
      }
    }
    return List.of(was, wordt);
  }
}
