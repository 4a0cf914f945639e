package nl.doorlopendelijn.azc;

import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.ModuleTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Managing azc-locaties, as the azc module alone with what it uses (audit, tenancy, web) and the Keycloak adapter for
 * real tokens: operators only, If-Match, all validation errors at once.
 */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"keycloak", "web"})
@AutoConfigureWebTestClient(timeout = "30s")
class AzcLocatieBeheerTest {

  private static final TestIssuers issuers = TestIssuers.shared();

  @Autowired
  WebTestClient web;

  @Test
  void platformbeheerderVoegtToeEnWijzigtMetIfMatch() {
    String code = "AZC-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String operator = issuers.platformOperator();
    web.post().uri("/api/v1/azc-locaties").headers(h -> h.setBearerAuth(operator))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("code", code, "naam", "azc Test", "plaats", "Test", "coaRegio", "Zuid")).exchange()
        .expectStatus().isCreated().expectHeader().valueEquals("ETag", "\"1\"");
    Map<String, Object> wijziging = Map.of("naam", "azc Test 2", "plaats", "Test", "coaRegio", "Zuid", "actief", false);
    web.put().uri("/api/v1/azc-locaties/" + code).headers(h -> h.setBearerAuth(operator))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(wijziging).exchange().expectStatus().isEqualTo(428);
    web.put().uri("/api/v1/azc-locaties/" + code).headers(h -> {
      h.setBearerAuth(operator);
      h.setIfMatch("\"1\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(wijziging).exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.naam").isEqualTo("azc Test 2").jsonPath("$.actief").isEqualTo(false);
    web.put().uri("/api/v1/azc-locaties/" + code).headers(h -> {
      h.setBearerAuth(operator);
      h.setIfMatch("\"1\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(wijziging).exchange().expectStatus().isEqualTo(412);
    web.post().uri("/api/v1/azc-locaties").headers(h -> h.setBearerAuth(operator))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("code", "fout")).exchange()
        .expectStatus().isBadRequest().expectBody().jsonPath("$.invalidParams.length()").isEqualTo(4);
  }

  @Test
  void alleenPlatformbeheerdersBeherenAzcLocaties() {
    for (String token : new String[] {issuers.regioCoordinator(TestIssuers.HART_VAN_BRABANT),
        issuers.coaLiaison("AZC-OISTERWIJK")}) {
      web.post().uri("/api/v1/azc-locaties").headers(h -> h.setBearerAuth(token))
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("code", "AZC-NIET", "naam", "x", "plaats", "x", "coaRegio", "x")).exchange()
          .expectStatus().isNotFound();
      web.put().uri("/api/v1/azc-locaties/AZC-OISTERWIJK").headers(h -> {
        h.setBearerAuth(token);
        h.setIfMatch("\"1\"");
      }).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(Map.of("naam", "x", "plaats", "x", "coaRegio", "x")).exchange().expectStatus().isNotFound();
    }
  }
}
