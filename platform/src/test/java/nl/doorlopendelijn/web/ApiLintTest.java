package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document passes Logius' NL API Design Rules linter (Spectral, pinned in {@code infra/api-lint}) with
 * zero errors; and the same linter rejects a deliberately broken copy, so this test can fail.
 * Run alone: {@code ./mvnw -pl platform test -Dtest=ApiLintTest}.
 */
@PlatformTest
class ApiLintTest {

  private static final int ERROR = 0;
  private static final int WARNING = 1;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired
  WebTestClient web;

  @Test
  void openApiDocumentHeeftGeenEnkeleFoutVolgensDeNlApiDesignRules() throws Exception {
    Path document = write("openapi.json", openApiDocumentZonderToken());

    Lint lint = Spectral.lint(document);

    System.out.printf("NL API Design Rules linter: %d error(s), %d warning(s)%n%s%n",
        lint.count(ERROR), lint.count(WARNING), lint.findings());
    assertThat(lint.errors()).as("errors of the NL API Design Rules linter on %s", document).isEmpty();
    assertThat(lint.exitCode()).as("spectral exit code; output:%n%s", lint.output()).isZero();
  }

  @Test
  void linterKeurtEenDocumentMetTrailingSlashEnZonderApiVersionHeaderAf() throws Exception {
    ObjectNode broken = (ObjectNode) JSON.readTree(openApiDocumentZonderToken());
    ObjectNode paths = (ObjectNode) broken.get("paths");
    String list = paths.propertyNames().stream().filter(p -> paths.get(p).path("get").path("responses").has("200"))
        .findFirst().orElseThrow();
    paths.set(list + "/", paths.get(list).deepCopy());
    ((ObjectNode) paths.get(list).get("get").get("responses").get("200")).remove("headers");
    Path document = write("openapi-broken.json", JSON.writeValueAsBytes(broken));

    Lint lint = Spectral.lint(document);

    assertThat(lint.exitCode()).as("spectral must fail on %s; output:%n%s", document, lint.output()).isEqualTo(1);
    assertThat(lint.errors()).extracting(f -> f.get("code").asString())
        // Logius' own nlgov:paths-no-trailing-slash never fires (its pattern wants a space before the slash);
        // the built-in path-keys-no-trailing-slash, switched on by the same ruleset, does.
        .contains("path-keys-no-trailing-slash", "nlgov:missing-header");
  }

  private byte[] openApiDocumentZonderToken() {
    // the first request builds the document: slower than the client's default 5 s on a cold, shared machine
    return web.mutate().responseTimeout(Duration.ofSeconds(60)).build()
        .get().uri("/api/v1/openapi.json").exchange()
        .expectStatus().isOk()
        .expectBody().returnResult().getResponseBody();
  }

  private static Path write(String name, byte[] content) throws IOException {
    Path dir = Path.of("target", "api-lint");
    Files.createDirectories(dir);
    return Files.write(dir.resolve(name), content);
  }

  record Lint(int exitCode, String output, List<JsonNode> results) {

    List<JsonNode> errors() {
      return results.stream().filter(r -> r.get("severity").asInt() == ERROR).toList();
    }

    long count(int severity) {
      return results.stream().filter(r -> r.get("severity").asInt() == severity).count();
    }

    String findings() {
      StringBuilder text = new StringBuilder();
      for (JsonNode r : results) {
        text.append(String.format("  %-5s %-40s %s  at %s%n", severity(r.get("severity").asInt()),
            r.get("code").asString(), r.get("message").asString(), r.get("path")));
      }
      return text.toString();
    }

    private static String severity(int s) {
      return switch (s) {
        case ERROR -> "error";
        case WARNING -> "warn";
        case 2 -> "info";
        default -> "hint";
      };
    }
  }

  /** The pinned Spectral CLI, run by Node as a separate process with a bounded wait. */
  static final class Spectral {

    private static final long TIMEOUT_SECONDS = 120;

    static Lint lint(Path document) throws IOException, InterruptedException {
      Path dir = lintDir();
      Path cli = dir.resolve("node_modules/@stoplight/spectral-cli/dist/index.js");
      if (!Files.isRegularFile(cli)) {
        fail("The NL API Design Rules linter is not installed at %s. Prerequisite: Node.js 20 + npm; the Maven "
            + "build installs it (`npm ci` in infra/api-lint, phase generate-test-resources), or run "
            + "`npm ci --prefix infra/api-lint` yourself.", cli);
      }
      Path report = document.resolveSibling(document.getFileName() + ".spectral.json");
      Path log = document.resolveSibling(document.getFileName() + ".spectral.log");
      Files.deleteIfExists(report);
      List<String> command = new ArrayList<>(List.of(node(), cli.toString(), "lint",
          "--ruleset", dir.resolve("nl-api-design-rules.spectral.yaml").toString(),
          "--fail-severity", "error", "--format", "json", "--output", report.toString(),
          document.toAbsolutePath().toString()));
      Process process;
      try {
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      } catch (IOException e) {
        return fail("Could not start Node.js (`%s`): Node.js 20 + npm are a prerequisite of the tests. %s",
            node(), e.getMessage());
      }
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("spectral did not finish within %d s: %s", TIMEOUT_SECONDS, String.join(" ", command));
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      if (!Files.exists(report)) {
        fail("spectral wrote no report (exit %d):%n%s", process.exitValue(), output);
      }
      List<JsonNode> results = new ArrayList<>();
      JSON.readTree(report.toFile()).forEach(results::add);
      return new Lint(process.exitValue(), output, results);
    }

    /** {@code infra/api-lint}, as set by the Maven build, else found from the working directory. */
    private static Path lintDir() {
      String configured = System.getProperty("doorlopendelijn.api-lint-dir");
      if (configured != null) {
        return Path.of(configured).toAbsolutePath().normalize();
      }
      Path here = Path.of("").toAbsolutePath();
      return Files.isDirectory(here.resolve("infra/api-lint")) ? here.resolve("infra/api-lint")
          : here.resolveSibling("infra").resolve("api-lint");
    }

    private static String node() {
      return System.getenv().getOrDefault("NODE", "node");
    }
  }
}
