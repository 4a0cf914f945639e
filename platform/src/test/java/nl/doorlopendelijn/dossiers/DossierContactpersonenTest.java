package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The two people of a dossier (issue 14): the gemeente's vaste contactpersoon and the COA's casemanager, each chosen
 * from the gids. Every kind of entry that cannot be chosen is refused with 400 on its own field, for both fields, on a
 * create and on a change (and on the COA's own {@code PUT …/casemanager}), and changes nothing; who may choose
 * which; the contacts in the dossier's JSON; the picker; a contact who leaves.
 */
@PlatformTest
class DossierContactpersonenTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = "/api/v1/regios/hart-van-brabant/dossiers";
  private static final String TILBURG = "GM0855";
  private static final String OISTERWIJK = "AZC-OISTERWIJK";

  @Autowired
  WebTestClient web;

  @Autowired
  DossierSignals dossierSignals;

  private final String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);
  private final String tilburg = issuers.gemeenteMedewerker(HART_VAN_BRABANT, TILBURG);
  private final String coa = issuers.coaLiaison(OISTERWIJK);

  /** A kind of gids entry that cannot be chosen for the field, made fresh, and the error code it gets. */
  record Onkiesbaar(String naam, Supplier<UUID> maak, String code) {}

  /** Every kind that cannot be the vaste contactpersoon of a Tilburg dossier of azc Oisterwijk. */
  static List<Onkiesbaar> geenVasteContactpersoon() {
    return List.of(
        new Onkiesbaar("onbekend in de gids", UUID::randomUUID, "unknown"),
        new Onkiesbaar("vertrokken (Tilburg)", () -> inactief(TestContactpersonen.vanGemeente(TILBURG)), "inactive"),
        new Onkiesbaar("andere gemeente van de regio (Dongen)", () -> TestContactpersonen.vanGemeente("GM0766"),
            "organisation"),
        new Onkiesbaar("andere soort organisatie (het azc)", () -> TestContactpersonen.nieuw(OISTERWIJK),
            "organisation"),
        new Onkiesbaar("gemeente van een andere regio (Oss)", () -> TestContactpersonen.vanGemeente("GM0828"),
            "organisation"));
  }

  /** Every kind that cannot be the casemanager of a Tilburg dossier of azc Oisterwijk. */
  static List<Onkiesbaar> geenCasemanager() {
    return List.of(
        new Onkiesbaar("onbekend in de gids", UUID::randomUUID, "unknown"),
        new Onkiesbaar("vertrokken (azc Oisterwijk)", () -> inactief(TestContactpersonen.nieuw(OISTERWIJK)),
            "inactive"),
        new Onkiesbaar("ander azc (Gilze)", () -> TestContactpersonen.nieuw("AZC-GILZE"), "organisation"),
        new Onkiesbaar("andere soort organisatie (de gemeente)", () -> TestContactpersonen.vanGemeente(TILBURG),
            "organisation"),
        new Onkiesbaar("azc van een andere regio (Overloon)", () -> TestContactpersonen.nieuw("AZC-OVERLOON"),
            "organisation"));
  }

  @Test
  void elkeOnkiesbareVasteContactpersoonOfCasemanagerGeeft400OpHaarVeldBijAanmakenEnWijzigen() {
    List<String> gevallen = new ArrayList<>();
    for (String veld : List.of("vasteContactpersoonId", "casemanagerId")) {
      for (Onkiesbaar o : veld.equals("vasteContactpersoonId") ? geenVasteContactpersoon() : geenCasemanager()) {
        // create
        Map<String, Object> invoer = geldig();
        invoer.put(veld, o.maak().get().toString());
        fout(web.post().uri(HVB).headers(h -> h.setBearerAuth(coordinator))
            .contentType(MediaType.APPLICATION_JSON).bodyValue(invoer).exchange(), veld, o);
        // change: nothing changes
        Map<String, Object> d = maak(coordinator, geldig());
        Map<String, Object> wijziging = geldig();
        wijziging.put("vasteContactpersoonId", d.get("vasteContactpersoonId"));
        wijziging.put("casemanagerId", d.get("casemanagerId"));
        wijziging.put(veld, o.maak().get().toString());
        fout(web.put().uri(HVB + "/{id}", d.get("id")).headers(h -> {
          h.setBearerAuth(coordinator);
          h.setIfMatch("\"1\"");
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(wijziging).exchange(), veld, o);
        if (veld.equals("casemanagerId")) {
          // and the COA's own operation
          fout(web.put().uri(HVB + "/{id}/casemanager", d.get("id")).headers(h -> {
            h.setBearerAuth(coordinator);
            h.setIfMatch("\"1\"");
          }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of(veld, o.maak().get().toString())).exchange(),
              veld, o);
        }
        web.get().uri(HVB + "/{id}", d.get("id")).headers(h -> h.setBearerAuth(coordinator)).exchange()
            .expectStatus().isOk().expectBody().jsonPath("$.versie").isEqualTo(1)
            .jsonPath("$." + veld).doesNotExist();
        gevallen.add(veld + ": " + o.naam());
      }
    }
    assertThat(gevallen).hasSize(10);
  }

  @Test
  void beideFoutenTegelijkEnMetDeAndereVeldfouten() {
    Map<String, Object> invoer = geldig();
    invoer.put("vasteContactpersoonId", UUID.randomUUID().toString());
    invoer.put("casemanagerId", TestContactpersonen.vanGemeente(TILBURG).toString());
    web.post().uri(HVB).headers(h -> h.setBearerAuth(coordinator)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(invoer).exchange().expectStatus().isBadRequest().expectBody()
        .jsonPath("$.invalidParams.length()").isEqualTo(2)
        .jsonPath("$.invalidParams[?(@.name == 'vasteContactpersoonId')].code").isEqualTo("unknown")
        .jsonPath("$.invalidParams[?(@.name == 'casemanagerId')].code").isEqualTo("organisation");
  }

  @Test
  void deGemeenteKiestDeVasteContactpersoonHetCoaDeCasemanager() {
    UUID vaste = TestContactpersonen.vanGemeente(TILBURG);
    UUID casemanager = TestContactpersonen.nieuw(OISTERWIJK);
    // the gemeente registers with its own contact; the COA's is not hers to choose
    Map<String, Object> metCasemanager = geldig();
    metCasemanager.put("casemanagerId", casemanager.toString());
    web.post().uri(HVB).headers(h -> h.setBearerAuth(tilburg)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(metCasemanager).exchange().expectStatus().isForbidden();
    Map<String, Object> invoer = geldig();
    invoer.put("vasteContactpersoonId", vaste.toString());
    Map<String, Object> d = maak(tilburg, invoer);
    String id = (String) d.get("id");
    assertThat(d.get("casemanager")).isNull();

    // the gemeente may not set the casemanager, neither by PUT nor by the COA's operation
    Map<String, Object> wijziging = new LinkedHashMap<>(invoer);
    wijziging.put("casemanagerId", casemanager.toString());
    put(tilburg, HVB + "/{id}", id, "\"1\"", wijziging).expectStatus().isForbidden();
    put(tilburg, HVB + "/{id}/casemanager", id, "\"1\"", Map.of("casemanagerId", casemanager.toString()))
        .expectStatus().isForbidden();
    // the COA liaison of the dossier's azc does; without If-Match 428
    put(coa, HVB + "/{id}/casemanager", id, null, Map.of("casemanagerId", casemanager.toString()))
        .expectStatus().isEqualTo(428);
    put(coa, HVB + "/{id}/casemanager", id, "\"1\"", Map.of("casemanagerId", casemanager.toString()))
        .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"").expectBody()
        .jsonPath("$.casemanagerId").isEqualTo(casemanager.toString())
        .jsonPath("$.casemanager.naam").isEqualTo("Test Contact")
        .jsonPath("$.casemanager.functie").isEqualTo("casemanager")
        .jsonPath("$.casemanager.organisatie").isNotEmpty()
        .jsonPath("$.casemanager.email").isEqualTo("test@voorbeeld.nl")
        .jsonPath("$.casemanager.getraind").isEqualTo(false)
        .jsonPath("$.casemanager.actief").isEqualTo(true)
        .jsonPath("$.vasteContactpersoon.id").isEqualTo(vaste.toString())
        .jsonPath("$.vasteContactpersoon.organisatie").isEqualTo("Gemeente Tilburg")
        .jsonPath("$.vasteContactpersoon.getraind").isEqualTo(true);
    // the COA may not change the vaste contactpersoon by PUT; keeping both as they are is fine for everyone
    Map<String, Object> zoals = new LinkedHashMap<>(invoer);
    zoals.put("casemanagerId", casemanager.toString());
    Map<String, Object> andereVaste = new LinkedHashMap<>(zoals);
    andereVaste.put("vasteContactpersoonId", TestContactpersonen.vanGemeente(TILBURG).toString());
    put(coa, HVB + "/{id}", id, "\"2\"", andereVaste).expectStatus().isForbidden();
    put(tilburg, HVB + "/{id}", id, "\"2\"", zoals).expectStatus().isOk();
    put(coa, HVB + "/{id}", id, "\"3\"", zoals).expectStatus().isOk();
    // the gemeente may not clear the casemanager either (a PUT is the whole state); the coördinator may
    Map<String, Object> zonder = new LinkedHashMap<>(invoer);
    put(tilburg, HVB + "/{id}", id, "\"4\"", zonder).expectStatus().isForbidden();
    put(coordinator, HVB + "/{id}/casemanager", id, "\"4\"", new LinkedHashMap<>(Map.of()))
        .expectStatus().isOk().expectBody().jsonPath("$.casemanager").doesNotExist().jsonPath("$.casemanagerId").doesNotExist();
  }

  @Test
  void eenVertrokkenCasemanagerBlijftZichtbaarEnGeeftGeenSignaalVanDeVasteContactpersoon() {
    UUID vaste = TestContactpersonen.vanGemeente(TILBURG);
    UUID casemanager = TestContactpersonen.nieuw(OISTERWIJK);
    Map<String, Object> invoer = geldig();
    invoer.put("vasteContactpersoonId", vaste.toString());
    invoer.put("casemanagerId", casemanager.toString());
    String id = (String) maak(coordinator, invoer).get("id");

    inactief(casemanager);
    assertThat(dossierSignals.contactpersoonVertrokken(casemanager).block()).isZero();
    web.get().uri(HVB + "/{id}", id).headers(h -> h.setBearerAuth(coa)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.casemanager.actief").isEqualTo(false)
        .jsonPath("$.vasteContactpersoon.actief").isEqualTo(true)
        .jsonPath("$.signalen[?(@.type == 'contactpersoon-vertrokken')]").doesNotExist();
    // a departed contact stays on the dossier until someone chooses another: a change that keeps her passes
    put(coordinator, HVB + "/{id}", id, "\"1\"", invoer).expectStatus().isOk();

    // the vaste contactpersoon's departure still raises its signal
    inactief(vaste);
    assertThat(dossierSignals.contactpersoonVertrokken(vaste).block()).isEqualTo(1);
    web.get().uri(HVB + "/{id}", id).headers(h -> h.setBearerAuth(tilburg)).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.vasteContactpersoon.actief").isEqualTo(false)
        .jsonPath("$.signalen[?(@.type == 'contactpersoon-vertrokken')]").exists();
    // and another casemanager of the azc is chosen by the COA
    UUID nieuw = TestContactpersonen.nieuw(OISTERWIJK);
    put(coa, HVB + "/{id}/casemanager", id, "\"3\"", Map.of("casemanagerId", nieuw.toString()))
        .expectStatus().isOk().expectBody().jsonPath("$.casemanager.actief").isEqualTo(true);
  }

  @Test
  void deKeuzelijstToontAlleenActieveContactpersonenVanDeGemeenteOfHetAzc() {
    UUID vaste = TestContactpersonen.vanGemeente(TILBURG);
    UUID weg = inactief(TestContactpersonen.vanGemeente(TILBURG));
    UUID dongen = TestContactpersonen.vanGemeente("GM0766");
    UUID casemanager = TestContactpersonen.nieuw(OISTERWIJK);
    UUID gilze = TestContactpersonen.nieuw("AZC-GILZE");
    String keuzes = "/api/v1/regios/hart-van-brabant/contactpersoon-keuzes";

    List<String> ids = ids(web.get().uri(keuzes + "?rol=vaste-contactpersoon&gemeente=GM0855")
        .headers(h -> h.setBearerAuth(tilburg)).exchange().expectStatus().isOk());
    assertThat(ids).contains(vaste.toString()).doesNotContain(weg.toString(), dongen.toString(),
        casemanager.toString());
    ids = ids(web.get().uri(keuzes + "?rol=casemanager&azc=AZC-OISTERWIJK")
        .headers(h -> h.setBearerAuth(coordinator)).exchange().expectStatus().isOk());
    assertThat(ids).contains(casemanager.toString()).doesNotContain(gilze.toString(), vaste.toString());
    web.get().uri(keuzes + "?rol=vaste-contactpersoon&gemeente=GM0855").headers(h -> h.setBearerAuth(tilburg))
        .exchange().expectBody().jsonPath("$.contactpersonen[?(@.id == '" + vaste + "')].getraind").isEqualTo(true);

    // every missing or wrong parameter at once
    web.get().uri(keuzes).headers(h -> h.setBearerAuth(tilburg)).exchange().expectStatus().isBadRequest()
        .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("query:rol");
    web.get().uri(keuzes + "?rol=casemanager&gemeente=12").headers(h -> h.setBearerAuth(tilburg)).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.invalidParams.length()").isEqualTo(2);
    web.get().uri(keuzes + "?rol=vaste-contactpersoon&gemeente=GM0828").headers(h -> h.setBearerAuth(tilburg))
        .exchange().expectStatus().isBadRequest();
    // not for those who do no dossier work here
    web.get().uri(keuzes + "?rol=casemanager&azc=AZC-OISTERWIJK")
        .headers(h -> h.setBearerAuth(issuers.dashboardViewer(HART_VAN_BRABANT))).exchange().expectStatus()
        .isNotFound();
  }

  // -------------------------------------------------------------------------------------------------- helpers

  private static Map<String, Object> geldig() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gemeente", TILBURG);
    m.put("azcLocatie", OISTERWIJK);
    m.put("koppelingsdatum", java.time.LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(3).toString());
    m.put("gekozenScenario", "snelle-start");
    m.put("persoon", nl.doorlopendelijn.testsupport.TestPersonen.persoon());
    return m;
  }

  private static void fout(WebTestClient.ResponseSpec antwoord, String veld, Onkiesbaar o) {
    antwoord.expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.invalidParams.length()").isEqualTo(1)
        .jsonPath("$.invalidParams[0].name").isEqualTo(veld)
        .jsonPath("$.invalidParams[0].code").isEqualTo(o.code());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> maak(String token, Map<String, Object> invoer) {
    Map<String, Object> m = new DossierApi(web).maak(token, "hart-van-brabant", invoer);
    return new LinkedHashMap<>(m);
  }

  private WebTestClient.ResponseSpec put(String token, String pad, String id, String ifMatch, Object body) {
    return web.put().uri(pad, id).headers(h -> {
      h.setBearerAuth(token);
      if (ifMatch != null) {
        h.setIfMatch(ifMatch);
      }
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  @SuppressWarnings("unchecked")
  private static List<String> ids(WebTestClient.ResponseSpec antwoord) {
    Map<String, Object> body = antwoord.expectBody(Map.class).returnResult().getResponseBody();
    return ((List<Map<String, Object>>) body.get("contactpersonen")).stream().map(c -> (String) c.get("id"))
        .toList();
  }

  /** The contact leaves its organisation (as the gids's deactivation does, without its event). */
  static UUID inactief(UUID id) {
    try (Connection c = TestDatabase.shared().connectAsOwner();
        PreparedStatement ps = c.prepareStatement(
            "update contactpersoon set actief = false, gedeactiveerd_op = now() where id = ?")) {
      ps.setObject(1, id);
      ps.executeUpdate();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }
}
