package nl.doorlopendelijn.agreements.internal;

import nl.doorlopendelijn.agreements.AfspraakStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Signing without Spring: every status × every party (of the version or not) × every combination of who signed
 * already, and who may sign for which party; the expected answers are written here from the rule's table.
 */
class OndertekeningTest {

  static final UUID AFSPRAAK = UUID.fromString("0b6f4d1e-0000-4000-8000-0000000000a1");
  static final OffsetDateTime GETEKEND = OffsetDateTime.of(2026, 2, 1, 10, 0, 0, 0, ZoneOffset.UTC);
  static final List<String> PARTIJEN = List.of("GM0855", "GM0766", "AZC-OISTERWIJK");

  static AfspraakVersie versie(UUID id, AfspraakStatus status, boolean[] getekend) {
    List<AfspraakVersie.PartijStand> partijen = new ArrayList<>();
    for (int i = 0; i < PARTIJEN.size(); i++) {
      String code = PARTIJEN.get(i);
      partijen.add(new AfspraakVersie.PartijStand(code, code.startsWith("AZC") ? AfspraakVersie.AZC
          : AfspraakVersie.GEMEENTE, null, getekend[i] ? "iemand" : null, getekend[i] ? GETEKEND : null));
    }
    return new AfspraakVersie(null, id, AFSPRAAK, 1, null, status, null, partijen, List.of(), null, null, null, 1,
        null, null);
  }

  @Test
  void elkeStatusElkePartijElkeStandVanHandtekeningen() {
    int gevallen = 0;
    for (AfspraakStatus status : AfspraakStatus.values()) {
      for (int stand = 0; stand < 8; stand++) {
        boolean[] getekend = {(stand & 1) != 0, (stand & 2) != 0, (stand & 4) != 0};
        AfspraakVersie v = versie(UUID.randomUUID(), status, getekend);
        for (String partij : List.of("GM0855", "GM0766", "AZC-OISTERWIJK", "GM0785", "AZC-OVERLOON")) {
          Ondertekening.Besluit b = Ondertekening.beslis(v, partij);
          int i = PARTIJEN.indexOf(partij);
          String geval = status + " " + stand + " " + partij;
          if (status != AfspraakStatus.TER_ONDERTEKENING) {
            assertThat(b.reden()).as(geval).isEqualTo(Ondertekening.Reden.CONFLICT);
            assertThat(b.melding()).as(geval).contains(status.code());
          } else if (i < 0) {
            assertThat(b.reden()).as(geval).isEqualTo(Ondertekening.Reden.ONBEKEND);
          } else if (getekend[i]) {
            assertThat(b.reden()).as(geval).isEqualTo(Ondertekening.Reden.CONFLICT);
            assertThat(b.melding()).as(geval).contains("al ondertekend");
          } else {
            assertThat(b.toegestaan()).as(geval).isTrue();
            boolean anderenGetekend = true;
            for (int j = 0; j < PARTIJEN.size(); j++) {
              anderenGetekend &= j == i || getekend[j];
            }
            assertThat(b.activeert()).as(geval).isEqualTo(anderenGetekend);
          }
          gevallen++;
        }
      }
    }
    assertThat(gevallen).isEqualTo(AfspraakStatus.values().length * 8 * 5);
  }

  /** The roles a caller can have, as {@link Zicht} sees them. */
  enum Rol { COORDINATOR, GEMEENTE_MEDEWERKER, DASHBOARD_VIEWER, COA_LIAISON, GEEN }

  /** The party signed for: a gemeente, an azc, or a code that is no party of the version. */
  enum PartijSoort { GEMEENTE, AZC, GEEN_PARTIJ }

  static final String EIGEN_GEMEENTE = "GM0855";
  static final String ANDERE_GEMEENTE = "GM0766";
  static final String EIGEN_AZC = "AZC-OISTERWIJK";
  static final String ANDER_AZC = "AZC-OVERLOON";

  static Zicht zicht(Rol rol) {
    return switch (rol) {
      case COORDINATOR -> new Zicht(Zicht.Soort.ALLES, null);
      case GEMEENTE_MEDEWERKER -> new Zicht(Zicht.Soort.GEMEENTE, EIGEN_GEMEENTE);
      case DASHBOARD_VIEWER -> new Zicht(Zicht.Soort.BEPERKT, null);
      case COA_LIAISON -> new Zicht(Zicht.Soort.AZC, EIGEN_AZC);
      case GEEN -> new Zicht(Zicht.Soort.NIETS, null);
    };
  }

  static String code(PartijSoort soort, boolean eigen) {
    return switch (soort) {
      case GEMEENTE -> eigen ? EIGEN_GEMEENTE : ANDERE_GEMEENTE;
      case AZC -> eigen ? EIGEN_AZC : ANDER_AZC;
      case GEEN_PARTIJ -> eigen ? "GM0785" : "AZC-ELDERS";
    };
  }

  static String soortOpDeVersie(PartijSoort soort) {
    return switch (soort) {
      case GEMEENTE -> AfspraakVersie.GEMEENTE;
      case AZC -> AfspraakVersie.AZC;
      case GEEN_PARTIJ -> null;
    };
  }

  /**
   * Every role × own or other organisation × tekenbevoegd or not × mandaat or not × party kind, against the rule of
   * docs/security.md written out once more here, case by case.
   */
  @Test
  void wieTekentVoorWelkePartijElkeCombinatie() {
    int gevallen = 0;
    for (Rol rol : Rol.values()) {
      for (boolean eigen : new boolean[] {true, false}) {
        for (boolean tekenbevoegd : new boolean[] {true, false}) {
          for (boolean mandaat : new boolean[] {true, false}) {
            for (PartijSoort soort : PartijSoort.values()) {
              String partij = code(soort, eigen);
              Ondertekening.Bevoegdheid b = Ondertekening.bevoegdheid(
                  new Ondertekening.Ondertekenaar(zicht(rol), tekenbevoegd), soortOpDeVersie(soort), partij, mandaat);
              Ondertekening.Bevoegdheid verwacht;
              if (soort == PartijSoort.GEEN_PARTIJ) {
                verwacht = Ondertekening.Bevoegdheid.ONBEKEND;
              } else if (rol == Rol.GEMEENTE_MEDEWERKER && soort == PartijSoort.GEMEENTE && eigen) {
                // her own gemeente: only with signing authority, never by a mandaat (that is the coördinator's)
                verwacht = tekenbevoegd ? Ondertekening.Bevoegdheid.EIGEN : Ondertekening.Bevoegdheid.NIET_TEKENBEVOEGD;
              } else if (rol == Rol.COA_LIAISON && soort == PartijSoort.AZC && eigen) {
                // the COA signs for itself; tekenbevoegd (a gemeente's role) and a mandaat change nothing
                verwacht = Ondertekening.Bevoegdheid.EIGEN;
              } else if (rol == Rol.COORDINATOR && soort == PartijSoort.GEMEENTE) {
                // any gemeente of the region, but only under its mandaat; her own roles give no authority
                verwacht = mandaat ? Ondertekening.Bevoegdheid.MANDAAT : Ondertekening.Bevoegdheid.GEEN_MANDAAT;
              } else if (rol == Rol.COORDINATOR && soort == PartijSoort.AZC) {
                verwacht = Ondertekening.Bevoegdheid.COA_TEKENT_ZELF;
              } else {
                verwacht = Ondertekening.Bevoegdheid.ONBEKEND;
              }
              String geval = rol + " eigen=" + eigen + " tekenbevoegd=" + tekenbevoegd + " mandaat=" + mandaat + " "
                  + soort;
              assertThat(b).as(geval).isEqualTo(verwacht);
              assertThat(b.toegestaan()).as(geval).isEqualTo(verwacht == Ondertekening.Bevoegdheid.EIGEN
                  || verwacht == Ondertekening.Bevoegdheid.MANDAAT);
              // a refusal the caller may know about says why, in Dutch; one she may not is a 404 without a word
              if (b.verboden()) {
                assertThat(b.melding()).as(geval).isNotBlank();
              }
              assertThat(b.verboden()).as(geval).isEqualTo(verwacht == Ondertekening.Bevoegdheid.NIET_TEKENBEVOEGD
                  || verwacht == Ondertekening.Bevoegdheid.GEEN_MANDAAT
                  || verwacht == Ondertekening.Bevoegdheid.COA_TEKENT_ZELF);
              gevallen++;
            }
          }
        }
      }
    }
    assertThat(gevallen).isEqualTo(Rol.values().length * 2 * 2 * 2 * PartijSoort.values().length);
  }

  /** Who records (or withdraws) a mandaat for a gemeente: its own tekenbevoegde, nobody else. */
  @Test
  void wieVerleentEenMandaatElkeCombinatie() {
    int gevallen = 0;
    for (Rol rol : Rol.values()) {
      for (boolean eigen : new boolean[] {true, false}) {
        for (boolean tekenbevoegd : new boolean[] {true, false}) {
          for (PartijSoort soort : PartijSoort.values()) {
            String partij = code(soort, eigen);
            Ondertekening.Bevoegdheid b = Ondertekening.magMandaatVerlenen(
                new Ondertekening.Ondertekenaar(zicht(rol), tekenbevoegd), soortOpDeVersie(soort), partij);
            Ondertekening.Bevoegdheid verwacht;
            if (rol == Rol.GEMEENTE_MEDEWERKER && soort == PartijSoort.GEMEENTE && eigen) {
              verwacht = tekenbevoegd ? Ondertekening.Bevoegdheid.EIGEN : Ondertekening.Bevoegdheid.NIET_TEKENBEVOEGD;
            } else if (rol == Rol.COORDINATOR && soort == PartijSoort.GEMEENTE) {
              verwacht = Ondertekening.Bevoegdheid.ALLEEN_DE_GEMEENTE;
            } else if (rol == Rol.COORDINATOR && soort == PartijSoort.AZC) {
              // no mandaat for the COA, ever
              verwacht = Ondertekening.Bevoegdheid.COA_TEKENT_ZELF;
            } else {
              verwacht = Ondertekening.Bevoegdheid.ONBEKEND;
            }
            assertThat(b).as(rol + " eigen=" + eigen + " tekenbevoegd=" + tekenbevoegd + " " + soort)
                .isEqualTo(verwacht);
            gevallen++;
          }
        }
      }
    }
    assertThat(gevallen).isEqualTo(Rol.values().length * 2 * 2 * PartijSoort.values().length);
  }

  @Test
  void deVersieDieInWerkingTreedtVervangtDeActieveVanDezelfdeAfspraak() {
    boolean[] alle = {true, true, true};
    AfspraakVersie nieuw = versie(UUID.randomUUID(), AfspraakStatus.TER_ONDERTEKENING, alle);
    AfspraakVersie actief = versie(UUID.randomUUID(), AfspraakStatus.ACTIEF, alle);
    AfspraakVersie beeindigd = versie(UUID.randomUUID(), AfspraakStatus.BEEINDIGD, alle);
    assertThat(Ondertekening.vervangt(nieuw, List.of(beeindigd, actief, nieuw))).contains(actief);
    assertThat(Ondertekening.oudeVersie(Ondertekening.vervangt(nieuw, List.of(beeindigd, actief, nieuw))))
        .isEqualTo(actief.id());
    // a first version replaces nothing: the event names no old version
    assertThat(Ondertekening.vervangt(nieuw, List.of(beeindigd, nieuw))).isEmpty();
    assertThat(Ondertekening.oudeVersie(Optional.empty())).isNull();
  }
}
