package nl.doorlopendelijn.dossiers.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.doorlopendelijn.dossiers.planning.Werkvolgorde.Plaats;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The order of a werkvoorraad (issue 15: "dossiers where I am the vaste contactpersoon or casemanager first, then my
 * gemeente's or azc's ... sorted by urgency"), over every combination of mine, kind, signal urgency and date.
 */
class WerkvolgordeTest {

  private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 2);
  private static final int[] TE_LAAT = {-30, -15, -1};
  private static final int[] KOMEND = {0, 1, 6, 7, 14};
  private static final Integer[] SIGNAALDAGEN = {null, -5, 0, 10};

  /** Every combination: mine or not × kind × (signal urgency) × date × two dossiers. */
  static List<Plaats> alleCombinaties() {
    List<Plaats> alle = new ArrayList<>();
    for (boolean mijn : new boolean[] {true, false}) {
      for (String nummer : new String[] {"HVB-2026-000001", "HVB-2026-000002"}) {
        for (int d : TE_LAAT) {
          alle.add(new Plaats(mijn, Werksoort.MIJLPAAL_TE_LAAT, null, VANDAAG.plusDays(d), "hart-van-brabant", nummer,
              "driegesprek"));
        }
        for (Werksoort komend : List.of(Werksoort.MIJLPAAL_BINNENKORT, Werksoort.VERHUIZING, Werksoort.GESPREK)) {
          for (int d : KOMEND) {
            alle.add(new Plaats(mijn, komend, null, VANDAAG.plusDays(d), "hart-van-brabant", nummer, "verhuizing"));
          }
        }
        for (Urgentie u : Urgentie.values()) {
          for (Integer d : SIGNAALDAGEN) {
            alle.add(new Plaats(mijn, Werksoort.SIGNAAL, u, d == null ? null : VANDAAG.plusDays(d),
                "hart-van-brabant", nummer, "stilval"));
          }
        }
      }
    }
    return alle;
  }

  @Test
  @DisplayName("Mijn dossiers eerst: elk item van een dossier van mij staat vóór elk item van een ander dossier")
  void mijnDossiersEerst() {
    paren((a, b) -> {
      if (a.mijn() && !b.mijn()) {
        assertThat(Werkvolgorde.VOLGORDE.compare(a, b)).as("%s vóór %s", a, b).isNegative();
      }
    });
  }

  @Test
  @DisplayName("Binnen een groep: te laat, dan signalen hoog, dan wat komt, dan signalen middel en laag")
  void binnenEenGroepTeLaatDanHoogDanKomendDanDeRest() {
    paren((a, b) -> {
      if (a.mijn() == b.mijn() && rang(a) < rang(b)) {
        assertThat(Werkvolgorde.VOLGORDE.compare(a, b)).as("%s vóór %s", a, b).isNegative();
      }
    });
  }

  @Test
  @DisplayName("Te laat: het langst te laat voorop; wat komt: het eerst komende voorop; signalen zonder datum achteraan")
  void binnenEenRangOpDatum() {
    paren((a, b) -> {
      if (a.mijn() == b.mijn() && rang(a) == rang(b) && a.datum() != null && b.datum() != null
          && a.datum().isBefore(b.datum())) {
        assertThat(Werkvolgorde.VOLGORDE.compare(a, b)).as("%s vóór %s", a, b).isNegative();
      }
      if (a.mijn() == b.mijn() && rang(a) == rang(b) && a.datum() != null && b.datum() == null) {
        assertThat(Werkvolgorde.VOLGORDE.compare(a, b)).as("%s vóór %s", a, b).isNegative();
      }
    });
  }

  @Test
  @DisplayName("De urgentie stijgt nooit verderop in een groep, en te laat is altijd hoog")
  void urgentieDaaltAlleenInDeVolgorde() {
    List<Plaats> gesorteerd = new ArrayList<>(alleCombinaties());
    gesorteerd.sort(Werkvolgorde.VOLGORDE);
    for (boolean mijn : new boolean[] {true, false}) {
      List<Urgentie> urgenties = gesorteerd.stream().filter(p -> p.mijn() == mijn)
          .map(p -> Werkvolgorde.urgentie(p.soort(), p.urgentie())).toList();
      assertThat(urgenties).isSorted();
    }
    assertThat(Werkvolgorde.urgentie(Werksoort.MIJLPAAL_TE_LAAT, null)).isEqualTo(Urgentie.HOOG);
  }

  @Test
  @DisplayName("Een totale, stabiele volgorde: elke schudding sorteert tot dezelfde lijst")
  void elkeSchuddingGeeftDezelfdeLijst() {
    List<Plaats> verwacht = new ArrayList<>(alleCombinaties());
    verwacht.sort(Werkvolgorde.VOLGORDE);
    Random random = new Random(15);
    for (int i = 0; i < 50; i++) {
      List<Plaats> geschud = new ArrayList<>(alleCombinaties());
      Collections.shuffle(geschud, random);
      geschud.sort(Werkvolgorde.VOLGORDE);
      assertThat(geschud).isEqualTo(verwacht);
    }
    paren((a, b) -> assertThat(Integer.signum(Werkvolgorde.VOLGORDE.compare(a, b)))
        .isEqualTo(-Integer.signum(Werkvolgorde.VOLGORDE.compare(b, a))));
  }

  @Test
  @DisplayName("Een voorbeeld zoals de pagina het toont")
  void voorbeeld() {
    Plaats mijnBinnenkort = plaats(true, Werksoort.MIJLPAAL_BINNENKORT, null, 3);
    Plaats mijnTeLaat = plaats(true, Werksoort.MIJLPAAL_TE_LAAT, null, -2);
    Plaats andermansErgTeLaat = plaats(false, Werksoort.MIJLPAAL_TE_LAAT, null, -40);
    Plaats andermansHoogSignaal = plaats(false, Werksoort.SIGNAAL, Urgentie.HOOG, null);
    Plaats andermansVerhuizing = plaats(false, Werksoort.VERHUIZING, null, 5);
    Plaats andermansStilval = plaats(false, Werksoort.SIGNAAL, Urgentie.MIDDEL, null);
    Plaats andermansWatTeLaat = plaats(false, Werksoort.MIJLPAAL_TE_LAAT, null, -3);
    List<Plaats> lijst = new ArrayList<>(List.of(andermansStilval, andermansVerhuizing, mijnBinnenkort,
        andermansHoogSignaal, andermansWatTeLaat, andermansErgTeLaat, mijnTeLaat));
    lijst.sort(Werkvolgorde.VOLGORDE);
    assertThat(lijst).containsExactly(mijnTeLaat, mijnBinnenkort, andermansErgTeLaat, andermansWatTeLaat,
        andermansHoogSignaal, andermansVerhuizing, andermansStilval);
  }

  private static Plaats plaats(boolean mijn, Werksoort soort, Urgentie u, Integer dagen) {
    return new Plaats(mijn, soort, u, dagen == null ? null : VANDAAG.plusDays(dagen), "hart-van-brabant",
        "HVB-2026-000001", soort.code());
  }

  private static int rang(Plaats p) {
    return Werkvolgorde.rang(p.soort(), p.urgentie());
  }

  private static void paren(java.util.function.BiConsumer<Plaats, Plaats> controle) {
    List<Plaats> alle = alleCombinaties();
    for (Plaats a : alle) {
      for (Plaats b : alle) {
        controle.accept(a, b);
      }
    }
  }
}
