package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PlatformTest
class OpenApiDocumentTest {

  @Autowired
  WebTestClient web;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  /** Every authenticated write can be limited (429 with Retry-After, Schrijflimieten); no read says so. */
  @Test
  void elkeBeveiligdeSchrijfactieNoemt429EnGeenLeesverzoek() {
    byte[] body = web.get().uri("/api/v1/openapi.json").exchange().expectStatus().isOk()
        .expectBody().returnResult().getResponseBody();
    JsonNode doc = JsonMapper.builder().build().readTree(body);
    Set<String> zonder = new TreeSet<>();
    Set<String> leesMet = new TreeSet<>();
    int schrijf = 0;
    for (var pad : doc.path("paths").properties()) {
      for (var op : pad.getValue().properties()) {
        boolean schrijven = Set.of("post", "put", "patch", "delete").contains(op.getKey());
        boolean beveiligd = op.getValue().path("responses").has("401");
        boolean heeft429 = op.getValue().path("responses").has("429");
        if (schrijven && beveiligd) {
          schrijf++;
          if (!heeft429) {
            zonder.add(op.getKey() + " " + pad.getKey());
          }
        } else if (heeft429) {
          leesMet.add(op.getKey() + " " + pad.getKey());
        }
      }
    }
    assertThat(schrijf).isGreaterThan(20);
    assertThat(zonder).isEmpty();
    assertThat(leesMet).isEmpty();
    assertThat(doc.path("components").path("responses").path("TeVeelVerzoeken").path("headers").has("Retry-After"))
        .isTrue();
  }

  @Test
  void openApiDocumentWordtZonderTokenGeserveerdEnNoemtElkEndpoint() {
    byte[] body = web.get().uri("/api/v1/openapi.json").exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals("API-Version", "1.0.0")
        .expectBody().returnResult().getResponseBody();
    JsonNode doc = JsonMapper.builder().build().readTree(body);
    assertThat(doc.path("openapi").asString()).startsWith("3.");

    String server = doc.path("servers").path(0).path("url").asString("");
    Set<String> documented = new TreeSet<>();
    doc.path("paths").properties().forEach(e -> e.getValue().properties()
        .forEach(op -> documented.add(op.getKey().toUpperCase() + " " + absolute(server, e.getKey()))));

    Set<String> served = new TreeSet<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      if (!method.getBeanType().getPackageName().startsWith("nl.doorlopendelijn")) {
        return;
      }
      // The web pages (module webui) are not part of the API and not in its document.
      info.getPatternsCondition().getPatterns().stream().filter(p -> p.getPatternString().startsWith("/api/"))
          .forEach(p -> info.getMethodsCondition().getMethods()
              .forEach(m -> served.add(m.name() + " " + p.getPatternString())));
    });
    assertThat(served).isNotEmpty();
    assertThat(documented).containsAll(served);
  }

  /** The document may use a relative server URL such as {@code /api/v1} with paths relative to it. */
  private static String absolute(String server, String path) {
    if (server.startsWith("/") && !path.startsWith(server)) {
      return server.replaceAll("/$", "") + path;
    }
    return path;
  }
}
