package nl.doorlopendelijn.dashboard.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OnderdrukkingTest {

  static final Onderdrukking STANDAARD = Onderdrukking.standaard();

  /** Dossiers per gemeente and status, Hart van Brabant. */
  static final Kruistabel DOSSIERS_PER_GEMEENTE = Kruistabel.van(
      List.of("Dongen", "Tilburg", "Waalwijk"),
      List.of("lopend", "afgerond", "gestopt"),
      new long[][] {
          {12, 3, 0},
          {40, 25, 6},
          {8, 9, 2}});

  @Nested
  class Primair {

    @Test
    void aantallenEenTotVierWordenOnderdruktNulEnVijfBlijvenZichtbaar() {
      assertThat(STANDAARD.cel(0)).isEqualTo(new Zichtbaar(0));
      assertThat(STANDAARD.cel(1)).isEqualTo(new Onderdrukt(5));
      assertThat(STANDAARD.cel(4)).isEqualTo(new Onderdrukt(5));
      assertThat(STANDAARD.cel(5)).isEqualTo(new Zichtbaar(5));
    }

    @Test
    void eenOnderdruktAantalToontAlleenDeDrempel() {
      Cel cel = STANDAARD.cel(3);

      assertThat(cel.weergave()).isEqualTo("< 5");
      assertThat(cel.toString()).doesNotContain("3");
    }

    @Test
    void kleineCellenInDeTabelZijnOnderdrukt() {
      OnderdrukteKruistabel tabel = STANDAARD.tabel(DOSSIERS_PER_GEMEENTE);

      assertThat(tabel.cel(0, 1)).isEqualTo(new Onderdrukt(5)); // Dongen, afgerond: 3
      assertThat(tabel.cel(2, 2)).isEqualTo(new Onderdrukt(5)); // Waalwijk, gestopt: 2
      assertThat(tabel.cel(0, 2)).isEqualTo(new Zichtbaar(0)); // Dongen, gestopt: 0
      assertThat(tabel.totaal()).isEqualTo(new Zichtbaar(105));
      assertThat(tabel.rijTotalen()).containsExactly(new Zichtbaar(15), new Zichtbaar(71), new Zichtbaar(19));
    }

    @Test
    void eenTotaalOnderDeDrempelIsOokOnderdrukt() {
      OnderdrukteKruistabel tabel = STANDAARD.tabel(Kruistabel.van(
          List.of("Goirle", "Tilburg"), List.of("lopend", "afgerond"), new long[][] {{2, 1}, {30, 20}}));

      assertThat(tabel.rijTotalen().get(0)).isEqualTo(new Onderdrukt(5));
      assertThat(Afleider.afleidbaar(
          Kruistabel.van(List.of("Goirle", "Tilburg"), List.of("lopend", "afgerond"), new long[][] {{2, 1}, {30, 20}}),
          tabel)).isEmpty();
    }
  }

  @Nested
  class Secundair {

    @Test
    void geenOnderdruktAantalIsTerugTeRekenenUitEenTotaalEnDeAndereCellen() {
      OnderdrukteKruistabel tabel = STANDAARD.tabel(DOSSIERS_PER_GEMEENTE);

      assertThat(Afleider.afleidbaar(DOSSIERS_PER_GEMEENTE, tabel)).isEmpty();
    }

    @Test
    void elkeLijnMetEenOnderdruktGetalHeeftErMinstensTwee() {
      OnderdrukteKruistabel tabel = STANDAARD.tabel(DOSSIERS_PER_GEMEENTE);

      for (int r = 0; r < 3; r++) {
        assertThat(tabel.cellen().get(r).stream().filter(Cel::isOnderdrukt).count()
            + (tabel.rijTotalen().get(r).isOnderdrukt() ? 1 : 0)).isNotEqualTo(1);
      }
      for (int k = 0; k < 3; k++) {
        int kolom = k;
        assertThat(tabel.cellen().stream().filter(rij -> rij.get(kolom).isOnderdrukt()).count()
            + (tabel.kolomTotalen().get(k).isOnderdrukt() ? 1 : 0)).isNotEqualTo(1);
      }
    }

    @Test
    void alleenPrimaireOnderdrukkingVerraadtDeKleineAantallen() {
      // the checker itself works: without complements it recovers the 3 and the 2
      OnderdrukteKruistabel alleenPrimair = alleenPrimair(DOSSIERS_PER_GEMEENTE, 5);

      assertThat(Afleider.afleidbaar(DOSSIERS_PER_GEMEENTE, alleenPrimair))
          .extracting(Afleider.Afgeleid::waarde)
          .contains(3L, 2L);
    }

    @Test
    void deKleinsteCelWordtAlsComplementGekozen() {
      Kruistabel tabel = Kruistabel.van(List.of("Heusden"), List.of("a", "b", "c", "d"), new long[][] {{3, 40, 9, 0}});

      OnderdrukteKruistabel getoond = STANDAARD.tabel(tabel);

      assertThat(getoond.cellen().get(0))
          .containsExactly(new Onderdrukt(5), new Zichtbaar(40), new Onderdrukt(5), new Zichtbaar(0));
      assertThat(getoond.rijTotalen()).containsExactly(new Zichtbaar(52));
    }

    @Test
    void willekeurigeTabellenLatenNietsAfleidenEnTonenNooitEenKleinAantal() {
      Random random = new Random(20250303);
      for (int poging = 0; poging < 500; poging++) {
        int drempel = List.of(3, 5, 10).get(random.nextInt(3));
        Kruistabel tabel = willekeurigeTabel(random);

        OnderdrukteKruistabel getoond = Onderdrukking.metDrempel(drempel).tabel(tabel);

        assertThat(Afleider.afleidbaar(tabel, getoond)).as("tabel %s, drempel %d", tabel, drempel).isEmpty();
        for (int r = 0; r < tabel.rijen().size(); r++) {
          for (int k = 0; k < tabel.kolommen().size(); k++) {
            long echt = tabel.aantal(r, k);
            Cel cel = getoond.cel(r, k);
            if (echt > 0 && echt < drempel) {
              assertThat(cel).isEqualTo(new Onderdrukt(drempel));
            } else if (cel instanceof Zichtbaar zichtbaar) {
              assertThat(zichtbaar.waarde()).isEqualTo(echt);
            }
          }
        }
      }
    }
  }

  @Nested
  class Lijst {

    @Test
    void eenNulIsGeenComplementHetKleinstePositieveAantalWel() {
      OnderdrukteLijst lijst = STANDAARD.lijst(List.of(12L, 3L, 20L, 0L));

      // hiding the 0 next to the 3 would tell that the two add up to 3
      assertThat(lijst.cellen())
          .containsExactly(new Onderdrukt(5), new Onderdrukt(5), new Zichtbaar(20), new Zichtbaar(0));
      assertThat(lijst.totaal()).isEqualTo(new Zichtbaar(35));
    }

    @Test
    void complementInEenLijst() {
      OnderdrukteLijst lijst = STANDAARD.lijst(List.of(12L, 3L, 20L));

      assertThat(lijst.cellen()).containsExactly(new Onderdrukt(5), new Onderdrukt(5), new Zichtbaar(20));
      assertThat(lijst.totaal()).isEqualTo(new Zichtbaar(35));
    }

    @Test
    void eenKleinTotaalOnderdruktOokZijnEnigeCel() {
      OnderdrukteLijst lijst = STANDAARD.lijst(List.of(3L, 0L));

      assertThat(lijst.totaal()).isEqualTo(new Onderdrukt(5));
      assertThat(lijst.cellen()).containsExactly(new Onderdrukt(5), new Zichtbaar(0));
    }
  }

  @Nested
  class AfgeleideKengetallen {

    @Test
    void mediaanOverTeWeinigDossiersIsOnderdrukt() {
      assertThat(STANDAARD.mediaan(List.of(10, 12, 14, 30))).isEqualTo(new Onderdrukt(5));
      assertThat(STANDAARD.mediaan(List.of()).weergave()).isEqualTo("< 5");
    }

    @Test
    void mediaanOverVijfDossiersIsZichtbaar() {
      assertThat(STANDAARD.mediaan(List.of(30, 10, 14, 12, 16)).weergave()).isEqualTo("14");
      assertThat(STANDAARD.mediaan(List.of(10, 11, 12, 13, 14, 15)).weergave()).isEqualTo("12,5");
    }

    @Test
    void aandeelAlleenBijEenNoemerVanMinstensDeDrempel() {
      assertThat(STANDAARD.aandeel(3, 4)).isEqualTo(new Onderdrukt(5));
      assertThat(STANDAARD.aandeel(15, 20).weergave()).isEqualTo("75,0");
      assertThat(STANDAARD.aandeel(20, 20).weergave()).isEqualTo("100,0");
      assertThat(STANDAARD.aandeel(0, 6).weergave()).isEqualTo("0,0");
    }

    @Test
    void aandeelDatEenKleinAantalVerraadtIsOnderdrukt() {
      // 90% of 20 driegesprekken within the norm says that 2 were not
      assertThat(STANDAARD.aandeel(18, 20)).isEqualTo(new Onderdrukt(5));
      assertThat(STANDAARD.aandeel(2, 20)).isEqualTo(new Onderdrukt(5));
    }

    @Test
    void eenAandeelIsNooitGroterDanHetGeheel() {
      assertThatThrownBy(() -> STANDAARD.aandeel(21, 20)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class DrempelUitDeConfiguratie {

    @Test
    void regioMetDrempelTien() {
      Onderdrukking tien = Onderdrukking.metDrempel(10);

      OnderdrukteKruistabel tabel = tien.tabel(DOSSIERS_PER_GEMEENTE);

      assertThat(tabel.cel(2, 0).weergave()).isEqualTo("< 10"); // Waalwijk, lopend: 8
      assertThat(tabel.cel(2, 1).weergave()).isEqualTo("< 10"); // Waalwijk, afgerond: 9
      assertThat(tabel.cel(1, 0)).isEqualTo(new Zichtbaar(40));
      assertThat(tien.mediaan(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9))).isEqualTo(new Onderdrukt(10));
      assertThat(tien.aandeel(7, 9).weergave()).isEqualTo("< 10");
      assertThat(Afleider.afleidbaar(DOSSIERS_PER_GEMEENTE, tabel)).isEmpty();
    }

    @Test
    void drempelIsMinstensEen() {
      assertThatThrownBy(() -> Onderdrukking.metDrempel(0)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  static Kruistabel willekeurigeTabel(Random random) {
    int rijen = 1 + random.nextInt(5);
    int kolommen = 1 + random.nextInt(5);
    List<String> rijNamen = new ArrayList<>();
    List<String> kolomNamen = new ArrayList<>();
    long[][] aantallen = new long[rijen][kolommen];
    for (int r = 0; r < rijen; r++) {
      rijNamen.add("r" + r);
      for (int k = 0; k < kolommen; k++) {
        // mostly small numbers and zeros: where suppression is hard
        aantallen[r][k] = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 30);
      }
    }
    for (int k = 0; k < kolommen; k++) {
      kolomNamen.add("k" + k);
    }
    return Kruistabel.van(rijNamen, kolomNamen, aantallen);
  }

  static OnderdrukteKruistabel alleenPrimair(Kruistabel tabel, int drempel) {
    Onderdrukking alleenCellen = Onderdrukking.metDrempel(drempel);
    List<List<Cel>> cellen = new ArrayList<>();
    List<Cel> rijTotalen = new ArrayList<>();
    for (int r = 0; r < tabel.rijen().size(); r++) {
      List<Cel> rij = new ArrayList<>();
      for (int k = 0; k < tabel.kolommen().size(); k++) {
        rij.add(alleenCellen.cel(tabel.aantal(r, k)));
      }
      cellen.add(rij);
      rijTotalen.add(alleenCellen.cel(tabel.rijTotaal(r)));
    }
    List<Cel> kolomTotalen = new ArrayList<>();
    for (int k = 0; k < tabel.kolommen().size(); k++) {
      kolomTotalen.add(alleenCellen.cel(tabel.kolomTotaal(k)));
    }
    return new OnderdrukteKruistabel(tabel.rijen(), tabel.kolommen(), cellen, rijTotalen, kolomTotalen,
        alleenCellen.cel(tabel.totaal()));
  }
}
