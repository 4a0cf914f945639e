package nl.doorlopendelijn.dossiers.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.doorlopendelijn.dossiers.planning.Taal;

/**
 * The pure part of a dossier import: a file's rows (as {@link nl.doorlopendelijn.web.TabularFiles#read} gives them,
 * header first) into one {@link DossierInvoer} per row, or the refusal of the whole file. No I/O: the reference data
 * it needs (the region's gemeenten, the national azc list) comes in as a {@link Referentie}, read once per import.
 *
 * <p>The whole file is refused, nothing created, when it has no header, misses a column or has one it does not
 * know, has more than {@link #MAX_RIJEN} rows, or holds a BSN: a column whose header means BSN, or any cell with 9
 * digits (spaces, dots and dashes ignored) that pass the elfproef. The reason names rows and columns, never a value.
 */
final class DossierImportBestand {

  static final int MAX_RIJEN = 10_000;
  /** How many positions of a BSN a refusal names (the rest are counted). */
  static final int MAX_GENOEMD = 10;

  /** The columns, in the template's order, by the one spelling the template writes. */
  enum Kolom {
    COA_REFERENTIE("coaReferentie"),
    VOORNAMEN("voornamen"),
    ACHTERNAAM("achternaam"),
    GEBOORTEDATUM("geboortedatum"),
    TAAL("taal"),
    TOLK_NODIG("tolkNodig"),
    GEMEENTE("gemeente"),
    AZC("azc"),
    KOPPELINGSDATUM("koppelingsdatum"),
    VERWACHTE_VERHUISDATUM("verwachteVerhuisdatum"),
    HUISHOUDEN("huishouden");

    private final String naam;

    Kolom(String naam) {
      this.naam = naam;
    }

    String naam() {
      return naam;
    }

    /** The column of a header cell: case and spaces, dashes and underscores do not count. */
    static Optional<Kolom> van(String kop) {
      String n = norm(kop);
      for (Kolom k : values()) {
        if (norm(k.naam).equals(n)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }

    /** The column a field of the create's validation ({@link DossierValidatie}) belongs to; empty: none. */
    static Optional<Kolom> vanVeld(String veld) {
      return Optional.ofNullable(switch (veld == null ? "" : veld) {
        case "coaReferentie" -> COA_REFERENTIE;
        case "persoon.voornamen" -> VOORNAMEN;
        case "persoon.achternaam" -> ACHTERNAAM;
        case "persoon.geboortedatum" -> GEBOORTEDATUM;
        case "persoon.taal" -> TAAL;
        case "persoon.tolkNodig" -> TOLK_NODIG;
        case "gemeente" -> GEMEENTE;
        case "azcLocatie" -> AZC;
        case "koppelingsdatum" -> KOPPELINGSDATUM;
        case "verwachteVerhuisdatum" -> VERWACHTE_VERHUISDATUM;
        case "huishouden" -> HUISHOUDEN;
        default -> null;
      });
    }
  }

  /** The header the template writes: every column, in order. */
  static final List<String> KOPPEN = java.util.Arrays.stream(Kolom.values()).map(Kolom::naam).toList();

  /** One reason about one column of a row ({@code kolom} null: the row as a whole). */
  record Fout(String kolom, String reden) {}

  /**
   * One data row: its number in the file (the header is row 1), the COA reference as given, the dossier it asks
   * for (fields that could not be read are null), and what could not be read.
   */
  record Rij(int rij, String coaReferentie, DossierInvoer invoer, List<Fout> fouten) {
    Rij {
      fouten = List.copyOf(fouten);
    }

    @Override
    public String toString() {
      return "Rij[" + rij + ", " + fouten.size() + " fout(en)]";
    }
  }

  /** The outcome: the rows, or why the whole file is refused (then no rows). */
  record Uitkomst(List<Rij> rijen, List<Fout> weigering) {
    boolean geweigerd() {
      return !weigering.isEmpty();
    }

    static Uitkomst weiger(List<Fout> redenen) {
      return new Uitkomst(List.of(), List.copyOf(redenen));
    }

    @Override
    public String toString() {
      return "Uitkomst[" + rijen.size() + " rijen, " + weigering.size() + " weigering(en)]";
    }
  }

  /**
   * What the rows are read against, read once per import: the region's gemeenten (CBS code → name) and the national
   * azc list (code → name).
   */
  record Referentie(Map<String, String> gemeenten, Map<String, String> azcs) {
    Referentie {
      gemeenten = Map.copyOf(gemeenten);
      azcs = Map.copyOf(azcs);
    }
  }

  private static final Pattern BSN_KOP = Pattern.compile("bsn|burgerservicenummer|sofinummer|sofi|socialfiscaal"
      + "|persoonsgebondennummer|citizenservicenumber|socialsecuritynumber");
  /** A stretch of digits with spaces, dots or dashes between them (the forms a BSN is written in). */
  private static final Pattern CIJFERREEKS = Pattern.compile("[0-9][0-9 .\\-]*[0-9]|[0-9]");
  private static final DateTimeFormatter NL_DATUM = DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter NL_DATUM_SCHUIN = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  private DossierImportBestand() {}

  static Uitkomst lees(List<List<String>> regels, Referentie ref) {
    if (regels.isEmpty() || regels.get(0).stream().allMatch(String::isBlank)) {
      return Uitkomst.weiger(List.of(new Fout(null, "Het bestand is leeg: de eerste regel moet de kolomnamen bevatten ("
          + String.join(", ", KOPPEN) + ").")));
    }
    List<String> kop = regels.get(0);
    // a BSN column is refused before anything else: its header alone says what it holds
    List<Fout> bsnKolommen = new ArrayList<>();
    for (int c = 0; c < kop.size(); c++) {
      if (isBsnKop(kop.get(c))) {
        bsnKolommen.add(new Fout(kop.get(c), "Kolom " + (c + 1) + " (" + kop.get(c) + ") is een BSN-kolom. Een BSN"
            + " hoort niet in Doorlopende Lijn: het bestand is geweigerd, er is niets aangemaakt. Verwijder de kolom"
            + " en importeer opnieuw."));
      }
    }
    if (!bsnKolommen.isEmpty()) {
      return Uitkomst.weiger(bsnKolommen);
    }
    List<Fout> bsnCellen = bsnCellen(regels);
    if (!bsnCellen.isEmpty()) {
      return Uitkomst.weiger(bsnCellen);
    }
    Map<Kolom, Integer> plaats = new LinkedHashMap<>();
    List<String> onbekend = new ArrayList<>();
    List<String> dubbel = new ArrayList<>();
    for (int c = 0; c < kop.size(); c++) {
      String k = kop.get(c);
      if (k.isBlank()) {
        onbekend.add("(kolom " + (c + 1) + " zonder naam)");
        continue;
      }
      Optional<Kolom> kolom = Kolom.van(k);
      if (kolom.isEmpty()) {
        onbekend.add(k);
      } else if (plaats.putIfAbsent(kolom.get(), c) != null) {
        dubbel.add(k);
      }
    }
    List<String> ontbrekend = java.util.Arrays.stream(Kolom.values()).filter(k -> !plaats.containsKey(k))
        .map(Kolom::naam).toList();
    List<Fout> kolomfouten = new ArrayList<>();
    if (!ontbrekend.isEmpty()) {
      kolomfouten.add(new Fout(null, "Ontbrekende kolommen: " + String.join(", ", ontbrekend) + "."));
    }
    if (!onbekend.isEmpty()) {
      kolomfouten.add(new Fout(null, "Onbekende kolommen: " + String.join(", ", onbekend) + "."));
    }
    if (!dubbel.isEmpty()) {
      kolomfouten.add(new Fout(null, "Dubbele kolommen: " + String.join(", ", dubbel) + "."));
    }
    if (!kolomfouten.isEmpty()) {
      kolomfouten.add(new Fout(null, "Het bestand moet precies deze kolommen hebben: " + String.join(", ", KOPPEN)
          + " (download het sjabloon)."));
      return Uitkomst.weiger(kolomfouten);
    }
    long data = regels.stream().skip(1).filter(r -> !leeg(r)).count();
    if (data > MAX_RIJEN) {
      return Uitkomst.weiger(List.of(new Fout(null, "Het bestand bevat " + data + " rijen; een import heeft er"
          + " hoogstens " + MAX_RIJEN + ". Splits het bestand.")));
    }
    if (data == 0) {
      return Uitkomst.weiger(List.of(new Fout(null, "Het bestand bevat alleen de kolomnamen, geen rijen.")));
    }
    Map<String, String> gemeenteNamen = new HashMap<>();
    ref.gemeenten().forEach((code, naam) -> {
      gemeenteNamen.put(norm(code), code);
      gemeenteNamen.put(norm(naam), code);
    });
    Map<String, String> azcNamen = new HashMap<>();
    ref.azcs().forEach((code, naam) -> azcNamen.put(norm(naam), code));
    ref.azcs().keySet().forEach(code -> azcNamen.put(norm(code), code)); // a code wins over a name
    List<Rij> rijen = new ArrayList<>();
    for (int r = 1; r < regels.size(); r++) {
      List<String> cellen = regels.get(r);
      if (!leeg(cellen)) {
        rijen.add(rij(r + 1, cellen, plaats, gemeenteNamen, azcNamen));
      }
    }
    return new Uitkomst(rijen, List.of());
  }

  private static Rij rij(int nummer, List<String> cellen, Map<Kolom, Integer> plaats, Map<String, String> gemeenten,
      Map<String, String> azcs) {
    List<Fout> fouten = new ArrayList<>();
    java.util.function.Function<Kolom, String> cel = k -> {
      int c = plaats.get(k);
      String v = c < cellen.size() ? cellen.get(c).strip() : "";
      return v.isEmpty() ? null : v;
    };
    String gemeente = cel.apply(Kolom.GEMEENTE);
    String gemeenteCode = null;
    if (gemeente != null) {
      gemeenteCode = gemeenten.get(norm(gemeente));
      if (gemeenteCode == null) {
        fouten.add(new Fout(Kolom.GEMEENTE.naam(), "is geen gemeente van deze regio (CBS-code of naam)"));
      }
    }
    String azc = cel.apply(Kolom.AZC);
    String azcCode = null;
    if (azc != null) {
      azcCode = azcs.get(norm(azc));
      if (azcCode == null) {
        fouten.add(new Fout(Kolom.AZC.naam(), "is geen locatie uit de landelijke lijst (code of naam)"));
      }
    }
    String taal = cel.apply(Kolom.TAAL);
    String taalCode = null;
    if (taal != null) {
      taalCode = taal(taal);
      if (taalCode == null) {
        fouten.add(new Fout(Kolom.TAAL.naam(), "is geen taal uit de lijst (ISO 639-3-code zoals tir, of de naam"
            + " zoals Tigrinya)"));
      }
    }
    Boolean tolk = null;
    String tolkTekst = cel.apply(Kolom.TOLK_NODIG);
    if (tolkTekst != null) {
      tolk = jaNee(tolkTekst);
      if (tolk == null) {
        fouten.add(new Fout(Kolom.TOLK_NODIG.naam(), "moet ja of nee zijn"));
      }
    }
    LocalDate geboorte = datum(fouten, Kolom.GEBOORTEDATUM, cel.apply(Kolom.GEBOORTEDATUM));
    LocalDate koppeling = datum(fouten, Kolom.KOPPELINGSDATUM, cel.apply(Kolom.KOPPELINGSDATUM));
    LocalDate verhuizing = datum(fouten, Kolom.VERWACHTE_VERHUISDATUM, cel.apply(Kolom.VERWACHTE_VERHUISDATUM));
    String coa = cel.apply(Kolom.COA_REFERENTIE);
    if (coa == null) {
      // the key of the import: without it a rerun could not know the row again
      fouten.add(new Fout(Kolom.COA_REFERENTIE.naam(), "is verplicht (de sleutel van de import: dezelfde rij"
          + " opnieuw maakt niets nieuws)"));
    }
    PersoonInvoer persoon = new PersoonInvoer(cel.apply(Kolom.VOORNAMEN), cel.apply(Kolom.ACHTERNAAM), geboorte,
        taalCode, tolk == null ? Boolean.FALSE : tolk);
    DossierInvoer invoer = new DossierInvoer(gemeenteCode, azcCode, koppeling, verhuizing, null, null, null, null,
        null, null, null, null, null, persoon, coa, cel.apply(Kolom.HUISHOUDEN));
    return new Rij(nummer, coa, invoer, fouten);
  }

  /** Which columns already have a reason from reading: the create's validation adds only to the others. */
  static List<Fout> samen(List<Fout> gelezen, List<Fout> gevalideerd) {
    java.util.Set<String> al = new java.util.HashSet<>();
    gelezen.forEach(f -> al.add(f.kolom()));
    List<Fout> alle = new ArrayList<>(gelezen);
    gevalideerd.stream().filter(f -> !al.contains(f.kolom())).forEach(alle::add);
    alle.sort(java.util.Comparator.comparingInt(f -> volgorde(f.kolom())));
    return alle;
  }

  /** Reasons in the order of the columns (the row as a whole last). */
  static int volgorde(String kolom) {
    return Kolom.van(kolom == null ? "" : kolom).map(Enum::ordinal).orElse(Kolom.values().length);
  }

  private static LocalDate datum(List<Fout> fouten, Kolom kolom, String tekst) {
    if (tekst == null) {
      return null;
    }
    Optional<LocalDate> d = datum(tekst);
    if (d.isEmpty()) {
      fouten.add(new Fout(kolom.naam(), "is geen datum (jjjj-mm-dd of dd-mm-jjjj)"));
    }
    return d.orElse(null);
  }

  /** ISO ({@code 2026-03-01}, also as an .xlsx date cell gives it) or Dutch ({@code 1-3-2026}, {@code 01/03/2026}). */
  static Optional<LocalDate> datum(String tekst) {
    String t = tekst.strip();
    for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, NL_DATUM, NL_DATUM_SCHUIN)) {
      try {
        return Optional.of(LocalDate.parse(t, f));
      } catch (DateTimeParseException e) {
        // the next form
      }
    }
    return Optional.empty();
  }

  /** ja/nee, true/false, 1/0 (and j/n, yes/no); null for anything else. */
  static Boolean jaNee(String tekst) {
    return switch (tekst.strip().toLowerCase(Locale.ROOT)) {
      case "ja", "j", "true", "waar", "1", "yes", "y" -> Boolean.TRUE;
      case "nee", "n", "false", "onwaar", "0", "no" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** A language by ISO 639-3 code or Dutch name, as the dossier knows them ({@link Taal}); null: not in the list. */
  static String taal(String tekst) {
    String n = norm(tekst);
    for (Taal t : Taal.values()) {
      if (t.code().equals(n) || norm(t.label()).equals(n)
          || norm(t.label().replaceAll("\\s*\\(.*\\)", "")).equals(n)) {
        return t.code();
      }
    }
    return null;
  }

  static boolean isBsnKop(String kop) {
    String n = norm(kop).replace(".", "");
    return !n.isEmpty() && BSN_KOP.matcher(n).find();
  }

  /** Every cell that holds a BSN, by row and column, never the number. */
  static List<Fout> bsnCellen(List<List<String>> regels) {
    List<String> kop = regels.get(0);
    List<String> plekken = new ArrayList<>();
    int aantal = 0;
    for (int r = 0; r < regels.size(); r++) {
      List<String> cellen = regels.get(r);
      for (int c = 0; c < cellen.size(); c++) {
        if (bevatBsn(cellen.get(c))) {
          aantal++;
          if (plekken.size() < MAX_GENOEMD) {
            String kolom = c < kop.size() && !kop.get(c).isBlank() ? kop.get(c) : "kolom " + (c + 1);
            plekken.add("rij " + (r + 1) + ", kolom " + kolom);
          }
        }
      }
    }
    if (aantal == 0) {
      return List.of();
    }
    return List.of(new Fout(null, "Het bestand bevat " + (aantal == 1 ? "een waarde" : aantal + " waarden")
        + " die op een BSN lijk" + (aantal == 1 ? "t" : "en") + " (9 cijfers die de elfproef halen): "
        + String.join("; ", plekken) + (aantal > plekken.size() ? " en " + (aantal - plekken.size()) + " meer" : "")
        + ". Een BSN hoort niet in Doorlopende Lijn: het bestand is geweigerd, er is niets aangemaakt."));
  }

  /**
   * Whether the text holds a BSN: a stretch of digits, with spaces, dots or dashes between them, that has exactly 9
   * digits passing the elfproef (and is not all zeros).
   */
  static boolean bevatBsn(String tekst) {
    if (tekst == null || tekst.length() < 9) {
      return false;
    }
    Matcher m = CIJFERREEKS.matcher(tekst);
    while (m.find()) {
      String cijfers = m.group().replaceAll("[ .\\-]", "");
      if (cijfers.length() == 9 && elfproef(cijfers)) {
        return true;
      }
    }
    return false;
  }

  /** The BSN 11-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (all zeros is no number). */
  static boolean elfproef(String negenCijfers) {
    if (negenCijfers.length() != 9 || negenCijfers.chars().allMatch(ch -> ch == '0')) {
      return false;
    }
    int som = 0;
    for (int i = 0; i < 8; i++) {
      som += (9 - i) * (negenCijfers.charAt(i) - '0');
    }
    som -= negenCijfers.charAt(8) - '0';
    return som % 11 == 0;
  }

  private static boolean leeg(List<String> cellen) {
    return cellen.stream().allMatch(s -> s == null || s.isBlank());
  }

  static String norm(String s) {
    return s == null ? "" : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
  }
}
