package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import nl.doorlopendelijn.testsupport.TestPersonen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Who a dossier is about (issue 14): the person, the household that moves together, the search by number or name. */
@PlatformTest
class DossierPersoonTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = "/api/v1/regios/hart-van-brabant/dossiers";

  @Autowired
  WebTestClient web;

  private final String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);
  private final String tilburg = issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855");
  private final String dongen = issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0766");

  @Test
  void eenDossierNoemtDePersoonEnDeLijstHaarNaam() {
    Map<String, Object> invoer = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID());
    invoer.put("persoon", Map.of("voornamen", " Amira Selam ", "achternaam", "Tesfaye-" + uniek(),
        "geboortedatum", "1994-02-11", "taal", "tir", "tolkNodig", true));
    invoer.put("coaReferentie", "COA-2026-4471");
    Map<String, Object> d = new DossierApi(web).maak(coordinator, HART_VAN_BRABANT, invoer);
    @SuppressWarnings("unchecked")
    Map<String, Object> persoon = (Map<String, Object>) d.get("persoon");
    assertThat(persoon).containsEntry("voornamen", "Amira Selam").containsEntry("taal", "tir")
        .containsEntry("taalNaam", "Tigrinya").containsEntry("tolkNodig", true)
        .containsEntry("geboortedatum", "1994-02-11");
    assertThat((String) persoon.get("naam")).startsWith("Amira Selam Tesfaye-");
    assertThat(d).containsEntry("coaReferentie", "COA-2026-4471");

    JsonNode gevonden = zoek(tilburg, (String) persoon.get("achternaam"));
    assertThat(gevonden.path("dossiers").get(0).path("naam").asString()).isEqualTo(persoon.get("naam"));
  }

  @Test
  void eenDossierZonderNaamOfMetOngeldigePersoonGeeftAlleFoutenTegelijk() {
    Map<String, Object> zonder = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID());
    zonder.remove("persoon");
    fouten(zonder).contains("persoon");

    Map<String, Object> ongeldig = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID());
    ongeldig.put("persoon", Map.of("voornamen", " ", "achternaam", "x".repeat(201),
        "geboortedatum", LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).plusDays(1).toString(), "taal", "Arabisch", "tolkNodig", true));
    ongeldig.put("coaReferentie", "1234567890"); // a V-nummer as a plain reference
    ongeldig.put("huishouden", "met\nregeleinde");
    fouten(ongeldig).containsExactlyInAnyOrder("persoon.voornamen", "persoon.achternaam", "persoon.geboortedatum",
        "persoon.taal", "coaReferentie", "huishouden");

    Map<String, Object> oud = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID());
    oud.put("persoon", Map.of("voornamen", "A", "achternaam", "B", "geboortedatum", "1890-01-01", "tolkNodig", true));
    fouten(oud).containsExactlyInAnyOrder("persoon.geboortedatum", "persoon.taal");
  }

  @Test
  void zoekenVindtNummerEnDeelVanDeNaamZonderOpHoofdlettersOfAccentenTeLetten() {
    String achternaam = "Özdemir" + uniek();
    Map<String, Object> invoer = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID());
    invoer.put("persoon", TestPersonen.persoon("Hevin", achternaam));
    Map<String, Object> d = new DossierApi(web).maak(coordinator, HART_VAN_BRABANT, invoer);

    String zonderAccent = "hevin OZDEMIR" + achternaam.substring("Özdemir".length());
    assertThat(zoek(tilburg, zonderAccent).path("dossiers").valueStream().map(n -> n.path("id").asString()))
        .containsExactly((String) d.get("id"));
    assertThat(zoek(tilburg, ((String) d.get("dossiernummer")).toLowerCase()).path("dossiers").valueStream()
        .map(n -> n.path("id").asString())).containsExactly((String) d.get("id"));
    assertThat(zoek(tilburg, "zdemir" + achternaam.substring("Özdemir".length())).path("paginering")
        .path("totaalAantal").asLong()).isEqualTo(1);
    // another gemeente does not see it: no hit, and its name is nowhere in the answer
    JsonNode dongenZoekt = zoek(dongen, achternaam);
    assertThat(dongenZoekt.path("dossiers").size()).isZero();
    assertThat(dongenZoekt.toString()).doesNotContain(achternaam);
    // LIKE's own characters are text, not wildcards
    assertThat(zoek(coordinator, "%%").path("dossiers").size()).isZero();
  }

  @Test
  void zoekenVraagtEenTekstEnDieKomtNietInDeAudit() throws Exception {
    web.post().uri(HVB + "/zoekopdrachten").headers(h -> h.setBearerAuth(tilburg))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("tekst", " "))
        .exchange().expectStatus().isBadRequest().expectBody()
        .jsonPath("$.invalidParams[0].name").isEqualTo("tekst");
    web.post().uri(HVB + "/zoekopdrachten?paginaGrootte=0").headers(h -> h.setBearerAuth(tilburg))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("tekst", "ab"))
        .exchange().expectStatus().isBadRequest();
    String merkteken = "Zoekmerk" + uniek();
    zoek(tilburg, merkteken);
    try (var c = TestDatabase.shared().connectAsOwner(); var st = c.createStatement();
        var rs = st.executeQuery("select count(*) from audit_record a where a.actie = 'dossier.zoeken'")) {
      rs.next();
      assertThat(rs.getLong(1)).isPositive();
    }
    try (var c = TestDatabase.shared().connectAsOwner();
        var st = c.prepareStatement("select count(*) from audit_record a where a::text ilike ?")) {
      st.setString(1, "%" + merkteken + "%");
      try (var rs = st.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).isZero();
      }
    }
  }

  @Test
  void eenHuishoudenIsGekoppeldEnVerhuistSamenBijEenHermatching() {
    String hh = "HH-" + uniek();
    DossierApi api = new DossierApi(web);
    Map<String, Object> a = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID());
    a.put("huishouden", hh);
    Map<String, Object> eerste = api.maak(coordinator, HART_VAN_BRABANT, a);
    Map<String, Object> b = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID());
    b.put("huishouden", hh);
    Map<String, Object> tweede = api.maak(coordinator, HART_VAN_BRABANT, b);

    JsonNode gezien = lees(tilburg, (String) eerste.get("id"));
    assertThat(gezien.path("huishouden").path("referentie").asString()).isEqualTo(hh);
    assertThat(gezien.path("huishouden").path("dossiers").valueStream().map(n -> n.path("id").asString()))
        .containsExactly((String) tweede.get("id"));
    assertThat(gezien.path("huishouden").path("dossiers").get(0).path("naam").asString())
        .isEqualTo(((Map<?, ?>) tweede.get("persoon")).get("naam"));

    // the coördinator re-matches the first to Dongen: the second goes with it, each with its own history
    a.put("gemeente", "GM0766");
    // a re-match needs a vaste contactpersoon of the new gemeente (or none)
    a.put("vasteContactpersoonId", nl.doorlopendelijn.testsupport.TestContactpersonen.vanGemeente("GM0766").toString());
    web.put().uri(HVB + "/{id}", eerste.get("id")).headers(h -> {
      h.setBearerAuth(coordinator);
      h.setIfMatch("\"1\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(a).exchange().expectStatus().isOk();
    JsonNode meeverhuisd = lees(dongen, (String) tweede.get("id"));
    assertThat(meeverhuisd.path("gemeente").asString()).isEqualTo("GM0766");
    assertThat(meeverhuisd.path("hermatchingen").get(0).path("naarGemeente").asString()).isEqualTo("GM0766");
    assertThat(meeverhuisd.path("huishouden").path("dossiers").get(0).path("id").asString())
        .isEqualTo(eerste.get("id"));
    web.get().uri(HVB + "/{id}", tweede.get("id")).headers(h -> h.setBearerAuth(tilburg)).exchange()
        .expectStatus().isNotFound();
    JsonNode audit = web.get().uri(HVB + "/{id}/audit", tweede.get("id")).headers(h -> h.setBearerAuth(coordinator))
        .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    assertThat(audit.path("verwerkingen").valueStream().map(v -> v.path("actie").asString()))
        .contains("dossier.hermatchen");
  }

  @Test
  void eenHuishoudgenootDieUNietZietStaatNietBijHetDossier() {
    String hh = "HH-" + uniek();
    DossierApi api = new DossierApi(web);
    Map<String, Object> a = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID());
    a.put("huishouden", hh);
    Map<String, Object> inTilburg = api.maak(coordinator, HART_VAN_BRABANT, a);
    Map<String, Object> b = DossierApi.invoer("GM0766", "AZC-OISTERWIJK", UUID.randomUUID());
    b.put("huishouden", hh);
    Map<String, Object> inDongen = api.maak(coordinator, HART_VAN_BRABANT, b);

    JsonNode gezien = lees(tilburg, (String) inTilburg.get("id"));
    assertThat(gezien.path("huishouden").path("dossiers").size()).isZero();
    assertThat(gezien.toString()).doesNotContain((String) ((Map<?, ?>) inDongen.get("persoon")).get("achternaam"));
    assertThat(lees(coordinator, (String) inTilburg.get("id")).path("huishouden").path("dossiers").size())
        .isEqualTo(1);
  }

  private JsonNode zoek(String token, String tekst) {
    return web.post().uri(HVB + "/zoekopdrachten").headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("tekst", tekst))
        .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
  }

  private JsonNode lees(String token, String id) {
    return web.get().uri(HVB + "/{id}", id).headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private org.assertj.core.api.ListAssert<String> fouten(Map<String, Object> invoer) {
    JsonNode p = web.post().uri(HVB).headers(h -> h.setBearerAuth(coordinator))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(invoer)
        .exchange().expectStatus().isBadRequest().expectBody(JsonNode.class).returnResult().getResponseBody();
    List<String> namen = p.path("invalidParams").valueStream().map(n -> n.path("name").asString()).toList();
    return assertThat(namen);
  }

  private static String uniek() {
    return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
  }
}
