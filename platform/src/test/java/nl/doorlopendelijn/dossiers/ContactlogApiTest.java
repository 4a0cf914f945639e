package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.IdempotentieProef.tel;
import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import nl.doorlopendelijn.dossiers.internal.DossierOnderhoud;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.IdempotentieProef;
import nl.doorlopendelijn.testsupport.IdempotentieProef.Verzoek;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import nl.doorlopendelijn.testsupport.VerstelbareKlok;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The contactlog through the API (issue 15): COA and gemeente write short notes on a dossier they both see, the
 * author alone corrects one (the earlier text stays), reads are audited, the history says a note was written but
 * not what, a note is activity for stilval, the dossier search never looks in notes, and notes go with the dossier.
 */
@PlatformTest
class ContactlogApiTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = "/api/v1/regios/" + HART_VAN_BRABANT + "/dossiers";
  private static final UUID TENANT = Region.idFor(HART_VAN_BRABANT);
  private static final String TILBURG = "GM0855";
  private static final String OISTERWIJK = "AZC-OISTERWIJK";

  @Autowired
  WebTestClient web;

  @Autowired
  VerstelbareKlok klok;

  @Autowired
  DossierOnderhoud onderhoud;

  private final String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);
  private final String coa = issuers.coaLiaison(OISTERWIJK);
  private final String tilburg = issuers.gemeenteMedewerker(HART_VAN_BRABANT, TILBURG);

  // ------------------------------------------------------------------------------------- write, read, correct

  @Test
  void hetCoaSchrijftEenNotitieEnTilburgLeestHemMetNaamEnOrganisatie() {
    String dossier = dossier();
    var antwoord = schrijf(coa, dossier, "Driegesprek verzet", "Tolk Tigrinya geregeld voor dinsdag.", null);
    antwoord.expectStatus().isCreated()
        .expectHeader().valueMatches(HttpHeaders.LOCATION, ".*/dossiers/" + dossier + "/notities/[0-9a-f-]{36}")
        .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");

    JsonNode lijst = lijst(tilburg, dossier, "");
    assertThat(lijst.path("paginering").path("totaalAantal").asLong()).isEqualTo(1);
    JsonNode n = lijst.path("notities").path(0);
    assertThat(n.path("onderwerp").asString()).isEqualTo("Driegesprek verzet");
    assertThat(n.path("tekst").asString()).isEqualTo("Tolk Tigrinya geregeld voor dinsdag.");
    assertThat(n.path("auteurNaam").asString()).isEqualTo(TestIssuers.naam("liaison-" + OISTERWIJK));
    assertThat(n.path("organisatie").path("soort").asString()).isEqualTo("azc");
    assertThat(n.path("organisatie").path("naam").asString()).isEqualTo("COA azc Oisterwijk");
    assertThat(n.path("gecorrigeerd").asBoolean()).isFalse();
    assertThat(n.path("magCorrigeren").asBoolean()).as("Tilburg is niet de auteur").isFalse();
    assertThat(n.path("geschrevenOp").asString()).endsWith("Z");

    JsonNode eigen = lees(coa, dossier, n.path("id").asString());
    assertThat(eigen.path("magCorrigeren").asBoolean()).isTrue();

    // Tilburg writes back, for its gemeente by name; newest first
    schrijf(tilburg, dossier, "Woning", "Woning aangeboden in Tilburg-Noord.", null).expectStatus().isCreated();
    JsonNode beide = lijst(coordinator, dossier, "");
    assertThat(beide.path("notities").path(0).path("organisatie").path("naam").asString())
        .isEqualTo("Gemeente Tilburg");
    assertThat(beide.path("notities").path(1).path("onderwerp").asString()).isEqualTo("Driegesprek verzet");
  }

  @Test
  void deContactlogIsNieuwsteEerstEnGepagineerd() {
    String dossier = dossier();
    for (int i = 1; i <= 5; i++) {
      schrijf(tilburg, dossier, "Notitie " + i, "Tekst " + i, null).expectStatus().isCreated();
    }
    JsonNode eerste = lijst(tilburg, dossier, "?paginaGrootte=2");
    assertThat(onderwerpen(eerste)).containsExactly("Notitie 5", "Notitie 4");
    assertThat(eerste.path("paginering").path("totaalAantal").asLong()).isEqualTo(5);
    assertThat(eerste.path("paginering").path("totaalPaginas").asLong()).isEqualTo(3);
    assertThat(onderwerpen(lijst(tilburg, dossier, "?pagina=3&paginaGrootte=2"))).containsExactly("Notitie 1");
    assertThat(onderwerpen(lijst(tilburg, dossier, "?pagina=4&paginaGrootte=2"))).isEmpty();
    web.get().uri(HVB + "/{id}/notities?pagina=0&paginaGrootte=101", dossier).headers(h -> h.setBearerAuth(tilburg))
        .exchange().expectStatus().isBadRequest().expectBody()
        .jsonPath("$.invalidParams[*].name").value(v -> assertThat(v.toString())
            .contains("query:pagina", "query:paginaGrootte"));
  }

  @Test
  void alleenDeAuteurCorrigeertEnDeEerdereTekstBlijft() {
    String dossier = dossier();
    String id = id(schrijf(coa, dossier, "Klantprofiel", "Klantprofiel bijgewerkt op 3 maart.", null));

    // others who see the dossier: 403, nothing changed
    corrigeer(tilburg, dossier, id, "\"1\"", "Klantprofiel", "Iets anders").expectStatus().isForbidden();
    corrigeer(coordinator, dossier, id, "\"1\"", "Klantprofiel", "Iets anders").expectStatus().isForbidden();
    // the author, without If-Match: 428; with another version: 412
    web.put().uri(HVB + "/{id}/notities/{n}", dossier, id).headers(h -> h.setBearerAuth(coa))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("onderwerp", "a", "tekst", "b")).exchange()
        .expectStatus().isEqualTo(428);
    corrigeer(coa, dossier, id, "\"7\"", "Klantprofiel", "Iets anders").expectStatus().isEqualTo(412);
    assertThat(lees(tilburg, dossier, id).path("tekst").asString()).isEqualTo("Klantprofiel bijgewerkt op 3 maart.");

    corrigeer(coa, dossier, id, "\"1\"", "Klantprofiel", "Klantprofiel bijgewerkt op 4 maart.")
        .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
    // the same version again: someone (she herself) was first
    corrigeer(coa, dossier, id, "\"1\"", "Klantprofiel", "Nog eens").expectStatus().isEqualTo(412);

    JsonNode n = lees(tilburg, dossier, id);
    assertThat(n.path("tekst").asString()).isEqualTo("Klantprofiel bijgewerkt op 4 maart.");
    assertThat(n.path("versie").asInt()).isEqualTo(2);
    assertThat(n.path("gecorrigeerd").asBoolean()).isTrue();
    assertThat(n.path("gecorrigeerdOp").asString()).isNotBlank();
    assertThat(n.path("eerdereVersies")).hasSize(1);
    assertThat(n.path("eerdereVersies").path(0).path("tekst").asString())
        .isEqualTo("Klantprofiel bijgewerkt op 3 maart.");
    assertThat(n.path("eerdereVersies").path(0).path("versie").asInt()).isEqualTo(1);
    // in the list too
    assertThat(lijst(tilburg, dossier, "").path("notities").path(0).path("eerdereVersies").path(0).path("tekst")
        .asString()).isEqualTo("Klantprofiel bijgewerkt op 3 maart.");
    // there is no way to delete a note
    web.delete().uri(HVB + "/{id}/notities/{n}", dossier, id).headers(h -> h.setBearerAuth(coa)).exchange()
        .expectStatus().value(s -> assertThat(s).isIn(404, 405));
    assertThat(tel(TENANT, "select count(*) from dossier_notitie where id = ?", UUID.fromString(id))).isOne();
  }

  @Test
  void eenGeslotenDossierKrijgtGeenNotitiesOfCorrectiesMeer() {
    String dossier = dossier();
    String id = id(schrijf(tilburg, dossier, "Afronding", "Alles overgedragen.", null));
    web.post().uri(HVB + "/{id}/sluitingen", dossier).headers(h -> h.setBearerAuth(tilburg)).exchange()
        .expectStatus().isCreated();
    schrijf(tilburg, dossier, "Na sluiten", "Mag niet.", null).expectStatus().isEqualTo(409);
    corrigeer(tilburg, dossier, id, "\"1\"", "Afronding", "Mag niet.").expectStatus().isEqualTo(409);
    // still readable, no longer correctable
    assertThat(lees(tilburg, dossier, id).path("magCorrigeren").asBoolean()).isFalse();
  }

  @Test
  void wieHetDossierNietZietKrijgt404() {
    String dossier = dossier();
    String id = id(schrijf(tilburg, dossier, "Onderwerp", "Tekst", null));
    for (String token : List.of(issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0766"),
        issuers.dashboardViewer(HART_VAN_BRABANT), issuers.platformOperator(), issuers.coaLiaison("AZC-GILZE"),
        issuers.regioCoordinator(TestIssuers.NOORDOOST_BRABANT))) {
      web.get().uri(HVB + "/{id}/notities", dossier).headers(h -> h.setBearerAuth(token)).exchange()
          .expectStatus().isNotFound();
      web.get().uri(HVB + "/{id}/notities/{n}", dossier, id).headers(h -> h.setBearerAuth(token)).exchange()
          .expectStatus().isNotFound();
      schrijf(token, dossier, "Onderwerp", "Tekst", null).expectStatus().isNotFound();
      corrigeer(token, dossier, id, "\"1\"", "Onderwerp", "Anders").expectStatus().isNotFound();
    }
    // a note of another dossier under this one's path: 404
    String ander = dossier();
    web.get().uri(HVB + "/{id}/notities/{n}", ander, id).headers(h -> h.setBearerAuth(tilburg)).exchange()
        .expectStatus().isNotFound();
    web.get().uri(HVB + "/{id}/notities/{n}", dossier, "geen-id").headers(h -> h.setBearerAuth(tilburg)).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("path:notitieId");
  }

  // ------------------------------------------------------------------------------------------ validation

  @Test
  void elkeOngeldigeNotitieGeeft400MetElkeFoutTegelijk() {
    String dossier = dossier();
    String id = id(schrijf(tilburg, dossier, "Geldig", "Geldig", null));
    // every combination of a bad or good onderwerp with a bad or good text, generated
    Map<String, String> onderwerpen = new HashMap<>();
    onderwerpen.put("afwezig", null);
    onderwerpen.put("leeg", "");
    onderwerpen.put("spaties", "   ");
    onderwerpen.put("te lang", "o".repeat(121));
    onderwerpen.put("precies 120", "o".repeat(120));
    Map<String, String> teksten = new HashMap<>();
    teksten.put("afwezig", null);
    teksten.put("leeg", "");
    teksten.put("regeleinden", "\n\n");
    teksten.put("te lang", "t".repeat(2001));
    teksten.put("precies 2000", "t".repeat(2000));
    int gevallen = 0;
    for (var o : onderwerpen.entrySet()) {
      for (var t : teksten.entrySet()) {
        List<String> verwacht = new ArrayList<>();
        if (!o.getKey().startsWith("precies")) {
          verwacht.add("onderwerp:" + (o.getKey().equals("te lang") ? "size" : "required"));
        }
        if (!t.getKey().startsWith("precies")) {
          verwacht.add("tekst:" + (t.getKey().equals("te lang") ? "size" : "required"));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("onderwerp", o.getValue());
        body.put("tekst", t.getValue());
        String geval = "onderwerp " + o.getKey() + ", tekst " + t.getKey();
        for (boolean corrigeren : new boolean[] {false, true}) {
          var spec = corrigeren
              ? web.put().uri(HVB + "/{id}/notities/{n}", dossier, id).headers(h -> {
                h.setBearerAuth(tilburg);
                h.setIfMatch("\"1\"");
              })
              : web.post().uri(HVB + "/{id}/notities", dossier).headers(h -> h.setBearerAuth(tilburg));
          var r = spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
          if (verwacht.isEmpty()) {
            if (!corrigeren) {
              r.expectStatus().isCreated();
            } else {
              // a valid correction: the note's next version (the invalid cases fail before the version counts)
              r.expectStatus().isOk();
            }
            continue;
          }
          JsonNode p = r.expectStatus().isBadRequest()
              .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
              .expectBody(JsonNode.class).returnResult().getResponseBody();
          List<String> kregen = new ArrayList<>();
          p.path("invalidParams").forEach(f -> kregen.add(f.path("name").asString() + ":" + f.path("code").asString()));
          assertThat(kregen).as(geval + (corrigeren ? " (correctie)" : ""))
              .containsExactlyInAnyOrderElementsOf(verwacht);
          gevallen++;
        }
      }
    }
    assertThat(gevallen).isEqualTo(2 * (5 * 5 - 1));
    // no body, and no JSON at all
    web.post().uri(HVB + "/{id}/notities", dossier).headers(h -> h.setBearerAuth(tilburg)).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.invalidParams.length()").isEqualTo(2);
    web.post().uri(HVB + "/{id}/notities", dossier).headers(h -> h.setBearerAuth(tilburg))
        .contentType(MediaType.APPLICATION_JSON).bodyValue("{niet json").exchange().expectStatus().isBadRequest();
    web.post().uri(HVB + "/{id}/notities", "geen-uuid").headers(h -> h.setBearerAuth(tilburg))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("onderwerp", "a", "tekst", "b")).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("path:id");
    assertThat(tel(TENANT, "select count(*) from dossier_notitie where dossier_id = ?", UUID.fromString(dossier)))
        .as("de eerste notitie en het ene geldige geval; geen ongeldige").isEqualTo(1 + 1);
  }

  // ------------------------------------------------------------------------------------------ idempotency

  private Verzoek nieuweNotitie(String dossier, String onderwerp) {
    return new Verzoek(HVB + "/" + dossier + "/notities", Map.of("onderwerp", onderwerp, "tekst", "Idempotent"),
        coa);
  }

  private static IntSupplier notities(String dossier) {
    return () -> tel(TENANT, "select count(*) from dossier_notitie where dossier_id = ?", UUID.fromString(dossier));
  }

  @Test
  void herhaaldSchrijvenKrijgtHetEersteAntwoordEnSchrijftEenNotitie() {
    String dossier = dossier();
    new IdempotentieProef(web).herhalingKrijgtHetEersteAntwoord(nieuweNotitie(dossier, "Een"), 201,
        notities(dossier));
  }

  @Test
  void dezelfdeSleutelMetEenAndereNotitieGeeft422() {
    String dossier = dossier();
    new IdempotentieProef(web).anderVerzoekMetDezelfdeSleutelGeeft422(nieuweNotitie(dossier, "Een"),
        nieuweNotitie(dossier, "Twee"), notities(dossier));
  }

  @Test
  void gelijktijdigeHerhalingenSchrijvenEenNotitie() {
    String dossier = dossier();
    new IdempotentieProef(web).gelijktijdigeHerhalingenDoenHetWerkEenmaal(nieuweNotitie(dossier, "Een"), 8,
        notities(dossier));
  }

  // ------------------------------------------------------------------------------------ audit and history

  @Test
  void elkeLezingIsGeauditEnDeHistorieNoemtDeNotitieZonderTekst() {
    String dossier = dossier();
    String id = id(schrijf(coa, dossier, "Gezondheid", "Zwanger, 30 weken: liever geen lange reis.", null));
    corrigeer(coa, dossier, id, "\"1\"", "Gezondheid", "Zwanger: liever geen lange reis.").expectStatus().isOk();
    IntSupplier lezingen = () -> tel(TENANT, "select count(*) from audit_record where actie in"
        + " ('dossier.notities-lezen', 'dossier.notitie-lezen') and resultaat = 'gelukt' and ? = any(object_ids)",
        dossier);
    int voor = lezingen.getAsInt();
    lijst(tilburg, dossier, "");
    lees(tilburg, dossier, id);
    assertThat(lezingen.getAsInt()).isEqualTo(voor + 2);
    assertThat(tel(TENANT, "select count(*) from audit_record where actie = 'dossier.notitie-schrijven'"
        + " and ? = any(object_ids)", dossier)).isOne();
    assertThat(tel(TENANT, "select count(*) from audit_record where actie = 'dossier.notitie-corrigeren'"
        + " and ? = any(object_ids)", dossier)).isOne();
    assertThat(tel(TENANT, "select count(*) from audit_record a where a::text like '%Zwanger%'"
        + " or a::text like '%Gezondheid%'")).as("geen tekst in de audit").isZero();

    JsonNode historie = web.get().uri(HVB + "/{id}/historie", dossier).headers(h -> h.setBearerAuth(tilburg))
        .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    List<String> soorten = new ArrayList<>();
    historie.path("gebeurtenissen").forEach(g -> soorten.add(g.path("soort").asString()));
    assertThat(soorten).containsSubsequence("aangemaakt", "notitie-geschreven", "notitie-gecorrigeerd");
    JsonNode geschreven = historie.path("gebeurtenissen").path(soorten.indexOf("notitie-geschreven"));
    assertThat(geschreven.path("omschrijving").asString()).isEqualTo("Notitie geschreven in de contactlog");
    assertThat(geschreven.path("doorNaam").asString()).isEqualTo(TestIssuers.naam("liaison-" + OISTERWIJK));
    assertThat(historie.toString()).doesNotContain("Zwanger", "Gezondheid");
  }

  // -------------------------------------------------------------------------------------------- stilval

  @Test
  void eenNotitieIsActiviteitVoorStilvalEnEenOudeNotitieHelptNiet() {
    LocalDate vandaag = LocalDate.now(klok);
    Map<String, Object> invoer = DossierApi.invoer(TILBURG, OISTERWIJK, UUID.randomUUID());
    invoer.put("koppelingsdatum", vandaag.minusMonths(7).toString());
    invoer.put("gekozenScenario", "gecombineerde-aanpak");
    String dossier = (String) new DossierApi(web).maak(coordinator, HART_VAN_BRABANT, invoer).get("id");
    assertThat(signalen(dossier)).contains("stilval");
    assertThat(stilvalVanaf(dossier)).isEqualTo(vandaag.minusMonths(7).plusDays(90));

    schrijf(coa, dossier, "Wachten op woning", "Gebeld: nog geen woning, wel taalles in het azc.", null)
        .expectStatus().isCreated();
    assertThat(signalen(dossier)).as("een notitie vandaag: niet stil").doesNotContain("stilval");
    assertThat(stilvalVanaf(dossier)).as("wat het dashboard hoort").isEqualTo(vandaag.plusDays(90));
    try {
      klok.zet(klok.instant().plus(Duration.ofDays(91)));
      onderhoud.vernieuwSignalen(LocalDate.now(klok)).block(Duration.ofSeconds(120));
      assertThat(signalen(dossier)).as("91 dagen na de laatste notitie: weer stil").contains("stilval");
      assertThat(stilvalOmschrijving(dossier)).contains("laatste: notitie in de contactlog geschreven op");
    } finally {
      klok.terugNaarSysteemtijd();
    }
  }

  // ------------------------------------------------------------------------------------- search, retention

  @Test
  void hetZoekenInDossiersKijktNietInNotities() {
    String dossier = dossier();
    String woord = "Notitiewoord" + UUID.randomUUID().toString().substring(0, 8);
    schrijf(tilburg, dossier, woord, "Alleen in de notitie: " + woord, null).expectStatus().isCreated();
    web.post().uri(HVB + "/zoekopdrachten?paginaGrootte=100").headers(h -> h.setBearerAuth(tilburg))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("tekst", woord)).exchange()
        .expectStatus().isOk().expectBody()
        .jsonPath("$.dossiers.length()").isEqualTo(0)
        .jsonPath("$.paginering.totaalAantal").isEqualTo(0);
  }

  @Test
  void deNotitiesGaanMetHetDossierAlsDeBewaartermijnVerstrijkt() {
    String dossier = dossier();
    String id = id(schrijf(tilburg, dossier, "Bewaren", "Eerste", null));
    corrigeer(tilburg, dossier, id, "\"1\"", "Bewaren", "Tweede").expectStatus().isOk();
    web.post().uri(HVB + "/{id}/sluitingen", dossier).headers(h -> h.setBearerAuth(tilburg)).exchange()
        .expectStatus().isCreated();
    assertThat(tel(TENANT, "select count(*) from dossier_notitie_versie where notitie_id = ?", UUID.fromString(id)))
        .isOne();
    // hart-van-brabant keeps a closed dossier 730 days
    assertThat(onderhoud.ruimOp(LocalDate.now(klok).plusDays(729)).block(Duration.ofSeconds(60)))
        .doesNotContain(dossier);
    assertThat(notities(dossier).getAsInt()).isOne();
    assertThat(onderhoud.ruimOp(LocalDate.now(klok).plusDays(731)).block(Duration.ofSeconds(60))).contains(dossier);
    assertThat(notities(dossier).getAsInt()).isZero();
    assertThat(tel(TENANT, "select count(*) from dossier_notitie_versie where notitie_id = ?", UUID.fromString(id)))
        .isZero();
  }

  // ------------------------------------------------------------------------------------------- helpers

  private String dossier() {
    return (String) new DossierApi(web).maak(coordinator, HART_VAN_BRABANT, TILBURG, OISTERWIJK, UUID.randomUUID())
        .get("id");
  }

  private WebTestClient.ResponseSpec schrijf(String token, String dossier, String onderwerp, String tekst,
      String sleutel) {
    return web.post().uri(HVB + "/{id}/notities", dossier).headers(h -> {
      h.setBearerAuth(token);
      if (sleutel != null) {
        h.set("Idempotency-Key", sleutel);
      }
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("onderwerp", onderwerp, "tekst", tekst)).exchange();
  }

  private WebTestClient.ResponseSpec corrigeer(String token, String dossier, String id, String ifMatch,
      String onderwerp, String tekst) {
    return web.put().uri(HVB + "/{id}/notities/{n}", dossier, id).headers(h -> {
      h.setBearerAuth(token);
      h.setIfMatch(ifMatch);
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("onderwerp", onderwerp, "tekst", tekst)).exchange();
  }

  private static String id(WebTestClient.ResponseSpec antwoord) {
    return antwoord.expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
        .path("id").asString();
  }

  private JsonNode lijst(String token, String dossier, String query) {
    return web.get().uri(HVB + "/" + dossier + "/notities" + query).headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
  }

  private JsonNode lees(String token, String dossier, String id) {
    return web.get().uri(HVB + "/{id}/notities/{n}", dossier, id).headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isOk().expectHeader().exists(HttpHeaders.ETAG)
        .expectBody(JsonNode.class).returnResult().getResponseBody();
  }

  private static List<String> onderwerpen(JsonNode lijst) {
    List<String> o = new ArrayList<>();
    lijst.path("notities").forEach(n -> o.add(n.path("onderwerp").asString()));
    return o;
  }

  private List<String> signalen(String dossier) {
    JsonNode d = web.get().uri(HVB + "/{id}", dossier).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    List<String> s = new ArrayList<>();
    d.path("signalen").forEach(x -> s.add(x.path("type").asString()));
    return s;
  }

  private String stilvalOmschrijving(String dossier) {
    JsonNode d = web.get().uri(HVB + "/{id}", dossier).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    for (JsonNode x : d.path("signalen")) {
      if ("stilval".equals(x.path("type").asString())) {
        return x.path("omschrijving").asString();
      }
    }
    return "";
  }

  /** The dashboard's fact of the dossier: the first day it counts as stalled. */
  private static LocalDate stilvalVanaf(String dossier) {
    try (var c = nl.doorlopendelijn.testsupport.TestDatabase.shared().connectAsOwner()) {
      c.setAutoCommit(false);
      try (var ps = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        ps.setString(1, TENANT.toString());
        ps.execute();
      }
      try (var ps = c.prepareStatement("select stilval_vanaf from dashboard_dossier_feit where dossier_id = ?")) {
        ps.setObject(1, UUID.fromString(dossier));
        try (var rs = ps.executeQuery()) {
          return rs.next() && rs.getDate(1) != null ? rs.getDate(1).toLocalDate() : null;
        } finally {
          c.rollback();
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
