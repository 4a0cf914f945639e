package nl.doorlopendelijn.directory;

import static nl.doorlopendelijn.directory.Gids.contact;
import static nl.doorlopendelijn.directory.Gids.issuers;
import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static nl.doorlopendelijn.testsupport.TestIssuers.NOORDOOST_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import nl.doorlopendelijn.testsupport.IdempotentieProef;
import nl.doorlopendelijn.testsupport.IdempotentieProef.Verzoek;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.VerstelbareKlok;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The one Idempotency-Key rule on the gids' POSTs (national scope): creates and deactivations. */
@PlatformTest
class GidsIdempotentieTest {

  @Autowired
  WebTestClient web;

  @Autowired
  VerstelbareKlok klok;

  Gids gids;
  IdempotentieProef proef;
  UUID org;
  String beheerder;

  @BeforeEach
  void setUp() {
    gids = new Gids(web);
    proef = new IdempotentieProef(web);
    org = gids.partner("Sleutelpartner " + Gids.uniek(), "hart-van-brabant");
    beheerder = issuers.regioCoordinator(HART_VAN_BRABANT);
  }

  private Verzoek nieuwContact(String naam) {
    return new Verzoek("/api/v1/contactpersonen", contact(org, naam), beheerder);
  }

  private IntSupplier contactpersonen() {
    return () -> tel("select count(*) from contactpersoon where organisatie_id = ?", org);
  }

  @Test
  void herhaaldAanmakenVanEenContactpersoonKrijgtHetEersteAntwoord() {
    proef.herhalingKrijgtHetEersteAntwoord(nieuwContact("Eerste Antwoord"), 201, contactpersonen());
  }

  @Test
  void dezelfdeSleutelMetEenAndereContactpersoonGeeft422() {
    proef.anderVerzoekMetDezelfdeSleutelGeeft422(nieuwContact("Anna Eerst"), nieuwContact("Bert Anders"),
        contactpersonen());
  }

  @Test
  void gelijktijdigeHerhalingenMakenEenContactpersoon() {
    proef.gelijktijdigeHerhalingenDoenHetWerkEenmaal(nieuwContact("Gelijk Tijdig"), 8, contactpersonen());
  }

  @Test
  void naEenEtmaalMaaktDezelfdeSleutelEenNieuweContactpersoon() {
    proef.naEenEtmaalIsDeSleutelNieuw(nieuwContact("Later Weer"), klok, contactpersonen());
  }

  @Test
  void herhaaldAanmakenVanEenOrganisatieKrijgtHetEersteAntwoord() {
    String naam = "Organisatie " + Gids.uniek();
    Verzoek v = new Verzoek("/api/v1/organisaties",
        Map.of("type", "partner", "naam", naam, "partnerSoort", "taalschool", "regios", List.of("hart-van-brabant")),
        issuers.platformOperator());
    proef.herhalingKrijgtHetEersteAntwoord(v, 201, () -> tel("select count(*) from organisatie where naam = ?", naam));
  }

  @Test
  void eenHerhaaldeDeactiveringKrijgtHetEersteAntwoordInPlaatsVan412() {
    UUID id = gids.contactpersoon(contact(org, "Vertrekt Eenmaal"));
    Verzoek v = new Verzoek("/api/v1/contactpersonen/" + id + "/deactiveringen", null, beheerder,
        h -> {
          h.setIfMatch("\"1\"");
          return h;
        });
    IntSupplier versie = () -> tel("select versie from contactpersoon where id = ?", id);
    proef.herhalingKrijgtHetEersteAntwoord(v, 200, versie);
    // another path under the same key is another request
    UUID ander = gids.contactpersoon(contact(org, "Blijft Nog"));
    proef.anderVerzoekMetDezelfdeSleutelGeeft422(
        new Verzoek("/api/v1/contactpersonen/" + ander + "/deactiveringen", null, beheerder, h -> {
          h.setIfMatch("\"1\"");
          return h;
        }),
        new Verzoek("/api/v1/contactpersonen/" + id + "/deactiveringen", null, beheerder, h -> {
          h.setIfMatch("\"2\"");
          return h;
        }), versie);
  }

  @Test
  void eenGeweigerdVerzoekMetSleutelWordtTochGeauditEnLaatDeSleutelVrij() {
    // a coordinator of a region the partner does not serve may not add its contacts: 403, audited (geweigerd)
    String vreemde = issuers.regioCoordinator(NOORDOOST_BRABANT);
    Verzoek v = new Verzoek("/api/v1/contactpersonen", contact(org, "Niet Toegestaan"), vreemde);
    String sleutel = UUID.randomUUID().toString();
    int weigeringen = tel("select count(*) from audit_record where actie = 'contactpersoon.aanmaken'"
        + " and resultaat = 'geweigerd' and ? = any(object_ids)", org.toString());
    assertThat(proef.stuur(v, sleutel).getStatus().value()).isEqualTo(403);
    assertThat(tel("select count(*) from audit_record where actie = 'contactpersoon.aanmaken'"
        + " and resultaat = 'geweigerd' and ? = any(object_ids)", org.toString())).isEqualTo(weigeringen + 1);
    assertThat(tel("select count(*) from contactpersoon where organisatie_id = ?", org)).isZero();
  }

  static int tel(String sql, Object waarde) {
    try (Connection c = TestDatabase.shared().connectAsOwner();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, waarde);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
