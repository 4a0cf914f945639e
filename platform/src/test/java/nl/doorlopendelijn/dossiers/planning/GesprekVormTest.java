package nl.doorlopendelijn.dossiers.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The forms of a gesprek and the kennismaking's form each stands for (the table in {@link GesprekVorm}). */
class GesprekVormTest {

  @Test
  void eenGehoudenKennismakingKrijgtDeVormDieErbijHoort() {
    assertThat(GesprekVorm.KOP_KOFFIE.alsKennismakingVorm()).contains(KennismakingVorm.KOP_KOFFIE);
    assertThat(GesprekVorm.IN_DE_GEMEENTE.alsKennismakingVorm()).contains(KennismakingVorm.KOP_KOFFIE);
    assertThat(GesprekVorm.OP_HET_AZC.alsKennismakingVorm()).contains(KennismakingVorm.BEZOEK_AZC);
    assertThat(GesprekVorm.ONLINE.alsKennismakingVorm()).isEqualTo(Optional.empty());
  }

  @Test
  void deSoortenZijnDeMijlpalenDieGesprekkenZijn() {
    assertThat(GesprekVorm.SOORT_CODES).containsExactly("kennismaking", "driegesprek", "driegesprek-voor-verhuizing");
    for (MijlpaalType t : GesprekVorm.SOORTEN) {
      assertThat(t == MijlpaalType.KENNISMAKING || t.isDriegesprek()).as(t.code()).isTrue();
    }
  }

  @Test
  void codesEnNamen() {
    assertThat(GesprekVorm.CODES).containsExactly("online", "in-de-gemeente", "op-het-azc", "kop-koffie");
    assertThat(GesprekVorm.van("op-het-azc").label()).isEqualTo("Op het azc");
    assertThat(GesprekVorm.vanCode("per-post")).isEmpty();
    assertThat(GesprekVorm.opsomming()).isEqualTo("online, in-de-gemeente, op-het-azc of kop-koffie");
  }
}
