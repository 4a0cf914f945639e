package nl.doorlopendelijn.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Test fixture: an active entry in the contactpersonengids (synthetic, never a real person), for tests of other
 * modules that need a contact to refer to. Written straight into the shared test database as its owner.
 */
public final class TestContactpersonen {

  private TestContactpersonen() {}

  /** A new active contact at the organisation of the given azc (seeded for every azc-locatie). */
  public static UUID nieuw(String azcCode) {
    UUID id = UUID.randomUUID();
    try (Connection c = TestDatabase.shared().connectAsOwner();
        PreparedStatement ps = c.prepareStatement("""
            insert into contactpersoon (id, organisatie_id, naam, functie, email, zoektekst)
            select ?, id, 'Test Contact', 'casemanager', 'test@voorbeeld.nl', 'test contact casemanager'
            from organisatie where azc_code = ?
            """)) {
      ps.setObject(1, id);
      ps.setString(2, azcCode);
      if (ps.executeUpdate() != 1) {
        throw new IllegalStateException("no organisation for " + azcCode);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }

  public static UUID nieuw() {
    return nieuw("AZC-OISTERWIJK");
  }

  /**
   * A new active contact at the organisation of the gemeente (made when the gids has none yet, as an operator
   * would): the kind a dossier's vaste contactpersoon must be.
   */
  public static UUID vanGemeente(String cbsCode) {
    return alsVanGemeente(UUID.randomUUID(), cbsCode);
  }

  /**
   * Makes {@code id} an active contact of the gemeente's organisation: created with that id when the gids does not
   * know it, moved there when it belongs elsewhere (fixtures of tests that name "some contact" for a dossier).
   */
  public static UUID alsVanGemeente(UUID id, String cbsCode) {
    try (Connection c = TestDatabase.shared().connectAsOwner()) {
      try (PreparedStatement ps = c.prepareStatement("""
          insert into organisatie (id, type, naam, cbs_code)
          values (md5('doorlopendelijn:organisatie:' || ?)::uuid, 'gemeente', 'Gemeente ' || ?, ?)
          on conflict do nothing""")) {
        ps.setString(1, cbsCode);
        ps.setString(2, cbsCode);
        ps.setString(3, cbsCode);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("""
          insert into contactpersoon (id, organisatie_id, naam, functie, email, getraind_op, zoektekst)
          select ?, id, 'Test Klantregisseur', 'klantregisseur', 'test@voorbeeld.nl', current_date - 30,
                 'test klantregisseur'
          from organisatie where cbs_code = ?
          on conflict (id) do update set organisatie_id = excluded.organisatie_id""")) {
        ps.setObject(1, id);
        ps.setString(2, cbsCode);
        if (ps.executeUpdate() != 1) {
          throw new IllegalStateException("no organisation for " + cbsCode);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }
}
