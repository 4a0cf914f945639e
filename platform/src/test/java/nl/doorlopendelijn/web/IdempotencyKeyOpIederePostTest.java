package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every POST of the API takes the one Idempotency-Key (docs/api.md), read from the OpenAPI document: the header
 * parameter with the one format rule and the 422 answer; except the operations docs/api.md argues need none. And
 * every one of them refuses every kind of malformed key with 400 problem+json before doing anything.
 */
@PlatformTest
class IdempotencyKeyOpIederePostTest {

  /** POSTs that need no key, with their reason in docs/api.md. */
  private static final Set<String> ZONDER_SLEUTEL =
      Set.of("/scenario-adviezen", "/beheer/regios", "/beheer/regios/{regio}/deactiveringen",
          "/beheer/regios/{regio}/coordinatoren",
          "/regios/{regio}/dossiers/zoekopdrachten", "/mijn/notificaties/{regio}/{id}/gelezen",
          "/mijn/notificaties/gelezen");

  private static final TestIssuers issuers = TestIssuers.shared();

  @Autowired
  WebTestClient web;

  private Map<String, JsonNode> postOperaties() {
    byte[] body = web.get().uri("/api/v1/openapi.json").exchange().expectStatus().isOk()
        .expectBody().returnResult().getResponseBody();
    JsonNode doc = JsonMapper.builder().build().readTree(body);
    Map<String, JsonNode> posts = new TreeMap<>();
    doc.path("paths").properties().forEach(e -> {
      if (e.getValue().has("post")) {
        posts.put(e.getKey(), e.getValue().path("post"));
      }
    });
    return posts;
  }

  @Test
  void elkePostDieIetsWijzigtNeemtDeEneIdempotencyKey() {
    Map<String, JsonNode> posts = postOperaties();
    assertThat(posts.keySet()).containsAll(ZONDER_SLEUTEL);
    List<String> zonder = new ArrayList<>();
    posts.forEach((pad, op) -> {
      JsonNode header = header(op);
      if (ZONDER_SLEUTEL.contains(pad)) {
        assertThat(header).as(pad + " neemt geen sleutel (docs/api.md)").isNull();
        return;
      }
      if (header == null) {
        zonder.add(pad);
        return;
      }
      assertThat(header.path("required").asBoolean(false)).as(pad).isFalse();
      assertThat(header.path("schema").path("pattern").asString()).as(pad).isEqualTo(IdempotencyKey.PATTERN);
      assertThat(header.path("schema").path("maxLength").asInt()).as(pad).isEqualTo(200);
      assertThat(op.path("responses").has("422")).as(pad + " noemt 422").isTrue();
    });
    assertThat(zonder).as("POSTs zonder Idempotency-Key").isEmpty();
    assertThat(posts.size() - ZONDER_SLEUTEL.size()).isGreaterThanOrEqualTo(12);
  }

  @Test
  void elkeSoortOngeldigeSleutelGeeftOpElkePost400() {
    // (control characters and leading or trailing whitespace never reach the server: HTTP refuses them)
    List<String> ongeldig = List.of("", "met spatie", "tab\tbinnen", "x".repeat(201), "sleutel\u00e9");
    List<String> fouten = new ArrayList<>();
    postOperaties().forEach((pad, op) -> {
      if (ZONDER_SLEUTEL.contains(pad)) {
        return;
      }
      boolean regio = pad.startsWith("/regios/");
      String token = regio ? issuers.regioCoordinator(TestIssuers.HART_VAN_BRABANT) : issuers.platformOperator();
      String uri = "/api/v1" + pad.replace("{regio}", TestIssuers.HART_VAN_BRABANT)
          .replace("{id}", UUID.randomUUID().toString()).replace("{type}", "kennismaking")
          .replace("{code}", "AZC-ONBEKEND")
          // every other id in a path (a gesprek's, a note's, any later one)
          .replaceAll("\\{[A-Za-z]+Id}", UUID.randomUUID().toString());
      for (String sleutel : ongeldig) {
        EntityExchangeResult<byte[]> r = web.post().uri(uri).headers(h -> {
          h.setBearerAuth(token);
          h.set(IdempotencyKey.HEADER, sleutel);
        }).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectBody().returnResult();
        String body = r.getResponseBody() == null ? "" : new String(r.getResponseBody());
        if (r.getStatus().value() != 400 || !body.contains("header:Idempotency-Key")) {
          fouten.add(pad + " [" + sleutel.length() + " tekens] -> " + r.getStatus().value());
        }
      }
    });
    assertThat(fouten).isEmpty();
  }

  private static JsonNode header(JsonNode op) {
    for (JsonNode p : op.path("parameters")) {
      if ("header".equals(p.path("in").asString()) && IdempotencyKey.HEADER.equalsIgnoreCase(p.path("name").asString())) {
        return p;
      }
    }
    return null;
  }
}
