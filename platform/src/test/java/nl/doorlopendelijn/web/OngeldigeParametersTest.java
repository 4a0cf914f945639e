package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.doorlopendelijn.audit.AuditEntry;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every list and search endpoint refuses every kind of bad query value with 400 problem+json whose
 * {@code invalidParams} name exactly the bad parameters ({@code query:<naam>}, with the reader's code), all at
 * once, and does nothing (no audit record of work for the request); every endpoint with an id in its path refuses a
 * malformed one the same way ({@code path:id}). The endpoints and their parameters are checked against the OpenAPI
 * document, so a new one without cases here fails; and every query and path parameter of the API is read by
 * {@link Parameters} (a {@code String} in the controller), never converted by Spring.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OngeldigeParametersTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = TestIssuers.HART_VAN_BRABANT;
  private static final String AZC = "AZC-OISTERWIJK";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A kind of parameter: the code a bad value gets, and bad values of that kind. */
  enum Soort {
    PAGINA(Parameters.RANGE, "nul", "0", "-1", "1.5", Integer.toString(Paginering.MAX_PAGINA + 1)),
    PAGINAGROOTTE(Parameters.RANGE, "twintig", "0", Integer.toString(Paginering.MAX_PAGINAGROOTTE + 1)),
    KEUZE(Parameters.ENUM, "onzin", "ONZIN-OOK"),
    UUID(Parameters.UUID_CODE, "geen-uuid", "1-2-3-4-5", "00000000000000000000000000000000"),
    DATUM(Parameters.DATE, "gisteren", "2026-13-01", "01-03-2026"),
    JANEE(Parameters.BOOLEAN, "ja", "1", "TRUE"),
    CODE(Parameters.PATTERN, "Tilburg", "code met spaties!"),
    TEKST(Parameters.SIZE, "x".repeat(201));

    final String code;
    final List<String> fout;

    Soort(String code, String... fout) {
      this.code = code;
      this.fout = List.of(fout);
    }
  }

  record Param(String naam, Soort soort, String goed) {}

  /** A list endpoint: its path in the OpenAPI document, the path called, who calls, and its query parameters. */
  record Lijst(String documentPad, String pad, Supplier<String> token, List<Param> params, List<String> verplicht) {

    Lijst(String documentPad, String pad, Supplier<String> token, List<Param> params) {
      this(documentPad, pad, token, params, List.of());
    }

    @Override
    public String toString() {
      return documentPad;
    }
  }

  private static final List<Param> PAGINERING = List.of(new Param("pagina", Soort.PAGINA, "2"),
      new Param("paginaGrootte", Soort.PAGINAGROOTTE, Integer.toString(Paginering.MAX_PAGINAGROOTTE)));

  private static final List<Lijst> LIJSTEN = List.of(
      new Lijst("/regios/{regio}/dossiers", "/api/v1/regios/" + HVB + "/dossiers",
          () -> issuers.regioCoordinator(HVB), met(PAGINERING,
              new Param("gemeente", Soort.CODE, "GM0784"), new Param("azc", Soort.CODE, AZC),
              new Param("status", Soort.KEUZE, "gekoppeld"), new Param("scenario", Soort.KEUZE, "snelle-start"),
              new Param("signaal", Soort.KEUZE, "te-laat"),
              new Param("contactpersoon", Soort.UUID, java.util.UUID.randomUUID().toString()),
              new Param("sorteer", Soort.KEUZE, "-koppelingsdatum"))),
      // the list as a file (issue 18): the list's filters and sort, every page, and the format
      new Lijst("/regios/{regio}/dossiers/export", "/api/v1/regios/" + HVB + "/dossiers/export",
          () -> issuers.regioCoordinator(HVB), List.of(
              new Param("gemeente", Soort.CODE, "GM0784"), new Param("azc", Soort.CODE, AZC),
              new Param("status", Soort.KEUZE, "gekoppeld"), new Param("scenario", Soort.KEUZE, "snelle-start"),
              new Param("signaal", Soort.KEUZE, "te-laat"),
              new Param("contactpersoon", Soort.UUID, java.util.UUID.randomUUID().toString()),
              new Param("sorteer", Soort.KEUZE, "-koppelingsdatum"), new Param("formaat", Soort.KEUZE, "csv"))),
      new Lijst("/regios/{regio}/dashboard/export", "/api/v1/regios/" + HVB + "/dashboard/export",
          () -> issuers.regioCoordinator(HVB), List.of(new Param("formaat", Soort.KEUZE, "xlsx"))),
      new Lijst("/azc-locaties/{azc}/dashboard/export", "/api/v1/azc-locaties/" + AZC + "/dashboard/export",
          () -> issuers.coaLiaison(AZC), List.of(new Param("formaat", Soort.KEUZE, "csv"))),
      new Lijst("/azc-locaties/{azc}/dossiers", "/api/v1/azc-locaties/" + AZC + "/dossiers",
          () -> issuers.coaLiaison(AZC), List.of(
              new Param("status", Soort.KEUZE, "gekoppeld"), new Param("signaal", Soort.KEUZE, "stilval"))),
      // a dossier's own history (issue 14): {dossier} is one dossier of the region, made on first use
      new Lijst("/regios/{regio}/dossiers/{id}/historie", "/api/v1/regios/" + HVB + "/dossiers/{dossier}/historie",
          () -> issuers.regioCoordinator(HVB), PAGINERING),
      // a dossier's contactlog (issue 15), the same way
      new Lijst("/regios/{regio}/dossiers/{id}/notities", "/api/v1/regios/" + HVB + "/dossiers/{dossier}/notities",
          () -> issuers.regioCoordinator(HVB), PAGINERING),
      // the caller's werkvoorraad (issue 15): paged like every list
      new Lijst("/mijn/werkvoorraad", "/api/v1/mijn/werkvoorraad",
          () -> issuers.gemeenteMedewerker(HVB, "GM0855"), PAGINERING),
      // the caller's notificaties (issue 17)
      new Lijst("/mijn/notificaties", "/api/v1/mijn/notificaties",
          () -> issuers.gemeenteMedewerker(HVB, "GM0855"), met(PAGINERING,
              new Param("ongelezen", Soort.JANEE, "true"))),
      new Lijst("/regios/{regio}/samenwerkingsafspraken", "/api/v1/regios/" + HVB + "/samenwerkingsafspraken",
          () -> issuers.regioCoordinator(HVB), met(PAGINERING,
              new Param("gemeente", Soort.CODE, "GM0784"), new Param("azc", Soort.CODE, AZC),
              new Param("status", Soort.KEUZE, "actief"), new Param("scenario", Soort.KEUZE, "mengvorm"),
              new Param("geldigOp", Soort.DATUM, "2026-03-01"))),
      new Lijst("/contactpersonen", "/api/v1/contactpersonen",
          () -> issuers.gemeenteMedewerker(TestIssuers.NOORDOOST_BRABANT, "GM0828"), met(PAGINERING,
              new Param("q", Soort.TEKST, "jan"),
              new Param("organisatie", Soort.UUID, java.util.UUID.randomUUID().toString()),
              new Param("regio", Soort.CODE, HVB), new Param("gemeente", Soort.CODE, "GM0828"),
              new Param("functie", Soort.TEKST, "klantregisseur"), new Param("getraind", Soort.JANEE, "true"),
              new Param("beschikbaar", Soort.JANEE, "false"), new Param("taal", Soort.CODE, "ar"),
              new Param("inclusiefInactief", Soort.JANEE, "true"))),
      // the import's template and report (issue 18): {import} is one import of the region, started on first use
      new Lijst("/regios/{regio}/dossierimporten/sjabloon", "/api/v1/regios/" + HVB + "/dossierimporten/sjabloon",
          () -> issuers.regioCoordinator(HVB), List.of(new Param("formaat", Soort.KEUZE, "xlsx"))),
      new Lijst("/regios/{regio}/dossierimporten/{id}/rapport",
          "/api/v1/regios/" + HVB + "/dossierimporten/{import}/rapport",
          () -> issuers.regioCoordinator(HVB), List.of(new Param("formaat", Soort.KEUZE, "csv"))),
      // the region's overplaatsingen (issue 18): incoming or outgoing
      new Lijst("/regios/{regio}/overplaatsingen", "/api/v1/regios/" + HVB + "/overplaatsingen",
          () -> issuers.regioCoordinator(HVB), met(PAGINERING, new Param("richting", Soort.KEUZE, "uitgaand"))),
      // the users of the coördinator's region (issue 17)
      new Lijst("/gebruikers", "/api/v1/gebruikers", () -> issuers.regioCoordinator(HVB), PAGINERING),
      new Lijst("/azc-locaties", "/api/v1/azc-locaties", () -> issuers.regioCoordinator(HVB), List.of(
          new Param("type", Soort.KEUZE, "azc"), new Param("actief", Soort.JANEE, "true"))),
      new Lijst("/organisaties", "/api/v1/organisaties",
          () -> issuers.gemeenteMedewerker(TestIssuers.NOORDOOST_BRABANT, "GM0828"), met(PAGINERING,
              new Param("q", Soort.TEKST, "tilburg"), new Param("type", Soort.KEUZE, "azc"),
              new Param("regio", Soort.CODE, HVB), new Param("cbsCode", Soort.CODE, "GM0855"),
              new Param("azcCode", Soort.CODE, AZC), new Param("inclusiefInactief", Soort.JANEE, "false"))),
      // the picker of a dossier's contacts (issue 14): which role is asked is required, so all blank is 400 on it
      new Lijst("/regios/{regio}/contactpersoon-keuzes", "/api/v1/regios/" + HVB + "/contactpersoon-keuzes",
          () -> issuers.regioCoordinator(HVB), List.of(new Param("rol", Soort.KEUZE, "casemanager"),
              new Param("gemeente", Soort.CODE, "GM0855"), new Param("azc", Soort.CODE, AZC)), List.of("rol")));

  @Autowired
  WebTestClient web;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  static Stream<Arguments> elkeFouteWaarde() {
    return LIJSTEN.stream().flatMap(l -> l.params().stream()
        .flatMap(p -> p.soort().fout.stream().map(waarde -> Arguments.of(l, p.naam(), p.soort(), waarde))));
  }

  @ParameterizedTest(name = "{0} ?{1}={3}")
  @MethodSource("elkeFouteWaarde")
  void eenFouteWaardeIs400MetDieParameter(Lijst lijst, String naam, Soort soort, String waarde) {
    Map<String, String> query = goed(lijst);
    query.put(naam, waarde);

    JsonNode problem = weigert(lijst.pad(), query, lijst.token().get());

    assertThat(problem.path("invalidParams")).hasSize(1);
    JsonNode fout = problem.path("invalidParams").get(0);
    assertThat(fout.path("name").asString()).isEqualTo("query:" + naam);
    assertThat(fout.path("code").asString()).isEqualTo(soort.code);
    assertThat(fout.path("reason").asString()).isNotBlank();
  }

  static Stream<Lijst> lijsten() {
    return LIJSTEN.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lijsten")
  void alleFouteParametersTegelijkWordenAllemaalGemeld(Lijst lijst) {
    Map<String, String> query = new LinkedHashMap<>();
    lijst.params().forEach(p -> query.put(p.naam(), p.soort().fout.get(0)));

    JsonNode problem = weigert(lijst.pad(), query, lijst.token().get());

    List<String> namen = new ArrayList<>();
    problem.path("invalidParams").forEach(f -> namen.add(f.path("name").asString()));
    assertThat(namen).containsExactlyInAnyOrderElementsOf(
        lijst.params().stream().map(p -> "query:" + p.naam()).toList());
  }

  /**
   * What valid parameters answer: 200; for the users of a region 503, because this platform test starts no Keycloak
   * (its parameters are read before Keycloak is asked; GebruikersE2eIT gets the 200 from a real one).
   */
  private static int goedeStatus(Lijst lijst) {
    return lijst.documentPad().equals("/gebruikers") ? 503 : 200;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lijsten")
  void goedeWaardenEnLegeWaardenWordenAanvaard(Lijst lijst) {
    String trace = traceId();
    web.get().uri(uri(lijst.pad(), goed(lijst))).headers(h -> {
      h.setBearerAuth(lijst.token().get());
      h.set("traceparent", traceparent(trace));
    }).exchange().expectStatus().isEqualTo(goedeStatus(lijst));
    // blank is absent: the default, as a form with an empty field sends it
    Map<String, String> leeg = new LinkedHashMap<>();
    lijst.params().forEach(p -> leeg.put(p.naam(), ""));
    if (lijst.verplicht().isEmpty()) {
      web.get().uri(uri(lijst.pad(), leeg)).headers(h -> h.setBearerAuth(lijst.token().get())).exchange()
          .expectStatus().isEqualTo(goedeStatus(lijst));
    } else {
      // a required parameter left blank is absent too: 400 naming each, code required
      List<String> namen = new ArrayList<>();
      weigert(lijst.pad(), leeg, lijst.token().get()).path("invalidParams").forEach(f -> {
        assertThat(f.path("code").asString()).isEqualTo("required");
        namen.add(f.path("name").asString());
      });
      assertThat(namen).containsExactlyInAnyOrderElementsOf(
          lijst.verplicht().stream().map(n -> "query:" + n).toList());
    }
    if (lijst.documentPad().equals("/regios/{regio}/dossiers") || lijst.documentPad().endsWith("/export")) {
      // the audit count below can see a request: the accepted list is recorded
      assertThat(auditRecords(trace)).isPositive();
    }
  }

  /** Every operation with an {@code {id}} in its path, as the OpenAPI document lists them. */
  Stream<Arguments> elkeOperatieMetEenId() {
    List<Arguments> operaties = new ArrayList<>();
    document().path("paths").properties().forEach(pad -> {
      if (pad.getKey().contains("{id}")) {
        pad.getValue().properties().forEach(op -> operaties.add(
            Arguments.of(op.getKey().toUpperCase(), pad.getKey(), op.getValue().has("requestBody"))));
      }
    });
    assertThat(operaties).hasSizeGreaterThan(10);
    return operaties.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("elkeOperatieMetEenId")
  void eenMisvormdIdInHetPadIs400(String methode, String pad, boolean body) {
    String trace = traceId();
    String uri = "/api/v1" + pad.replace("{regio}", HVB).replace("{id}", "geen-uuid")
        .replace("{type}", "kennismaking")
        // the ids under the dossier (a note's, a gesprek's, any later one): well-formed, so {id} is the one refused
        .replaceAll("\\{[A-Za-z]+Id}", java.util.UUID.randomUUID().toString());
    var spec = web.method(HttpMethod.valueOf(methode)).uri(uri).headers(h -> {
      h.setBearerAuth(issuers.regioCoordinator(HVB));
      h.set("traceparent", traceparent(trace));
      h.set("If-Match", "\"1\"");
      h.set(IdempotencyKey.HEADER, java.util.UUID.randomUUID().toString());
    });
    var antwoord = body ? spec.contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange() : spec.exchange();
    antwoord.expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().jsonPath("$.invalidParams.length()").isEqualTo(1)
        .jsonPath("$.invalidParams[0].name").isEqualTo("path:id")
        .jsonPath("$.invalidParams[0].code").isEqualTo(Parameters.UUID_CODE);
    assertThat(auditRecords(trace)).isZero();
  }

  @Test
  void elkeLijstMetQueryparametersStaatHierMetAlZijnParameters() {
    Map<String, Set<String>> gedocumenteerd = new TreeMap<>();
    document().path("paths").properties().forEach(pad -> {
      Set<String> query = new TreeSet<>();
      pad.getValue().path("get").path("parameters").forEach(p -> {
        if ("query".equals(p.path("in").asString(""))) {
          query.add(p.path("name").asString());
        }
      });
      if (!query.isEmpty()) {
        gedocumenteerd.put(pad.getKey(), query);
      }
    });
    Map<String, Set<String>> hier = new TreeMap<>();
    LIJSTEN.forEach(l -> hier.put(l.documentPad(),
        new TreeSet<>(l.params().stream().map(Param::naam).toList())));
    assertThat(hier).isEqualTo(gedocumenteerd);
  }

  @Test
  void elkeQueryEnPadparameterLeestDeApiAlsTekst() {
    List<String> anders = new ArrayList<>();
    int gezien = 0;
    for (var entry : mappings.getHandlerMethods().entrySet()) {
      var method = entry.getValue();
      if (!method.getBeanType().getPackageName().startsWith("nl.doorlopendelijn")
          || entry.getKey().getPatternsCondition().getPatterns().stream()
              .noneMatch(p -> p.getPatternString().startsWith("/api/"))) {
        continue;
      }
      for (MethodParameter p : method.getMethodParameters()) {
        if (p.hasParameterAnnotation(RequestParam.class) || p.hasParameterAnnotation(PathVariable.class)) {
          gezien++;
          if (p.getParameterType() != String.class) {
            anders.add(method.getShortLogMessage() + " " + p.getParameterName() + ": " + p.getParameterType());
          }
        }
      }
    }
    assertThat(gezien).isGreaterThan(40);
    assertThat(anders).as("parameters Spring converts itself (a 400 without invalidParams)").isEmpty();
  }

  private JsonNode weigert(String pad, Map<String, String> query, String token) {
    String trace = traceId();
    byte[] body = web.get().uri(uri(pad, query)).headers(h -> {
      h.setBearerAuth(token);
      h.set("traceparent", traceparent(trace));
    }).exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody().returnResult().getResponseBody();
    JsonNode problem = JSON.readTree(body);
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(auditRecords(trace)).as("nothing done for a refused request").isZero();
    return problem;
  }

  private JsonNode document() {
    return JSON.readTree(web.mutate().responseTimeout(Duration.ofSeconds(60)).build()
        .get().uri("/api/v1/openapi.json").exchange().expectStatus().isOk()
        .expectBody().returnResult().getResponseBody());
  }

  private static Map<String, String> goed(Lijst lijst) {
    Map<String, String> query = new LinkedHashMap<>();
    lijst.params().forEach(p -> query.put(p.naam(), p.goed()));
    return query;
  }

  /** The path with the query, each value encoded as a whole (a value may hold spaces, + or &). */
  private String dossier;

  /** The dossier a path with {@code {dossier}} names: one of hart-van-brabant, made once. */
  private synchronized String dossier() {
    if (dossier == null) {
      Map<String, Object> invoer = new LinkedHashMap<>();
      invoer.put("gemeente", "GM0855");
      invoer.put("azcLocatie", AZC);
      invoer.put("koppelingsdatum", java.time.LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).minusDays(3).toString());
      invoer.put("gekozenScenario", "snelle-start");
      invoer.put("persoon", nl.doorlopendelijn.testsupport.TestPersonen.persoon());
      JsonNode d = JSON.readTree(web.post().uri("/api/v1/regios/" + HVB + "/dossiers")
          .headers(h -> h.setBearerAuth(issuers.regioCoordinator(HVB))).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(invoer).exchange().expectStatus().isCreated().expectBody().returnResult().getResponseBody());
      dossier = d.path("id").asString();
    }
    return dossier;
  }

  private String dossierImport;

  /** The import a path with {@code {import}} names: the region's template imported once (its one example row). */
  private synchronized String dossierImport() {
    if (dossierImport == null) {
      String pad = "/api/v1/regios/" + HVB + "/dossierimporten";
      byte[] sjabloon = web.get().uri(pad + "/sjabloon?formaat=csv")
          .headers(h -> h.setBearerAuth(issuers.regioCoordinator(HVB))).exchange().expectStatus().isOk()
          .expectBody().returnResult().getResponseBody();
      org.springframework.http.client.MultipartBodyBuilder b = new org.springframework.http.client.MultipartBodyBuilder();
      b.part("bestand", new org.springframework.core.io.ByteArrayResource(sjabloon) {
        @Override
        public String getFilename() {
          return "sjabloon.csv";
        }
      }).filename("sjabloon.csv");
      URI plek = web.post().uri(pad).headers(h -> {
            h.setBearerAuth(issuers.regioCoordinator(HVB));
            h.set("Idempotency-Key", java.util.UUID.randomUUID().toString());
          })
          .contentType(MediaType.MULTIPART_FORM_DATA)
          .body(org.springframework.web.reactive.function.BodyInserters.fromMultipartData(b.build()))
          .exchange().expectStatus().isAccepted().returnResult(Void.class).getResponseHeaders().getLocation();
      String p = plek.getPath();
      dossierImport = p.substring(p.lastIndexOf('/') + 1);
    }
    return dossierImport;
  }

  private Function<UriBuilder, URI> uri(String pad, Map<String, String> query) {
    String metDossier = pad.contains("{dossier}") ? pad.replace("{dossier}", dossier()) : pad;
    String echt = metDossier.contains("{import}") ? metDossier.replace("{import}", dossierImport()) : metDossier;
    return b -> {
      b.path(echt);
      query.keySet().forEach(k -> b.queryParam(k, "{" + k + "}"));
      return b.build(query);
    };
  }

  /** What the request did, as the audit log has it; a refusal recorded as such (a dossier's) is not work done. */
  private static long auditRecords(String traceId) {
    try (Connection c = TestDatabase.shared().connectAsOwner();
        var ps = c.prepareStatement("select count(*) from audit_record where trace_id = ? and resultaat <> ?")) {
      ps.setString(2, AuditEntry.GEWEIGERD);
      ps.setString(1, traceId);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String traceId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return String.format("%016x%016x", r.nextLong() | 1, r.nextLong());
  }

  private static String traceparent(String traceId) {
    return "00-" + traceId + "-00f067aa0ba902b7-01";
  }

  private static List<Param> met(List<Param> eerste, Param... meer) {
    List<Param> alle = new ArrayList<>(List.of(meer));
    alle.addAll(eerste);
    return List.copyOf(alle);
  }
}
