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
}
