package nl.doorlopendelijn.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the generated OpenAPI document state the NL API Design Rules that hold for EVERY endpoint, so an endpoint
 * added later passes Logius' linter without extra annotations: paths relative to the server {@code /api/v1}
 * (API-20), the {@code API-Version} header on every response (API-57), and the problem details (RFC 9457) every
 * operation can answer with: 400 always (invalid input), 401/403 when secured, 404 with a path variable, 412/428
 * with {@code If-Match}, 429 on an authenticated write ({@link Schrijflimieten}), 500 and 503 always. Error
 * responses a controller declares itself get the same schema.
 */
@Component
class ApiDocumentConventions implements OpenApiCustomizer {

  static final String BASE_PATH = "/api/v1";
  static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  private static final String PROBLEM_SCHEMA = "Probleem";
  private static final String INVALID_PARAM_SCHEMA = "OngeldigeParameter";
  private static final String REF_SCHEMAS = "#/components/schemas/";
  private static final String REF_RESPONSES = "#/components/responses/";
  private static final String REF_HEADERS = "#/components/headers/";

  /** The error responses the platform can give, by status: component name and description (sorted: stable output). */
  private static final Map<String, String[]> ERRORS = new TreeMap<>(Map.of(
      "400", new String[] {"OngeldigVerzoek", "Ongeldige invoer: elke ongeldige waarde staat in invalidParams."},
      "401", new String[] {"NietGeauthenticeerd", "Geen of geen geldig toegangstoken."},
      "403", new String[] {"GeenToegang", "Het toegangstoken geeft geen recht op deze handeling."},
      "404", new String[] {"NietGevonden", "De resource bestaat niet of is voor u niet beschikbaar."},
      "412", new String[] {"VerouderdeVersie", "If-Match komt niet overeen met de actuele versie (ETag)."},
      "422", new String[] {"SleutelAlGebruikt", "Deze Idempotency-Key is al gebruikt voor een ander verzoek."},
      "428", new String[] {"IfMatchVereist", "Wijzigen vereist de header If-Match."},
      "429", new String[] {"TeVeelVerzoeken",
          "Te veel wijzigingen in korte tijd (per gebruiker of per regio); probeer het na Retry-After opnieuw."},
      "500", new String[] {"Serverfout", "Onverwachte fout aan de kant van het platform."},
      "503", new String[] {"TijdelijkNietBeschikbaar", "Tijdelijk niet beschikbaar; probeer het na Retry-After opnieuw."}));

  private final String version;

  ApiDocumentConventions(@Value("${doorlopendelijn.api.version}") String version) {
    this.version = version;
  }

  @Override
  public void customise(OpenAPI api) {
    Components components = api.getComponents() != null ? api.getComponents() : new Components();
    api.setComponents(components);
    declareComponents(components);
    api.setPaths(relativeToServer(api.getPaths()));
    boolean securedByDefault = isSecured(api.getSecurity());
    api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
      ApiResponses responses = op.getResponses() != null ? op.getResponses() : new ApiResponses();
      op.setResponses(responses);
      responses.forEach(this::conform);
      describeIdempotencyKey(op);
      boolean secured = op.getSecurity() != null ? isSecured(op.getSecurity()) : securedByDefault;
      addErrors(responses, path, op, secured,
          secured && Schrijflimieten.beperkt(org.springframework.http.HttpMethod.valueOf(method.name())));
    }));
  }

  /** Server {@code /api/v1} + path = the real URL; the document describes nothing outside the versioned API. */
  private static Paths relativeToServer(Paths paths) {
    Paths relative = new Paths();
    if (paths != null) {
      paths.forEach((path, item) -> {
        if (path.startsWith(BASE_PATH + "/")) {
          relative.addPathItem(path.substring(BASE_PATH.length()), item);
        }
      });
    }
    return relative;
  }

  private static void addErrors(ApiResponses responses, String path, Operation op, boolean secured,
      boolean beperkt) {
    List<String> statuses = new ArrayList<>(List.of("400", "500", "503"));
    if (beperkt) {
      statuses.add("429");
    }
    if (secured) {
      statuses.addAll(List.of("401", "403"));
    }
    if (path.contains("{")) {
      statuses.add("404");
    }
    if (hasHeader(op, "If-Match")) {
      statuses.addAll(List.of("412", "428"));
    }
    if (hasHeader(op, IdempotencyKey.HEADER)) {
      statuses.add("422");
    }
    statuses.stream().sorted().filter(s -> !responses.containsKey(s))
        .forEach(s -> responses.addApiResponse(s, new ApiResponse().$ref(REF_RESPONSES + ERRORS.get(s)[0])));
    // keep the responses ordered by status, as readers expect
    Map<String, ApiResponse> sorted = new TreeMap<>(responses);
    responses.clear();
    responses.putAll(sorted);
  }

  /** Every response carries API-Version; every error response is problem details. */
  private void conform(String status, ApiResponse response) {
    if (response.get$ref() != null) {
      return;
    }
    if (status.startsWith("4") || status.startsWith("5")) {
      response.setContent(problemContent());
    }
    if (response.getHeaders() == null || !response.getHeaders().containsKey(ApiVersionFilter.HEADER)) {
      response.addHeaderObject(ApiVersionFilter.HEADER, apiVersionRef());
    }
  }

  private void declareComponents(Components components) {
    components.addHeaders(ApiVersionFilter.HEADER, new Header()
        .description("De volledige versie van de API (API-57), bijvoorbeeld " + version + ".")
        .required(true)
        .schema(new StringSchema().example(version)));
    components.addSchemas(INVALID_PARAM_SCHEMA, new ObjectSchema()
        .description("Eén ongeldige waarde in het verzoek.")
        .addProperty("name", new StringSchema().description("Het veld, bijvoorbeeld gemeenten[0].cbsCode of query:status."))
        .addProperty("code", new StringSchema().description("Vaste, machineleesbare code, bijvoorbeeld required."))
        .addProperty("reason", new StringSchema().description("Uitleg in het Nederlands."))
        .required(List.of("name", "code", "reason")));
    components.addSchemas(PROBLEM_SCHEMA, new ObjectSchema()
        .description("Foutmelding als problem details (RFC 9457).")
        .addProperty("type", new StringSchema().format("uri").description("Soort probleem."))
        .addProperty("title", new StringSchema().description("Korte omschrijving van de soort."))
        .addProperty("status", new IntegerSchema().format("int32").description("De HTTP-status."))
        .addProperty("detail", new StringSchema().description("Uitleg voor dit geval, in het Nederlands."))
        .addProperty("instance", new StringSchema().format("uri-reference").description("Het pad van het verzoek."))
        .addProperty("invalidParams", new ArraySchema().items(new Schema<>().$ref(REF_SCHEMAS + INVALID_PARAM_SCHEMA))
            .description("Bij 400: alle ongeldige waarden tegelijk."))
        .required(List.of("type", "title", "status", "detail", "instance")));
    ERRORS.forEach((status, named) -> {
      ApiResponse response = new ApiResponse().description(named[1]).content(problemContent())
          .addHeaderObject(ApiVersionFilter.HEADER, apiVersionRef());
      if ("503".equals(status) || "429".equals(status)) {
        response.addHeaderObject("Retry-After", new Header().description("Na hoeveel seconden opnieuw proberen.")
            .schema(new IntegerSchema().format("int32")));
      }
      if ("401".equals(status)) {
        response.addHeaderObject("WWW-Authenticate", new Header().description("Bearer").schema(new StringSchema()));
      }
      components.addResponses(named[0], response);
    });
  }

  private static Content problemContent() {
    return new Content().addMediaType(PROBLEM_JSON,
        new MediaType().schema(new Schema<>().$ref(REF_SCHEMAS + PROBLEM_SCHEMA)));
  }

  private static Header apiVersionRef() {
    return new Header().$ref(REF_HEADERS + ApiVersionFilter.HEADER);
  }

  /** The one format rule and meaning of Idempotency-Key, the same on every operation that takes it. */
  private static void describeIdempotencyKey(Operation op) {
    if (op.getParameters() == null) {
      return;
    }
    op.getParameters().stream()
        .filter(p -> "header".equals(p.getIn()) && IdempotencyKey.HEADER.equalsIgnoreCase(p.getName()))
        .forEach(p -> p.required(false)
            .description("Maakt herhalen veilig: een herhaling (zelfde gebruiker, sleutel en verzoek, binnen 24 uur)"
                + " krijgt de status, Location en ETag van het eerste antwoord, zonder body en met "
                + IdempotencyKey.REPLAYED + ": true; dezelfde sleutel met een ander verzoek geeft 422. Formaat: "
                + IdempotencyKey.RULE + ".")
            .schema(new StringSchema().pattern(IdempotencyKey.PATTERN).minLength(1).maxLength(200)));
  }

  private static boolean hasHeader(Operation op, String name) {
    List<Parameter> parameters = op.getParameters() != null ? op.getParameters() : List.of();
    return parameters.stream().anyMatch(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
  }

  /** Secured unless there is no requirement or an empty one (anonymous access allowed). */
  private static boolean isSecured(List<SecurityRequirement> security) {
    return security != null && !security.isEmpty() && security.stream().noneMatch(Map::isEmpty);
  }
}
