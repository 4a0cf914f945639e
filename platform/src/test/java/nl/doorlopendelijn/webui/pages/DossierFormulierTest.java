package nl.doorlopendelijn.webui.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/** The dossier form: from the browser's fields to the API's body, the API's errors back onto the fields. */
class DossierFormulierTest {

  @Test
  void elkVeldVanHetFormulierHeeftEenLabelEnKomtOnderZijnEigenNaamInDeApiBody() {
    for (DossierFormulier.Veld v : DossierFormulier.VELDEN) {
      LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
      String waarde = switch (v.soort()) {
        case TEKST, LIJST -> "mengvorm";
        case DATUM -> "2026-03-01";
        case GETAL -> "12";
        case JA_NEE -> "ja";
        case UUID -> "b81be20b-7a5c-4d3f-9c1e-0d8a2b6f4e11";
      };
      form.add(v.naam(), waarde);
      if (v.naam().startsWith("mengvorm.")) {
        form.add("gekozenScenario", "mengvorm");
      }
      DossierFormulier f = DossierFormulier.uit(form);
      Map<String, Object> body = f.naarApi();
      assertThat(f.heeftLeesfouten()).as(v.naam()).isFalse();
      assertThat(lees(body, v.naam())).as(v.naam()).isNotNull();
      assertThat(DossierFormulier.label(v.naam())).as(v.naam()).isNotEqualTo(v.naam());
      // each API error name of the field lands on the field itself
      assertThat(DossierFormulier.veldVoor(v.naam())).isEqualTo(v.naam());
    }
  }

  @Test
  void eenApiFoutKomtBijHetDichtstbijzijndeVeldOfDeGroep() {
    assertThat(DossierFormulier.veldVoor("mengvorm.voorVerhuizing[1]")).isEqualTo("mengvorm.voorVerhuizing");
    assertThat(DossierFormulier.veldVoor("factoren")).isEqualTo("factoren");
    assertThat(DossierFormulier.veldVoor("persoon.onbekend")).isEqualTo("persoon");
    assertThat(DossierFormulier.veldVoor("body:koppelingsdatum")).isEqualTo("koppelingsdatum");
    assertThat(DossierFormulier.veldVoor("(body)")).isEqualTo("formulier");
    assertThat(DossierFormulier.veldVoor("status")).isEqualTo("formulier");
  }

  @Test
  void elkeFoutVanDeApiStaatInHetOverzichtInDeVolgordeVanHetFormulier() {
    Map<String, Object> probleem = Map.of("invalidParams", List.of(
        Map.of("name", "factoren.verwachteMaandenTotWoning", "reason", "moet tussen 0 en 120 liggen"),
        Map.of("name", "gemeente", "reason", "is verplicht"),
        Map.of("name", "koppelingsdatum", "reason", "is verplicht"),
        Map.of("name", "(body)", "reason", "is verplicht")));
    DossierFormulier f = DossierFormulier.leeg().metApiFouten(probleem);
    assertThat(f.foutoverzicht()).extracting(DossierFormulier.Fout::veld)
        .containsExactly("formulier", "gemeente", "koppelingsdatum", "factoren.verwachteMaandenTotWoning");
    assertThat(f.fout("gemeente")).isEqualTo("Is verplicht.");
    assertThat(f.beschrijving("gemeente", false)).isEqualTo("fout-gemeente");
    assertThat(f.beschrijving("gemeente", true)).isEqualTo("hint-gemeente fout-gemeente");
    assertThat(f.foutoverzicht().get(1).anker()).isEqualTo("#veld-gemeente");
  }

  @Test
  void eenWaardeDieDePaginaNietKanLezenIsEenFoutBijHaarVeld() {
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("koppelingsdatum", "1 maart");
    form.add("factoren.afstandTotAzcKm", "twintig");
    form.add("factoren.kanReizen", "misschien");
    DossierFormulier f = DossierFormulier.uit(form);
    Map<String, Object> body = f.naarApi();
    assertThat(f.heeftLeesfouten()).isTrue();
    assertThat(body).doesNotContainKey("koppelingsdatum");
    assertThat(f.foutoverzicht()).extracting(DossierFormulier.Fout::veld)
        .containsExactly("koppelingsdatum", "factoren.afstandTotAzcKm", "factoren.kanReizen");
    assertThat(f.waarde("factoren.afstandTotAzcKm")).isEqualTo("twintig");
  }

  @Test
  void deMengvormGaatAlleenMeeBijHetScenarioMengvorm() {
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("mengvorm.omschrijving", "eigen mix");
    form.add("mengvorm.voorVerhuizing", "brede-intake");
    form.add("mengvorm.voorVerhuizing", "pip-advies");
    assertThat(DossierFormulier.uit(form).naarApi()).doesNotContainKey("mengvorm");
    form.add("gekozenScenario", "mengvorm");
    assertThat(lees(DossierFormulier.uit(form).naarApi(), "mengvorm.voorVerhuizing"))
        .isEqualTo(List.of("brede-intake", "pip-advies"));
  }

  @Test
  void eenConflictNoemtWatIntussenVeranderdeEnWatNietIsOpgeslagen() {
    Map<String, Object> dossier = new LinkedHashMap<>();
    dossier.put("gemeente", "GM0855");
    dossier.put("verwachteVerhuisdatum", "2026-05-01");
    dossier.put("factoren", Map.of("verwachteMaandenTotWoning", 6, "kanReizen", true));
    DossierFormulier basis = DossierFormulier.uitBasis(DossierFormulier.uitDossier(dossier).basis());
    DossierFormulier jouw = DossierFormulier.uitDossier(dossier).zet("verwachteVerhuisdatum", "2026-06-01")
        .zet("factoren.verwachteMaandenTotWoning", "3");
    Map<String, Object> nu = new LinkedHashMap<>(dossier);
    nu.put("verwachteVerhuisdatum", "2026-05-15");
    DossierFormulier intussen = DossierFormulier.uitDossier(nu);
    var conflict = DossierFormulier.conflict(basis, jouw, intussen, v -> w -> DossierFormulier.leesbaar(v, w));
    assertThat(conflict.intussenGewijzigd()).containsExactly(
        new DossierFormulier.Verschil("Verwachte verhuisdatum", "2026-06-01", "2026-05-15"));
    assertThat(conflict.nietOpgeslagen()).containsExactly(
        new DossierFormulier.Verschil("Verwachte maanden tot een woning", "3", "6"));
    assertThat(basis.waarde("factoren.kanReizen")).isEqualTo("ja");
  }

  @Test
  void deNormenVanEenAfspraakAlsZinnen() {
    Map<String, Object> normen = Map.of("dagenTotKennismaking", 14,
        "driegesprekken", List.of(Map.of("anker", "na-koppeling", "dagen", 14)),
        "klantprofielUpdateDagenVoorVerhuizing", 14, "bredeIntakeEnPipVoorVerhuizing", true,
        "rustperiodeRondVerhuizingDagen", 0);
    assertThat(FormulierToelichting.normen(normen)).containsExactly(
        "Kennismaking binnen 14 dagen na de koppeling", "Driegesprek binnen 14 dagen na de koppeling",
        "Klantprofiel bijgewerkt uiterlijk 14 dagen voor de verhuizing", "Brede intake en PIP-advies vóór de verhuizing",
        "Geen rustperiode rond de verhuizing");
    var afspraak = FormulierToelichting.afspraak(Map.of("azc", Map.of("code", "AZC-OISTERWIJK"),
            "gemeenten", List.of(Map.of("cbsCode", "GM0855"), Map.of("cbsCode", "GM0766")), "scenario", "snelle-start",
            "versienummer", 2, "geldigVanaf", "2026-01-01", "normen", normen),
        c -> c.equals("GM0855") ? "Tilburg" : "Dongen", c -> "azc Oisterwijk");
    assertThat(afspraak.titel()).isEqualTo("Samenwerkingsafspraak azc Oisterwijk met Tilburg en Dongen");
    assertThat(afspraak.scenario()).isEqualTo("Snelle start");
    assertThat(afspraak.versie()).isEqualTo(2);
    assertThat(afspraak.geldig()).isEqualTo("geldig vanaf 1 januari 2026");
  }

  private static Object lees(Map<String, Object> json, String naam) {
    Object huidig = json;
    for (String deel : naam.split("\\.")) {
      if (!(huidig instanceof Map<?, ?> m)) {
        return null;
      }
      huidig = m.get(deel);
    }
    return huidig;
  }
}
