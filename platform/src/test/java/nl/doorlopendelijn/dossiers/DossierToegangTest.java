package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static nl.doorlopendelijn.testsupport.TestIssuers.NOORDOOST_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestAfspraken;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Who sees which dossier: per role, and the COA list across two regions. */
@PlatformTest
class DossierToegangTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = "/api/v1/regios/hart-van-brabant/dossiers";

  @Autowired
  WebTestClient web;

  DossierApi api;

  @BeforeEach
  void setUp() {
    api = new DossierApi(web);
  }

  @Test
  void gemeenteMedewerkerKrijgt404OpEenDossierVanDeBuurgemeente() {
    UUID cp = UUID.randomUUID();
    String tilburg = issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855");
    String goirle = issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0785");
    Map<String, Object> dossier = api.maak(tilburg, "hart-van-brabant", "GM0855", "AZC-OISTERWIJK", cp);
    String id = (String) dossier.get("id");

    web.get().uri(HVB + "/{id}", id).headers(h -> h.setBearerAuth(tilburg)).exchange().expectStatus().isOk();
    for (String pad : List.of("", "/mijlpalen", "/audit", "/inzage")) {
      web.get().uri(HVB + "/{id}" + pad, id).headers(h -> h.setBearerAuth(goirle))
          .exchange().expectStatus().isNotFound();
    }
    web.get().uri(HVB + "?contactpersoon={cp}", cp).headers(h -> h.setBearerAuth(goirle))
        .exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.dossiers.length()").isEqualTo(0).jsonPath("$.paginering.totaalAantal").isEqualTo(0);
  }

  @Test
  void gemeenteMedewerkerLegtGeenDossierVastVoorEenAndereGemeente() {
    String goirle = issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0785");
    web.post().uri(HVB).headers(h -> h.setBearerAuth(goirle))
        .bodyValue(DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID()))
        .exchange().expectStatus().isForbidden();
  }

  @Test
  void coordinatorZietElkDossierVanDeRegioEnGeenEnkelVanEenAndereRegio() {
    UUID cp = UUID.randomUUID();
    api.maak(issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855"), "hart-van-brabant", "GM0855",
        "AZC-OISTERWIJK", cp);
    api.maak(issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0785"), "hart-van-brabant", "GM0785",
        "AZC-OISTERWIJK", cp);
    Map<String, Object> elders = api.maak(issuers.regioCoordinator(NOORDOOST_BRABANT), "noordoost-brabant",
        "GM0828", "AZC-OISTERWIJK", cp);
    String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);
    web.get().uri(HVB + "?contactpersoon={cp}", cp).headers(h -> h.setBearerAuth(coordinator))
        .exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.dossiers.length()").isEqualTo(2).jsonPath("$.paginering.totaalAantal").isEqualTo(2);
    web.get().uri(HVB + "/{id}", elders.get("id")).headers(h -> h.setBearerAuth(coordinator))
        .exchange().expectStatus().isNotFound();
    web.get().uri("/api/v1/regios/noordoost-brabant/dossiers/{id}", elders.get("id"))
        .headers(h -> h.setBearerAuth(coordinator)).exchange().expectStatus().isNotFound();
  }

  @Test
  void dashboardViewerZietGeenDossiersDeHeleResourceIs404() {
    Map<String, Object> dossier = api.maak(issuers.regioCoordinator(HART_VAN_BRABANT), "hart-van-brabant",
        "GM0855", "AZC-OISTERWIJK", UUID.randomUUID());
    String viewer = issuers.dashboardViewer(HART_VAN_BRABANT);
    web.get().uri(HVB).headers(h -> h.setBearerAuth(viewer)).exchange().expectStatus().isNotFound();
    web.get().uri(HVB + "/{id}", dossier.get("id")).headers(h -> h.setBearerAuth(viewer))
        .exchange().expectStatus().isNotFound();
    web.post().uri(HVB).headers(h -> h.setBearerAuth(viewer))
        .bodyValue(DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID()))
        .exchange().expectStatus().isNotFound();
    web.get().uri("/api/v1/mijn/werkvoorraad").headers(h -> h.setBearerAuth(viewer))
        .exchange().expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
  }

  @Test
  void coaLiaisonZietDossiersVanEigenAzcInBeideRegios() {
    // Oisterwijk's liaisons work in both regions: each has an agreement with azc Oisterwijk past concept.
    TestAfspraken.terOndertekening(web, "hart-van-brabant", "AZC-OISTERWIJK", "GM0855");
    TestAfspraken.terOndertekening(web, "noordoost-brabant", "AZC-OISTERWIJK", "GM0828");
    UUID cp = UUID.randomUUID();
    Map<String, Object> hvb = api.maak(issuers.regioCoordinator(HART_VAN_BRABANT), "hart-van-brabant", "GM0855",
        "AZC-OISTERWIJK", cp);
    Map<String, Object> nob = api.maak(issuers.regioCoordinator(NOORDOOST_BRABANT), "noordoost-brabant", "GM0828",
        "AZC-OISTERWIJK", cp);
    Map<String, Object> overloon = api.maak(issuers.regioCoordinator(NOORDOOST_BRABANT), "noordoost-brabant",
        "GM0828", "AZC-OVERLOON", cp);

    List<Map<String, Object>> gezien = azcLijst(issuers.coaLiaison("AZC-OISTERWIJK"), "AZC-OISTERWIJK");
    List<Object> ids = gezien.stream().map(d -> d.get("id")).toList();
    assertThat(ids).contains(hvb.get("id"), nob.get("id")).doesNotContain(overloon.get("id"));
    assertThat(gezien).allSatisfy(d -> assertThat(d.get("azcLocatie")).isEqualTo("AZC-OISTERWIJK"));
    assertThat(gezien.stream().filter(d -> d.get("id").equals(nob.get("id"))).findFirst().orElseThrow()
        .get("regio")).isEqualTo("noordoost-brabant");

    // another azc's liaison, and a region token, do not get this list
    web.get().uri("/api/v1/azc-locaties/AZC-OISTERWIJK/dossiers")
        .headers(h -> h.setBearerAuth(issuers.coaLiaison("AZC-OVERLOON"))).exchange().expectStatus().isNotFound();
    web.get().uri("/api/v1/azc-locaties/AZC-OISTERWIJK/dossiers")
        .headers(h -> h.setBearerAuth(issuers.regioCoordinator(HART_VAN_BRABANT)))
        .exchange().expectStatus().isNotFound();
    // Overloon has no agreement in force with any region: its liaisons see each open dossier of their own azc
    // that has not moved yet (the COA must still update its klantprofiel), and nothing of another azc.
    assertThat(azcLijst(issuers.coaLiaison("AZC-OVERLOON"), "AZC-OVERLOON").stream().map(d -> d.get("id")))
        .contains(overloon.get("id")).doesNotContain(hvb.get("id"), nob.get("id"));
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> azcLijst(String token, String azc) {
    Map<String, Object> body = web.get().uri("/api/v1/azc-locaties/{azc}/dossiers", azc)
        .headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    return (List<Map<String, Object>>) body.get("dossiers");
  }
}
