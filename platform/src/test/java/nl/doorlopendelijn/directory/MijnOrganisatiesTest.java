package nl.doorlopendelijn.directory;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * {@code /mijn/organisaties}: the organisations whose contacts the caller may change, by the rule the changes are
 * checked by (the pages show their edit buttons from it): a liaison her azc, a medewerker her gemeente, a
 * coördinator her region's gemeenten; a dashboard-viewer is refused like every read of the gids.
 */
@PlatformTest
class MijnOrganisatiesTest {

  private static final TestIssuers issuers = TestIssuers.shared();

  @Autowired
  WebTestClient web;

  /** One field of every organisation in the caller's answer (nulls left out: a gemeente has no azc code). */
  private List<String> bewerkbaar(String token, String veld) {
    String json = web.get().uri("/api/v1/mijn/organisaties").headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    List<Object> waarden = com.jayway.jsonpath.JsonPath.read(json, "$.organisaties[*]." + veld);
    return waarden.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
  }

  @Test
  void elkeRolZietDeOrganisatiesDieZijMagBijhouden() {
    TestContactpersonen.vanGemeente("GM0855"); // Tilburg's organisation is in the gids
    TestContactpersonen.vanGemeente("GM0766");
    assertThat(bewerkbaar(issuers.coaLiaison("AZC-OISTERWIJK"), "azcCode")).containsExactly("AZC-OISTERWIJK");
    assertThat(bewerkbaar(issuers.coaLiaison("AZC-OISTERWIJK"), "cbsCode")).isEmpty();
    assertThat(bewerkbaar(issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855"), "cbsCode"))
        .containsExactly("GM0855");
    assertThat(bewerkbaar(issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855"), "azcCode")).isEmpty();
    assertThat(bewerkbaar(issuers.regioCoordinator(HART_VAN_BRABANT), "cbsCode"))
        .contains("GM0855", "GM0766").doesNotContain("GM0828");
    web.get().uri("/api/v1/mijn/organisaties")
        .headers(h -> h.setBearerAuth(issuers.dashboardViewer(HART_VAN_BRABANT))).exchange()
        .expectStatus().isForbidden();
  }
}
