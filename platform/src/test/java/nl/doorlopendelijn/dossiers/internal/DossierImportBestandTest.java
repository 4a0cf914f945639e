package nl.doorlopendelijn.dossiers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.doorlopendelijn.dossiers.internal.DossierImportBestand.Fout;
import nl.doorlopendelijn.dossiers.internal.DossierImportBestand.Referentie;
import nl.doorlopendelijn.dossiers.internal.DossierImportBestand.Uitkomst;
import nl.doorlopendelijn.dossiers.planning.Taal;
import org.junit.jupiter.api.Test;

/** The pure part of the import: columns, cells, the BSN rule (issue 18). Fast: no Spring, no database. */
class DossierImportBestandTest {

  private static final Referentie REF = new Referentie(Map.of("GM0855", "Tilburg", "GM0784", "Gilze en Rijen"),
      Map.of("AZC-OISTERWIJK", "azc Oisterwijk", "AZC-GILZE", "azc Gilze"));
  private static final List<String> GOED = List.of("COA-1", "Amira", "Tesfaye", "1994-02-11", "tir", "ja",
      "GM0855", "AZC-OISTERWIJK", "2026-11-01", "2027-01-15", "HH-1");

  private static List<List<String>> bestand(List<String> kop, List<List<String>> rijen) {
    List<List<String>> r = new ArrayList<>();
    r.add(kop);
    r.addAll(rijen);
    return r;
  }

  @Test
  void eenGoedeRijWordtEenDossierInvoer() {
    Uitkomst u = DossierImportBestand.lees(bestand(DossierImportBestand.KOPPEN, List.of(GOED)), REF);
    assertThat(u.geweigerd()).isFalse();
    var rij = u.rijen().get(0);
    assertThat(rij.rij()).isEqualTo(2);
    assertThat(rij.fouten()).isEmpty();
    assertThat(rij.invoer().gemeente()).isEqualTo("GM0855");
    assertThat(rij.invoer().azcLocatie()).isEqualTo("AZC-OISTERWIJK");
    assertThat(rij.invoer().koppelingsdatum()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(rij.invoer().persoon().tolkNodig()).isTrue();
    assertThat(rij.invoer().coaReferentie()).isEqualTo("COA-1");
    assertThat(rij.invoer().huishouden()).isEqualTo("HH-1");
  }

  @Test
  void kolomnamenTellenZonderHoofdlettersEnSpatiesInElkeVolgorde() {
    List<String> kop = new ArrayList<>(DossierImportBestand.KOPPEN.stream()
        .map(k -> " " + k.toUpperCase(java.util.Locale.ROOT).replace("R", "r ") + " ").toList());
    List<String> rij = new ArrayList<>(GOED);
    java.util.Collections.reverse(kop);
    java.util.Collections.reverse(rij);
    Uitkomst u = DossierImportBestand.lees(bestand(kop, List.of(rij)), REF);
    assertThat(u.weigering()).isEmpty();
    assertThat(u.rijen().get(0).invoer().persoon().achternaam()).isEqualTo("Tesfaye");
  }

  @Test
  void ontbrekendeEnOnbekendeKolommenWeigerenHetBestandEnNoemenZe() {
    List<String> kop = new ArrayList<>(DossierImportBestand.KOPPEN);
    kop.remove("taal");
    kop.remove("azc");
    kop.add("telefoon");
    Uitkomst u = DossierImportBestand.lees(bestand(kop, List.of(GOED)), REF);
    assertThat(u.geweigerd()).isTrue();
    assertThat(u.weigering()).extracting(Fout::reden)
        .contains("Ontbrekende kolommen: taal, azc.", "Onbekende kolommen: telefoon.");
  }

  @Test
  void waardenWordenGelezenInElkeToegestaneVorm() {
    for (var geval : Map.of("ja", true, "Nee", false, "TRUE", true, "false", false, "1", true, "0", false)
        .entrySet()) {
      assertThat(DossierImportBestand.jaNee(geval.getKey())).isEqualTo(geval.getValue());
    }
    assertThat(DossierImportBestand.jaNee("misschien")).isNull();
    assertThat(DossierImportBestand.datum("2026-03-01")).contains(LocalDate.of(2026, 3, 1));
    assertThat(DossierImportBestand.datum("01-03-2026")).contains(LocalDate.of(2026, 3, 1));
    assertThat(DossierImportBestand.datum("1-3-2026")).contains(LocalDate.of(2026, 3, 1));
    assertThat(DossierImportBestand.datum("31-02-2026")).isEmpty();
    assertThat(DossierImportBestand.datum("gisteren")).isEmpty();
    for (Taal t : Taal.values()) {
      assertThat(DossierImportBestand.taal(t.code())).isEqualTo(t.code());
      assertThat(DossierImportBestand.taal(t.label().toUpperCase(java.util.Locale.ROOT))).isEqualTo(t.code());
    }
    assertThat(DossierImportBestand.taal("Klingon")).isNull();
    List<String> metNamen = new ArrayList<>(GOED);
    metNamen.set(6, "gilze en rijen");
    metNamen.set(7, "azc gilze");
    var rij = DossierImportBestand.lees(bestand(DossierImportBestand.KOPPEN, List.of(metNamen)), REF).rijen().get(0);
    assertThat(rij.invoer().gemeente()).isEqualTo("GM0784");
    assertThat(rij.invoer().azcLocatie()).isEqualTo("AZC-GILZE");
  }

  @Test
  void elkeOnleesbareCelKrijgtHaarEigenRedenOpHaarKolom() {
    List<String> slecht = List.of("", "A", "B", "11-13-1990", "Klingon", "soms", "Breda", "AZC-NERGENS",
        "morgen", "2027-02-30", "");
    var rij = DossierImportBestand.lees(bestand(DossierImportBestand.KOPPEN, List.of(slecht)), REF).rijen().get(0);
    assertThat(rij.fouten()).extracting(Fout::kolom).containsExactlyInAnyOrder("coaReferentie", "geboortedatum",
        "taal", "tolkNodig", "gemeente", "azc", "koppelingsdatum", "verwachteVerhuisdatum");
  }

  // ------------------------------------------------------------------------------------------------ BSN

  /** Valid 11-test numbers: 8 random digits and the check digit that makes the sum a multiple of 11. */
  static List<String> bsns(int aantal, long zaad) {
    Random r = new Random(zaad);
    List<String> uit = new ArrayList<>();
    while (uit.size() < aantal) {
      int[] d = new int[9];
      int som = 0;
      for (int i = 0; i < 8; i++) {
        d[i] = r.nextInt(10);
        som += (9 - i) * d[i];
      }
      int laatste = som % 11;
      if (laatste == 10) {
        continue;
      }
      d[8] = laatste;
      StringBuilder s = new StringBuilder();
      for (int x : d) {
        s.append(x);
      }
      if (!s.toString().equals("000000000")) {
        uit.add(s.toString());
      }
    }
    return uit;
  }

  /** The ways a BSN is written: plain, in groups with spaces, dots or dashes, with text around it. */
  static List<String> vormen(String b) {
    return List.of(b, b.substring(0, 3) + " " + b.substring(3, 6) + " " + b.substring(6),
        b.substring(0, 4) + "." + b.substring(4, 6) + "." + b.substring(6),
        b.substring(0, 3) + "-" + b.substring(3, 5) + "-" + b.substring(5), "BSN " + b, "COA-" + b);
  }

  @Test
  void eenBsnInElkeVormInElkeKolomWeigertHetHeleBestandZonderHetNummerTeNoemen() {
    int gevallen = 0;
    for (String bsn : bsns(40, 18)) {
      assertThat(DossierImportBestand.elfproef(bsn)).isTrue();
      for (String vorm : vormen(bsn)) {
        for (int kolom = 0; kolom < DossierImportBestand.KOPPEN.size(); kolom++) {
          List<String> rij = new ArrayList<>(GOED);
          rij.set(kolom, vorm);
          Uitkomst u = DossierImportBestand.lees(bestand(DossierImportBestand.KOPPEN, List.of(GOED, rij)), REF);
          assertThat(u.geweigerd()).as(vorm + " in kolom " + kolom).isTrue();
          assertThat(u.rijen()).isEmpty();
          String reden = u.weigering().get(0).reden();
          assertThat(reden).contains("rij 3, kolom " + DossierImportBestand.KOPPEN.get(kolom))
              .contains("BSN").doesNotContain(bsn).doesNotContain(vorm);
          gevallen++;
        }
      }
    }
    assertThat(gevallen).isEqualTo(40 * 6 * 11);
  }

  @Test
  void eenBsnKolomWeigertHetBestandOokZonderWaarden() {
    for (String kop : List.of("BSN", "bsn", "Burgerservicenummer", "burger service nummer", "sofinummer",
        "Sofi-nummer", "B.S.N.", "bsn_nummer")) {
      List<String> koppen = new ArrayList<>(DossierImportBestand.KOPPEN);
      koppen.add(kop);
      Uitkomst u = DossierImportBestand.lees(bestand(koppen, List.of(GOED)), REF);
      assertThat(u.geweigerd()).as(kop).isTrue();
      assertThat(u.weigering().get(0).reden()).contains("BSN-kolom");
    }
  }

  @Test
  void negenCijfersZonderElfproefZijnGeenBsnEnMogenInEenCoaReferentie() {
    Random r = new Random(11);
    int gevonden = 0;
    while (gevonden < 200) {
      String n = String.format("%09d", r.nextInt(1_000_000_000));
      if (DossierImportBestand.elfproef(n)) {
        continue;
      }
      gevonden++;
      List<String> rij = new ArrayList<>(GOED);
      rij.set(0, n);
      Uitkomst u = DossierImportBestand.lees(bestand(DossierImportBestand.KOPPEN, List.of(rij)), REF);
      assertThat(u.geweigerd()).as(n).isFalse();
      assertThat(u.rijen().get(0).coaReferentie()).isEqualTo(n);
    }
    // dates, 8 and 10 digits, all zeros: no BSN
    for (String geen : List.of("2026-03-01", "01-03-2026", "12345678", "1234567890", "000000000", "COA-2026-4471",
        "HH-2026-0815")) {
      assertThat(DossierImportBestand.bevatBsn(geen)).as(geen).isFalse();
    }
  }

  @Test
  void teVeelRijenWeigertHetBestand() {
    List<List<String>> rijen = new ArrayList<>();
    for (int i = 0; i <= DossierImportBestand.MAX_RIJEN; i++) {
      rijen.add(GOED);
    }
    Uitkomst u = DossierImportBestand.lees(bestand(DossierImportBestand.KOPPEN, rijen), REF);
    assertThat(u.geweigerd()).isTrue();
    assertThat(u.weigering().get(0).reden()).contains("10001 rijen").contains("hoogstens 10000");
  }

  @Test
  void eenDubbeleCoaReferentieInHetBestandTeltAlleenDeEersteKeer() {
    var rijen = DossierImportBestand.lees(bestand(DossierImportBestand.KOPPEN, List.of(GOED, GOED, GOED)), REF)
        .rijen();
    assertThat(DossierImportService.dubbeleRijen(rijen)).containsExactlyInAnyOrderEntriesOf(Map.of(3, 2, 4, 2));
  }
}
