package nl.doorlopendelijn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The schema and its row-level security on a stock PostgreSQL image, where a Docker engine runs. Without Docker this
 * class is skipped (not failed); the rest of the suite covers the same on embedded PostgreSQL.
 */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersPostgresTest {

  @Container
  static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine");

  @Test
  void migratiesEnRlsWerkenOpEenStandaardPostgresImage() throws Exception {
    String admin = postgres.getJdbcUrl() + "?user=" + postgres.getUsername() + "&password=" + postgres.getPassword();
    TestDatabase.Settings db = TestDatabase.prepare("testcontainers", admin, "doorlopendelijn_tc");
    Flyway.configure().dataSource(db.jdbcUrl(), db.ownerUser(), db.ownerPassword())
        .placeholders(java.util.Map.of("appRole", db.appUser())).load().migrate();
    UUID tenant = UUID.randomUUID();
    try (Connection owner = db.connectAsOwner()) {
      owner.createStatement().execute("insert into regio (id, slug, naam, issuer, bron, descriptor) values ('"
          + tenant + "', 'tc-regio', 'TC', 'http://issuer/tc', 'api', '{}')");
      owner.createStatement().execute("set app.tenant_id = '" + tenant + "'");
      owner.createStatement().execute("insert into regio_gemeente values ('" + tenant + "', 'GM0001', 'Testdorp')");
    }
    try (Connection app = db.connectAsApp();
        var rs = app.createStatement().executeQuery("select count(*) from regio_gemeente")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }
}
