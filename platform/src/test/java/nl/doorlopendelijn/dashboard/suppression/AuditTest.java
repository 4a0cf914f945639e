package nl.doorlopendelijn.dashboard.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The exact audit: what the issue's probe worked out by hand on the demo, the integer programme works out too; and on
 * tiny tables its ranges are those of an exhaustive search over every table that fits the publication.
 */
class AuditTest {

  static final int T = 5;
  static final List<String> HVB = List.of("Dongen", "Gilze en Rijen", "Goirle", "Heusden", "Hilvarenbeek",
      "Loon op Zand", "Oisterwijk", "Tilburg", "Waalwijk");
  static final List<String> SCENARIOS = List.of("snelle-start", "gecombineerde-aanpak", "start-na-verhuizing",
      "mengvorm");

  /** The demo's dossiers per gemeente and scenario: Tilburg and Dongen under the agreement, five single dossiers. */
  static final Kruistabel DEMO_PER_SCENARIO = Kruistabel.van(HVB, SCENARIOS, new long[][] {
      {6, 0, 0, 0},
      {1, 0, 0, 0},
      {0, 1, 0, 0},
      {1, 0, 0, 0},
      {0, 0, 0, 0},
      {0, 0, 0, 0},
      {0, 0, 1, 0},
      {14, 0, 0, 0},
      {0, 1, 0, 0}});

  /** The demo's dossiers per gemeente and status: all 25 lopend. */
  static final Kruistabel DEMO_PER_STATUS = Kruistabel.van(HVB, List.of("lopend"),
      new long[][] {{6}, {1}, {1}, {1}, {0}, {0}, {1}, {14}, {1}});

  @Nested
  class DeAfleidingenUitHetIssue {

    @Test
    void snelleStartKolomVanDeDemoPintBeideOnderdrukteCellenOpPreciesEen() {
      Onderdrukking.TabelStelsel ts = Onderdrukking.stelsel(DEMO_PER_SCENARIO);
      Besluit vandaag = VorigeRegel.besluit(ts.stelsel(), T);
      // zeros are printed as 0, so a suppressed cell is ≥ 1
      Audit audit = ExacteControle.audit(ts.stelsel(), vandaag, T, 1);

      assertThat(vandaag.onderdrukt(ts.cel()[1][0])).isTrue();
      assertThat(vandaag.onderdrukt(ts.cel()[3][0])).isTrue();
      assertThat(vandaag.onderdrukt(ts.kolomTotaal()[0])).as("22 staat er").isFalse();
      assertThat(audit.bereik(ts.cel()[1][0])).extracting(Audit.Bereik::min, Audit.Bereik::max).containsExactly(1L, 1L);
      assertThat(audit.bereik(ts.cel()[3][0])).extracting(Audit.Bereik::min, Audit.Bereik::max).containsExactly(1L, 1L);
      assertThat(audit.controleer(() -> false).geslaagd()).isFalse();
    }

    @Test
    void statustabelVanDeDemoPintDeVijfOnderdrukteCellenOpPreciesEen() {
      Onderdrukking.TabelStelsel ts = Onderdrukking.stelsel(DEMO_PER_STATUS);
      Besluit vandaag = VorigeRegel.besluit(ts.stelsel(), T);
      Audit audit = ExacteControle.audit(ts.stelsel(), vandaag, T, 1);

      for (int rij : new int[] {1, 2, 3, 6, 8}) {
        assertThat(vandaag.onderdrukt(ts.cel()[rij][0])).isTrue();
        assertThat(audit.bereik(ts.cel()[rij][0])).as(HVB.get(rij))
            .extracting(Audit.Bereik::min, Audit.Bereik::max).containsExactly(1L, 1L);
      }
      assertThat(audit.controleer(() -> false).mislukt()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void deRegelVanNuLaatInBeideTabellenElkeOnderdrukteCelVanNulTotVierZijn() {
      for (Kruistabel tabel : List.of(DEMO_PER_SCENARIO, DEMO_PER_STATUS)) {
        Onderdrukking.TabelBesluit tb = ExacteControle.regel(Onderdrukking.STANDAARD_DREMPEL).tabel(tabel, () -> false);

        assertThat(tb.besluit().alles()).isFalse();
        elkeOnderdrukteKleineTelling(tb.stelsel(), tb.besluit(), T);
      }
    }
  }

  @Nested
  class ExactTegenUitputtendZoeken {

    /** Tiny tables (2×2, threshold 3, values 0…4), random publications: ILP range = the range over all tables. */
    @Test
    void bereikIsDatVanAlleTabellenDieBijDePublicatiePassen() {
      Random random = new Random(11_04);
      for (int poging = 0; poging < 30; poging++) {
        long[][] waarden = new long[2][2];
        for (long[] rij : waarden) {
          for (int k = 0; k < 2; k++) {
            rij[k] = random.nextInt(5);
          }
        }
        Kruistabel tabel = Kruistabel.van(List.of("a", "b"), List.of("x", "y"), waarden);
        Onderdrukking.TabelStelsel ts = Onderdrukking.stelsel(tabel);
        Stelsel s = ts.stelsel();
        boolean[] onderdrukt = new boolean[s.grootte()];
        for (int i = 0; i < onderdrukt.length; i++) {
          onderdrukt[i] = random.nextInt(3) > 0;
        }
        Besluit besluit = new Besluit(onderdrukt, new boolean[0], new boolean[0], false);
        Audit audit = ExacteControle.audit(s, besluit, 3);
        for (int i = 0; i < s.grootte(); i++) {
          if (onderdrukt[i]) {
            // two search windows: where they agree the search is exact, where they differ the range reaches at least as far as the wider one
            long[] klein = uitputtend(s, onderdrukt, i, 6);
            long[] groot = uitputtend(s, onderdrukt, i, 9);
            Audit.Bereik bereik = audit.bereik(i);
            if (klein[0] == groot[0]) {
              assertThat(bereik.min()).as("min %s in %s", s.aantal(i).naam(), tabel).isEqualTo(groot[0]);
            } else {
              assertThat(bereik.min()).as("min %s in %s", s.aantal(i).naam(), tabel).isLessThanOrEqualTo(groot[0]);
            }
            if (klein[1] == groot[1]) {
              assertThat(bereik.max()).as("max %s in %s", s.aantal(i).naam(), tabel).isEqualTo(groot[1]);
            } else { // grows with the search window: window-limited: at least as far
              assertThat(bereik.max()).as("max %s in %s", s.aantal(i).naam(), tabel).isGreaterThanOrEqualTo(groot[1]);
            }
          }
        }
      }
    }

    /** Every 2×2 table with cells 0…max that shows the same visible figures: min and max of entry i. */
    private long[] uitputtend(Stelsel s, boolean[] onderdrukt, int i, long max) {
      long lo = Long.MAX_VALUE;
      long hi = Long.MIN_VALUE;
      for (long a = 0; a <= max; a++) {
        for (long b = 0; b <= max; b++) {
          for (long c = 0; c <= max; c++) {
            for (long d = 0; d <= max; d++) {
              long[] w = {a, b, c, d, a + b, c + d, a + c, b + d, a + b + c + d};
              boolean past = true;
              for (int j = 0; j < w.length && past; j++) {
                past = onderdrukt[j] || w[j] == s.aantal(j).waarde();
              }
              if (past) {
                lo = Math.min(lo, w[i]);
                hi = Math.max(hi, w[i]);
              }
            }
          }
        }
      }
      return new long[] {lo, hi};
    }
  }

  static void elkeOnderdrukteKleineTelling(Stelsel s, Besluit besluit, int drempel) {
    ExacteControle.elkeOnderdrukteKleineTelling(s, besluit, drempel);
  }
}
