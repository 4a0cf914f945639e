package nl.doorlopendelijn.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class NederlandsTest {

  @Test
  void eenDatumLeestAlsEenNederlandseDatumOfHijNuAlsWaardeOfAlsIsoTekstKomt() {
    LocalDate dag = LocalDate.of(2026, 12, 3);
    for (Object waarde : new Object[] {dag, "2026-12-03", "2026-12-03T10:15:00Z", "2026-12-03T11:15:00+01:00",
        Instant.parse("2026-12-03T10:15:00Z"), OffsetDateTime.of(2026, 12, 3, 10, 15, 0, 0, ZoneOffset.UTC)}) {
      assertThat(Nederlands.datum(waarde)).as("%s", waarde).isEqualTo("3 december 2026");
    }
  }

  @Test
  void eenMomentTeltInDeNederlandseTijdzoneOokRondMiddernachtEnDeZomertijd() {
    // 23:30 UTC on 2 December is 00:30 on 3 December in the Netherlands (winter, +1)
    assertThat(Nederlands.datum("2026-12-02T23:30:00Z")).isEqualTo("3 december 2026");
    assertThat(Nederlands.datumTijd("2026-12-02T23:30:00Z")).isEqualTo("3 december 2026 om 00:30");
    // summer time, +2
    assertThat(Nederlands.datumTijd("2026-07-01T08:00:00Z")).isEqualTo("1 juli 2026 om 10:00");
    assertThat(Nederlands.dagDatumTijd("2026-12-15T09:00:00Z")).isEqualTo("dinsdag 15 december 2026 om 10:00");
  }

  @Test
  void eenDatumZonderTijdBlijftEenDatumEnOnleesbareTekstBlijftZoalsHijIs() {
    assertThat(Nederlands.datumTijd("2026-12-03")).isEqualTo("3 december 2026");
    assertThat(Nederlands.datum("onbekend")).isEqualTo("onbekend");
    assertThat(Nederlands.datum(null)).isEmpty();
  }

  @Test
  void getallenEnPercentagesHebbenEenDecimaleKomma() {
    assertThat(Nederlands.procent(15.8)).isEqualTo("15,8%");
    assertThat(Nederlands.procent(15.0)).isEqualTo("15%");
    assertThat(Nederlands.procent(2.25)).isEqualTo("2,3%");
    assertThat(Nederlands.procentVanFractie(0.158)).isEqualTo("15,8%");
    assertThat(Nederlands.getal(1250)).isEqualTo("1.250");
    assertThat(Nederlands.getal(3.5)).isEqualTo("3,5");
    for (int i = 0; i <= 1000; i++) {
      double punten = i / 10.0;
      assertThat(Nederlands.procent(punten)).as("%s", punten).doesNotContain(".").endsWith("%");
    }
  }

  @Test
  void jaOfNeeNooitTrueOfFalse() {
    assertThat(Nederlands.jaNee(true)).isEqualTo("ja");
    assertThat(Nederlands.jaNee("false")).isEqualTo("nee");
    assertThat(Nederlands.jaNee(null)).isEmpty();
  }
}
