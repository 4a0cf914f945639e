package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.UUID;
import nl.doorlopendelijn.dashboard.suppression.Onderdrukking;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.TenantTransactions;
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
 * Azc from anywhere (issue 13): a dossier may come from any location of the national list, whatever azc's the region
 * lists; the dashboard's regioplaatsing counts only the region's own azc. The list is a dated COA snapshot with its
 * source, with a location type for those who wait elsewhere, kept up to date by the platform operator.
 */
@PlatformTest
class AzcVanOveralTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String HVB_DOSSIERS = "/api/v1/regios/hart-van-brabant/dossiers";

  @Autowired
  WebTestClient web;

  @Autowired
  TenantTransactions tx;

  @Autowired
  DatabaseClient db;

  private final String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);

  @Test
  @DisplayName("\"Inmiddels komt zo’n 70% van de inburgeraars uit het azc Oisterwijk.\": een dossier uit een azc"
      + " buiten de lijst van de regio wordt aangenomen, en het aandeel regioplaatsing telt het niet mee")
  void eenDossierUitEenAzcBuitenDeRegioWordtAangenomenEnTeltNietAlsRegioplaatsing() {
    // azc Gilze is not one of Hart van Brabant's azcLocaties (only AZC-OISTERWIJK is)
    Map<String, Object> dossier = new DossierApi(web).maak(coordinator, HART_VAN_BRABANT, "GM0855", "AZC-GILZE",
        UUID.randomUUID());
    assertThat(dossier.get("azcLocatie")).isEqualTo("AZC-GILZE");
    assertThat(azcVanFeit((String) dossier.get("id"))).as("the dashboard's fact names the azc").isEqualTo("AZC-GILZE");

    // the dashboard has caught up when it shows what its facts say (other tests' dossiers included): the dossier
    // from Gilze among the other azc's, not among the region's own
    JsonNode na = wachtOp(d -> aantalVanAzc(d, "overige-azcs") == feiten(false)
        && aantalVanAzc(d, "AZC-OISTERWIJK") == feiten(true));
    long oisterwijk = feiten(true);
    long totaal = na.get("dossiers").get("waarde").asLong();
    assertThat(totaal).isEqualTo(oisterwijk + feiten(false));
    BigDecimal regioplaatsing = na.get("regioplaatsing").get("waarde").decimalValue();
    assertThat(regioplaatsing).isEqualByComparingTo(Onderdrukking.procent(oisterwijk, totaal));
    assertThat(regioplaatsing).isLessThan(BigDecimal.valueOf(100));
  }

  /** Hart van Brabant's dossiers by the dashboard's own facts: from its own azc (regioplaatsing), or from another. */
  private long feiten(boolean vanEigenAzc) {
    UUID tenant = Region.idFor(HART_VAN_BRABANT);
    return tx.read(tenant, db.sql("select count(*) as n from dashboard_dossier_feit where tenant_id = :t"
                + " and (azc_code = 'AZC-OISTERWIJK') = :eigen")
            .bind("t", tenant).bind("eigen", vanEigenAzc).map((row, meta) -> row.get("n", Long.class)).one())
        .block(Duration.ofSeconds(10));
  }

  private String azcVanFeit(String dossierId) {
    UUID tenant = Region.idFor(HART_VAN_BRABANT);
    return tx.read(tenant, db.sql("select azc_code from dashboard_dossier_feit where tenant_id = :t and dossier_id = :d")
            .bind("t", tenant).bind("d", UUID.fromString(dossierId)).map((row, meta) -> row.get("azc_code", String.class))
            .one())
        .block(Duration.ofSeconds(10));
  }

  @Test
  void eenLocatieBuitenDeLandelijkeLijstOfEenBeeindigdeLocatieGeeft400() {
    String code = nieuweLocatie("azc", "GM0855", 51.56, 5.08);
    String operator = issuers.platformOperator();
    web.put().uri("/api/v1/azc-locaties/" + code).headers(h -> {
      h.setBearerAuth(operator);
      h.setIfMatch("\"1\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("naam", "azc Test", "plaats", "Tilburg",
        "coaRegio", "Zuid", "gemeente", "GM0855", "breedtegraad", 51.56, "lengtegraad", 5.08, "actief", false))
        .exchange().expectStatus().isOk().expectBody().jsonPath("$.actief").isEqualTo(false);

    for (var geval : List.of(new String[] {"AZC-BESTAAT-NIET", "unknown"}, new String[] {code, "ended"})) {
      web.post().uri(HVB_DOSSIERS).headers(h -> h.setBearerAuth(coordinator)).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(DossierApi.invoer("GM0855", geval[0], UUID.randomUUID())).exchange()
          .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .expectBody().jsonPath("$.invalidParams[0].name").isEqualTo("azcLocatie")
          .jsonPath("$.invalidParams[0].code").isEqualTo(geval[1]);
    }
  }

  @Test
  @DisplayName("\"inburgeraars die al wel gekoppeld zijn aan de gemeente maar nog geen huisvesting hebben\": wie"
      + " elders wacht dan in een azc, zoals in een gemeentelijke opvang, heeft een locatie van dat type")
  void wieInEenGemeentelijkeOpvangWachtKrijgtEenDossierBijDieLocatie() {
    String code = nieuweLocatie("gemeentelijke-opvang", "GM0766", 51.63, 4.94);

    JsonNode lijst = lijst("?type=gemeentelijke-opvang");
    assertThat(lijst.get("azcLocaties").findValuesAsString("type")).containsOnly("gemeentelijke-opvang");
    JsonNode locatie = locatie(lijst, code);
    assertThat(locatie.get("typeNaam").asString()).isEqualTo("gemeentelijke opvang");
    assertThat(locatie.get("gemeente").asString()).isEqualTo("GM0766");

    Map<String, Object> dossier = new DossierApi(web).maak(coordinator, HART_VAN_BRABANT, "GM0766", code,
        UUID.randomUUID());
    assertThat(dossier.get("azcLocatie")).isEqualTo(code);
  }

  @Test
  void deLandelijkeLijstIsEenGedateerdeMomentopnameVanHetCoaMetBron() {
    JsonNode lijst = lijst("");
    JsonNode bron = lijst.get("bron");
    assertThat(bron.get("url").asString()).isEqualTo("https://www.coa.nl/nl/locaties");
    assertThat(bron.get("naam").asString()).contains("COA");
    assertThat(bron.get("peildatum").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    // the snapshot's own rows, read from its migration (other tests add locations of their own to the list)
    Set<String> momentopname = codesInMomentopname();
    assertThat(momentopname).hasSizeGreaterThanOrEqualTo(50);
    List<JsonNode> azcs = lijst.get("azcLocaties").valueStream()
        .filter(a -> momentopname.contains(a.get("code").asString())).toList();
    assertThat(azcs).extracting(a -> a.get("code").asString()).containsExactlyInAnyOrderElementsOf(momentopname);
    // every azc of the snapshot says in which gemeente it lies and where, so the advice can estimate the distance
    assertThat(azcs).allSatisfy(a -> {
      assertThat(a.get("gemeente").asString()).matches("GM\\d{4}");
      assertThat(a.get("breedtegraad").asDouble()).isBetween(50.5, 53.7);
      assertThat(a.get("lengtegraad").asDouble()).isBetween(3.2, 7.3);
    });
    assertThat(lijst("?actief=false").get("azcLocaties").valueStream().map(a -> a.get("actief").asBoolean()))
        .doesNotContain(true);
  }

  /** The codes the snapshot (V66) inserts: the rows it ships, whatever else the list holds by now. */
  private static Set<String> codesInMomentopname() {
    try (var in = AzcVanOveralTest.class.getResourceAsStream("/db/migration/V66__azc_locaties_landelijk.sql")) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Set<String> codes = new TreeSet<>();
      Matcher m = Pattern.compile("^\\s*\\('(AZC-[A-Z0-9-]+)',", Pattern.MULTILINE).matcher(sql);
      while (m.find()) {
        codes.add(m.group(1));
      }
      return codes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void eenOnbekendTypeOfEenHalveLiggingGeeft400MetAlleFouten() {
    web.get().uri("/api/v1/azc-locaties?type=kamp&actief=soms").headers(h -> h.setBearerAuth(coordinator))
        .exchange().expectStatus().isBadRequest().expectBody()
        .jsonPath("$.invalidParams[*].name").value(n -> assertThat((List<String>) n)
            .containsExactlyInAnyOrder("query:type", "query:actief"));
    web.post().uri("/api/v1/azc-locaties").headers(h -> h.setBearerAuth(issuers.platformOperator()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("code", "AZC-TEST-HALF", "naam", "x", "plaats", "x", "coaRegio", "Zuid", "type", "kamp",
            "gemeente", "0855", "breedtegraad", 12.0))
        .exchange().expectStatus().isBadRequest().expectBody()
        .jsonPath("$.invalidParams[*].name").value(n -> assertThat((List<String>) n)
            .containsExactlyInAnyOrder("type", "gemeente", "lengtegraad", "breedtegraad"));
  }

  /** A location of the national list added by the operator, as she keeps the list up to date. */
  private String nieuweLocatie(String type, String gemeente, double breedte, double lengte) {
    String code = "AZC-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    web.post().uri("/api/v1/azc-locaties").headers(h -> h.setBearerAuth(issuers.platformOperator()))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("code", code, "naam", "Locatie " + code, "plaats", "Ergens", "coaRegio", "Zuid",
            "type", type, "gemeente", gemeente, "breedtegraad", breedte, "lengtegraad", lengte))
        .exchange().expectStatus().isCreated().expectBody().jsonPath("$.type").isEqualTo(type);
    return code;
  }

  private JsonNode lijst(String query) {
    return JSON.readTree(web.get().uri("/api/v1/azc-locaties" + query).headers(h -> h.setBearerAuth(coordinator))
        .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
  }

  private static JsonNode locatie(JsonNode lijst, String code) {
    return lijst.get("azcLocaties").valueStream().filter(a -> a.get("code").asString().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError(code + " staat niet in de lijst"));
  }

  private JsonNode dashboard() {
    return JSON.readTree(web.get().uri("/api/v1/regios/hart-van-brabant/dashboard")
        .headers(h -> h.setBearerAuth(coordinator)).exchange().expectStatus().isOk().expectBody()
        .returnResult().getResponseBody());
  }

  private JsonNode wachtOp(java.util.function.Predicate<JsonNode> klaar) {
    long tot = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    JsonNode laatste = null;
    while (System.nanoTime() < tot) {
      laatste = dashboard();
      if (klaar.test(laatste)) {
        return laatste;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("het dashboard werd niet bijgewerkt: " + laatste);
  }

  private static long aantalVanAzc(JsonNode dashboard, String code) {
    for (JsonNode item : dashboard.get("dossiersPerAzc").get("items")) {
      if (item.get("code").asString().equals(code)) {
        return item.get("aantal").path("waarde").asLong(0);
      }
    }
    throw new AssertionError(code + " staat niet in dossiersPerAzc: " + dashboard.get("dossiersPerAzc"));
  }
}
