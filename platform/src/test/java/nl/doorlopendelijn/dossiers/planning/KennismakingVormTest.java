package nl.doorlopendelijn.dossiers.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.doorlopendelijn.dossiers.planning.Dossier.Mijlpaal;
import nl.doorlopendelijn.dossiers.planning.Dossier.Reden;
import nl.doorlopendelijn.dossiers.planning.DossierRechten.Betrokkene;
import nl.doorlopendelijn.dossiers.planning.DossierRechten.Rol;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The kennismaking's forms are the seed's, and only the kennismaking has one. */
class KennismakingVormTest {

  static final LocalDate KOPPELING = LocalDate.of(2026, 3, 2);
  static final LocalDate VANDAAG = LocalDate.of(2026, 3, 20);
  static final Betrokkene GEMEENTE = new Betrokkene(Rol.GEMEENTE_MEDEWERKER, true, false);

  static Dossier open() {
    List<Mijlpaal> ms = new ArrayList<>();
    for (MijlpaalType t : MijlpaalType.values()) {
      ms.add(new Mijlpaal(t, false));
    }
    return new Dossier("GM0855", "AZC-OISTERWIJK", KOPPELING, null, null, DossierStatus.GEKOPPELD, 1, ms);
  }

  @Test
  @DisplayName("Nodig de inburgeraar bijvoorbeeld uit voor een kop koffie, of reis af naar het azc. [...] Stuur een"
      + " video of foto’s van de gemeente, of regel alvast een medewerker die buddy wordt.")
  void deVormenVanDeKennismakingZijnDieVanDePraktijk() {
    assertThat(KennismakingVorm.CODES).containsExactly("kop-koffie", "bezoek-azc", "video-of-fotos", "buddy");
    assertThat(KennismakingVorm.values()).extracting(KennismakingVorm::label).containsExactly(
        "Kop koffie in de gemeente", "Bezoek aan het azc", "Video of foto's van de gemeente",
        "Een medewerker als buddy");
    for (KennismakingVorm vorm : KennismakingVorm.values()) {
      assertThat(KennismakingVorm.vanCode(vorm.code())).contains(vorm);
      Dossier.Besluit<Dossier.Afronding> b =
          open().rondAf(GEMEENTE, null, MijlpaalType.KENNISMAKING, VANDAAG, vorm, VANDAAG);
      assertThat(b.toegestaan()).as(vorm.code()).isTrue();
      assertThat(b.uitkomst().vorm()).isEqualTo(vorm);
    }
    assertThat(KennismakingVorm.vanCode("kopje-thee")).isEmpty();
    assertThat(KennismakingVorm.opsomming()).isEqualTo("kop-koffie, bezoek-azc, video-of-fotos of buddy");
  }

  @Test
  void alleenDeKennismakingHeeftEenVorm() {
    Betrokkene coordinator = new Betrokkene(Rol.REGIO_COORDINATOR, false, false);
    for (MijlpaalType type : MijlpaalType.values()) {
      assertThat(KennismakingVorm.hoortBij(type)).as(type.code()).isEqualTo(type == MijlpaalType.KENNISMAKING);
      for (KennismakingVorm vorm : KennismakingVorm.values()) {
        Dossier.Besluit<Dossier.Afronding> b = open().rondAf(coordinator, null, type, VANDAAG, vorm, VANDAAG);
        if (type == MijlpaalType.KENNISMAKING) {
          assertThat(b.toegestaan()).isTrue();
        } else {
          assertThat(b.toegestaan()).as(type + " " + vorm).isFalse();
          assertThat(b.weigering().reden()).isEqualTo(Reden.ONGELDIG);
          assertThat(b.weigering().veld()).isEqualTo("vorm");
        }
      }
      // without a form every milestone can be completed
      assertThat(open().rondAf(coordinator, null, type, VANDAAG, null, VANDAAG).toegestaan()).isTrue();
    }
  }
}
