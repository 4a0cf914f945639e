package nl.doorlopendelijn.dossiers.planning;

import nl.doorlopendelijn.kernel.Scenario;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.BREDE_INTAKE;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.DRIEGESPREK;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.KENNISMAKING;
import static nl.doorlopendelijn.dossiers.planning.MijlpaalType.KLANTPROFIEL_UPDATE;
import static nl.doorlopendelijn.dossiers.planning.SignaalType.CONTACTPERSOON_VERTROKKEN;
import static nl.doorlopendelijn.dossiers.planning.SignaalType.DRIEGESPREK_BUITEN_NORM;
import static nl.doorlopendelijn.dossiers.planning.SignaalType.GEEN_CONTACTPERSOON;
import static nl.doorlopendelijn.dossiers.planning.SignaalType.STILVAL;
import static nl.doorlopendelijn.dossiers.planning.SignaalType.TE_LAAT;
import static nl.doorlopendelijn.dossiers.planning.SignaalType.VERHUIZING_ZONDER_KLANTPROFIEL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignalenTest {

  static final LocalDate KOPPELING = LocalDate.of(2025, 3, 3);
  static final SignaalConfig CONFIG = SignaalConfig.standaard();

  static LocalDate datum(int maand, int dag) {
    return LocalDate.of(2025, maand, dag);
  }

  /** Snelle start, kennismaking and driegesprek done on time; brede intake due 31 March. */
  static Tijdlijn snelleStartMetGoedBegin() {
    return MijlpalenPlanner.plan(PlanInput.voor(Scenario.SNELLE_START, KOPPELING)
        .metVerwachteVerhuisdatum(datum(9, 1))
        .metAfgerond(KENNISMAKING, Afgerond.op(datum(3, 9)))
        .metAfgerond(DRIEGESPREK, Afgerond.op(datum(3, 14))));
  }

  static List<Signaal> vanType(List<Signaal> signalen, SignaalType type) {
    return signalen.stream().filter(s -> s.type() == type).toList();
  }

  @Nested
  class TeLaat {

    @Test
    void bredeIntakeDrieDagenTeLaat() {
      List<Signaal> signalen = Signalen.bepaal(snelleStartMetGoedBegin(), datum(4, 3), CONFIG);

      assertThat(signalen).containsExactly(new Signaal(TE_LAAT, Urgentie.MIDDEL, BREDE_INTAKE,
          "Brede intake is 3 dagen te laat (vervaldatum 31 maart 2025)."));
    }

    @Test
    void opDeVervaldatumZelfNogNietTeLaat() {
      assertThat(Signalen.bepaal(snelleStartMetGoedBegin(), datum(3, 31), CONFIG)).isEmpty();
    }

    @Test
    void meerDanTweeWekenTeLaatIsUrgent() {
      List<Signaal> signalen = Signalen.bepaal(snelleStartMetGoedBegin(), datum(4, 20), CONFIG);

      assertThat(signalen).extracting(Signaal::mijlpaal).containsExactly(BREDE_INTAKE, MijlpaalType.PIP_ADVIES);
      assertThat(signalen).extracting(Signaal::urgentie).containsExactly(Urgentie.HOOG, Urgentie.MIDDEL);
    }
  }

  @Nested
  class VerhuizingZonderKlantprofiel {

    static PlanInput verhuizingOpEenJuli() {
      return PlanInput.voor(Scenario.START_NA_VERHUIZING, KOPPELING)
          .metVerwachteVerhuisdatum(datum(7, 1))
          .metAfgerond(KENNISMAKING, Afgerond.op(datum(3, 9)))
          .metAfgerond(DRIEGESPREK, Afgerond.op(datum(6, 16)));
    }

    @Test
    void verhuizingBinnenVeertienDagenZonderKlantprofielUpdate() {
      List<Signaal> signalen = Signalen.bepaal(MijlpalenPlanner.plan(verhuizingOpEenJuli()), datum(6, 20), CONFIG);

      // replaces the TE_LAAT of the klantprofiel-update, due 17 June
      assertThat(signalen).containsExactly(new Signaal(VERHUIZING_ZONDER_KLANTPROFIEL, Urgentie.HOOG,
          KLANTPROFIEL_UPDATE,
          "Verhuizing over 11 dagen (1 juli 2025) en het klantprofiel in TVS is nog niet bijgewerkt."));
    }

    @Test
    void klantprofielBijgewerktGeenSignaal() {
      Tijdlijn tijdlijn = MijlpalenPlanner.plan(
          verhuizingOpEenJuli().metAfgerond(KLANTPROFIEL_UPDATE, Afgerond.op(datum(6, 16))));

      assertThat(Signalen.bepaal(tijdlijn, datum(6, 20), CONFIG)).isEmpty();
    }

    @Test
    void verhuizingOverVijftienDagenNogGeenSignaal() {
      assertThat(vanType(Signalen.bepaal(MijlpalenPlanner.plan(verhuizingOpEenJuli()), datum(6, 16), CONFIG),
          VERHUIZING_ZONDER_KLANTPROFIEL)).isEmpty();
    }
  }

  @Nested
  class DriegesprekBuitenNorm {

    @Test
    void driegesprekNaDeNormGehouden() {
      Tijdlijn tijdlijn = MijlpalenPlanner.plan(PlanInput.voor(Scenario.SNELLE_START, KOPPELING)
          .metAfgerond(KENNISMAKING, Afgerond.op(datum(3, 9)))
          .metAfgerond(DRIEGESPREK, Afgerond.op(datum(3, 20))));

      assertThat(Signalen.bepaal(tijdlijn, datum(3, 25), CONFIG)).containsExactly(new Signaal(
          DRIEGESPREK_BUITEN_NORM, Urgentie.LAAG, DRIEGESPREK,
          "Driegesprek gehouden op 20 maart 2025, 3 dagen na de norm (17 maart 2025)."));
    }

    @Test
    void driegesprekNogNietGehoudenEnDeNormVerstrekenVervangtTeLaat() {
      Tijdlijn tijdlijn = MijlpalenPlanner.plan(PlanInput.voor(Scenario.SNELLE_START, KOPPELING)
          .metAfgerond(KENNISMAKING, Afgerond.op(datum(3, 9))));

      assertThat(Signalen.bepaal(tijdlijn, datum(3, 25), CONFIG)).containsExactly(new Signaal(
          DRIEGESPREK_BUITEN_NORM, Urgentie.MIDDEL, DRIEGESPREK,
          "Driegesprek nog niet gehouden; de norm (17 maart 2025) is 8 dagen verstreken."));
    }

    @Test
    void driegesprekOpDeNormdatumIsBinnenDeNorm() {
      Tijdlijn tijdlijn = MijlpalenPlanner.plan(PlanInput.voor(Scenario.SNELLE_START, KOPPELING)
          .metAfgerond(DRIEGESPREK, Afgerond.op(datum(3, 17))));

      assertThat(vanType(Signalen.bepaal(tijdlijn, datum(3, 25), CONFIG), DRIEGESPREK_BUITEN_NORM)).isEmpty();
    }
  }

  @Nested
  class Stilval {

    /** Gecombineerde aanpak, no house in sight, everything done up to the PIP-advies on 14 April. */
    static PlanInput wachtOpWoning() {
      PlanInput input = PlanInput.voor(Scenario.GECOMBINEERDE_AANPAK, KOPPELING)
          .metAfgerond(DRIEGESPREK, Afgerond.op(datum(3, 17)));
      for (MijlpaalType type : List.of(KENNISMAKING, MijlpaalType.VOORINBURGERING_TOESTEMMING,
          BREDE_INTAKE, MijlpaalType.VOORINBURGERING_START, MijlpaalType.PIP_ADVIES)) {
        input = input.metAfgerond(type, Afgerond.op(datum(4, 14)));
      }
      return input.metAfgerond(MijlpaalType.VOORINBURGERING_EINDE, Afgerond.op(datum(5, 1)));
    }

    @Test
    void negentigDagenGeenActiviteitTerwijlDeInburgeraarOpEenWoningWacht() {
      List<Signaal> signalen = Signalen.bepaal(MijlpalenPlanner.plan(wachtOpWoning()), datum(7, 30), CONFIG);

      assertThat(signalen).containsExactly(new Signaal(STILVAL, Urgentie.MIDDEL, null,
          "Al 90 dagen geen activiteit (laatste: einde voorinburgering afgerond op 1 mei 2025) terwijl de"
              + " inburgeraar op een woning wacht."));
    }

    @Test
    void negenentachtigDagenIsNogGeenStilval() {
      assertThat(Signalen.bepaal(MijlpalenPlanner.plan(wachtOpWoning()), datum(7, 29), CONFIG)).isEmpty();
    }

    @Test
    void zonderEnigeActiviteitTeltDeStilteVanafDeKoppeling() {
      Tijdlijn niets = MijlpalenPlanner.plan(PlanInput.voor(Scenario.START_NA_VERHUIZING, KOPPELING));

      assertThat(vanType(Signalen.bepaal(niets, datum(6, 1), CONFIG), STILVAL)).containsExactly(new Signaal(STILVAL,
          Urgentie.MIDDEL, null,
          "Al 90 dagen geen activiteit sinds de koppeling (3 maart 2025) terwijl de inburgeraar op een woning wacht."));
    }

    @Test
    void activiteitBuitenDeTijdlijnTelt() {
      SignaalConfig config = CONFIG.metStilvalNaDagen(30)
          .metActiviteiten(List.of(new Activiteit.GesprekGehouden(KENNISMAKING, datum(6, 1))));

      assertThat(Signalen.bepaal(MijlpalenPlanner.plan(wachtOpWoning()), datum(6, 30), config)).isEmpty();
      assertThat(vanType(Signalen.bepaal(MijlpalenPlanner.plan(wachtOpWoning()), datum(7, 1), config), STILVAL))
          .extracting(Signaal::omschrijving).containsExactly("Al 30 dagen geen activiteit (laatste: kennismaking"
              + " gehouden op 1 juni 2025) terwijl de inburgeraar op een woning wacht.");
    }

    @Test
    void naDeVerhuizingGeenStilvalSignaal() {
      Tijdlijn verhuisd = MijlpalenPlanner.plan(wachtOpWoning().metWerkelijkeVerhuisdatum(datum(5, 1)));

      assertThat(vanType(Signalen.bepaal(verhuisd, datum(8, 1), CONFIG), STILVAL)).isEmpty();
    }
  }

  @Nested
  class Contactpersoon {

    @Test
    void geenVasteContactpersoon() {
      List<Signaal> signalen = Signalen.bepaal(snelleStartMetGoedBegin(), datum(3, 20),
          CONFIG.metContactpersoon(ContactpersoonStatus.ONTBREEKT));

      assertThat(signalen).containsExactly(new Signaal(GEEN_CONTACTPERSOON, Urgentie.MIDDEL, null,
          "Er is geen vaste contactpersoon toegewezen."));
    }

    @Test
    void vasteContactpersoonVertrokken() {
      List<Signaal> signalen = Signalen.bepaal(snelleStartMetGoedBegin(), datum(3, 20),
          CONFIG.metContactpersoon(ContactpersoonStatus.VERTROKKEN));

      assertThat(signalen).extracting(Signaal::type, Signaal::urgentie)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(CONTACTPERSOON_VERTROKKEN, Urgentie.HOOG));
    }
  }

  @Test
  void meestUrgenteSignalenBovenaan() {
    // start na verhuizing, no move date yet, driegesprek 3 days late, nothing since 20 March
    PlanInput input = PlanInput.voor(Scenario.START_NA_VERHUIZING, KOPPELING);
    Tijdlijn tijdlijn = MijlpalenPlanner.plan(input
        .metNormen(input.normen().metDriegesprek(DriegesprekAnker.NA_KOPPELING, 14))
        .metAfgerond(KENNISMAKING, Afgerond.op(datum(3, 9)))
        .metAfgerond(DRIEGESPREK, Afgerond.op(datum(3, 20))));

    List<Signaal> signalen = Signalen.bepaal(tijdlijn, datum(6, 1),
        CONFIG.metStilvalNaDagen(60).metContactpersoon(ContactpersoonStatus.VERTROKKEN));

    assertThat(signalen).extracting(Signaal::type)
        .containsExactly(CONTACTPERSOON_VERTROKKEN, STILVAL, DRIEGESPREK_BUITEN_NORM);
    assertThat(signalen).isSortedAccordingTo(Signaal.MEEST_URGENT_EERST);
  }
}
