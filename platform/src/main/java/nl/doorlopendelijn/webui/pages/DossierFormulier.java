package nl.doorlopendelijn.webui.pages;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import nl.doorlopendelijn.kernel.Scenario;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The dossier form of the pages (register and edit): what was typed, field by field, with the errors next to each
 * field. A field's form name is the API's name for it ({@code factoren.kanReizen}, {@code persoon.achternaam}), so
 * an error of the API ({@code invalidParams[].name}) lands on its own field without a translation table; an error
 * about a group ({@code factoren}, {@code mengvorm.voorVerhuizing[1]}) lands on the nearest field or group that the
 * form has. A value the page cannot read (only from a client without the browser's date and number fields) is
 * reported on its field, and the API is not asked then. Holds the inburgeraar's personal data: no toString of it.
 */
public final class DossierFormulier {

  /** What kind of value a field holds, and so how it is read and sent. */
  enum Soort { TEKST, DATUM, GETAL, JA_NEE, UUID, LIJST }

  /** A field: its form (and API) name, its Dutch label, its kind. */
  record Veld(String naam, String label, Soort soort) {}

  /** A group of fields with a legend (a fieldset); an error about the whole group is shown under its legend. */
  static final List<String> GROEPEN = List.of("factoren", "mengvorm", "persoon");

  static final List<Veld> VELDEN = List.of(
      new Veld("gemeente", "Gemeente", Soort.TEKST),
      new Veld("azcLocatie", "Azc-locatie", Soort.TEKST),
      new Veld("koppelingsdatum", "Koppelingsdatum", Soort.DATUM),
      new Veld("verwachteVerhuisdatum", "Verwachte verhuisdatum", Soort.DATUM),
      new Veld("werkelijkeVerhuisdatum", "Werkelijke verhuisdatum", Soort.DATUM),
      new Veld("persoon.voornamen", "Voornamen", Soort.TEKST),
      new Veld("persoon.achternaam", "Achternaam", Soort.TEKST),
      new Veld("persoon.geboortedatum", "Geboortedatum", Soort.DATUM),
      new Veld("persoon.taal", "Taal", Soort.TEKST),
      new Veld("persoon.tolkNodig", "Tolk nodig", Soort.JA_NEE),
      new Veld("coaReferentie", "COA-referentie", Soort.TEKST),
      new Veld("vNummer", "V-nummer", Soort.TEKST),
      new Veld("huishouden", "Huishouden (referentie van het COA)", Soort.TEKST),
      new Veld("factoren.afstandTotAzcKm", "Afstand tot het azc in km", Soort.GETAL),
      new Veld("factoren.verwachteMaandenTotWoning", "Verwachte maanden tot een woning", Soort.GETAL),
      new Veld("factoren.kanReizen", "Kan zelfstandig reizen", Soort.JA_NEE),
      new Veld("factoren.digitaalVaardig", "Digitaal vaardig", Soort.JA_NEE),
      new Veld("gekozenScenario", "Scenario", Soort.TEKST),
      new Veld("mengvorm.omschrijving", "Omschrijving van de mengvorm", Soort.TEKST),
      new Veld("mengvorm.voorVerhuizing", "Stappen vóór de verhuizing", Soort.LIJST),
      new Veld("mengvorm.bredeIntakeNaVoorinburgering", "Brede intake pas na de voorinburgering", Soort.JA_NEE),
      new Veld("voorinburgeringToestemming", "Toestemming voor de voorinburgering", Soort.JA_NEE),
      new Veld("vasteContactpersoonId", "Vaste contactpersoon van de gemeente", Soort.UUID),
      new Veld("casemanagerId", "Casemanager van het COA", Soort.UUID));

  /** The steps of the inburgering that a mengvorm may put before the move, with their Dutch names. */
  static final Map<String, String> STAPPEN = stappen();

  private static final Map<String, Veld> OP_NAAM = opNaam();

  private final MultiValueMap<String, String> waarden = new LinkedMultiValueMap<>();
  private final Map<String, String> fouten = new LinkedHashMap<>();

  private DossierFormulier() {}

  /** An empty form, e.g. a new dossier with today as koppelingsdatum. */
  static DossierFormulier leeg() {
    return new DossierFormulier();
  }

  /** The form as the browser sent it: only the form's own fields are kept. */
  static DossierFormulier uit(MultiValueMap<String, String> form) {
    DossierFormulier f = new DossierFormulier();
    for (Veld v : VELDEN) {
      List<String> w = form.get(v.naam());
      if (w != null) {
        w.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
            .forEach(s -> f.waarden.add(v.naam(), s));
      }
    }
    return f;
  }

  /** The form of a dossier as the API shows it (for editing); the V-nummer stays out (empty keeps it). */
  static DossierFormulier uitDossier(Map<String, Object> dossier) {
    DossierFormulier f = new DossierFormulier();
    for (Veld v : VELDEN) {
      if (v.naam().equals("vNummer")) {
        continue;
      }
      Object w = lees(dossier, v.naam());
      if (w == null && v.naam().endsWith("Id")) {
        // the agreed view names the contact as an object: vasteContactpersoon.id, casemanager.id
        String object = v.naam().substring(0, v.naam().length() - 2);
        w = lees(dossier, object + ".id");
      }
      if (w == null && v.naam().equals("huishouden")) {
        w = lees(dossier, "huishouden.referentie");
      }
      if (w instanceof List<?> lijst) {
        lijst.forEach(x -> f.waarden.add(v.naam(), String.valueOf(x)));
      } else if (w instanceof Boolean b) {
        f.waarden.set(v.naam(), b ? "ja" : "nee");
      } else if (w != null && !(w instanceof Map<?, ?>)) {
        f.waarden.set(v.naam(), String.valueOf(w));
      }
    }
    return f;
  }

  /** The values a form started from, as carried in one hidden field ({@link #basis()}). */
  static DossierFormulier uitBasis(String basis) {
    DossierFormulier f = new DossierFormulier();
    if (basis == null || basis.isBlank()) {
      return f;
    }
    for (String paar : basis.split("&")) {
      int is = paar.indexOf('=');
      if (is > 0) {
        String naam = URLDecoder.decode(paar.substring(0, is), StandardCharsets.UTF_8);
        if (OP_NAAM.containsKey(naam)) {
          f.waarden.add(naam, URLDecoder.decode(paar.substring(is + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return f;
  }

  /** These values in one string, for a hidden field: what the form started from, to tell what changed meanwhile. */
  public String basis() {
    List<String> paren = new ArrayList<>();
    waarden.forEach((naam, lijst) -> lijst.forEach(w -> paren.add(URLEncoder.encode(naam, StandardCharsets.UTF_8)
        + "=" + URLEncoder.encode(w, StandardCharsets.UTF_8))));
    return String.join("&", paren);
  }

  DossierFormulier zet(String naam, String waarde) {
    if (waarde == null || waarde.isBlank()) {
      waarden.remove(naam);
    } else {
      waarden.set(naam, waarde);
    }
    return this;
  }

  /**
   * The API body (DossierInvoer) of this form; a value that cannot be read is an error on its field and stays out.
   * Empty fields stay out (the API's "unknown" or, for a V-nummer on a change, "unchanged").
   */
  Map<String, Object> naarApi() {
    Map<String, Object> body = new LinkedHashMap<>();
    for (Veld v : VELDEN) {
      List<String> w = waarden.get(v.naam());
      if (w == null || w.isEmpty()) {
        continue;
      }
      Object waarde = switch (v.soort()) {
        case TEKST -> w.get(0);
        case LIJST -> List.copyOf(w);
        case DATUM -> datum(v, w.get(0));
        case GETAL -> getal(v, w.get(0));
        case JA_NEE -> jaNee(v, w.get(0));
        case UUID -> uuid(v, w.get(0));
      };
      if (waarde != null) {
        zetIn(body, v.naam(), waarde);
      }
    }
    if (body.get("mengvorm") instanceof Map<?, ?> && !Scenario.MENGVORM.code().equals(body.get("gekozenScenario"))) {
      body.remove("mengvorm"); // the mengvorm's fields are only shown with gekozenScenario mengvorm
    }
    return body;
  }

  /** The scenario-advies question (ScenarioAdviesVraag) from the factors and the gemeente and azc; null: too few. */
  Map<String, Object> adviesVraag() {
    Map<String, Object> body = naarApi();
    if (!(body.get("factoren") instanceof Map<?, ?> factoren) || factoren.get("verwachteMaandenTotWoning") == null
        || factoren.get("kanReizen") == null || factoren.get("digitaalVaardig") == null) {
      return null;
    }
    Map<String, Object> vraag = new LinkedHashMap<>();
    factoren.forEach((k, v) -> vraag.put(String.valueOf(k), v));
    if (body.get("gemeente") != null) {
      vraag.put("gemeente", body.get("gemeente"));
    }
    if (body.get("azcLocatie") != null) {
      vraag.put("azcLocatie", body.get("azcLocatie"));
    }
    return vraag;
  }

  /**
   * The API's validation errors of a 400, each on its field: the field of that name, else the nearest one (a
   * group's legend, or the field an index or sub-name belongs to); what belongs to no field is on the form itself.
   */
  DossierFormulier metApiFouten(Map<String, Object> probleem) {
    if (probleem != null && probleem.get("invalidParams") instanceof List<?> params) {
      for (Object p : params) {
        if (p instanceof Map<?, ?> m) {
          voegFoutToe(veldVoor(String.valueOf(m.get("name"))), String.valueOf(m.get("reason")));
        }
      }
    }
    if (fouten.isEmpty()) {
      voegFoutToe("formulier", probleem != null && probleem.get("detail") != null
          ? String.valueOf(probleem.get("detail")) : "Het dossier kon met deze gegevens niet worden opgeslagen.");
    }
    return this;
  }

  /** An error about the form as a whole (shown at the top). */
  DossierFormulier metFormulierFout(String zin) {
    voegFoutToe("formulier", zin);
    return this;
  }

  /** The field (or group, or the form) an error name of the API belongs to. */
  static String veldVoor(String apiNaam) {
    String naam = apiNaam.replaceFirst("^(body|query|path):", "");
    while (!naam.isEmpty()) {
      String zonderIndex = naam.replaceAll("\\[\\d+]$", "");
      if (OP_NAAM.containsKey(zonderIndex) || GROEPEN.contains(zonderIndex)) {
        return zonderIndex;
      }
      if (!zonderIndex.equals(naam)) {
        naam = zonderIndex;
        continue;
      }
      int punt = naam.lastIndexOf('.');
      naam = punt < 0 ? "" : naam.substring(0, punt);
    }
    return "formulier";
  }

  private void voegFoutToe(String veld, String reden) {
    String zin = reden.substring(0, 1).toUpperCase() + reden.substring(1) + (reden.endsWith(".") ? "" : ".");
    fouten.merge(veld, zin, (a, b) -> a + " " + b);
  }

  // --- what the template reads ---

  public String waarde(String naam) {
    return waarden.getFirst(naam) == null ? "" : waarden.getFirst(naam);
  }

  public boolean bevat(String naam, String waarde) {
    List<String> w = waarden.get(naam);
    return w != null && w.contains(waarde);
  }

  public boolean isLeeg(String naam) {
    return waarde(naam).isEmpty();
  }

  public String fout(String naam) {
    return fouten.get(naam);
  }

  public boolean heeftFouten() {
    return !fouten.isEmpty();
  }

  /** The errors in the order of the form, each with its field's anchor and label: the summary at the top. */
  public List<Fout> foutoverzicht() {
    List<Fout> lijst = new ArrayList<>();
    if (fouten.containsKey("formulier")) {
      lijst.add(new Fout("formulier", "#formulier", null, fouten.get("formulier")));
    }
    List<String> volgorde = new ArrayList<>();
    for (Veld v : VELDEN) {
      String groep = v.naam().contains(".") ? v.naam().substring(0, v.naam().indexOf('.')) : null;
      if (groep != null && GROEPEN.contains(groep) && !volgorde.contains(groep)) {
        volgorde.add(groep);
      }
      volgorde.add(v.naam());
    }
    for (String naam : volgorde) {
      if (fouten.containsKey(naam)) {
        lijst.add(new Fout(naam, "#" + id(naam), label(naam), fouten.get(naam)));
      }
    }
    return lijst;
  }

  /** The HTML id of a field's control (a group: its fieldset). */
  public static String id(String naam) {
    return "veld-" + naam.replace('.', '-');
  }

  /** The HTML id of a field's error message, for aria-describedby. */
  public static String foutId(String naam) {
    return "fout-" + naam.replace('.', '-');
  }

  public String veldId(String naam) {
    return id(naam);
  }

  public String foutIdVan(String naam) {
    return foutId(naam);
  }

  public String labelVan(String naam) {
    return label(naam);
  }

  /** aria-describedby of a field: its hint (when it has one) and its error (when there is one). */
  public String beschrijving(String naam, boolean hint) {
    String ids = (hint ? "hint-" + naam.replace('.', '-') : "") + (fouten.containsKey(naam) ? " " + foutId(naam) : "");
    return ids.isBlank() ? null : ids.strip();
  }

  public static String label(String naam) {
    Veld v = OP_NAAM.get(naam);
    if (v != null) {
      return v.label();
    }
    return switch (naam) {
      case "factoren" -> "Factoren voor het advies";
      case "mengvorm" -> "Mengvorm";
      case "persoon" -> "Over wie het dossier gaat";
      default -> naam;
    };
  }

  /** One error of the summary: the field, the link to it, its label (null: the form as a whole), the sentence. */
  public record Fout(String veld, String anker, String label, String tekst) {}

  // --- what changed meanwhile ---

  /**
   * The fields someone else changed since this form was opened ({@code basis} → {@code intussen}), each with what
   * this user typed there; and the fields this user changed that are therefore not saved. Values as people read
   * them ({@code leesbaar}: names of gemeente, azc, scenario and contacts).
   */
  static Conflict conflict(DossierFormulier basis, DossierFormulier jouw, DossierFormulier intussen,
      Function<Veld, Function<String, String>> leesbaar) {
    List<Verschil> intussenGewijzigd = new ArrayList<>();
    List<Verschil> nietOpgeslagen = new ArrayList<>();
    for (Veld v : VELDEN) {
      if (v.naam().equals("vNummer")) {
        continue; // never shown back
      }
      List<String> b = basis.lijst(v.naam());
      List<String> j = jouw.lijst(v.naam());
      List<String> i = intussen.lijst(v.naam());
      Function<String, String> toon = leesbaar.apply(v);
      if (!b.equals(i)) {
        intussenGewijzigd.add(new Verschil(v.label(), tekst(j, toon), tekst(i, toon)));
      } else if (!b.equals(j)) {
        nietOpgeslagen.add(new Verschil(v.label(), tekst(j, toon), tekst(i, toon)));
      }
    }
    return new Conflict(intussenGewijzigd, nietOpgeslagen);
  }

  /** What a 412 shows: fields changed meanwhile (yours → theirs), and your changes that were not saved. */
  public record Conflict(List<Verschil> intussenGewijzigd, List<Verschil> nietOpgeslagen) {}

  /** One field of a conflict: its label, what this user typed, what is stored now. */
  public record Verschil(String veld, String jouwWaarde, String opgeslagen) {}

  private List<String> lijst(String naam) {
    List<String> w = waarden.get(naam);
    return w == null ? List.of() : w;
  }

  private static String tekst(List<String> w, Function<String, String> toon) {
    return w.isEmpty() ? "(leeg)" : String.join(", ", w.stream().map(toon).toList());
  }

  /** A value as people read it: ja/nee, a date as typed, a scenario or step by its Dutch name. */
  static String leesbaar(Veld v, String waarde) {
    if (v.naam().equals("gekozenScenario")) {
      return Scenario.vanCode(waarde).map(Scenario::label).orElse(waarde);
    }
    if (v.naam().equals("mengvorm.voorVerhuizing")) {
      return STAPPEN.getOrDefault(waarde, waarde);
    }
    return waarde;
  }

  // --- reading values ---

  private LocalDate datum(Veld v, String w) {
    try {
      return LocalDate.parse(w);
    } catch (DateTimeParseException e) {
      voegFoutToe(v.naam(), "vul een datum in, bijvoorbeeld 2026-03-01");
      return null;
    }
  }

  private Integer getal(Veld v, String w) {
    try {
      return Integer.valueOf(w);
    } catch (NumberFormatException e) {
      voegFoutToe(v.naam(), "vul een heel getal in, bijvoorbeeld 12");
      return null;
    }
  }

  private Boolean jaNee(Veld v, String w) {
    return switch (w) {
      case "ja" -> Boolean.TRUE;
      case "nee" -> Boolean.FALSE;
      default -> {
        voegFoutToe(v.naam(), "kies ja of nee");
        yield null;
      }
    };
  }

  private String uuid(Veld v, String w) {
    try {
      return UUID.fromString(w).toString();
    } catch (IllegalArgumentException e) {
      voegFoutToe(v.naam(), "kies een contactpersoon uit de lijst");
      return null;
    }
  }

  /** Whether reading the values found an error (then the API is not asked). */
  boolean heeftLeesfouten() {
    return !fouten.isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static void zetIn(Map<String, Object> body, String naam, Object waarde) {
    int punt = naam.indexOf('.');
    if (punt < 0) {
      body.put(naam, waarde);
      return;
    }
    Map<String, Object> binnen = (Map<String, Object>) body.computeIfAbsent(naam.substring(0, punt),
        k -> new LinkedHashMap<>());
    binnen.put(naam.substring(punt + 1), waarde);
  }

  private static Object lees(Map<String, Object> json, String naam) {
    Object huidig = json;
    for (String deel : naam.split("\\.")) {
      if (!(huidig instanceof Map<?, ?> m)) {
        return null;
      }
      huidig = m.get(deel);
    }
    return huidig;
  }

  private static Map<String, Veld> opNaam() {
    Map<String, Veld> m = new LinkedHashMap<>();
    VELDEN.forEach(v -> m.put(v.naam(), v));
    return m;
  }

  private static Map<String, String> stappen() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("brede-intake", "Brede intake");
    m.put("pip-advies", "PIP-advies");
    m.put("pip-vastgesteld", "PIP vastgesteld");
    m.put("start-inburgering", "Start inburgering");
    return m;
  }

  @Override
  public String toString() {
    return "DossierFormulier[" + waarden.size() + " velden, " + fouten.size() + " fouten]";
  }
}
