package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static nl.doorlopendelijn.testsupport.TestIssuers.NOORDOOST_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The advice through the API (issue 13): the distance follows from the gemeente and the azc unless entered; digitally
 * skilled alone is no snelle start from a far azc for someone who cannot travel; a COA liaison gets the region's
 * thresholds; the advice and its reasons are stored on the dossier, at creation and when asked again.
 */
@PlatformTest
class ScenarioAdviesOpHetDossierTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = "/api/v1/regios/hart-van-brabant/dossiers";
  private static final String NOB = "/api/v1/regios/noordoost-brabant/dossiers";

  @Autowired
  WebTestClient web;

  private final String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);

  @Test
  @DisplayName("\"Factoren die daarbij een rol spelen zijn: - de afstand tot een azc\": de afstand volgt uit de"
      + " gemeente en het azc, tenzij hij is ingevoerd")
  @SuppressWarnings("unchecked")
  void deAfstandVolgtUitGemeenteEnAzcTenzijIngevoerd() {
    // Tilburg and azc Oisterwijk: 10 km straight, 13 km over the road; Tilburg and Ter Apel: far beyond 50 km
    Map<String, Object> dichtbij = maak(HVB, coordinator, "GM0855", "AZC-OISTERWIJK", null, 5, true, false);
    Map<String, Object> ver = maak(HVB, coordinator, "GM0855", "AZC-TER-APEL", null, 5, true, false);
    Map<String, Object> ingevoerd = maak(HVB, coordinator, "GM0855", "AZC-TER-APEL", 20, 5, true, false);

    assertThat(afstand(dichtbij)).containsEntry("bron", "berekend").containsEntry("km", 13)
        .containsEntry("hemelsbreedKm", 10);
    assertThat(advies(dichtbij).get("scenario")).isEqualTo("snelle-start");
    assertThat((List<String>) advies(dichtbij).get("redenen")).first().asString()
        .contains("geschat op 13 km", "hemelsbreed", "omrijfactor");
    assertThat((Integer) afstand(ver).get("km")).isGreaterThan(250);
    assertThat(advies(ver).get("scenario")).isEqualTo("gecombineerde-aanpak");
    assertThat(afstand(ingevoerd)).containsEntry("bron", "ingevoerd").containsEntry("km", 20);
    assertThat(advies(ingevoerd).get("scenario")).isEqualTo("snelle-start");
    // what was entered stays as entered: an estimate is the advice's, not a factor
    assertThat(((Map<String, Object>) ver.get("factoren")).get("afstandTotAzcKm")).isNull();
  }

  @Test
  void eenAfstandDieNietUitDeLiggingVolgtMoetWordenIngevoerd() {
    String zonderLigging = "AZC-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    web.post().uri("/api/v1/azc-locaties").headers(h -> h.setBearerAuth(issuers.platformOperator()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("code", zonderLigging, "naam", "Locatie zonder ligging", "plaats", "Ergens",
            "coaRegio", "Zuid", "type", "overig"))
        .exchange().expectStatus().isCreated();

    web.post().uri(HVB).headers(h -> h.setBearerAuth(coordinator)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(invoer("GM0855", zonderLigging, null, 5, true, false)).exchange()
        .expectStatus().isBadRequest().expectBody()
        .jsonPath("$.invalidParams[0].name").isEqualTo("factoren.afstandTotAzcKm")
        .jsonPath("$.invalidParams[0].code").isEqualTo("required");
    web.post().uri("/api/v1/scenario-adviezen").headers(h -> h.setBearerAuth(coordinator))
        .bodyValue(Map.of("verwachteMaandenTotWoning", 5, "kanReizen", true, "digitaalVaardig", false))
        .exchange().expectStatus().isBadRequest().expectBody()
        .jsonPath("$.invalidParams[0].name").isEqualTo("afstandTotAzcKm");
  }

  @Test
  @DisplayName("\"kan iemand makkelijk reizen? Is iemand digitaal vaardig of niet?\": digitaal vaardig alleen is geen"
      + " snelle start voor wie niet kan reizen vanuit een ver azc")
  void digitaalVaardigAlleenIsGeenSnelleStartVanuitEenVerAzc() {
    Map<String, Object> ver = maak(HVB, coordinator, "GM0855", "AZC-TER-APEL", null, 5, false, true);
    Map<String, Object> dichtbij = maak(HVB, coordinator, "GM0855", "AZC-OISTERWIJK", null, 5, false, true);

    assertThat(ver.get("scenario")).isEqualTo("gecombineerde-aanpak");
    assertThat(ver.get("scenarioBron")).isEqualTo("advies");
    assertThat(dichtbij.get("scenario")).isEqualTo("snelle-start");
    Map<String, Object> vrij = vrijAdvies(coordinator, Map.of("gemeente", "GM0855", "azcLocatie", "AZC-TER-APEL",
        "verwachteMaandenTotWoning", 5, "kanReizen", false, "digitaalVaardig", true));
    assertThat(vrij.get("scenario")).isEqualTo("gecombineerde-aanpak");
  }

  @Test
  @DisplayName("\"Zorg dat je als azc en gemeente van elkaar weet hoe je werkt.\": het COA krijgt de drempels van de"
      + " regio, niet de standaarddrempels")
  @SuppressWarnings("unchecked")
  void hetCoaKrijgtDeDrempelsVanDeRegio() {
    // Noordoost-Brabant: maxAfstandKm 30 (standard 50), woningBinnenMaanden 3 (standard 2)
    String overloon = issuers.coaLiaison("AZC-OVERLOON");
    Map<String, Object> factoren = Map.of("afstandTotAzcKm", 40, "verwachteMaandenTotWoning", 4, "kanReizen", true,
        "digitaalVaardig", false);
    Map<String, Object> standaard = vrijAdvies(issuers.coaLiaison("AZC-ZWOLLE"), factoren);
    assertThat(standaard.get("scenario")).isEqualTo("snelle-start");
    assertThat(standaard.get("drempelsVanRegio")).isNull();

    // Overloon works in Noordoost-Brabant once it has an open dossier there (tenancy.CoaToegang)
    maak(NOB, issuers.regioCoordinator(NOORDOOST_BRABANT), "GM0828", "AZC-OVERLOON", 40, 4, true, false);
    Map<String, Object> metRegio = new HashMap<>(factoren);
    metRegio.put("regio", "noordoost-brabant");
    Map<String, Object> metGemeente = new HashMap<>(factoren);
    metGemeente.put("gemeente", "GM0828");
    for (Map<String, Object> vraag : List.of(metRegio, metGemeente)) {
      Map<String, Object> advies = vrijAdvies(overloon, vraag);
      assertThat(advies.get("drempelsVanRegio")).isEqualTo("noordoost-brabant");
      assertThat((Map<String, Object>) advies.get("drempels")).containsEntry("maxAfstandKm", 30)
          .containsEntry("woningBinnenMaanden", 3);
      assertThat(advies.get("scenario")).isEqualTo("gecombineerde-aanpak");
    }
    // a region her azc does not work with: no thresholds of it
    web.post().uri("/api/v1/scenario-adviezen").headers(h -> h.setBearerAuth(issuers.coaLiaison("AZC-ZWOLLE")))
        .bodyValue(metRegio).exchange().expectStatus().isBadRequest().expectBody()
        .jsonPath("$.invalidParams[0].name").isEqualTo("regio");
  }

  @Test
  @DisplayName("\"En inburgeraars hebben er baat bij als ze hun verhaal maar 1 keer hoeven te vertellen.\": het advies"
      + " en zijn redenen staan bij het dossier, vanaf het aanmaken en opnieuw als het wordt gevraagd")
  @SuppressWarnings("unchecked")
  void hetAdviesEnZijnRedenenStaanBijHetDossier() {
    Map<String, Object> d = maak(HVB, coordinator, "GM0855", "AZC-OISTERWIJK", null, 5, true, false);
    String id = (String) d.get("id");
    Map<String, Object> bijAanmaken = advies(lees(id));
    assertThat(bijAanmaken.get("scenario")).isEqualTo("snelle-start");
    assertThat((List<String>) bijAanmaken.get("redenen")).hasSizeGreaterThan(2);
    assertThat((List<Map<String, Object>>) bijAanmaken.get("alternatieven")).hasSize(2);
    assertThat((Map<String, Object>) bijAanmaken.get("drempels")).containsEntry("maxAfstandKm", 50);
    assertThat(bijAanmaken.get("drempelsVanRegio")).isEqualTo("hart-van-brabant");

    // a change of the factors gives a new advice, stored; the scenario came from the advice, so it follows
    Map<String, Object> wijziging = invoer("GM0855", "AZC-OISTERWIJK", null, 9, false, false);
    Map<String, Object> gewijzigd = web.put().uri(HVB + "/{id}", id).headers(h -> {
      h.setBearerAuth(coordinator);
      h.setIfMatch("\"1\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(wijziging).exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    assertThat(advies(gewijzigd).get("scenario")).isEqualTo("gecombineerde-aanpak");
    assertThat(advies(gewijzigd).get("bredeIntakeNaVoorinburgering")).isEqualTo(true);
    assertThat(advies(lees(id))).isEqualTo(advies(gewijzigd));

    // asked again (e.g. by the COA liaison of the azc): stored anew, with the region's thresholds
    Map<String, Object> opnieuw = web.post().uri(HVB + "/{id}/scenario-adviezen", id)
        .headers(h -> h.setBearerAuth(issuers.coaLiaison("AZC-OISTERWIJK"))).exchange()
        .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    assertThat(OffsetDateTime.parse((String) advies(opnieuw).get("gegevenOp")))
        .isAfterOrEqualTo(OffsetDateTime.parse((String) advies(gewijzigd).get("gegevenOp")));
    assertThat(advies(lees(id)).get("gegevenOp")).isEqualTo(advies(opnieuw).get("gegevenOp"));
    assertThat(advies(opnieuw).get("drempelsVanRegio")).isEqualTo("hart-van-brabant");

    // without complete factors there is no advice to store
    Map<String, Object> zonder = invoer("GM0855", "AZC-OISTERWIJK", null, 9, false, false);
    zonder.remove("factoren");
    zonder.put("gekozenScenario", "start-na-verhuizing");
    Map<String, Object> zonderFactoren = web.put().uri(HVB + "/{id}", id).headers(h -> {
      h.setBearerAuth(coordinator);
      h.setIfMatch("\"" + opnieuw.get("versie") + "\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(zonder).exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    assertThat(zonderFactoren.get("advies")).isNull();
    web.post().uri(HVB + "/{id}/scenario-adviezen", id).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("factoren");
  }

  @Test
  void eenGeslotenDossierKrijgtGeenNieuwAdviesEnEenVerouderdeETagGeeft412() {
    Map<String, Object> d = maak(HVB, coordinator, "GM0855", "AZC-OISTERWIJK", 30, 5, true, false);
    String id = (String) d.get("id");
    web.post().uri(HVB + "/{id}/scenario-adviezen", id).headers(h -> {
      h.setBearerAuth(coordinator);
      h.setIfMatch("\"7\"");
    }).exchange().expectStatus().isEqualTo(412);
    web.post().uri(HVB + "/{id}/sluitingen", id).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isCreated();
    web.post().uri(HVB + "/{id}/scenario-adviezen", id).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isEqualTo(409);
    web.post().uri(HVB + "/{id}/scenario-adviezen", "geen-uuid").headers(h -> h.setBearerAuth(coordinator))
        .exchange().expectStatus().isBadRequest();
  }

  static Map<String, Object> invoer(String gemeente, String azc, Integer km, int maanden, boolean reizen,
      boolean digitaal) {
    Map<String, Object> m = DossierApi.invoer(gemeente, azc, UUID.randomUUID());
    Map<String, Object> f = new HashMap<>(Map.of("verwachteMaandenTotWoning", maanden, "kanReizen", reizen,
        "digitaalVaardig", digitaal));
    if (km != null) {
      f.put("afstandTotAzcKm", km);
    }
    m.put("factoren", f);
    return m;
  }

  private Map<String, Object> maak(String pad, String token, String gemeente, String azc, Integer km, int maanden,
      boolean reizen, boolean digitaal) {
    String regio = pad.split("/")[4];
    return new DossierApi(web).maak(token, regio, invoer(gemeente, azc, km, maanden, reizen, digitaal));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> lees(String id) {
    return web.get().uri(HVB + "/{id}", id).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> vrijAdvies(String token, Map<String, Object> vraag) {
    return web.post().uri("/api/v1/scenario-adviezen").headers(h -> h.setBearerAuth(token)).bodyValue(vraag)
        .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> advies(Map<String, Object> dossier) {
    assertThat(dossier.get("advies")).as("het dossier heeft een advies").isNotNull();
    return (Map<String, Object>) dossier.get("advies");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> afstand(Map<String, Object> dossier) {
    return (Map<String, Object>) advies(dossier).get("afstand");
  }
}
