package nl.doorlopendelijn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V71 moves the three old Idempotency-Key tables into the one table, as far as they can be: the gids' keys (national,
 * actor as it was) and the dossiers' (actor completed with the region's issuer), with the first answer's status,
 * Location and ETag; the agreements' keys had no actor and are not copied. The old tables are gone.
 */
class IdempotentieMigratieTest {

  @Test
  void deDrieOudeSleuteltabellenGaanOpInDeEne() throws Exception {
    TestDatabase.Settings db = TestDatabase.prepare("migratie", TestDatabase.shared().adminJdbcUrl(),
        "doorlopendelijn_v71_" + UUID.randomUUID().toString().substring(0, 8));
    Map<String, String> rol = Map.of("appRole", db.appUser());
    Flyway.configure().dataSource(db.jdbcUrl(), db.ownerUser(), db.ownerPassword()).placeholders(rol)
        .target("70").load().migrate();

    UUID regio = UUID.randomUUID();
    UUID organisatie = UUID.randomUUID();
    UUID contact = UUID.randomUUID();
    UUID dossier = UUID.randomUUID();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
        Statement s = c.createStatement()) {
      s.execute("insert into regio (id, slug, naam, issuer, bron, descriptor) values ('" + regio
          + "', 'migratie-regio', 'Migratie', 'http://issuer/migratie', 'api', '{}')");
      s.execute("insert into gids_idempotentie (actor, sleutel, resource_type, resource_id) values "
          + "('http://issuer/x|sub-1', 'k-org', 'organisatie', '" + organisatie + "'), "
          + "('http://issuer/x|sub-1', 'k-cp', 'contactpersoon', '" + contact + "')");
      s.execute("select set_config('app.tenant_id', '" + regio + "', false)");
      s.execute("insert into dossier_idempotentie (tenant_id, sleutel, actor, dossier_id) values ('" + regio
          + "', 'k-dossier', 'sub-2', '" + dossier + "')");
      s.execute("insert into samenwerkingsafspraak_idempotentie (tenant_id, sleutel, verzoek_hash) values ('"
          + regio + "', 'k-afspraak', 'h')");
    }

    Flyway.configure().dataSource(db.jdbcUrl(), db.ownerUser(), db.ownerPassword()).placeholders(rol)
        .target("71").load().migrate();

    List<String> rijen = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("select tenant_id, actor, sleutel, verzoek_hash, status, locatie, etag"
          + " from idempotentie order by sleutel")) {
        while (rs.next()) {
          rijen.add(String.join(" ", rs.getString(1).equals(regio.toString()) ? "regio" : rs.getString(1),
              rs.getString(2), rs.getString(3), String.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
              rs.getString(7)));
        }
      }
      try (ResultSet rs = s.executeQuery("select count(*) from pg_tables where tablename in"
          + " ('gids_idempotentie', 'dossier_idempotentie', 'samenwerkingsafspraak_idempotentie')")) {
        rs.next();
        assertThat(rs.getInt(1)).isZero();
      }
    }
    assertThat(rijen).containsExactly(
        "00000000-0000-0000-0000-000000000000 http://issuer/x|sub-1 k-cp null 201 /api/v1/contactpersonen/"
            + contact + " \"1\"",
        "regio http://issuer/migratie|sub-2 k-dossier null 201 /api/v1/regios/migratie-regio/dossiers/" + dossier
            + " \"1\"",
        "00000000-0000-0000-0000-000000000000 http://issuer/x|sub-1 k-org null 201 /api/v1/organisaties/"
            + organisatie + " \"1\"");
  }
}
