package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One paging shape in the OpenAPI document: every list schema and every property named like paging refers to the
 * one {@code Paginering} schema ({@link Paginering}) with exactly its four members; a paged list takes
 * {@code pagina} and {@code paginaGrootte}; a list that is not paged is one of the known ones below. The rule is
 * also run on a copy with another paging shape, which it must reject. And every schema name belongs to one Java
 * type: springdoc names schemas by simple class name, so two records of one name would show one shape for both (the
 * azc's agreement list was documented with the region list's {@code paginering} that way).
 */
@PlatformTest
class EenPagineringTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String REF = "#/components/schemas/";
  private static final List<String> VIER = List.of("pagina", "paginaGrootte", "totaalAantal", "totaalPaginas");
  private static final Pattern ALS_PAGINERING = Pattern.compile("(?i).*(pagin|paging|pageable|page).*");
  private static final Set<String> PAGINALEDEN = Set.of("pagina", "paginaGrootte", "totaal", "totaalAantal",
      "totaalPaginas", "aantalPaginas", "page", "size", "total", "totalPages", "totalElements");

  /**
   * The lists answered whole, and why that is bounded (or not yet: see the note). A new list without paging must be
   * added here with its reason, or be paged.
   */
  private static final Map<String, String> ONGEPAGINEERD = Map.ofEntries(
      Map.entry("/azc-locaties", "landelijke referentielijst, tientallen locaties"),
      Map.entry("/regios/{regio}/gemeenten", "de gemeenten van één regio"),
      Map.entry("/regios/{regio}/samenwerkingsafspraken/{id}/versies", "versies van één afspraak"),
      Map.entry("/regios/{regio}/samenwerkingsafspraken/{id}/historie", "wijzigingen van één afspraak"),
      Map.entry("/regios/{regio}/dossiers/{id}/mijlpalen", "de vaste mijlpaaltypen van één dossier"),
      Map.entry("/regios/{regio}/dossiers/{id}/gesprekken", "hoogstens 100 gesprekken per dossier"
          + " (GesprekService.MAX_PER_DOSSIER): een volgend gesprek plannen is 409"),
      Map.entry("/regios/{regio}/dossiers/{id}/audit", "NIET begrensd: elke lezing van het dossier komt erbij"),
      Map.entry("/regios/{regio}/contactpersoon-keuzes", "de actieve contactpersonen van één gemeente of één azc"),
      Map.entry("/contactpersoon-koppelingen", "hoogstens 200 claims (KoppelingRepository.MAX_AANGEVRAAGD), stil"
          + " afgekapt; één per vermelding van de organisaties die de lezer bijhoudt"),
      Map.entry("/azc-locaties/{azc}/dossiers", "hoogstens 500 dossiers per regio, stil afgekapt"),
      Map.entry("/azc-locaties/{azc}/samenwerkingsafspraken", "hoogstens 1000 afspraken per regio, stil afgekapt"),
      Map.entry("/regios/{regio}/samenwerkingsafspraken/{id}/mandaten", "hoogstens één mandaat per gemeente van de"
          + " versie"),
      Map.entry("/mijn/organisaties", "de organisaties die de lezer bijhoudt: haar gemeente, haar azc en"
          + " regiokantoor, of die van haar regio"),
      Map.entry("/beheer/regios", "de regio's van het platform (tientallen), voor de platformbeheerder"),
      Map.entry("/mijn/notificatievoorkeuren", "een voorkeur per NotificatieSoort (vijf)"));

  @Autowired
  WebTestClient web;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private JsonNode document;

  @BeforeEach
  void document() {
    // the first request builds the document: slow on a cold, shared machine
    byte[] body = web.mutate().responseTimeout(Duration.ofSeconds(60)).build()
        .get().uri("/api/v1/openapi.json").exchange().expectStatus().isOk()
        .expectBody().returnResult().getResponseBody();
    document = JSON.readTree(body);
  }

  @Test
  void elkeLijstHeeftDezelfdePaginering() {
    assertThat(afwijkingen(document)).isEmpty();
    assertThat(gepagineerdeLijsten(document)).as("the paged lists").contains("/regios/{regio}/dossiers",
        "/regios/{regio}/samenwerkingsafspraken", "/contactpersonen", "/organisaties");
  }

  @Test
  void eenLijstZonderPagineringStaatHierMetZijnGrens() {
    assertThat(ongepagineerdeLijsten(document)).containsExactlyInAnyOrderElementsOf(ONGEPAGINEERD.keySet());
  }

  @Test
  void eenAndereVormVanPagineringWordtAfgekeurd() {
    // the dossier list's old block
    ObjectNode oud = (ObjectNode) document.deepCopy();
    ObjectNode blok = JSON.createObjectNode().put("type", "object");
    blok.putObject("properties").set("totaal", JSON.createObjectNode().put("type", "integer"));
    ((ObjectNode) blok.get("properties")).set("aantalPaginas", JSON.createObjectNode().put("type", "integer"));
    ((ObjectNode) oud.at("/components/schemas/DossierLijst/properties")).set("paginering", blok);
    assertThat(afwijkingen(oud)).anyMatch(a -> a.contains("DossierLijst.paginering"));

    // a fifth member in the one block
    ObjectNode vijf = (ObjectNode) document.deepCopy();
    ((ObjectNode) vijf.at("/components/schemas/Paginering/properties")).set("aantalPaginas",
        JSON.createObjectNode().put("type", "integer"));
    assertThat(afwijkingen(vijf)).anyMatch(a -> a.startsWith("Paginering"));

    // a paging block by another name, as its own schema
    ObjectNode meta = (ObjectNode) document.deepCopy();
    ((ObjectNode) meta.at("/components/schemas")).set("Meta", blok.deepCopy());
    ((ObjectNode) meta.at("/components/schemas/OrganisatieLijst/properties")).set("meta",
        JSON.createObjectNode().put("$ref", REF + "Meta"));
    assertThat(afwijkingen(meta)).anyMatch(a -> a.startsWith("Meta"));

    // a list that is paged without the query parameters
    ObjectNode zonder = (ObjectNode) document.deepCopy();
    ObjectNode lijst = (ObjectNode) zonder.at("/paths/~1organisaties/get");
    List<JsonNode> behouden = new ArrayList<>();
    lijst.get("parameters").forEach(p -> {
      if (!p.path("name").asString().startsWith("pagina")) {
        behouden.add(p);
      }
    });
    lijst.putArray("parameters").addAll(behouden);
    assertThat(afwijkingen(zonder)).anyMatch(a -> a.startsWith("GET /organisaties"));

    // a new list answered whole
    ObjectNode nieuw = (ObjectNode) document.deepCopy();
    ((ObjectNode) nieuw.get("paths")).set("/regios/{regio}/nieuwe-lijst",
        nieuw.at("/paths/~1azc-locaties").deepCopy());
    assertThat(ongepagineerdeLijsten(nieuw)).contains("/regios/{regio}/nieuwe-lijst");
  }

  @Test
  void elkeSchemanaamHoortBijEenType() {
    Map<String, Set<String>> perNaam = new TreeMap<>();
    Set<Class<?>> gezien = new HashSet<>();
    mappings.getHandlerMethods().forEach((info, method) -> {
      if (!method.getBeanType().getPackageName().startsWith("nl.doorlopendelijn")
          || info.getPatternsCondition().getPatterns().stream().noneMatch(p -> p.getPatternString().startsWith("/api/"))) {
        return;
      }
      verzamel(method.getMethod().getGenericReturnType(), perNaam, gezien);
      for (MethodParameter p : method.getMethodParameters()) {
        if (p.hasParameterAnnotation(RequestBody.class)) {
          verzamel(p.getGenericParameterType(), perNaam, gezien);
        }
      }
      var operatie = method.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
      if (operatie != null) {
        for (var antwoord : operatie.responses()) {
          for (var inhoud : antwoord.content()) {
            verzamel(inhoud.schema().implementation(), perNaam, gezien);
          }
        }
      }
    });
    assertThat(perNaam).isNotEmpty();
    assertThat(perNaam.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::toString).toList())
        .as("schema names shared by more than one type").isEmpty();
  }

  /** Every way the document could hold a second paging shape. */
  static List<String> afwijkingen(JsonNode doc) {
    List<String> fouten = new ArrayList<>();
    JsonNode schemas = doc.at("/components/schemas");
    List<String> leden = new ArrayList<>(schemas.path("Paginering").path("properties").propertyNames());
    if (!leden.equals(VIER)) {
      fouten.add("Paginering has " + leden + ", not " + VIER);
    }
    for (String naam : schemas.propertyNames()) {
      JsonNode properties = schemas.get(naam).path("properties");
      if (!naam.equals("Paginering")) {
        Set<String> alsBlok = new TreeSet<>(properties.propertyNames());
        alsBlok.retainAll(PAGINALEDEN);
        if (alsBlok.size() >= 2) {
          fouten.add(naam + " looks like a paging block of its own: " + alsBlok);
        }
      }
      for (String property : properties.propertyNames()) {
        if (ALS_PAGINERING.matcher(property).matches() && !naam.equals("Paginering")
            && !(REF + "Paginering").equals(properties.get(property).path("$ref").asString(""))) {
          fouten.add(naam + "." + property + " is not a $ref to Paginering: " + properties.get(property));
        }
      }
    }
    doc.path("paths").properties().forEach(pad -> {
      JsonNode get = pad.getValue().path("get");
      if (get.isMissingNode()) {
        return;
      }
      Set<String> query = queryParameters(get);
      JsonNode antwoord = schema(doc, get);
      boolean gepagineerd = antwoord.path("properties").has("paginering");
      boolean vraagtPagina = query.contains("pagina") || query.contains("paginaGrootte");
      if (gepagineerd && !query.containsAll(List.of("pagina", "paginaGrootte"))) {
        fouten.add("GET " + pad.getKey() + " answers paginering but does not take pagina and paginaGrootte");
      }
      if (vraagtPagina && !gepagineerd) {
        fouten.add("GET " + pad.getKey() + " takes a page but answers no paginering");
      }
      if (gepagineerd && arrays(antwoord) != 1) {
        fouten.add("GET " + pad.getKey() + " answers paginering beside " + arrays(antwoord) + " lists");
      }
    });
    return fouten;
  }

  /** GET paths whose answer is one list and nothing else (beside the source of a reference list), unpaged. */
  static Set<String> ongepagineerdeLijsten(JsonNode doc) {
    Set<String> lijsten = new TreeSet<>();
    doc.path("paths").properties().forEach(pad -> {
      JsonNode antwoord = schema(doc, pad.getValue().path("get"));
      // a national reference list names its source beside it (azc-locaties: bron); it is still a whole list
      int leden = antwoord.path("properties").size() - (antwoord.path("properties").has("bron") ? 1 : 0);
      if (leden == 1 && arrays(antwoord) == 1) {
        lijsten.add(pad.getKey());
      }
    });
    return lijsten;
  }

  static Set<String> gepagineerdeLijsten(JsonNode doc) {
    Set<String> lijsten = new TreeSet<>();
    doc.path("paths").properties().forEach(pad -> {
      if (schema(doc, pad.getValue().path("get")).path("properties").has("paginering")) {
        lijsten.add(pad.getKey());
      }
    });
    return lijsten;
  }

  private static long arrays(JsonNode schema) {
    List<JsonNode> properties = new ArrayList<>();
    schema.path("properties").forEach(properties::add);
    return properties.stream().filter(p -> "array".equals(p.path("type").asString(""))).count();
  }

  private static Set<String> queryParameters(JsonNode operatie) {
    Set<String> namen = new TreeSet<>();
    operatie.path("parameters").forEach(p -> {
      if ("query".equals(p.path("in").asString(""))) {
        namen.add(p.path("name").asString());
      }
    });
    return namen;
  }

  /** The JSON schema of a 200 answer, its $ref resolved; missing when there is none. */
  private static JsonNode schema(JsonNode doc, JsonNode operatie) {
    JsonNode schema = operatie.at("/responses/200/content/application~1json/schema");
    String ref = schema.path("$ref").asString("");
    return ref.startsWith(REF) ? doc.at("/components/schemas/" + ref.substring(REF.length())) : schema;
  }

  /** The API's own types reachable from a type, by the schema name springdoc gives them. */
  private static void verzamel(Type type, Map<String, Set<String>> perNaam, Set<Class<?>> gezien) {
    if (type instanceof ParameterizedType p) {
      verzamel(p.getRawType(), perNaam, gezien);
      for (Type argument : p.getActualTypeArguments()) {
        verzamel(argument, perNaam, gezien);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        verzamel(bound, perNaam, gezien);
      }
    } else if (type instanceof Class<?> c) {
      if (c.isArray()) {
        verzamel(c.getComponentType(), perNaam, gezien);
        return;
      }
      if (!c.getName().startsWith("nl.doorlopendelijn.") || c.isEnum() || !gezien.add(c)) {
        return;
      }
      var schema = c.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
      String naam = schema != null && !schema.name().isEmpty() ? schema.name() : c.getSimpleName();
      perNaam.computeIfAbsent(naam, n -> new TreeSet<>()).add(c.getName());
      if (c.isRecord()) {
        for (RecordComponent component : c.getRecordComponents()) {
          verzamel(component.getGenericType(), perNaam, gezien);
        }
      } else {
        for (Field field : c.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers())) {
            verzamel(field.getGenericType(), perNaam, gezien);
          }
        }
      }
    }
  }
}
