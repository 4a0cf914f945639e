package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An endpoint added later, as springdoc generates it from a plain controller method, passes the linter without any
 * extra annotation: the conventions add what every operation shares.
 */
class ApiDocumentConventionsTest {

  private final ApiDocumentConventions conventions = new ApiDocumentConventions("1.2.3");

  @Test
  void eenNieuweWijzigingKrijgtAlleFoutantwoordenEnApiVersion() {
    OpenAPI api = documentWithOneUpdate();

    conventions.customise(api);

    assertThat(api.getPaths()).containsOnlyKeys("/regios/{regio}/voorbeelden/{id}");
    ApiResponses responses = api.getPaths().get("/regios/{regio}/voorbeelden/{id}").getPut().getResponses();
    assertThat(responses).containsOnlyKeys("200", "400", "401", "403", "404", "409", "412", "428", "429", "500",
        "503");
    assertThat(responses.get("200").getHeaders()).containsKey("API-Version");
    assertThat(responses.get("409").getContent()).containsOnlyKeys("application/problem+json");
    assertThat(responses.get("409").getHeaders()).containsKey("API-Version");
    assertThat(api.getComponents().getSchemas().get("Probleem").getRequired())
        .contains("status", "title", "detail");
  }

  @Test
  void eenNieuweWijzigingDoorstaatDeLinterZonderExtraAnnotaties() throws Exception {
    OpenAPI api = documentWithOneUpdate();
    conventions.customise(api);
    Path dir = Files.createDirectories(Path.of("target", "api-lint"));
    Path document = Files.writeString(dir.resolve("openapi-nieuw-endpoint.json"), Json31.pretty(api),
        StandardCharsets.UTF_8);

    ApiLintTest.Lint lint = ApiLintTest.Spectral.lint(document);

    assertThat(lint.errors()).as("linter findings:%n%s", lint.findings()).isEmpty();
    assertThat(lint.exitCode()).isZero();
  }

  /** What springdoc makes of a PUT with If-Match and a body, declaring only its 200 and a 409. */
  private static OpenAPI documentWithOneUpdate() {
    Content json = new Content().addMediaType("application/json",
        new MediaType().schema(new ObjectSchema().addProperty("naam", new StringSchema())));
    Operation put = new Operation().operationId("updateVoorbeeld")
        .addParametersItem(new PathParameter().name("regio").schema(new StringSchema()))
        .addParametersItem(new PathParameter().name("id").schema(new StringSchema()))
        .addParametersItem(new HeaderParameter().name("If-Match").required(true).schema(new StringSchema()))
        .requestBody(new RequestBody().content(json))
        .responses(new ApiResponses()
            .addApiResponse("200", new ApiResponse().description("OK").content(json))
            .addApiResponse("409", new ApiResponse().description("Conflict")));
    return new OpenAPI()
        .info(new Info().title("t").version("1.2.3")
            .contact(new Contact().name("n").email("e@example.org").url("https://example.org")))
        .addServersItem(new Server().url("/api/v1"))
        .addSecurityItem(new SecurityRequirement().addList("bearer"))
        .paths(new Paths()
            .addPathItem("/api/v1/regios/{regio}/voorbeelden/{id}", new PathItem().put(put))
            .addPathItem("/actuator/info", new PathItem().get(new Operation().operationId("info"))));
  }
}
