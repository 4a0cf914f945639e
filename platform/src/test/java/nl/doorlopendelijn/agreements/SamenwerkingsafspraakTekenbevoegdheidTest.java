package nl.doorlopendelijn.agreements;

import static nl.doorlopendelijn.agreements.AfspraakApi.HVB;
import static nl.doorlopendelijn.agreements.AfspraakApi.ISSUERS;
import static nl.doorlopendelijn.agreements.AfspraakApi.OISTERWIJK;
import static nl.doorlopendelijn.agreements.AfspraakApi.coa;
import static nl.doorlopendelijn.agreements.AfspraakApi.coordinator;
import static nl.doorlopendelijn.agreements.AfspraakApi.medewerker;
import static nl.doorlopendelijn.agreements.AfspraakApi.pad;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The signing rule through the API (real tokens, real PostgreSQL): a gemeente signs through its tekenbevoegde or
 * the coördinator under the gemeente's mandaat on the version; the COA for itself. Refusals the caller may know
 * about are 403 with a Dutch reason; the rest stays 404.
 */
@PlatformTest
class SamenwerkingsafspraakTekenbevoegdheidTest {

  @Autowired
  WebTestClient web;

  AfspraakApi api() {
    return new AfspraakApi(web);
  }

  private String terOndertekening(String... gemeenten) {
    String id = api().maakId(HVB, OISTERWIJK, gemeenten);
    api().terOndertekening(HVB, id);
    return id;
  }

  private WebTestClient.ResponseSpec mandaat(String id, String token, String gemeente, String kenmerk) {
    return web.post().uri(pad(HVB) + "/" + id + "/mandaten").headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("gemeente", gemeente, "kenmerk", kenmerk))
        .exchange();
  }

  @Test
  void eenMedewerkerZonderTekenbevoegdheidKrijgt403EnTekentNiet() {
    String id = terOndertekening("GM0855");
    String zonder = ISSUERS.gemeenteMedewerkerNietTekenbevoegd(HVB, "GM0855");
    api().onderteken(HVB, id, zonder, "GM0855").expectStatus().isForbidden()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("niet tekenbevoegd"));
    mandaat(id, zonder, "GM0855", "MB-2026-1").expectStatus().isForbidden();
    // nothing signed
    assertThat(api().haal(HVB, id, coordinator(HVB)).get("status")).isEqualTo("ter-ondertekening");
    api().onderteken(HVB, id, medewerker(HVB, "GM0855"), "GM0855").expectStatus().isCreated()
        .expectBody().jsonPath("$.gemeenten[0].ondertekening.naam")
        .isEqualTo(TestIssuers.naam("medewerker-GM0855"))
        .jsonPath("$.gemeenten[0].ondertekening.krachtensMandaat").doesNotExist();
  }

  @Test
  void deCoordinatorTekentNietZonderMandaatEnNooitVoorHetCoa() {
    String id = terOndertekening("GM0855");
    api().onderteken(HVB, id, coordinator(HVB), "GM0855").expectStatus().isForbidden()
        .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("mandaat"));
    api().onderteken(HVB, id, coordinator(HVB), OISTERWIJK).expectStatus().isForbidden()
        .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("COA"));
    // the coördinator cannot mandate herself, nor be mandated for the COA
    mandaat(id, coordinator(HVB), "GM0855", "MB-1").expectStatus().isForbidden();
    mandaat(id, coordinator(HVB), OISTERWIJK, "MB-1").expectStatus().isForbidden();
    // another gemeente's tekenbevoegde learns nothing
    mandaat(id, medewerker(HVB, "GM0766"), "GM0855", "MB-1").expectStatus().isNotFound();
  }

  @Test
  @SuppressWarnings("unchecked")
  void onderMandaatTekentDeCoordinatorNamensDeGemeenteEnDatStaatOpDeAfspraak() {
    String id = terOndertekening("GM0855", "GM0766");
    // a mandaat of Tilburg, withdrawn while unused, then granted again
    Map<String, Object> eerste = mandaat(id, medewerker(HVB, "GM0855"), "GM0855", "MB-2026-041").expectStatus()
        .isCreated().expectBody(AfspraakApi.MAP).returnResult().getResponseBody();
    assertThat(eerste).containsEntry("gemeente", "GM0855").containsEntry("kenmerk", "MB-2026-041")
        .containsEntry("verleendDoor", TestIssuers.naam("medewerker-GM0855"));
    mandaat(id, medewerker(HVB, "GM0855"), "GM0855", "MB-2026-042").expectStatus().isEqualTo(409);
    web.post().uri(pad(HVB) + "/" + id + "/mandaten/" + eerste.get("id") + "/intrekking")
        .headers(h -> h.setBearerAuth(medewerker(HVB, "GM0855"))).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.ingetrokkenOp").exists();
    api().onderteken(HVB, id, coordinator(HVB), "GM0855").expectStatus().isForbidden();
    Map<String, Object> tweede = mandaat(id, medewerker(HVB, "GM0855"), "GM0855", "MB-2026-042").expectStatus()
        .isCreated().expectBody(AfspraakApi.MAP).returnResult().getResponseBody();

    // the coördinator signs for Tilburg under it; not for Dongen, which gave none
    api().onderteken(HVB, id, coordinator(HVB), "GM0766").expectStatus().isForbidden();
    api().onderteken(HVB, id, coordinator(HVB), "GM0855").expectStatus().isCreated().expectBody()
        .jsonPath("$.gemeenten[?(@.cbsCode == 'GM0855')].ondertekening.naam")
        .isEqualTo(TestIssuers.naam("coordinator-" + HVB))
        .jsonPath("$.gemeenten[?(@.cbsCode == 'GM0855')].ondertekening.krachtensMandaat").isEqualTo("MB-2026-042");
    // a used mandaat is the record of that signature: it cannot be withdrawn
    web.post().uri(pad(HVB) + "/" + id + "/mandaten/" + tweede.get("id") + "/intrekking")
        .headers(h -> h.setBearerAuth(medewerker(HVB, "GM0855"))).exchange().expectStatus().isEqualTo(409);

    api().onderteken(HVB, id, medewerker(HVB, "GM0766"), "GM0766").expectStatus().isCreated();
    api().onderteken(HVB, id, coa(OISTERWIJK), OISTERWIJK).expectStatus().isCreated().expectBody()
        .jsonPath("$.status").isEqualTo("actief");

    Map<String, Object> mandaten = web.get().uri(pad(HVB) + "/" + id + "/mandaten")
        .headers(h -> h.setBearerAuth(coordinator(HVB))).exchange().expectStatus().isOk()
        .expectBody(AfspraakApi.MAP).returnResult().getResponseBody();
    List<Map<String, Object>> lijst = (List<Map<String, Object>>) mandaten.get("mandaten");
    assertThat(lijst).hasSize(2);
    assertThat(lijst.get(1).get("gebruiktOp")).isNotNull();

    // the history names people, and says under which mandaat
    Map<String, Object> historie = web.get().uri(pad(HVB) + "/" + id + "/historie")
        .headers(h -> h.setBearerAuth(coordinator(HVB))).exchange().expectStatus().isOk()
        .expectBody(AfspraakApi.MAP).returnResult().getResponseBody();
    List<Map<String, Object>> regels = (List<Map<String, Object>>) historie.get("historie");
    assertThat(regels).extracting(r -> r.get("actie")).contains("mandaat-verleend", "mandaat-ingetrokken",
        "ondertekend-krachtens-mandaat", "ondertekend");
    assertThat(regels).filteredOn(r -> "ondertekend-krachtens-mandaat".equals(r.get("actie"))).singleElement()
        .satisfies(r -> {
          assertThat(r.get("doorNaam")).isEqualTo(TestIssuers.naam("coordinator-" + HVB));
          assertThat((Map<String, Object>) r.get("nieuw")).containsEntry("krachtensMandaat", "MB-2026-042");
        });
  }

  @Test
  void eenMandaatAlleenOpEenVersieDieTerOndertekeningLigt() {
    String concept = api().maakId(HVB, OISTERWIJK, "GM0855");
    mandaat(concept, medewerker(HVB, "GM0855"), "GM0855", "MB-1").expectStatus().isEqualTo(409);
    String id = terOndertekening("GM0855");
    mandaat(id, medewerker(HVB, "GM0855"), "GM0855", " ").expectStatus().isBadRequest()
        .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("kenmerk");
  }
}
