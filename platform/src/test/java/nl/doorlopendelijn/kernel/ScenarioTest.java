package nl.doorlopendelijn.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  @Test
  void elkeCodeLeidtTerugNaarZijnScenario() {
    for (Scenario s : Scenario.values()) {
      assertThat(Scenario.vanCode(s.code())).contains(s);
      assertThat(Scenario.fromCode(s.code())).isSameAs(s);
      assertThat(s.label()).isNotBlank();
    }
    assertThat(Scenario.CODES).doesNotHaveDuplicates()
        .containsExactlyElementsOf(Arrays.stream(Scenario.values()).map(Scenario::code).toList());
  }

  @Test
  void eenOnbekendeCodeIsGeenScenario() {
    assertThat(Scenario.vanCode("snel")).isEmpty();
    assertThat(Scenario.vanCode(null)).isEmpty();
    assertThatThrownBy(() -> Scenario.fromCode("snel")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deOpsommingNoemtElkeCodeEnEindigtMetOf() {
    assertThat(Scenario.opsomming())
        .isEqualTo("snelle-start, gecombineerde-aanpak, start-na-verhuizing of mengvorm");
  }
}
