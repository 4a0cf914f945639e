package nl.doorlopendelijn.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.doorlopendelijn.web.TabularFiles;
import tools.jackson.databind.JsonNode;

/**
 * The check that an exported dashboard holds exactly the figures of the view the API (and so the page) shows, cell
 * for cell: a shown figure as its number, a suppressed one as the view's one label and never a number, a figure
 * without data as "–"; and no figure beyond the view's (every sheet is one of the view's tables, every cell with a
 * number one of its figures). Read back with {@link TabularFiles#readSheets}, from the file's bytes, as a user's
 * spreadsheet would. Written against the view's JSON, so the same check holds for the API (tests over HTTP) and for
 * views built in memory (the audit over whole views).
 */
public final class ExportCijfers {

  /** Sheets that hold figures, and the one sheet of explanation (the threshold is its only number). */
  static final List<String> BLADEN = List.of("Kerncijfers", "Per gemeente en status", "Per gemeente en scenario",
      "Dossiers per azc", "Zonder klantprofiel-update", "Stilgevallen dossiers", "Verlopen mijlpalen",
      "Kengetallen per gemeente", "Samenwerkingsafspraken", "Toelichting");

  private ExportCijfers() {}

  /** Reads the file and checks it against the view; returns how many figures were compared. */
  public static int zelfdeCijfers(JsonNode view, TabularFiles.Format formaat, byte[] bestand) {
    List<TabularFiles.ReadSheet> bladen = TabularFiles.readSheets(formaat, new ByteArrayInputStream(bestand));
    Map<String, List<List<String>>> perNaam = bladen.stream()
        .collect(Collectors.toMap(TabularFiles.ReadSheet::name, TabularFiles.ReadSheet::rows, (a, b) -> a,
            java.util.LinkedHashMap::new));
    assertThat(perNaam.keySet()).as("de bladen van de export").isSubsetOf(BLADEN)
        .contains("Kerncijfers", "Per gemeente en status", "Per gemeente en scenario", "Toelichting");
    Vergelijking v = new Vergelijking();

    List<List<String>> kern = perNaam.get("Kerncijfers");
    List<String> kernFiguren = List.of("dossiers", "driegesprekkenBinnenNorm", "mediaanDagenKoppelingTotDriegesprek",
        "mediaanDagenKoppelingTotVerhuizing", "regioplaatsing");
    assertThat(kern).hasSize(1 + kernFiguren.size());
    for (int i = 0; i < kernFiguren.size(); i++) {
      v.cel("Kerncijfers " + kernFiguren.get(i), view.get(kernFiguren.get(i)), kern.get(i + 1), 1);
    }
    tabel(v, perNaam.get("Per gemeente en status"), view.get("dossiersPerGemeenteEnStatus"));
    tabel(v, perNaam.get("Per gemeente en scenario"), view.get("dossiersPerGemeenteEnScenario"));
    lijst(v, perNaam, "Dossiers per azc", view.get("dossiersPerAzc"));
    lijst(v, perNaam, "Zonder klantprofiel-update", view.get("verhuizingenZonderKlantprofielUpdate"));
    lijst(v, perNaam, "Stilgevallen dossiers", view.get("stilgevallenDossiers"));
    lijst(v, perNaam, "Verlopen mijlpalen", view.get("verlopenMijlpalen"));
    rijen(v, perNaam, "Kengetallen per gemeente", view.get("perGemeente"), List.of("driegesprekkenBinnenNorm",
        "mediaanDagenKoppelingTotDriegesprek", "mediaanDagenKoppelingTotVerhuizing", "regioplaatsing"), 1,
        g -> g.get("naam").asString());
    rijen(v, perNaam, "Samenwerkingsafspraken", view.get("afspraken"), List.of("dossiers",
        "driegesprekkenBinnenNorm", "mediaanDagenKoppelingTotDriegesprek"), 2, null);

    // the explanation holds one number only: the threshold
    List<List<String>> toelichting = perNaam.get("Toelichting");
    List<String> getallen = new ArrayList<>();
    toelichting.stream().skip(1).forEach(r -> r.stream().skip(1).filter(c -> c.matches("-?[0-9]+([.,][0-9]+)?"))
        .forEach(getallen::add));
    assertThat(getallen).containsExactly(view.get("drempel").asString());
    return v.aantal;
  }

  private static void tabel(Vergelijking v, List<List<String>> blad, JsonNode t) {
    JsonNode rijen = t.get("rijen");
    int kolommen = t.get("kolommen").size();
    assertThat(blad).as("kop, een rij per gemeente, de totalen").hasSize(rijen.size() + 2);
    assertThat(blad.get(0)).hasSize(kolommen + 2);
    for (int i = 0; i < rijen.size(); i++) {
      List<String> rij = blad.get(i + 1);
      String gemeente = rijen.get(i).get("naam").asString();
      assertThat(rij.get(0)).isEqualTo(gemeente);
      for (int k = 0; k < kolommen; k++) {
        v.cel(gemeente + " × " + t.get("kolommen").get(k).asString(), t.get("cellen").get(i).get(k), rij, k + 1);
      }
      v.cel(gemeente + " totaal", t.get("rijTotalen").get(i), rij, kolommen + 1);
    }
    List<String> totaal = blad.get(rijen.size() + 1);
    assertThat(totaal.get(0)).isEqualTo("Totaal");
    for (int k = 0; k < kolommen; k++) {
      v.cel("kolomtotaal " + k, t.get("kolomTotalen").get(k), totaal, k + 1);
    }
    v.cel("totaal", t.get("totaal"), totaal, kolommen + 1);
  }

  private static void lijst(Vergelijking v, Map<String, List<List<String>>> bladen, String naam, JsonNode l) {
    if (l == null || l.isNull()) {
      assertThat(bladen).doesNotContainKey(naam);
      return;
    }
    List<List<String>> blad = bladen.get(naam);
    assertThat(blad).as(naam).hasSize(l.get("items").size() + 2);
    for (int i = 0; i < l.get("items").size(); i++) {
      v.cel(naam + " " + l.get("items").get(i).get("code").asString(), l.get("items").get(i).get("aantal"),
          blad.get(i + 1), 1);
    }
    assertThat(blad.get(l.get("items").size() + 1).get(0)).isEqualTo("Totaal");
    v.cel(naam + " totaal", l.get("totaal"), blad.get(l.get("items").size() + 1), 1);
  }

  private static void rijen(Vergelijking v, Map<String, List<List<String>>> bladen, String naam, JsonNode lijst,
      List<String> figuren, int eersteKolom, Function<JsonNode, String> label) {
    if (lijst == null || lijst.isNull() || lijst.isEmpty()) {
      assertThat(bladen).doesNotContainKey(naam);
      return;
    }
    List<List<String>> blad = bladen.get(naam);
    assertThat(blad).as(naam).hasSize(lijst.size() + 1);
    for (int i = 0; i < lijst.size(); i++) {
      if (label != null) {
        assertThat(blad.get(i + 1).get(0)).isEqualTo(label.apply(lijst.get(i)));
      }
      for (int f = 0; f < figuren.size(); f++) {
        v.cel(naam + " " + i + " " + figuren.get(f), lijst.get(i).get(figuren.get(f)), blad.get(i + 1),
            eersteKolom + f);
      }
    }
  }

  /** What the page shows for a figure, in the file's terms. */
  static String verwacht(JsonNode getal) {
    if (getal == null || getal.isNull() || getal.has("geenGegevens")) {
      return "–";
    }
    if (getal.has("onderdrukt")) {
      return getal.get("weergave").asString();
    }
    return getal.has("waarde") ? getal(getal.get("waarde").asString()) : "–";
  }

  private static String getal(String tekst) {
    return new BigDecimal(tekst).stripTrailingZeros().toPlainString();
  }

  private static final class Vergelijking {
    int aantal;

    void cel(String wat, JsonNode getal, List<String> rij, int kolom) {
      String inBestand = kolom < rij.size() ? rij.get(kolom) : "";
      String verwacht = verwacht(getal);
      String gelezen = inBestand.matches("[0-9.]+") ? getal(inBestand) : inBestand;
      assertThat(gelezen).as("%s: in het bestand %s, in de weergave %s", wat, inBestand, getal).isEqualTo(verwacht);
      if (getal != null && getal.has("onderdrukt")) {
        assertThat(inBestand).as("%s is onderdrukt: geen getal", wat).doesNotContainPattern("[0-9]");
      }
      aantal++;
    }
  }
}
