package nl.doorlopendelijn.webui.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.doorlopendelijn.kernel.Nederlands;
import nl.doorlopendelijn.kernel.Scenario;

/**
 * What the dossier form shows beside the fields, in words: the scenario advice with its reasons (from the API's
 * {@code ScenarioAdvies}) and the agreement in force for the chosen gemeente and azc (from a
 * {@code Samenwerkingsafspraak}), its norms as sentences. Pure: JSON maps in, records for the template out.
 */
final class FormulierToelichting {

  private FormulierToelichting() {}

  /** An advice: the scenario by its Dutch name, the reasons, and why not the others. */
  public record Advies(String scenario, String scenarioCode, List<String> redenen, List<Alternatief> alternatieven) {}

  public record Alternatief(String scenario, String waaromNiet) {}

  /** The agreement in force: a title with its parties by name, its version, scenario, validity and norms. */
  public record Afspraak(String titel, int versie, String scenario, String geldig, List<String> normen) {}

  static Advies advies(Map<String, Object> json) {
    List<Alternatief> alternatieven = new ArrayList<>();
    if (json.get("alternatieven") instanceof List<?> l) {
      for (Object a : l) {
        if (a instanceof Map<?, ?> m) {
          alternatieven.add(new Alternatief(scenarioNaam(m.get("scenario")), String.valueOf(m.get("waaromNiet"))));
        }
      }
    }
    List<String> redenen = json.get("redenen") instanceof List<?> r ? r.stream().map(String::valueOf).toList()
        : List.of();
    return new Advies(scenarioNaam(json.get("scenario")), String.valueOf(json.get("scenario")), redenen,
        alternatieven);
  }

  /**
   * @param gemeenteNaam the name of a gemeente by its CBS code (the code itself when unknown)
   * @param azcNaam the name of an azc-locatie by its code
   */
  static Afspraak afspraak(Map<String, Object> json, Function<String, String> gemeenteNaam,
      Function<String, String> azcNaam) {
    String azc = json.get("azc") instanceof Map<?, ?> a ? azcNaam.apply(String.valueOf(a.get("code"))) : "het azc";
    List<String> gemeenten = new ArrayList<>();
    if (json.get("gemeenten") instanceof List<?> l) {
      for (Object g : l) {
        if (g instanceof Map<?, ?> m) {
          gemeenten.add(gemeenteNaam.apply(String.valueOf(m.get("cbsCode"))));
        }
      }
    }
    String titel = "Samenwerkingsafspraak " + azc + " met " + opsomming(gemeenten);
    int versie = json.get("versienummer") instanceof Number n ? n.intValue() : 1;
    String scenario = scenarioNaam(json.get("scenario"));
    if (json.get("mengvorm") instanceof Map<?, ?> m && m.get("omschrijving") != null) {
      scenario = scenario + ": " + m.get("omschrijving");
    }
    String geldig = "geldig vanaf " + Nederlands.datum(json.get("geldigVanaf"))
        + (json.get("geldigTot") != null ? " tot en met " + Nederlands.datum(json.get("geldigTot")) : "");
    return new Afspraak(titel, versie, scenario, geldig, normen(json.get("normen")));
  }

  /** The norms of an agreement as sentences a klantregisseur reads ({@link Normzinnen}). */
  static List<String> normen(Object normen) {
    return Normzinnen.normen(normen);
  }

  static String scenarioNaam(Object code) {
    return code == null ? "geen" : Scenario.vanCode(String.valueOf(code)).map(Scenario::label)
        .orElse(String.valueOf(code));
  }


  private static String opsomming(List<String> namen) {
    if (namen.isEmpty()) {
      return "de gemeenten";
    }
    if (namen.size() == 1) {
      return namen.get(0);
    }
    return String.join(", ", namen.subList(0, namen.size() - 1)) + " en " + namen.get(namen.size() - 1);
  }
}
