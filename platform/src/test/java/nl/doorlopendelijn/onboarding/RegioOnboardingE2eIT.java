package nl.doorlopendelijn.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.keycloak.provisioning.RealmFactory;
import nl.doorlopendelijn.keycloak.provisioning.RealmRoles;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.keycloak.DemoUsers;
import nl.doorlopendelijn.testsupport.keycloak.E2eRegions;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakLauncher;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakPlatformTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A region's life through the API, against the real Keycloak: onboarded (realm and rows, trusted at once, without
 * a restart), used by a user of its new realm, deactivated (logins and API access stop), exported and purged.
 * The steps build on each other, in order.
 */
@KeycloakPlatformTest
@Order(3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegioOnboardingE2eIT {

  private static final JsonMapper JSON = new JsonMapper();
  private static final KeycloakLauncher keycloak = KeycloakLauncher.shared();
  private static final String SLUG = E2eRegions.uniqueSlug("kempen");
  private static final String BEHEER = "/api/v1/beheer/regios";
  private static String operator;
  private static String medewerkerToken;

  @Autowired
  WebTestClient web;

  private static String operator() {
    if (operator == null) {
      operator = keycloak.passwordGrant(RealmFactory.PLATFORM_REALM, "operator", DemoUsers.PASSWORD);
    }
    return operator;
  }

  @Test
  @Order(1)
  void ongeldigeDescriptorGeeftAlleFoutenTegelijk() {
    Map<String, Object> d = new LinkedHashMap<>(E2eRegions.descriptor(SLUG));
    d.put("slug", "Niet Kebab");
    d.put("azcLocaties", List.of("AZC-NERGENS", "AZC-BUDEL"));
    d.remove("normen");

    web.post().uri(BEHEER).headers(h -> h.setBearerAuth(operator())).bodyValue(d).exchange()
        .expectStatus().isBadRequest()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.invalidParams[?(@.name == 'slug')]").exists()
        .jsonPath("$.invalidParams[?(@.name == 'normen')]").exists()
        .jsonPath("$.invalidParams[?(@.name == 'azcLocaties[0]')].code").isEqualTo("unknown")
        .jsonPath("$.invalidParams[?(@.name == 'issuer')].code").isEqualTo("mismatch");
  }

  @Test
  @Order(2)
  void regioAlsCodeKanNietViaDeApiWordenAangemeld() {
    Map<String, Object> d = new LinkedHashMap<>(E2eRegions.descriptor("hart-van-brabant"));
    web.post().uri(BEHEER).headers(h -> h.setBearerAuth(operator())).bodyValue(d).exchange()
        .expectStatus().isEqualTo(409)
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    web.post().uri(BEHEER + "/hart-van-brabant/deactiveringen").headers(h -> h.setBearerAuth(operator())).exchange()
        .expectStatus().isEqualTo(409);
  }

  @Test
  @Order(3)
  void alleenDePlatformbeheerderMagAanmelden() {
    for (String token : List.of(
        keycloak.passwordGrant("hart-van-brabant", "hvb-coordinator", DemoUsers.PASSWORD),
        keycloak.passwordGrant(RealmFactory.COA_REALM, "coa-oisterwijk", DemoUsers.PASSWORD))) {
      web.post().uri(BEHEER).headers(h -> h.setBearerAuth(token)).bodyValue(E2eRegions.descriptor(SLUG)).exchange()
          .expectStatus().isForbidden()
          .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
  }

  @Test
  @Order(4)
  void aanmeldenMaaktRealmEnRegioEnHerhalenVerandertNiets() {
    String first = web.post().uri(BEHEER).headers(h -> h.setBearerAuth(operator()))
        .bodyValue(E2eRegions.descriptor(SLUG)).exchange()
        .expectStatus().isCreated()
        .expectHeader().valueEquals("Location", BEHEER + "/" + SLUG)
        .expectBody(String.class).returnResult().getResponseBody();
    String again = web.post().uri(BEHEER).headers(h -> h.setBearerAuth(operator()))
        .bodyValue(E2eRegions.descriptor(SLUG)).exchange()
        .expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();

    assertThat(again).isEqualTo(first).contains("\"status\":\"actief\"", "\"bron\":\"api\"",
        keycloak.issuer(SLUG));
    try (var admin = keycloak.adminClient()) {
      var realm = admin.realm(SLUG).toRepresentation();
      assertThat(realm.isEnabled()).isTrue();
      assertThat(admin.realm(SLUG).roles().list()).extracting(r -> r.getName())
          .contains(RealmRoles.REGIO_COORDINATOR, RealmRoles.GEMEENTE_MEDEWERKER, RealmRoles.DASHBOARD_VIEWER);
    }
    web.get().uri(BEHEER + "/" + SLUG + "/descriptor").headers(h -> h.setBearerAuth(operator())).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.slug").isEqualTo(SLUG)
        .jsonPath("$.issuer").isEqualTo("{keycloak}/realms/" + SLUG)
        .jsonPath("$.gemeenten.length()").isEqualTo(3)
        .jsonPath("$.azcLocaties[0]").isEqualTo("AZC-BUDEL");
  }

  @Test
  @Order(5)
  void andereBeschrijvingOnderDezelfdeNaamIsEenConflict() {
    Map<String, Object> d = new LinkedHashMap<>(E2eRegions.descriptor(SLUG));
    d.put("naam", "Een andere naam");
    web.post().uri(BEHEER).headers(h -> h.setBearerAuth(operator())).bodyValue(d).exchange()
        .expectStatus().isEqualTo(409);
  }

  @Test
  @Order(6)
  void gebruikerVanDeNieuweRealmWordtMeteenVertrouwdVoorAlleenDieRegio() {
    E2eRegions.createUser(keycloak, SLUG, "eersel-medewerker", RealmRoles.GEMEENTE_MEDEWERKER,
        Map.of(RealmFactory.GEMEENTE_ATTRIBUTE, "GM0770"));
    medewerkerToken = keycloak.passwordGrant(SLUG, "eersel-medewerker", DemoUsers.PASSWORD);
    assertThat(E2eRegions.claims(medewerkerToken).path("gemeente").asString()).isEqualTo("GM0770");

    web.get().uri("/api/v1/regios/" + SLUG).headers(h -> h.setBearerAuth(medewerkerToken)).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.slug").isEqualTo(SLUG);
    web.get().uri("/api/v1/regios/" + SLUG + "/gemeenten").headers(h -> h.setBearerAuth(medewerkerToken)).exchange()
        .expectStatus().isOk().expectBody()
        .jsonPath("$.gemeenten.length()").isEqualTo(3)
        .jsonPath("$.gemeenten[?(@.cbsCode == 'GM0770')].naam").isEqualTo("Eersel");
    web.get().uri("/api/v1/regios/hart-van-brabant").headers(h -> h.setBearerAuth(medewerkerToken)).exchange()
        .expectStatus().isNotFound();
    String hvb = keycloak.passwordGrant("hart-van-brabant", "hvb-coordinator", DemoUsers.PASSWORD);
    web.get().uri("/api/v1/regios/" + SLUG).headers(h -> h.setBearerAuth(hvb)).exchange()
        .expectStatus().isNotFound();
  }

  @Test
  @Order(7)
  void exporterenEnVerwijderenKanPasNaDeactiveren() {
    web.get().uri(BEHEER + "/" + SLUG + "/export").headers(h -> h.setBearerAuth(operator())).exchange()
        .expectStatus().isEqualTo(409);
    web.delete().uri(BEHEER + "/" + SLUG).headers(h -> h.setBearerAuth(operator())).exchange()
        .expectStatus().isEqualTo(409);
  }

  @Test
  @Order(8)
  void deactiverenStoptLoginsEnApiToegangMeteen() {
    for (int i = 0; i < 2; i++) { // idempotent
      web.post().uri(BEHEER + "/" + SLUG + "/deactiveringen").headers(h -> h.setBearerAuth(operator())).exchange()
          .expectStatus().isOk()
          .expectBody().jsonPath("$.status").isEqualTo("gedeactiveerd");
    }

    web.get().uri("/api/v1/regios/" + SLUG).headers(h -> h.setBearerAuth(medewerkerToken)).exchange()
        .expectStatus().isUnauthorized();
    assertThatThrownBy(() -> keycloak.passwordGrant(SLUG, "eersel-medewerker", DemoUsers.PASSWORD))
        .hasMessageContaining("answered");
    try (var admin = keycloak.adminClient()) {
      assertThat(admin.realm(SLUG).toRepresentation().isEnabled()).isFalse();
    }
  }

  @Test
  @Order(9)
  void exportBevatAlleRijenVanDeRegio() {
    String ndjson = web.get().uri(BEHEER + "/" + SLUG + "/export").headers(h -> h.setBearerAuth(operator()))
        .exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
        .expectBody(String.class).returnResult().getResponseBody();

    List<JsonNode> lines = ndjson.lines().map(JSON::readTree).toList();
    assertThat(lines.get(0).path("tabel").asString()).isEqualTo("regio");
    assertThat(lines.get(0).path("rij").path("slug").asString()).isEqualTo(SLUG);
    assertThat(lines).filteredOn(l -> l.path("tabel").asString().equals("regio_gemeente"))
        .extracting(l -> l.path("rij").path("cbs_code").asString())
        .containsExactlyInAnyOrder("GM1724", "GM0770", "GM0823");
    assertThat(lines).filteredOn(l -> l.path("tabel").asString().equals("regio_azc"))
        .extracting(l -> l.path("rij").path("azc_code").asString()).containsExactly("AZC-BUDEL");
  }

  @Test
  @Order(10)
  void verwijderenLaatAlleenDeAuditrecordsAchter() throws SQLException {
    web.delete().uri(BEHEER + "/" + SLUG).headers(h -> h.setBearerAuth(operator())).exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.status").isEqualTo("verwijderd")
        .jsonPath("$.verwijderdeRijen.regio_gemeente").isEqualTo(3)
        .jsonPath("$.verwijderdeRijen.regio_azc").isEqualTo(1)
        .jsonPath("$.verwijderdeRijen.audit_record").doesNotExist();
    web.delete().uri(BEHEER + "/" + SLUG).headers(h -> h.setBearerAuth(operator())).exchange()
        .expectStatus().isEqualTo(409);
    web.get().uri(BEHEER + "/" + SLUG).headers(h -> h.setBearerAuth(operator())).exchange()
        .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("verwijderd");

    String tenant = Region.idFor(SLUG).toString();
    try (Connection c = TestDatabase.shared().connectAsApp()) {
      c.setAutoCommit(false);
      try (var bind = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        bind.setString(1, tenant);
        bind.execute();
      }
      assertThat(count(c, "select count(*) from regio_gemeente where tenant_id = '" + tenant + "'")).isZero();
      assertThat(count(c, "select count(*) from regio_azc where tenant_id = '" + tenant + "'")).isZero();
      assertThat(strings(c, "select actie from audit_record where tenant_id = '" + tenant + "'"))
          .containsExactly("regio.verwijderen");
      c.rollback();
    }
    try (Connection c = TestDatabase.shared().connectAsApp()) { // no tenant bound: the platform's audit records
      assertThat(strings(c, "select actie from audit_record where object_ids @> array['" + SLUG + "'] order by id"))
          .containsExactly("regio.onboarden", "regio.onboarden", "regio.deactiveren", "regio.deactiveren",
              "regio.exporteren", "regio.verwijderen");
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (var rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> result = new ArrayList<>();
    try (var rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        result.add(rs.getString(1));
      }
    }
    return result;
  }
}
