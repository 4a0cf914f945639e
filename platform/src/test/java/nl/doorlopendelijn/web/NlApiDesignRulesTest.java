package nl.doorlopendelijn.web;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.support.WebExchangeBindException;
import reactor.core.publisher.Mono;

/**
 * The NL API Design Rules that Logius' linter cannot see in the OpenAPI document (see ApiLintTest), checked against
 * the running platform: API-Version on every response, the public OpenAPI document with open CORS (API-51), the
 * security headers (/core/transport/security-headers), no trailing-slash aliases (API-48), 400 with every
 * validation error at once.
 */
@PlatformTest
class NlApiDesignRulesTest {

  private static final TestIssuers issuers = TestIssuers.shared();

  @Autowired
  WebTestClient web;

  @Value("${doorlopendelijn.api.version}")
  String version;

  @BeforeEach
  void patientClient() {
    // springdoc builds the OpenAPI document on its first request: ~5 s on a cold, shared 2-core machine
    web = web.mutate().responseTimeout(Duration.ofSeconds(60)).build();
  }

  @Test
  void apiVersionOpEenGeslaagdAntwoord() {
    get("/api/v1/azc-locaties", issuers.regioCoordinator(HART_VAN_BRABANT))
        .expectStatus().isOk()
        .expectHeader().valueEquals("API-Version", version);
  }

  @Test
  void apiVersionOp401AlsProblem() {
    get("/api/v1/azc-locaties", null)
        .expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().valueEquals("API-Version", version);
  }

  @Test
  void apiVersionOp404AlsProblem() {
    get("/api/v1/regios/bestaat-niet", issuers.regioCoordinator(HART_VAN_BRABANT))
        .expectStatus().isNotFound()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().valueEquals("API-Version", version)
        .expectBody().jsonPath("$.status").isEqualTo(404).jsonPath("$.detail").exists();
  }

  @Test
  void apiVersionOpOpenApiDocument() {
    get("/api/v1/openapi.json", null).expectStatus().isOk().expectHeader().valueEquals("API-Version", version);
  }

  /**
   * No endpoint takes a body or a validated parameter yet, so this drives the platform's own filter and error
   * handler with the error that a {@code @Valid} body with two wrong fields raises. Replace it by a real request
   * once the first endpoint with a body exists.
   */
  @Test
  void validatiefoutenGeven400MetAlleFoutenTegelijkEnApiVersion(@Autowired ApiVersionFilter apiVersion,
      @Autowired ProblemWebExceptionHandler problems) throws Exception {
    WebExchangeBindException invalid = twoInvalidFields();
    WebTestClient client = WebTestClient
        .bindToWebHandler(exchange -> Mono.<Void>error(invalid).onErrorResume(e -> problems.handle(exchange, e)))
        .webFilter(apiVersion)
        .build();

    client.post().uri("/api/v1/regios/hart-van-brabant/voorbeelden").contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}").exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().valueEquals("API-Version", version)
        .expectBody()
        .jsonPath("$.status").isEqualTo(400)
        .jsonPath("$.title").exists()
        .jsonPath("$.detail").exists()
        .jsonPath("$.invalidParams.length()").isEqualTo(2)
        .jsonPath("$.invalidParams[0].name").isEqualTo("cbsCode")
        .jsonPath("$.invalidParams[0].code").isEqualTo("pattern")
        .jsonPath("$.invalidParams[1].name").isEqualTo("naam")
        .jsonPath("$.invalidParams[1].code").isEqualTo("required");
  }

  @Test
  void openApiDocumentZonderTokenEnVanafElkeOrigin() {
    web.get().uri("/api/v1/openapi.json").header(HttpHeaders.ORIGIN, "https://developer.overheid.nl")
        .exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
        .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        .expectBody().jsonPath("$.openapi").value(v -> assertThat(v.toString()).startsWith("3."));
  }

  /** Over plain HTTP, as a browser sends it (WebTestClient's Reactor Netty client hangs on a body-less OPTIONS). */
  @Test
  void openApiDocumentStaatPreflightToe(@LocalServerPort int port) throws Exception {
    HttpRequest preflight = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/openapi.json"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header(HttpHeaders.ORIGIN, "https://developer.overheid.nl")
        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
        .timeout(Duration.ofSeconds(30))
        .build();
    HttpResponse<Void> response = HttpClient.newHttpClient().send(preflight, HttpResponse.BodyHandlers.discarding());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).hasValue("*");
    assertThat(response.headers().firstValue("API-Version")).hasValue(version);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/azc-locaties", "/api/v1/regios/hart-van-brabant", "/api/v1/regios/nergens"})
  void beveiligingsheadersOpApiAntwoorden(String path) {
    assertSecurityHeaders(get(path, issuers.regioCoordinator(HART_VAN_BRABANT)));
  }

  @Test
  void beveiligingsheadersOokOp401EnOpHetOpenApiDocument() {
    assertSecurityHeaders(get("/api/v1/regios/hart-van-brabant", null).expectStatus().isUnauthorized());
    assertSecurityHeaders(get("/api/v1/openapi.json", null).expectStatus().isOk());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/azc-locaties/", "/api/v1/regios/hart-van-brabant/",
      "/api/v1/regios/hart-van-brabant/gemeenten/"})
  void geenAliasMetSlashAanHetEinde(String path) {
    get(path, issuers.regioCoordinator(HART_VAN_BRABANT))
        .expectStatus().isNotFound()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().valueEquals("API-Version", version);
  }

  private ResponseSpec get(String path, String token) {
    return web.get().uri(path).headers(h -> {
      if (token != null) {
        h.setBearerAuth(token);
      }
    }).exchange();
  }

  /** /core/transport/security-headers, on whatever response. */
  private static void assertSecurityHeaders(ResponseSpec response) {
    HttpHeaders h = response.expectBody().returnResult().getResponseHeaders();
    assertThat(h.getFirst(HttpHeaders.CACHE_CONTROL)).contains("no-store");
    assertThat(h.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(h.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(h.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
    assertThat(h.getFirst("Strict-Transport-Security")).startsWith("max-age=");
    assertThat(h.getFirst("Referrer-Policy")).isNotBlank();
    assertThat(h.getContentType()).isNotNull();
  }

  private static WebExchangeBindException twoInvalidFields() throws NoSuchMethodException {
    record NieuweGemeente(String cbsCode, String naam) {}
    var result = new DirectFieldBindingResult(new NieuweGemeente("0855", null), "nieuweGemeente");
    result.rejectValue("cbsCode", "Pattern", "Een CBS-code is GM gevolgd door vier cijfers.");
    result.rejectValue("naam", "NotBlank", "De naam is verplicht.");
    Method method = NlApiDesignRulesTest.class.getDeclaredMethod("twoInvalidFields");
    return new WebExchangeBindException(new MethodParameter(method, -1), result);
  }
}
