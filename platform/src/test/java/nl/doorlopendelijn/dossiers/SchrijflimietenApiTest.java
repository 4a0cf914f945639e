package nl.doorlopendelijn.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.PlatformTestInitializer;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The limit on writes in the running platform (web.Schrijflimieten), with a limit of 3 a minute per user in a context
 * of its own: a coördinator's fourth new dossier within the minute is a 429 problem with Retry-After, and it was not
 * made.
 */
@PlatformTest
@TestPropertySource(properties = PlatformTestInitializer.EIGEN_SCHRIJFLIMIET + "=3")
class SchrijflimietenApiTest {

  @Autowired
  WebTestClient web;

  @Test
  void deVierdeSchrijfactieVanEenMinuutIs429EnGebeurtNiet() throws Exception {
    String subject = "limiet-" + UUID.randomUUID();
    String token = TestIssuers.shared().token(TestIssuers.HART_VAN_BRABANT, subject, List.of("regio-coordinator"),
        Map.of());
    List<Integer> statussen = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      var antwoord = web.post().uri("/api/v1/regios/hart-van-brabant/dossiers")
          .headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
          .bodyValue(DossierApi.invoer("GM0855", "AZC-OISTERWIJK", UUID.randomUUID()))
          .exchange().returnResult(String.class);
      statussen.add(antwoord.getStatus().value());
      if (i == 3) {
        assertThat(antwoord.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(antwoord.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
            .as("3 a minute: the next one after at most 20 s").isBetween(1L, 20L);
      }
    }
    assertThat(statussen).containsExactly(201, 201, 201, 429);
    try (var c = TestDatabase.shared().connectAsOwner();
        var ps = c.prepareStatement("select count(*) from audit_record where actor = ? and actie = 'dossier.aanmaken'")) {
      ps.setString(1, subject);
      try (var rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getLong(1)).as("dossiers made: the three let through").isEqualTo(3);
      }
    }
  }
}
