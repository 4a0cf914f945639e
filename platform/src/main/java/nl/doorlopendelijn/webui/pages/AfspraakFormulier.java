package nl.doorlopendelijn.webui.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The draft form of a samenwerkingsafspraak: what was typed (kept as typed, so an error never loses it), the body
 * the API takes ({@code AfspraakVerzoek}), and the API's errors (problem+json {@code invalidParams}) placed at the
 * fields that caused them. A number field that is no number is refused here, before the API is asked.
 */
final class AfspraakFormulier {

  /** The fields and their labels, in the order of the form (also the order of the error summary). */
  static final Map<String, String> LABELS = labels();

  private final MultiValueMap<String, String> waarden = new LinkedMultiValueMap<>();
  private final Map<String, String> fouten = new LinkedHashMap<>();

  private static Map<String, String> labels() {
    Map<String, String> l = new LinkedHashMap<>();
    l.put("gemeenten", "Gemeenten");
    l.put("azc", "Azc");
    l.put("azcContact", "Contactpersoon van het COA");
    l.put("scenario", "Scenario");
    l.put("mengvormOmschrijving", "Mengvorm in uw woorden");
    l.put("mengvormStap", "Stappen vóór de verhuizing");
    l.put("kennismaking", "Kennismaking (dagen na de koppeling)");
    l.put("driegesprekken", "Driegesprekken");
    l.put("driegesprekNaKoppelingDagen", "Driegesprek na de koppeling (dagen)");
    l.put("driegesprekVoorVerhuizingDagen", "Driegesprek voor de verhuizing (dagen)");
    l.put("klantprofiel", "Klantprofiel bijwerken (dagen voor de verhuizing)");
    l.put("bredeIntake", "Brede intake en PIP-advies vóór de verhuizing");
    l.put("toestemming", "Voorinburgering: toestemming (dagen na de koppeling)");
    l.put("start", "Voorinburgering: start (dagen na de toestemming)");
    l.put("duur", "Voorinburgering: duur (dagen)");
    l.put("rust", "Rustperiode rond de verhuizing (dagen)");
    l.put("geldigVanaf", "Geldig vanaf");
    l.put("geldigTot", "Geldig tot en met");
    l.put("afspraken", "Afspraken");
    return l;
  }

  private static final List<String> GETALLEN = List.of("kennismaking", "driegesprekNaKoppelingDagen",
      "driegesprekVoorVerhuizingDagen", "klantprofiel", "toestemming", "start", "duur", "rust");

  private AfspraakFormulier() {}

  static AfspraakFormulier leeg() {
    return new AfspraakFormulier();
  }

  static AfspraakFormulier uit(MultiValueMap<String, String> form) {
    AfspraakFormulier f = new AfspraakFormulier();
    form.forEach((k, v) -> {
      if (!k.equals("_csrf") && !k.equals("sleutel") && !k.equals("versie")) {
        v.forEach(w -> f.waarden.add(k, w == null ? "" : w.strip()));
      }
    });
    return f;
  }

  /** The form of a stored version (its edit), from the API's body. */
  @SuppressWarnings("unchecked")
  static AfspraakFormulier uitAfspraak(Map<String, Object> a) {
    AfspraakFormulier f = new AfspraakFormulier();
    if (a.get("azc") instanceof Map<?, ?> azc) {
      f.zet("azc", tekst(azc.get("code")));
      f.zet("azcContact", tekst(azc.get("contactpersoonId")));
    }
    for (Object o : Pagina.lijst(a, "gemeenten")) {
      if (o instanceof Map<?, ?> g) {
        f.waarden.add("gemeenten", tekst(g.get("cbsCode")));
        f.zet("contact-" + tekst(g.get("cbsCode")), tekst(g.get("contactpersoonId")));
      }
    }
    f.zet("scenario", tekst(a.get("scenario")));
    if (a.get("mengvorm") instanceof Map<?, ?> m) {
      f.zet("mengvormOmschrijving", tekst(m.get("omschrijving")));
      if (m.get("voorVerhuizing") instanceof List<?> stappen) {
        stappen.forEach(s -> f.waarden.add("mengvormStap", tekst(s)));
      }
      if (Boolean.TRUE.equals(m.get("bredeIntakeNaVoorinburgering"))) {
        f.zet("mengvormNaVoorinburgering", "ja");
      }
    }
    if (a.get("normen") instanceof Map<?, ?> n) {
      f.zet("kennismaking", tekst(n.get("dagenTotKennismaking")));
      for (Object o : n.get("driegesprekken") instanceof List<?> l ? l : List.of()) {
        if (o instanceof Map<?, ?> d) {
          String veld = "na-koppeling".equals(d.get("anker")) ? "driegesprekNaKoppeling" : "driegesprekVoorVerhuizing";
          f.zet(veld, "ja");
          f.zet(veld + "Dagen", tekst(d.get("dagen")));
        }
      }
      f.zet("klantprofiel", tekst(n.get("klantprofielUpdateDagenVoorVerhuizing")));
      f.zet("bredeIntake", Boolean.TRUE.equals(n.get("bredeIntakeEnPipVoorVerhuizing")) ? "ja" : "nee");
      if (n.get("voorinburgering") instanceof Map<?, ?> v) {
        f.zet("toestemming", tekst(v.get("dagenTotToestemming")));
        f.zet("start", tekst(v.get("dagenTotStart")));
        f.zet("duur", tekst(v.get("duurDagen")));
      }
      f.zet("rust", tekst(n.get("rustperiodeRondVerhuizingDagen")));
    }
    f.zet("geldigVanaf", tekst(a.get("geldigVanaf")));
    f.zet("geldigTot", tekst(a.get("geldigTot")));
    f.zet("afspraken", tekst(a.get("afspraken")));
    return f;
  }

  AfspraakFormulier zet(String veld, String waarde) {
    waarden.remove(veld);
    if (waarde != null && !waarde.isEmpty()) {
      waarden.add(veld, waarde);
    }
    return this;
  }

  public String waarde(String veld) {
    String w = waarden.getFirst(veld);
    return w == null ? "" : w;
  }

  public boolean bevat(String veld, String waarde) {
    return waarden.getOrDefault(veld, List.of()).contains(waarde);
  }

  public boolean aan(String veld) {
    return "ja".equals(waarde(veld));
  }

  public String fout(String veld) {
    return fouten.get(veld);
  }

  public boolean heeftFouten() {
    return !fouten.isEmpty();
  }

  /** The error summary: label and message, linking to the field. */
  public List<Map<String, String>> foutoverzicht() {
    List<Map<String, String>> lijst = new ArrayList<>();
    fouten.forEach((veld, tekst) -> lijst.add(Map.of("anker", "#veld-" + veld,
        "tekst", LABELS.getOrDefault(veld, "Formulier") + ": " + tekst)));
    return lijst;
  }

  /** The aria-describedby of a field: its error, when it has one. */
  public String beschrijving(String veld) {
    return fouten.containsKey(veld) ? "fout-" + veld : null;
  }

  /** The body of a create or update; number fields that are no number become errors of the form instead. */
  Map<String, Object> naarApi() {
    Map<String, Object> b = new LinkedHashMap<>();
    Map<String, Object> azc = new LinkedHashMap<>();
    azc.put("code", leegIsNull(waarde("azc")));
    azc.put("contactpersoonId", leegIsNull(waarde("azcContact")));
    b.put("azc", azc);
    List<Map<String, Object>> gemeenten = new ArrayList<>();
    for (String g : waarden.getOrDefault("gemeenten", List.of())) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("cbsCode", g);
      p.put("contactpersoonId", leegIsNull(waarde("contact-" + g)));
      gemeenten.add(p);
    }
    b.put("gemeenten", gemeenten);
    b.put("scenario", leegIsNull(waarde("scenario")));
    if ("mengvorm".equals(waarde("scenario"))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("omschrijving", leegIsNull(waarde("mengvormOmschrijving")));
      m.put("voorVerhuizing", waarden.getOrDefault("mengvormStap", List.of()));
      m.put("bredeIntakeNaVoorinburgering", aan("mengvormNaVoorinburgering"));
      b.put("mengvorm", m);
    }
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("dagenTotKennismaking", getal("kennismaking"));
    List<Map<String, Object>> driegesprekken = new ArrayList<>();
    if (aan("driegesprekNaKoppeling")) {
      driegesprekken.add(driegesprek("na-koppeling", getal("driegesprekNaKoppelingDagen")));
    }
    if (aan("driegesprekVoorVerhuizing")) {
      driegesprekken.add(driegesprek("voor-verhuizing", getal("driegesprekVoorVerhuizingDagen")));
    }
    n.put("driegesprekken", driegesprekken);
    n.put("klantprofielUpdateDagenVoorVerhuizing", getal("klantprofiel"));
    n.put("bredeIntakeEnPipVoorVerhuizing", waarde("bredeIntake").isEmpty() ? null : aan("bredeIntake"));
    Map<String, Object> vi = new LinkedHashMap<>();
    vi.put("dagenTotToestemming", getal("toestemming"));
    vi.put("dagenTotStart", getal("start"));
    vi.put("duurDagen", getal("duur"));
    n.put("voorinburgering", vi);
    n.put("rustperiodeRondVerhuizingDagen", getal("rust"));
    b.put("normen", n);
    b.put("geldigVanaf", leegIsNull(waarde("geldigVanaf")));
    b.put("geldigTot", leegIsNull(waarde("geldigTot")));
    b.put("afspraken", leegIsNull(waarde("afspraken")));
    return b;
  }

  boolean heeftLeesfouten() {
    return !fouten.isEmpty();
  }

  private static Map<String, Object> driegesprek(String anker, Integer dagen) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("anker", anker);
    d.put("dagen", dagen);
    return d;
  }

  private Integer getal(String veld) {
    String w = waarde(veld);
    if (w.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(w);
    } catch (NumberFormatException e) {
      fouten.put(veld, "moet een geheel aantal dagen zijn, zoals 14");
      return null;
    }
  }

  /**
   * The API's 400 at the fields: {@code gemeenten[1].contactpersoonId} is the contact of the second chosen gemeente,
   * {@code normen.driegesprekken[0].dagen} the days of the first chosen driegesprek, and so on.
   */
  AfspraakFormulier metApiFouten(Map<String, Object> probleem) {
    List<String> gekozen = waarden.getOrDefault("gemeenten", List.of());
    List<String> driegesprekken = new ArrayList<>();
    if (aan("driegesprekNaKoppeling")) {
      driegesprekken.add("driegesprekNaKoppelingDagen");
    }
    if (aan("driegesprekVoorVerhuizing")) {
      driegesprekken.add("driegesprekVoorVerhuizingDagen");
    }
    for (Object o : Pagina.lijst(probleem, "invalidParams")) {
      if (o instanceof Map<?, ?> p) {
        String naam = String.valueOf(p.get("name"));
        String reden = String.valueOf(p.get("reason"));
        fouten.putIfAbsent(veldVan(naam, gekozen, driegesprekken), reden);
      }
    }
    if (fouten.isEmpty()) {
      fouten.put("formulier", "De afspraak kon niet worden opgeslagen.");
    }
    return this;
  }

  AfspraakFormulier metFormulierFout(String tekst) {
    fouten.put("formulier", tekst);
    return this;
  }

  static String veldVan(String naam, List<String> gekozen, List<String> driegesprekken) {
    java.util.regex.Matcher gem = java.util.regex.Pattern.compile("^gemeenten\\[(\\d+)]\\.contactpersoonId$")
        .matcher(naam);
    if (gem.matches()) {
      int i = Integer.parseInt(gem.group(1));
      return i < gekozen.size() ? "contact-" + gekozen.get(i) : "gemeenten";
    }
    java.util.regex.Matcher drie = java.util.regex.Pattern.compile("^normen\\.driegesprekken\\[(\\d+)].*$")
        .matcher(naam);
    if (drie.matches()) {
      int i = Integer.parseInt(drie.group(1));
      return i < driegesprekken.size() ? driegesprekken.get(i) : "driegesprekken";
    }
    if (naam.startsWith("gemeenten")) {
      return "gemeenten";
    }
    if (naam.equals("azc.contactpersoonId")) {
      return "azcContact";
    }
    if (naam.startsWith("azc")) {
      return "azc";
    }
    if (naam.startsWith("mengvorm.voorVerhuizing") || naam.startsWith("mengvorm.bredeIntake")) {
      return "mengvormStap";
    }
    if (naam.startsWith("mengvorm")) {
      return "mengvormOmschrijving";
    }
    return switch (naam) {
      case "normen.dagenTotKennismaking" -> "kennismaking";
      case "normen.driegesprekken" -> "driegesprekken";
      case "normen.klantprofielUpdateDagenVoorVerhuizing" -> "klantprofiel";
      case "normen.bredeIntakeEnPipVoorVerhuizing" -> "bredeIntake";
      case "normen.voorinburgering.dagenTotToestemming" -> "toestemming";
      case "normen.voorinburgering.dagenTotStart" -> "start";
      case "normen.voorinburgering.duurDagen" -> "duur";
      case "normen.rustperiodeRondVerhuizingDagen" -> "rust";
      case "scenario", "geldigVanaf", "geldigTot", "afspraken" -> naam;
      default -> "formulier";
    };
  }

  private static String leegIsNull(String w) {
    return w == null || w.isEmpty() ? null : w;
  }

  private static String tekst(Object o) {
    return o == null ? "" : String.valueOf(o);
  }
}
