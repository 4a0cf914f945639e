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

  /** The gemeenten of the test regions, for the name of an organisation this fixture makes. */
  private static final java.util.Map<String, String> NAMEN = java.util.Map.ofEntries(
      java.util.Map.entry("GM0766", "Dongen"), java.util.Map.entry("GM0784", "Gilze en Rijen"),
      java.util.Map.entry("GM0785", "Goirle"), java.util.Map.entry("GM0797", "Heusden"),
      java.util.Map.entry("GM0798", "Hilvarenbeek"), java.util.Map.entry("GM0809", "Loon op Zand"),
      java.util.Map.entry("GM0824", "Oisterwijk"), java.util.Map.entry("GM0855", "Tilburg"),
      java.util.Map.entry("GM0867", "Waalwijk"), java.util.Map.entry("GM0828", "Oss"),
      java.util.Map.entry("GM1721", "Bernheze"), java.util.Map.entry("GM0796", "'s-Hertogenbosch"),
      java.util.Map.entry("GM1948", "Meierijstad"), java.util.Map.entry("GM0865", "Vught"),
      java.util.Map.entry("GM1982", "Land van Cuijk"));

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
          values (md5('doorlopendelijn:organisatie:' || ?)::uuid, 'gemeente', ?, ?)
          on conflict do nothing""")) {
        ps.setString(1, cbsCode);
        ps.setString(2, "Gemeente " + NAMEN.getOrDefault(cbsCode, cbsCode));
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
