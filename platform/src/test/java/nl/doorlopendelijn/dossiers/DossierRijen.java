package nl.doorlopendelijn.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.TestDatabase;

/**
 * The database as the tests of a dossier's data read it, as the owner bound to one tenant (RLS is forced): its rows
 * per table, and a gids entry linked to a synthetic user. Shared by the AVG coverage test and the overplaatsing test.
 */
final class DossierRijen {

  private DossierRijen() {}

  /** Rows about the dossier per table, in tenant {@code tenant}. */
  static Map<String, Long> rijen(UUID tenant, UUID id, List<String> tabellen) throws SQLException {
    Map<String, Long> n = new LinkedHashMap<>();
    try (Connection c = TestDatabase.shared().connectAsOwner()) {
      zetTenant(c, tenant);
      for (String t : tabellen) {
        String kolom = t.equals("dossier") ? "id" : "dossier_id";
        try (var st = c.prepareStatement("select count(*) from " + t + " where tenant_id = ? and " + kolom + " = ?")) {
          st.setObject(1, tenant);
          st.setObject(2, id);
          try (var rs = st.executeQuery()) {
            rs.next();
            n.put(t, rs.getLong(1));
          }
        }
      }
    }
    return n;
  }

  /** Links the gids entry to a (synthetic) user of the issuer's region by a confirmed claim. */
  static void koppel(UUID contactpersoon, String issuer, String subjectVoorvoegsel) throws SQLException {
    try (Connection c = TestDatabase.shared().connectAsOwner();
        var ps = c.prepareStatement("""
            update contactpersoon set koppeling_issuer = ?, koppeling_subject = ?, koppeling_status = 'bevestigd',
                   koppeling_aangevraagd_op = now(), koppeling_bevestigd_op = now() where id = ?""")) {
      ps.setString(1, issuer);
      ps.setString(2, subjectVoorvoegsel + UUID.randomUUID());
      ps.setObject(3, contactpersoon);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  static void zetTenant(Connection c, UUID tenant) throws SQLException {
    try (var st = c.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
      st.setString(1, tenant.toString());
      st.execute();
    }
  }
}
