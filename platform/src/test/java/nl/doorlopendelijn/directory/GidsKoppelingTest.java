package nl.doorlopendelijn.directory;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A user and her own gids entry (issue 14): she claims it once, an editor of its organisation (not she herself)
 * confirms or rejects; one link per user and per entry (409); only an entry of her own organisation; audited with
 * ids only. Never by e-mail: the users here have none.
 */
@PlatformTest
class GidsKoppelingTest {

  private static final TestIssuers issuers = TestIssuers.shared();

  @Autowired
  WebTestClient web;

  /** A gemeente-medewerker of Tilburg of her own (a subject no other test uses). */
  private static String medewerker(String gemeente) {
    return issuers.token(HART_VAN_BRABANT, "medewerker-" + gemeente + "-" + UUID.randomUUID(),
        List.of("gemeente-medewerker"), Map.of("gemeente", gemeente));
  }

  private WebTestClient.ResponseSpec post(String token, String pad) {
    return web.post().uri(pad).headers(h -> h.setBearerAuth(token)).exchange();
  }

  private WebTestClient.ResponseSpec get(String token, String pad) {
    return web.get().uri(pad).headers(h -> h.setBearerAuth(token)).exchange();
  }

  @Test
  void zijClaimtHaarVermeldingEnHaarRedacteurBevestigt() throws Exception {
    String sanne = medewerker("GM0855");
    String collega = medewerker("GM0855");
    UUID eigen = TestContactpersonen.vanGemeente("GM0855");
    UUID ander = TestContactpersonen.vanGemeente("GM0855");
    String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);

    get(sanne, "/api/v1/mijn/koppeling").expectStatus().isNotFound();
    post(sanne, "/api/v1/contactpersonen/" + eigen + "/koppelingen").expectStatus().isCreated()
        .expectHeader().valueEquals("Location", "/api/v1/mijn/koppeling")
        .expectBody().jsonPath("$.contactpersoonId").isEqualTo(eigen.toString())
        .jsonPath("$.status").isEqualTo("aangevraagd");
    get(sanne, "/api/v1/mijn/koppeling").expectStatus().isOk().expectBody()
        .jsonPath("$.status").isEqualTo("aangevraagd");
    // not confirmed yet: no entry of her own
    get(sanne, "/api/v1/mijn/contactpersoon").expectStatus().isNotFound();

    // once: again, or another entry, or someone else on this entry: 409
    post(sanne, "/api/v1/contactpersonen/" + eigen + "/koppelingen").expectStatus().isEqualTo(409);
    post(sanne, "/api/v1/contactpersonen/" + ander + "/koppelingen").expectStatus().isEqualTo(409);
    post(collega, "/api/v1/contactpersonen/" + eigen + "/koppelingen").expectStatus().isEqualTo(409);

    // she does not confirm her own claim, although she edits her gemeente's entries; Dongen and a viewer neither
    post(sanne, "/api/v1/contactpersonen/" + eigen + "/koppelingen/bevestigingen").expectStatus().isForbidden();
    post(medewerker("GM0766"), "/api/v1/contactpersonen/" + eigen + "/koppelingen/bevestigingen")
        .expectStatus().isForbidden();
    post(issuers.dashboardViewer(HART_VAN_BRABANT), "/api/v1/contactpersonen/" + eigen
        + "/koppelingen/bevestigingen").expectStatus().isForbidden();
    assertThat(teBevestigen(sanne)).doesNotContain(eigen.toString());
    assertThat(teBevestigen(collega)).contains(eigen.toString());
    assertThat(teBevestigen(medewerker("GM0766"))).doesNotContain(eigen.toString());

    // her editor (the coördinator of the region) confirms; once
    post(coordinator, "/api/v1/contactpersonen/" + eigen + "/koppelingen/bevestigingen").expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("bevestigd").jsonPath("$.bevestigdOp").isNotEmpty();
    post(collega, "/api/v1/contactpersonen/" + eigen + "/koppelingen/bevestigingen").expectStatus().isEqualTo(409);
    get(sanne, "/api/v1/mijn/contactpersoon").expectStatus().isOk().expectBody()
        .jsonPath("$.id").isEqualTo(eigen.toString());
    assertThat(teBevestigen(coordinator)).doesNotContain(eigen.toString());

    // the refused second claims and the second confirmation (409) left nothing: their work rolled back
    assertThat(audit(eigen)).containsExactly("contactpersoon.claimen gelukt",
        "contactpersoon.koppeling-bevestigen geweigerd", "contactpersoon.koppeling-bevestigen geweigerd",
        "contactpersoon.koppeling-bevestigen geweigerd", "contactpersoon.koppeling-bevestigen gelukt");
  }

  @Test
  void eenAfgewezenClaimVervaltEnAlleenDeEigenOrganisatieIsTeClaimen() {
    String jan = medewerker("GM0855");
    UUID tilburg = TestContactpersonen.vanGemeente("GM0855");
    UUID dongen = TestContactpersonen.vanGemeente("GM0766");
    UUID azc = TestContactpersonen.nieuw("AZC-OISTERWIJK");

    post(jan, "/api/v1/contactpersonen/" + dongen + "/koppelingen").expectStatus().isForbidden();
    post(jan, "/api/v1/contactpersonen/" + azc + "/koppelingen").expectStatus().isForbidden();
    post(issuers.platformOperator(), "/api/v1/contactpersonen/" + tilburg + "/koppelingen")
        .expectStatus().isForbidden();
    post(jan, "/api/v1/contactpersonen/" + UUID.randomUUID() + "/koppelingen").expectStatus().isNotFound();
    // a COA liaison claims an entry of her azc
    String liaison = issuers.token("coa", "liaison-claim-" + UUID.randomUUID(), List.of("coa-liaison"),
        Map.of("azc", "AZC-OISTERWIJK"));
    post(liaison, "/api/v1/contactpersonen/" + azc + "/koppelingen").expectStatus().isCreated();

    post(jan, "/api/v1/contactpersonen/" + tilburg + "/koppelingen").expectStatus().isCreated();
    post(medewerker("GM0855"), "/api/v1/contactpersonen/" + tilburg + "/koppelingen/afwijzingen")
        .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("afgewezen");
    get(jan, "/api/v1/mijn/koppeling").expectStatus().isNotFound();
    post(jan, "/api/v1/contactpersonen/" + tilburg + "/koppelingen/afwijzingen").expectStatus().isNotFound();
    // free again
    post(jan, "/api/v1/contactpersonen/" + tilburg + "/koppelingen").expectStatus().isCreated();
  }

  @SuppressWarnings("unchecked")
  private List<String> teBevestigen(String token) {
    Map<String, Object> body = get(token, "/api/v1/contactpersoon-koppelingen").expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    return ((List<Map<String, Object>>) body.get("koppelingen")).stream()
        .map(k -> (String) k.get("contactpersoonId")).toList();
  }

  /** The platform audit of the link about this entry: "actie resultaat", in order; never a name or issuer. */
  private static List<String> audit(UUID id) throws Exception {
    List<String> regels = new ArrayList<>();
    try (Connection c = TestDatabase.shared().connectAsOwner(); PreparedStatement s = c.prepareStatement("""
        select actie, resultaat, object_ids::text from audit_record
        where tenant_id = platform_tenant() and object_ids @> array[cast(? as text)]
          and actie in ('contactpersoon.claimen', 'contactpersoon.koppeling-bevestigen',
                        'contactpersoon.koppeling-afwijzen')
        order by id""")) {
      s.setString(1, id.toString());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          regels.add(rs.getString(1) + " " + rs.getString(2));
          assertThat(rs.getString(3)).doesNotContain("Test", "http");
        }
      }
    }
    return regels;
  }
}
