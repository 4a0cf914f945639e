package nl.doorlopendelijn.webui.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No template reads the request's parameters itself ({@code param.x}): under WebFlux Thymeleaf's {@code param.x} is
 * never null, so {@code th:if="${param.opgeslagen != null}"} showed "De wijzigingen zijn opgeslagen." on every visit
 * of the dossier page. What a page says after a step comes from its controller as a model attribute.
 */
class SjablonenLezenGeenParametersTest {

  private static final Path SJABLONEN = Path.of("src/main/resources/webui/templates");

  @Test
  void geenSjabloonLeestParam() throws IOException {
    List<String> gevonden = new ArrayList<>();
    try (Stream<Path> paden = Files.list(SJABLONEN)) {
      for (Path p : paden.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        List<String> regels = Files.readAllLines(p);
        for (int i = 0; i < regels.size(); i++) {
          if (regels.get(i).matches(".*[\\$*]\\{[^}]*\\bparam\\..*")) {
            gevonden.add(p.getFileName() + ":" + (i + 1) + ": " + regels.get(i).strip());
          }
        }
      }
    }
    assertThat(gevonden).as("templates reading request parameters").isEmpty();
  }

  @Test
  void deMeldingenNaEenStapKomenVanDeController() {
    assertThat(DossierPaginas.opgeslagenMelding(null)).isNull();
    assertThat(DossierPaginas.opgeslagenMelding("")).isNull();
    assertThat(DossierPaginas.opgeslagenMelding("nieuw")).isEqualTo("Het dossier is vastgelegd.");
    assertThat(DossierPaginas.opgeslagenMelding("ja")).isEqualTo("De wijzigingen zijn opgeslagen.");
    assertThat(DossierPaginas.gesprekMelding(null)).isNull();
    assertThat(DossierPaginas.gesprekMelding("iets")).isNull();
    for (String stap : List.of("gepland", "verzet", "gehouden", "geannuleerd")) {
      assertThat(DossierPaginas.gesprekMelding(stap)).as(stap).startsWith("Het gesprek is ");
    }
  }
}
