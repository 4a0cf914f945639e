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
    for (String lezer : List.of(andereRegio, coa, issuers.dashboardViewer(NOORDOOST_BRABANT))) {
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
}
