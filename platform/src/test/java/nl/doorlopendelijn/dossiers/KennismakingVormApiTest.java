package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.doorlopendelijn.dossiers.planning.KennismakingVorm;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kennismaking's form through the API: given when it is completed, validated, stored, shown in the dossier and
 * its timeline; the OpenAPI document and the database's check name exactly {@link KennismakingVorm#CODES}.
 */
@PlatformTest
class KennismakingVormApiTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = "/api/v1/regios/hart-van-brabant/dossiers";

  @Autowired
  WebTestClient web;

  @Autowired
  Clock klok;

  @Autowired
  DatabaseClient db;

  private final String tilburg = issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855");

  @Test
  @DisplayName("Nodig de inburgeraar bijvoorbeeld uit voor een kop koffie, of reis af naar het azc. [...] Stuur een"
      + " video of foto’s van de gemeente, of regel alvast een medewerker die buddy wordt.")
  void deKennismakingWordtVastgelegdInDeVormUitDePraktijk() {
    for (KennismakingVorm vorm : KennismakingVorm.values()) {
      String id = (String) new DossierApi(web).maak(tilburg, "hart-van-brabant", "GM0855", "AZC-OISTERWIJK",
          UUID.randomUUID()).get("id");
      Map<String, Object> na = afronden(id, "kennismaking", Map.of("vorm", vorm.code(), "notitie", "welkom"))
          .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
      assertThat(mijlpaal(na, "kennismaking")).containsEntry("status", "afgerond")
          .containsEntry("vorm", vorm.code()).containsEntry("vormNaam", vorm.label())
          .containsEntry("notitie", "welkom");
      // the timeline and the dossier read back what was stored
      web.get().uri(HVB + "/{id}/mijlpalen", id).headers(h -> h.setBearerAuth(tilburg)).exchange()
          .expectStatus().isOk().expectBody()
          .jsonPath("$.mijlpalen[?(@.type == 'kennismaking')].vorm").isEqualTo(vorm.code())
          .jsonPath("$.mijlpalen[?(@.type == 'kennismaking')].vormNaam").isEqualTo(vorm.label());
      assertThat(mijlpaal(na, "driegesprek").get("vorm")).isNull();
      web.get().uri(HVB + "/{id}", id).headers(h -> h.setBearerAuth(tilburg)).exchange()
          .expectStatus().isOk().expectBody()
          .jsonPath("$.mijlpalen[?(@.type == 'kennismaking')].vorm").isEqualTo(vorm.code());
    }
  }

  @Test
  void eenOnbekendeVormOfEenVormBijEenAndereMijlpaalIs400EnVerandertNiets() {
    String id = (String) new DossierApi(web).maak(tilburg, "hart-van-brabant", "GM0855", "AZC-OISTERWIJK",
        UUID.randomUUID()).get("id");
    LocalDate morgen = LocalDate.now(klok).plusDays(1);
    // every error of the body at once
    afronden(id, "kennismaking", Map.of("vorm", "kopje-thee", "datum", morgen.toString(), "notitie", "x".repeat(501)))
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.invalidParams[*].name").isEqualTo(List.of("datum", "notitie", "vorm"))
        .jsonPath("$.invalidParams[?(@.name == 'vorm')].code").isEqualTo("enum")
        .jsonPath("$.invalidParams[?(@.name == 'vorm')].reason")
        .isEqualTo("moet kop-koffie, bezoek-azc, video-of-fotos of buddy zijn");
    // only the kennismaking has a form
    afronden(id, "driegesprek", Map.of("vorm", "buddy"))
        .expectStatus().isBadRequest()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.invalidParams[0].name").isEqualTo("vorm")
        .jsonPath("$.invalidParams.length()").isEqualTo(1);
    web.get().uri(HVB + "/{id}", id).headers(h -> h.setBearerAuth(tilburg)).exchange()
        .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"").expectBody()
        .jsonPath("$.mijlpalen[?(@.type == 'kennismaking')].status").isEqualTo("open")
        .jsonPath("$.mijlpalen[?(@.type == 'driegesprek')].status").isEqualTo("open");
  }

  @Test
  void hetOpenApiDocumentEnDeDatabaseNoemenPreciesDeVormen() {
    byte[] body = web.get().uri("/api/v1/openapi.json").exchange().expectStatus().isOk().expectBody()
        .returnResult().getResponseBody();
    JsonNode schemas = JsonMapper.builder().build().readTree(body).path("components").path("schemas");
    for (String schema : List.of("AfrondingInvoer", "MijlpaalWeergave")) {
      List<String> waarden = new ArrayList<>();
      schemas.path(schema).path("properties").path("vorm").path("enum").forEach(v -> waarden.add(v.asString()));
      assertThat(waarden).as(schema).containsExactlyElementsOf(KennismakingVorm.CODES);
    }

    String check = db.sql("""
            select pg_get_constraintdef(c.oid) as def from pg_constraint c join pg_class t on t.oid = c.conrelid
            where t.relname = 'dossier_mijlpaal' and c.conname = 'dossier_mijlpaal_vorm_check'""")
        .map((row, meta) -> row.get("def", String.class)).one().block();
    List<String> literals = new ArrayList<>();
    Matcher m = Pattern.compile("'([^']*)'::text").matcher(check);
    while (m.find()) {
      literals.add(m.group(1));
    }
    List<String> verwacht = new ArrayList<>(List.of("kennismaking"));
    verwacht.addAll(KennismakingVorm.CODES);
    assertThat(literals).containsExactlyElementsOf(verwacht);
  }

  private WebTestClient.ResponseSpec afronden(String id, String mijlpaal, Map<String, Object> body) {
    return web.post().uri(HVB + "/{id}/mijlpalen/{type}/afrondingen", id, mijlpaal)
        .headers(h -> h.setBearerAuth(tilburg)).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mijlpaal(Map<String, Object> dossier, String type) {
    return ((List<Map<String, Object>>) dossier.get("mijlpalen")).stream()
        .filter(m -> type.equals(m.get("type"))).findFirst().orElseThrow();
  }
}
