package nl.doorlopendelijn.webui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The code detector of the browser tests, on small pages: what it must catch and what it must let pass. */
class CodesOpDePaginaTest {

  private final CodesOpDePagina detector = new CodesOpDePagina(List.of("AZC-OISTERWIJK", "AZC-OVERLOON"));

  @Test
  void vindtEenGemeentecodeInEenCel() {
    assertThat(detector.in(pagina("<table><tr><td>GM0855</td></tr></table>")))
        .singleElement().asString().startsWith("GM0855");
  }

  @Test
  void vindtEenAzcCodeUitDeReferentiegegevens() {
    assertThat(detector.in(pagina("<p>Woont in AZC-OISTERWIJK sinds maart.</p>"))).singleElement().asString()
        .startsWith("AZC-OISTERWIJK");
  }

  @Test
  void vindtEenCodeMetStreepjeOokMiddenInEenZin() {
    assertThat(detector.in(pagina("<p>Het scenario is snelle-start gekozen.</p>"))).singleElement().asString()
        .startsWith("snelle-start");
    assertThat(detector.in(pagina("<td>ter-ondertekening</td>"))).singleElement().asString()
        .startsWith("ter-ondertekening");
  }

  @Test
  void meldtDeLangsteCodeEnNietEenDeelErvan() {
    assertThat(detector.in(pagina("<td>driegesprek-voor-verhuizing</td>"))).singleElement().asString()
        .startsWith("driegesprek-voor-verhuizing in");
  }

  @Test
  void vindtEenUuid() {
    assertThat(detector.in(pagina("<p>Door 3f2b8c1e-9a4d-4f6e-8b2a-1c3d5e7f9a0b</p>"))).singleElement().asString()
        .startsWith("3f2b8c1e-9a4d-4f6e-8b2a-1c3d5e7f9a0b");
  }

  @Test
  void vindtWaarEnOnwaar() {
    assertThat(detector.in(pagina("<dd>false</dd><dd>true</dd>"))).hasSize(2);
  }

  @Test
  void vindtEenHoofdletterstatus() {
    assertThat(detector.in(pagina("<span class=\"status\">OPEN</span>"))).singleElement().asString()
        .startsWith("OPEN");
  }

  @Test
  void vindtEenEnkelWoordAlsCodeAlsHetDeHeleCelIs() {
    assertThat(detector.in(pagina("<td>gesloten</td>"))).singleElement().asString().startsWith("gesloten");
    assertThat(detector.in(pagina("<li class=\"badge\"> gepland </li>"))).singleElement().asString()
        .startsWith("gepland");
  }

  @Test
  void laatEenEnkelWoordInEenZinStaan() {
    assertThat(detector.in(pagina("<p>De verhuizing is gepland; het dossier wordt daarna gesloten.</p>"))).isEmpty();
  }

  @Test
  void laatLabelsStaan() {
    assertThat(detector.in(pagina("<td>Gesloten</td><td>Snelle start</td><td>Ter ondertekening</td><td>PIP-advies</td>"
        + "<td>Tilburg</td><td>azc Oisterwijk</td>"))).isEmpty();
  }

  @Test
  void laatEenBewustGetoondeCodeStaan() {
    assertThat(detector.in(pagina("<td>Tilburg <span class=\"code\">GM0855</span></td>"))).isEmpty();
    assertThat(detector.in(pagina("<div class=\"code tabel\"><p><b>AZC-OISTERWIJK</b></p></div>"))).isEmpty();
  }

  @Test
  void leestGeenAttributenEnScripts() {
    assertThat(detector.in(pagina("<tr data-gemeente=\"GM0855\"><td><a href=\"/regio/x/dossiers/"
        + "3f2b8c1e-9a4d-4f6e-8b2a-1c3d5e7f9a0b\">D-2026-0001</a></td></tr>"
        + "<input type=\"hidden\" name=\"status\" value=\"gesloten\"><option value=\"snelle-start\">Snelle start</option>"
        + "<script>var x = {\"scenario\": \"snelle-start\", \"ok\": true};</script>"))).isEmpty();
  }

  @Test
  void kentDeCodesVanDeEnumsZelf() {
    // not a hand list: a code of every enum named in the issue is known
    for (String code : List.of("gecombineerde-aanpak", "in-voorbereiding", "beeindigd", "verhuizing-zonder-klantprofiel",
        "klantprofiel-update", "AFGEROND")) {
      assertThat(detector.in(pagina("<td>" + code + "</td>"))).as(code).hasSize(1);
    }
    assertThat(detector.in(pagina("<td>geannuleerd</td>"))).as("gesprek status").hasSize(1);
    assertThat(detector.in(pagina("<span class=\"status\">open</span>"))).as("milestone status from the API").hasSize(1);
  }

  private static String pagina(String inhoud) {
    return "<!DOCTYPE html><html lang=\"nl\"><head><title>Test</title></head><body><main>" + inhoud
        + "</main></body></html>";
  }
}
