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
