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

  @Test
  void wieTekentVoorWelkePartij() {
    for (Zicht.Soort soort : Zicht.Soort.values()) {
      for (String code : new String[] {"GM0855", "AZC-OISTERWIJK", null}) {
        Zicht zicht = new Zicht(soort, code);
        for (String partij : new String[] {"GM0855", "AZC-OISTERWIJK", "GM0766", null}) {
          boolean verwacht = partij != null && partij.equals(code)
              && (soort == Zicht.Soort.GEMEENTE || soort == Zicht.Soort.AZC);
          assertThat(Ondertekening.magTekenenVoor(zicht, partij)).as(soort + " " + code + " " + partij)
              .isEqualTo(verwacht);
        }
      }
    }
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
