package nl.doorlopendelijn.webui.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/** The draft form: the body it sends, and the API's errors placed at the fields that caused them. */
class AfspraakFormulierTest {

  @Test
  @SuppressWarnings("unchecked")
  void hetFormulierWordtHetVerzoekVanDeApi() {
    var form = new LinkedMultiValueMap<String, String>();
    form.add("gemeenten", "GM0855");
    form.add("contact-GM0855", "c1");
    form.add("azc", "AZC-OISTERWIJK");
    form.add("azcContact", "c2");
    form.add("scenario", "snelle-start");
    form.add("driegesprekNaKoppeling", "ja");
    form.add("driegesprekNaKoppelingDagen", "14");
    form.add("kennismaking", "");
    form.add("geldigVanaf", "2026-12-03");
    AfspraakFormulier f = AfspraakFormulier.uit(form);
    Map<String, Object> b = f.naarApi();
    assertThat(f.heeftLeesfouten()).isFalse();
    assertThat((Map<String, Object>) b.get("azc")).containsEntry("code", "AZC-OISTERWIJK")
        .containsEntry("contactpersoonId", "c2");
    assertThat((List<Map<String, Object>>) b.get("gemeenten")).singleElement()
        .satisfies(g -> assertThat(g).containsEntry("cbsCode", "GM0855").containsEntry("contactpersoonId", "c1"));
    Map<String, Object> normen = (Map<String, Object>) b.get("normen");
    assertThat(normen.get("dagenTotKennismaking")).isNull();
    assertThat((List<Map<String, Object>>) normen.get("driegesprekken")).singleElement()
        .satisfies(d -> assertThat(d).containsEntry("anker", "na-koppeling").containsEntry("dagen", 14));
    assertThat(b).doesNotContainKey("mengvorm");
  }

  @Test
  void geenGetalIsEenFoutVanHetFormulier() {
    var form = new LinkedMultiValueMap<String, String>();
    form.add("kennismaking", "twee weken");
    AfspraakFormulier f = AfspraakFormulier.uit(form);
    f.naarApi();
    assertThat(f.fout("kennismaking")).contains("geheel aantal dagen");
  }

  @Test
  void deFoutenVanDeApiStaanBijHunVeld() {
    List<String> gekozen = List.of("GM0855", "GM0766");
    List<String> drie = List.of("driegesprekVoorVerhuizingDagen");
    assertThat(AfspraakFormulier.veldVan("gemeenten[1].contactpersoonId", gekozen, drie)).isEqualTo("contact-GM0766");
    assertThat(AfspraakFormulier.veldVan("gemeenten", gekozen, drie)).isEqualTo("gemeenten");
    assertThat(AfspraakFormulier.veldVan("azc.code", gekozen, drie)).isEqualTo("azc");
    assertThat(AfspraakFormulier.veldVan("azc.contactpersoonId", gekozen, drie)).isEqualTo("azcContact");
    assertThat(AfspraakFormulier.veldVan("normen.driegesprekken[0].dagen", gekozen, drie))
        .isEqualTo("driegesprekVoorVerhuizingDagen");
    assertThat(AfspraakFormulier.veldVan("mengvorm.omschrijving", gekozen, drie)).isEqualTo("mengvormOmschrijving");
    assertThat(AfspraakFormulier.veldVan("mengvorm.voorVerhuizing", gekozen, drie)).isEqualTo("mengvormStap");
    assertThat(AfspraakFormulier.veldVan("geldigTot", gekozen, drie)).isEqualTo("geldigTot");
    assertThat(AfspraakFormulier.veldVan("normen.voorinburgering.duurDagen", gekozen, drie)).isEqualTo("duur");
  }
}
