package nl.doorlopendelijn.outbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerugvalTest {

  @ParameterizedTest(name = "na poging {0}: {1} s")
  @CsvSource({"0, 1", "1, 1", "2, 2", "3, 4", "4, 8", "8, 128", "10, 512", "11, 600", "40, 600", "2147483647, 600"})
  void deWachttijdVerdubbeltPerMisluktePogingTotHoogstensTienMinuten(int poging, long seconden) {
    assertThat(Terugval.STANDAARD.na(poging)).isEqualTo(Duration.ofSeconds(seconden));
  }
}
