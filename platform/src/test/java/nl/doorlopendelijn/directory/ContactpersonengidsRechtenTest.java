package nl.doorlopendelijn.directory;

import static nl.doorlopendelijn.directory.Gids.contact;
import static nl.doorlopendelijn.directory.Gids.issuers;
import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static nl.doorlopendelijn.testsupport.TestIssuers.NOORDOOST_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@PlatformTest
class ContactpersonengidsRechtenTest {

  @Autowired
  WebTestClient web;

  Gids gids;

  @BeforeEach
  void setUp() {
    gids = new Gids(web);
  }

  @Test
  void tilburgseContactpersoonIsLandelijkVindbaarMaarAlleenDoorTilburgTeWijzigen() {
    UUID tilburg = gids.gemeente("GM0855", "Tilburg");
    String naam = "Sjoerd " + Gids.uniek();
    UUID id = gids.contactpersoon(issuers.regioCoordinator(HART_VAN_BRABANT), contact(tilburg, naam,
        "gemeenten", List.of("GM0855"), "regios", List.of("hart-van-brabant")));

    String andereRegio = issuers.regioCoordinator(NOORDOOST_BRABANT);
    String coa = issuers.coaLiaison("AZC-OISTERWIJK");
    for (String lezer : List.of(andereRegio, coa, issuers.gemeenteMedewerker(NOORDOOST_BRABANT, "GM0828"))) {
      assertThat(gids.zoek("q=" + naam, lezer)).containsExactly(naam);
      assertThat(gids.lees(id, lezer)).containsEntry("naam", naam).containsEntry("organisatieNaam", "Gemeente Tilburg");
    }

    for (String nietBevoegd : List.of(andereRegio, coa, issuers.dashboardViewer(HART_VAN_BRABANT),
        issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0784"))) {
      gids.wijzig(id, nietBevoegd, contact(tilburg, naam, "functie", "regievoerder"))
          .expectStatus().isForbidden()
          .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
      gids.deactiveer(id, nietBevoegd, gids.etag(id)).expectStatus().isForbidden();
    }
    assertThat(gids.lees(id, coa)).containsEntry("functie", "klantregisseur");

    gids.wijzig(id, issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855"), contact(tilburg, naam, "functie", "regievoerder"))
        .expectStatus().isOk()
        .expectBody().jsonPath("$.functie").isEqualTo("regievoerder").jsonPath("$.versie").isEqualTo(2);
  }

  @Test
  void coaLiaisonWijzigtContactpersonenVanEigenAzcEnVanGeenAnderAzc() {
    UUID oisterwijk = gids.azc("AZC-OISTERWIJK");
    UUID overloon = gids.azc("AZC-OVERLOON");
    String liaison = issuers.coaLiaison("AZC-OISTERWIJK");

    String naam = "Casemanager " + Gids.uniek();
    UUID eigen = gids.contactpersoon(liaison, contact(oisterwijk, naam, "functie", "COA-casemanager"));
    gids.wijzig(eigen, liaison, contact(oisterwijk, naam, "functie", "COA-casemanager", "talen", List.of("nl", "ar")))
        .expectStatus().isOk();

    gids.maak(liaison, contact(overloon, "Casemanager " + Gids.uniek())).expectStatus().isForbidden();
    UUID vanOverloon = gids.contactpersoon(issuers.coaLiaison("AZC-OVERLOON"), contact(overloon, "Casemanager " + Gids.uniek()));
    gids.wijzig(vanOverloon, liaison, contact(overloon, "Overgenomen")).expectStatus().isForbidden();
    // nor may a liaison move its own contact to another azc
    gids.wijzig(eigen, liaison, contact(overloon, naam)).expectStatus().isForbidden();
    // and a region's coordinator does not edit an azc's contacts
    gids.wijzig(eigen, issuers.regioCoordinator(HART_VAN_BRABANT), contact(oisterwijk, naam)).expectStatus().isForbidden();
  }

  @Test
  void partnerWordtGewijzigdDoorCoordinatorenVanDeRegiosDieHijBedient() {
    UUID partner = gids.partner("Taalschool " + Gids.uniek(), "hart-van-brabant");
    UUID id = gids.contactpersoon(issuers.regioCoordinator(HART_VAN_BRABANT), contact(partner, "Docent " + Gids.uniek()));

    gids.wijzig(id, issuers.regioCoordinator(NOORDOOST_BRABANT), contact(partner, "Docent")).expectStatus().isForbidden();
    gids.wijzig(id, issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855"), contact(partner, "Docent")).expectStatus().isForbidden();
    gids.wijzig(id, issuers.regioCoordinator(HART_VAN_BRABANT), contact(partner, "Docent")).expectStatus().isOk();
    gids.wijzig(id, issuers.platformOperator(), contact(partner, "Docent B")).expectStatus().isOk();
  }

  @Test
  void coordinatorMaaktGeenGemeenteVanEenAndereRegioAan() {
    web.post().uri("/api/v1/organisaties").headers(h -> h.setBearerAuth(issuers.regioCoordinator(HART_VAN_BRABANT)))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("type", "gemeente", "naam", "Gemeente Oss", "cbsCode", "GM0828"))
        .exchange().expectStatus().isForbidden();
    web.post().uri("/api/v1/organisaties").headers(h -> h.setBearerAuth(issuers.regioCoordinator(NOORDOOST_BRABANT)))
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("type", "partner", "naam", "Partner " + Gids.uniek(), "regios", List.of("hart-van-brabant")))
        .exchange().expectStatus().isForbidden();
  }

  @Test
  void wijzigingenEnWeigeringenStaanInHetPlatformAuditlogZonderPersoonsgegevens() throws Exception {
    UUID tilburg = gids.gemeente("GM0855", "Tilburg");
    String naam = "Auditje " + Gids.uniek();
    UUID id = gids.contactpersoon(issuers.regioCoordinator(HART_VAN_BRABANT), contact(tilburg, naam));
    gids.wijzig(id, issuers.regioCoordinator(NOORDOOST_BRABANT), contact(tilburg, naam)).expectStatus().isForbidden();
    gids.wijzig(id, issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855"), contact(tilburg, naam, "functie", "regievoerder"))
        .expectStatus().isOk();

    List<String> regels = new ArrayList<>();
    try (Connection c = TestDatabase.shared().connectAsOwner(); PreparedStatement s = c.prepareStatement("""
        select actie, resultaat, actor, object_ids::text from audit_record
        where tenant_id = platform_tenant() and object_type = 'contactpersoon' and object_ids @> array[cast(? as text)]
          and actie in ('contactpersoon.aanmaken', 'contactpersoon.wijzigen')
        order by id""")) {
      s.setString(1, id.toString());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          regels.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
          assertThat(rs.getString(4)).doesNotContain(naam);
        }
      }
    }
    assertThat(regels).containsExactly(
        "contactpersoon.aanmaken gelukt coordinator-hart-van-brabant",
        "contactpersoon.wijzigen geweigerd coordinator-noordoost-brabant",
        "contactpersoon.wijzigen gelukt medewerker-GM0855");
  }

  @Test
  void deGidsIsVoorWieAanDeOverdrachtWerktElkeLeesactieGeaudit() throws Exception {
    UUID tilburg = gids.gemeente("GM0855", "Tilburg");
    String naam = "Leesje " + Gids.uniek();
    UUID id = gids.contactpersoon(issuers.regioCoordinator(HART_VAN_BRABANT), contact(tilburg, naam));
    List<String> lezen = List.of("/api/v1/contactpersonen?q=" + naam, "/api/v1/contactpersonen?q=a",
        "/api/v1/contactpersonen", "/api/v1/contactpersonen/" + id, "/api/v1/contactpersonen/" + id + "/vcard",
        "/api/v1/organisaties", "/api/v1/organisaties?type=gemeente", "/api/v1/organisaties/" + tilburg);

    // a dashboard-viewer (of either region) and the platform operator: 403 problem+json on every read, audited
    for (String token : List.of(issuers.dashboardViewer(HART_VAN_BRABANT), issuers.dashboardViewer(NOORDOOST_BRABANT),
        issuers.platformOperator())) {
      for (String pad : lezen) {
        String trace = trace();
        String body = web.get().uri(pad).headers(h -> {
          h.setBearerAuth(token);
          h.set("traceparent", "00-" + trace + "-0123456789abcdef-01");
        }).exchange().expectStatus().isForbidden()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).as(pad).doesNotContain(naam, "Tilburg");
        assertThat(audit(trace)).as(pad).singleElement().satisfies(r -> assertThat(r).endsWith(" geweigerd"));
      }
    }

    // the roles doing handover work read, and each read of contacts is audited: who, what, which ids, no text
    for (String token : List.of(issuers.regioCoordinator(HART_VAN_BRABANT),
        issuers.gemeenteMedewerker(NOORDOOST_BRABANT, "GM0828"), issuers.coaLiaison("AZC-OVERLOON"))) {
      for (String pad : lezen) {
        String trace = trace();
        web.get().uri(pad).headers(h -> {
          h.setBearerAuth(token);
          h.set("traceparent", "00-" + trace + "-0123456789abcdef-01");
        }).exchange().expectStatus().isOk();
        List<String> records = audit(trace);
        if (pad.startsWith("/api/v1/contactpersonen?q=" + naam)) {
          assertThat(records).containsExactly("contactpersoon.zoeken [" + id + "] gelukt");
        } else if (pad.startsWith("/api/v1/contactpersonen/")) {
          assertThat(records).containsExactly("contactpersoon.lezen [" + id + "] gelukt");
        } else if (pad.startsWith("/api/v1/contactpersonen")) {
          assertThat(records).singleElement().satisfies(r -> assertThat(r).startsWith("contactpersoon.zoeken ["));
        }
        assertThat(String.join(" ", records)).doesNotContain(naam, "Leesje");
      }
    }
  }

  private static String trace() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  /** The audit records of one request: "actie [ids] resultaat", in order; asserts none holds the search text. */
  private static List<String> audit(String trace) throws Exception {
    List<String> regels = new ArrayList<>();
    try (Connection c = TestDatabase.shared().connectAsOwner(); PreparedStatement s = c.prepareStatement("""
        select actie, object_ids, resultaat, tenant_id = platform_tenant() from audit_record
        where trace_id = ? order by id""")) {
      s.setString(1, trace);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          assertThat(rs.getBoolean(4)).as("in het audit van het platform").isTrue();
          regels.add(rs.getString(1) + " " + java.util.Arrays.toString((String[]) rs.getArray(2).getArray())
              + " " + rs.getString(3));
        }
      }
    }
    return regels;
  }
}
