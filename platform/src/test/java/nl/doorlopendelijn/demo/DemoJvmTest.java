package nl.doorlopendelijn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** The demo ({@code spring-boot:test-run}) runs on the JIT of production, so what is measured on it means something. */
class DemoJvmTest {

  @Test
  void deDemoStartZonderOptimizedLaunchDusMetC2() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    var xpath = XPathFactory.newInstance().newXPath();
    String plugin = "/project/build/plugins/plugin[artifactId='spring-boot-maven-plugin']";
    String demoMain = (String) xpath.evaluate(plugin + "/executions/execution[id='default-cli']/configuration/mainClass",
        pom, XPathConstants.STRING);
    String optimizedLaunch = (String) xpath.evaluate(
        plugin + "/executions/execution[id='default-cli']/configuration/optimizedLaunch", pom, XPathConstants.STRING);

    assertThat(demoMain).isEqualTo(DemoApplication.class.getName());
    assertThat(optimizedLaunch)
        .as("without optimizedLaunch=false the plugin adds -XX:TieredStopAtLevel=1 (C1 only) to the demo's JVM")
        .isEqualTo("false");
  }

  @ParameterizedTest
  @CsvSource({
      "'', C1_EN_C2",
      "-XX:TieredStopAtLevel=1, ALLEEN_C1",
      "-XX:TieredStopAtLevel=3, ALLEEN_C1",
      "-XX:TieredStopAtLevel=4, C1_EN_C2",
      "-XX:TieredStopAtLevel=0, ALLEEN_INTERPRETER",
      "-Xint, ALLEEN_INTERPRETER",
      "-XX:-TieredCompilation, C1_EN_C2"})
  void deBannerNoemtDeJitVanDeJvm(String argument, JitModus verwacht) {
    List<String> argumenten = argument.isEmpty() ? List.of("-Xmx1g") : List.of("-Xmx1g", argument);
    assertThat(JitModus.van(argumenten)).isEqualTo(verwacht);
  }

  @Test
  void deTestJvmZelfDraaitMetC2() {
    assertThat(JitModus.vanDezeJvm()).isEqualTo(JitModus.C1_EN_C2);
  }
}
