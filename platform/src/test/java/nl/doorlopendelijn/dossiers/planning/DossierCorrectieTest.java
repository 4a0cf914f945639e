package nl.doorlopendelijn.dossiers.planning;

import static nl.doorlopendelijn.dossiers.planning.DossierTest.CONTACT;
import static nl.doorlopendelijn.dossiers.planning.DossierTest.GEMEENTE;
import static nl.doorlopendelijn.dossiers.planning.DossierTest.AZC;
import static nl.doorlopendelijn.dossiers.planning.DossierTest.IF_MATCH;
import static nl.doorlopendelijn.dossiers.planning.DossierTest.KOPPELING;
import static nl.doorlopendelijn.dossiers.planning.DossierTest.VANDAAG;
import static nl.doorlopendelijn.dossiers.planning.DossierTest.VERSIE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.doorlopendelijn.dossiers.planning.Dossier.Afronding;
import nl.doorlopendelijn.dossiers.planning.Dossier.Besluit;
import nl.doorlopendelijn.dossiers.planning.Dossier.Correctie;
import nl.doorlopendelijn.dossiers.planning.Dossier.Mijlpaal;
import nl.doorlopendelijn.dossiers.planning.Dossier.Reden;
import nl.doorlopendelijn.dossiers.planning.Dossier.VoorAfronding;
import nl.doorlopendelijn.dossiers.planning.DossierRechten.Betrokkene;
import nl.doorlopendelijn.dossiers.planning.DossierTest.Stand;
import org.junit.jupiter.api.Test;

/**
 * Correcting a completed milestone (issue 14), without Spring: every caller × every status × every If-Match × every
 * milestone open, completed or absent × a corrected date before or on the koppeling, today, or undone. Who may:
 * {@link DossierRechtenTest#verwacht} (the table written from the issue), the same as who may complete. And for every
 * milestone and every status in which completing it changes the dossier (status, actual moving date), undoing it
 * brings the dossier back to where it was.
 */
class DossierCorrectieTest {

  static final LocalDate[] DATA = {KOPPELING.minusDays(1), KOPPELING, VANDAAG, null};

  static Reden verwachteWeigering(Betrokkene wie, DossierStatus status, Integer ifMatch, Stand stand,
      MijlpaalType type, LocalDate datum) {
    if (!DossierRechtenTest.verwacht(wie, type)) {
      return Reden.VERBODEN; // who may not complete it, may not correct it: 403 first
    }
    if (ifMatch != null && ifMatch != VERSIE) {
      return Reden.VEROUDERD;
    }
    if (status == DossierStatus.GESLOTEN) {
      return Reden.CONFLICT;
    }
    if (stand == Stand.AFWEZIG) {
      return Reden.ONBEKEND;
    }
    if (stand == Stand.OPEN) {
      return Reden.CONFLICT; // nothing to correct
    }
    if (datum != null && datum.isBefore(KOPPELING)) {
      return Reden.ONGELDIG;
    }
    return null;
  }

  @Test
  void elkeCorrectieDoorIedereenInElkeStatus() {
    int gevallen = 0;
    int toegestaan = 0;
    LocalDate eerder = KOPPELING.plusDays(10);
    VoorAfronding voor = new VoorAfronding(DossierStatus.IN_VOORBEREIDING, eerder);
    for (Betrokkene wie : DossierRechtenTest.iedereen()) {
      for (DossierStatus status : DossierStatus.values()) {
        for (Integer ifMatch : IF_MATCH) {
          for (MijlpaalType type : MijlpaalType.values()) {
            for (Stand stand : Stand.values()) {
              for (LocalDate datum : DATA) {
                Dossier d = new Dossier(GEMEENTE, AZC, KOPPELING, VANDAAG.minusDays(1), CONTACT, status, VERSIE,
                    DossierTest.metStand(type, stand));
                Besluit<Correctie> b = d.corrigeer(wie, ifMatch, type, datum, voor);
                Reden verwacht = verwachteWeigering(wie, status, ifMatch, stand, type, datum);
                String geval = wie + " " + status + " If-Match " + ifMatch + " " + type + " " + stand + " " + datum;
                gevallen++;
                if (verwacht != null) {
                  assertThat(b.toegestaan()).as(geval).isFalse();
                  assertThat(b.weigering().reden()).as(geval).isEqualTo(verwacht);
                  if (verwacht == Reden.ONGELDIG) {
                    assertThat(b.weigering().veld()).as(geval).isEqualTo("datum");
                  }
                  continue;
                }
                toegestaan++;
                Correctie c = b.uitkomst();
                assertThat(c.type()).as(geval).isEqualTo(type);
                assertThat(c.datum()).as(geval).isEqualTo(datum);
                assertThat(c.ongedaan()).as(geval).isEqualTo(datum == null);
                boolean verhuizing = type == MijlpaalType.VERHUIZING;
                // only undoing a verhuizing of a dossier it had moved to verhuisd changes the status back
                assertThat(c.status()).as(geval).isEqualTo(verhuizing && datum == null
                    && status == DossierStatus.VERHUISD ? DossierStatus.IN_VOORBEREIDING : status);
                assertThat(c.werkelijkeVerhuisdatum()).as(geval)
                    .isEqualTo(!verhuizing ? VANDAAG.minusDays(1) : datum == null ? eerder : datum);
              }
            }
          }
        }
      }
    }
    assertThat(gevallen).isEqualTo(16 * 5 * 3 * MijlpaalType.values().length * 3 * DATA.length);
    assertThat(toegestaan).isPositive();
  }

  /**
   * For every milestone and every open status: complete it (as the coördinator, who may do every step), then undo
   * it with what the completion stored; the dossier is where it was before. Generated: whichever milestone changes
   * the status or the moving date on completion is covered, today that is the verhuizing.
   */
  @Test
  void ongedaanMakenBrengtTerugWatDeAfrondingVeranderde() {
    Betrokkene coordinator = new Betrokkene(DossierRechten.Rol.REGIO_COORDINATOR, false, false);
    List<String> statusWisselend = new ArrayList<>();
    for (MijlpaalType type : MijlpaalType.values()) {
      for (DossierStatus status : DossierStatus.values()) {
        if (status == DossierStatus.GESLOTEN) {
          continue;
        }
        for (LocalDate verhuisdVoor : new LocalDate[] {null, KOPPELING.plusDays(5)}) {
          Dossier open = new Dossier(GEMEENTE, AZC, KOPPELING, verhuisdVoor, CONTACT, status, VERSIE,
              DossierTest.metStand(type, Stand.OPEN));
          Afronding a = open.rondAf(coordinator, VERSIE, type, VANDAAG, null, VANDAAG).uitkomst();
          if (a.status() != status) {
            statusWisselend.add(type + " " + status);
          }
          Dossier afgerond = new Dossier(GEMEENTE, AZC, KOPPELING, a.werkelijkeVerhuisdatum(), CONTACT, a.status(),
              VERSIE + 1, DossierTest.metStand(type, Stand.AFGEROND));
          Correctie c = afgerond.corrigeer(coordinator, VERSIE + 1, type, null,
              new VoorAfronding(status, verhuisdVoor)).uitkomst();
          String geval = type + " in " + status + ", verhuisd voor " + verhuisdVoor;
          assertThat(c.status()).as(geval).isEqualTo(status);
          assertThat(c.werkelijkeVerhuisdatum()).as(geval).isEqualTo(verhuisdVoor);
        }
      }
    }
    // the walkthrough's slip: a verhuizing jumped the dossier to verhuisd; the loop above covered its undo
    assertThat(statusWisselend).contains("VERHUIZING GEKOPPELD", "VERHUIZING IN_VOORBEREIDING");
  }

  @Test
  void eenVerhuizingVanVoorDezeVersieGaatTerugNaarGekoppeld() {
    Betrokkene coordinator = new Betrokkene(DossierRechten.Rol.REGIO_COORDINATOR, false, false);
    Dossier d = new Dossier(GEMEENTE, AZC, KOPPELING, VANDAAG, CONTACT, DossierStatus.VERHUISD, VERSIE,
        List.of(new Mijlpaal(MijlpaalType.VERHUIZING, true)));
    Correctie c = d.corrigeer(coordinator, null, MijlpaalType.VERHUIZING, null, VoorAfronding.ONBEKEND).uitkomst();
    assertThat(c.status()).isEqualTo(DossierStatus.GEKOPPELD);
    assertThat(c.werkelijkeVerhuisdatum()).isNull();
  }

  @Test
  void eenCorrectieIsGeenVoortgangEnLaatEenLaterGezetteStatusStaan() {
    Betrokkene coordinator = new Betrokkene(DossierRechten.Rol.REGIO_COORDINATOR, false, false);
    Dossier overgedragen = new Dossier(GEMEENTE, AZC, KOPPELING, VANDAAG, CONTACT, DossierStatus.OVERGEDRAGEN,
        VERSIE, List.of(new Mijlpaal(MijlpaalType.VERHUIZING, true)));
    assertThat(overgedragen.corrigeer(coordinator, null, MijlpaalType.VERHUIZING, null,
        new VoorAfronding(DossierStatus.GEKOPPELD, null)).uitkomst().status()).isEqualTo(DossierStatus.OVERGEDRAGEN);
  }
}
