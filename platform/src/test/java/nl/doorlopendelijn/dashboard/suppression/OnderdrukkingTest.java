package nl.doorlopendelijn.dashboard.suppression;

import static nl.doorlopendelijn.dashboard.suppression.AuditTest.elkeOnderdrukteKleineTelling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OnderdrukkingTest {

  static final Onderdrukking STANDAARD = ExacteControle.regel(Onderdrukking.STANDAARD_DREMPEL);
  static final Onderdrukt X = new Onderdrukt();

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
    void aantallenNulTotEnMetVierWordenOnderdruktVijfBlijftZichtbaar() {
      for (long klein = 0; klein < 5; klein++) {
        assertThat(STANDAARD.cel(klein)).as("%d", klein).isEqualTo(X);
      }
      assertThat(STANDAARD.cel(5)).isEqualTo(new Zichtbaar(5));
    }

    @Test
    void eenOnderdruktAantalDraagtAlleenHetEneLabel() {
      Cel cel = STANDAARD.cel(3);

      assertThat(cel.weergave()).isEqualTo(Onderdrukt.LABEL);
      assertThat(cel.toString()).doesNotContain("3").doesNotContain("<");
    }

    @Test
    void nullenNaastEenOnderdrukteCelStaanErNietMeerAlsNul() {
      OnderdrukteKruistabel tabel = STANDAARD.tabel(DOSSIERS_PER_GEMEENTE, () -> false).tabel();

      assertThat(tabel.cel(0, 2)).as("Dongen, gestopt: 0").isEqualTo(X);
      assertThat(tabel.cel(0, 1)).as("Dongen, afgerond: 3").isEqualTo(X);
      assertThat(tabel.cel(2, 2)).as("Waalwijk, gestopt: 2").isEqualTo(X);
    }
  }

  @Nested
  class Secundair {

    @Test
    void deOnderdrukteCellenVanEenLijnMetTotaalTellenOpTotMinstensDrempelMinEen() {
      // 1 and 0 hidden next to a shown 7 and total 8 would add up to 1: each at most 1
      OnderdrukteLijst lijst = STANDAARD.lijst(List.of(1L, 0L, 7L), () -> false);

      assertThat(lijst.cellen()).containsExactly(X, X, X);
      assertThat(lijst.totaal()).isEqualTo(new Zichtbaar(8));
    }

    @Test
    void eenSecundairOnderdruktAantalDraagtHetzelfdeLabelAlsEenKlein() {
      OnderdrukteLijst lijst = STANDAARD.lijst(List.of(12L, 3L, 20L, 0L), () -> false);

      assertThat(lijst.cellen()).containsExactly(X, X, new Zichtbaar(20), X);
      assertThat(lijst.cellen().get(0).weergave()).as("de 12").isEqualTo(lijst.cellen().get(1).weergave());
      assertThat(lijst.totaal()).isEqualTo(new Zichtbaar(35));
    }

    @Test
    void deTabelUitHetVoorbeeldDoorstaatDeExacteAudit() {
      Onderdrukking.TabelBesluit tb = STANDAARD.tabel(DOSSIERS_PER_GEMEENTE, () -> false);

      elkeOnderdrukteKleineTelling(tb.stelsel(), tb.besluit(), 5);
      assertThat(tb.tabel().totaal()).isEqualTo(new Zichtbaar(105));
    }

    /** Fixed seed; small counts and zeros are where suppression is hard. */
    @Test
    void willekeurigeTabellenDoorstaanDeExacteAuditEnTonenNooitEenKleinAantal() {
      Random random = new Random(20_250_303);
      for (int poging = 0; poging < 120; poging++) {
        int drempel = List.of(3, 5, 10).get(random.nextInt(3));
        Kruistabel tabel = willekeurigeTabel(random);

        Onderdrukking.TabelBesluit tb = ExacteControle.regel(drempel).tabel(tabel, () -> false);

        elkeOnderdrukteKleineTelling(tb.stelsel(), tb.besluit(), drempel);
        for (int r = 0; r < tabel.rijen().size(); r++) {
          for (int k = 0; k < tabel.kolommen().size(); k++) {
            if (tb.tabel().cel(r, k) instanceof Zichtbaar zichtbaar) {
              assertThat(zichtbaar.waarde()).isEqualTo(tabel.aantal(r, k)).isGreaterThanOrEqualTo(drempel);
            }
          }
        }
      }
    }

    @Test
    void zonderTijdVoorDeAuditIsAllesOnderdrukt() {
      Onderdrukking.TabelBesluit tb = STANDAARD.tabel(DOSSIERS_PER_GEMEENTE, () -> true);

      assertThat(tb.besluit().alles()).isTrue();
      assertThat(tb.tabel().cellen()).allSatisfy(rij -> assertThat(rij).containsOnly(X));
      assertThat(tb.tabel().totaal()).isEqualTo(X);
    }

    @Test
    void eenAuditDieBlijftWeigerenLeidtTotAllesOnderdrukt() {
      Onderdrukking.TabelStelsel ts = Onderdrukking.stelsel(DOSSIERS_PER_GEMEENTE);

      Besluit besluit = STANDAARD.onderdruk(ts.stelsel(),
          b -> new Audit.Uitkomst(List.of(ts.cel()[0][1]), true, 0));

      assertThat(besluit.alles()).isTrue();
    }
  }

  @Nested
  class AfgeleideKengetallen {

    @Test
    void eenAandeelAlleenOverEenGetoondeBasisEnMetTellerEnRestVanMinstensDeDrempel() {
      for (long[] geval : new long[][] {{15, 20, 0}, {3, 4, 1}, {18, 20, 1}, {2, 20, 1}, {0, 20, 1}, {20, 20, 1},
          {5, 10, 0}}) {
        Stelsel s = new Stelsel();
        int noemer = s.getal("noemer", geval[1], false);
        int teller = s.verborgen("teller", geval[0], false);
        s.hoogstens(teller, noemer);
        int aandeel = s.aandeel("aandeel", teller, noemer, 0, 0, noemer);

        Besluit besluit = STANDAARD.onderdruk(s, () -> false);

        assertThat(besluit.aandeelOnderdrukt(aandeel)).as("%d van %d", geval[0], geval[1]).isEqualTo(geval[2] == 1);
      }
    }

    @Test
    void eenMediaanAlleenOverMinstensDeDrempelWaarden() {
      Stelsel s = new Stelsel();
      int basis = s.getal("dossiers", 9, false);
      int vier = s.verborgen("vier", 4, false);
      int vijf = s.verborgen("vijf", 5, false);
      int m4 = s.mediaan("over vier", vier, basis);
      int m5 = s.mediaan("over vijf", vijf, basis);

      Besluit besluit = STANDAARD.onderdruk(s, () -> false);

      assertThat(besluit.mediaanOnderdrukt(m4)).isTrue();
      assertThat(besluit.mediaanOnderdrukt(m5)).isFalse();
    }

    @Test
    void procentEnMediaan() {
      assertThat(Onderdrukking.procent(15, 20)).isEqualByComparingTo("75.0");
      assertThat(Onderdrukking.procent(1, 3)).isEqualByComparingTo("33.3");
      assertThat(Onderdrukking.mediaan(List.of(30, 10, 14, 12, 16))).isEqualByComparingTo(BigDecimal.valueOf(14));
      assertThat(Onderdrukking.mediaan(List.of(10, 11, 12, 13, 14, 15))).isEqualByComparingTo("12.5");
      assertThatThrownBy(() -> Onderdrukking.procent(21, 20)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void drempelIsMinstensEen() {
    assertThatThrownBy(() -> Onderdrukking.metDrempel(0)).isInstanceOf(IllegalArgumentException.class);
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
        aantallen[r][k] = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 6 : 30);
      }
    }
    for (int k = 0; k < kolommen; k++) {
      kolomNamen.add("k" + k);
    }
    return Kruistabel.van(rijNamen, kolomNamen, aantallen);
  }
}
