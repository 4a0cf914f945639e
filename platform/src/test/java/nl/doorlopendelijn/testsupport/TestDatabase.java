package nl.doorlopendelijn.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where the database of the tests and of the demo run comes from, in this order:
 * <ol>
 *   <li>{@code DL_TEST_DATABASE_URL}: a JDBC URL of a PostgreSQL 15+ server with an administrative user
 *       (e.g. {@code jdbc:postgresql://localhost:5432/postgres?user=postgres&password=secret});</li>
 *   <li>Testcontainers PostgreSQL 17, where a Docker engine is available;</li>
 *   <li>embedded PostgreSQL 17 (zonky), which needs nothing but the JDK.</li>
 * </ol>
 * On that server it creates, like an operator would, a fresh database owned by an owner role (which runs the
 * migrations) and an application role that owns nothing and cannot bypass row-level security. One per JVM.
 */
public final class TestDatabase {

  private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
  public static final String ENV_URL = "DL_TEST_DATABASE_URL";

  public record Settings(String source, String host, int port, String database, String ownerUser,
      String ownerPassword, String appUser, String appPassword, String adminJdbcUrl) {

    public String jdbcUrl() {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String r2dbcUrl() {
      return "r2dbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Spring properties that point the platform at this database. */
    public Map<String, Object> springProperties() {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("spring.r2dbc.url", r2dbcUrl());
      p.put("spring.r2dbc.username", appUser);
      p.put("spring.r2dbc.password", appPassword);
      p.put("spring.flyway.url", jdbcUrl());
      p.put("spring.flyway.user", ownerUser);
      p.put("spring.flyway.password", ownerPassword);
      p.put("spring.flyway.placeholders.appRole", appUser);
      // a second statement on a connection while another's answer is coming fails the test that does it, by SQL
      // (production logs it: SilenceBoundConnectionFactory)
      p.put("doorlopendelijn.database.gelijktijdige-statements", "weigeren");
      return p;
    }

    /** A JDBC connection as the application role (for tests that check what RLS lets through). */
    public Connection connectAsApp() throws SQLException {
      return DriverManager.getConnection(jdbcUrl(), appUser, appPassword);
    }

    public Connection connectAsOwner() throws SQLException {
      return DriverManager.getConnection(jdbcUrl(), ownerUser, ownerPassword);
    }
  }

  private static Settings shared;
  private static AutoCloseable server;

  private TestDatabase() {}

  /** The database of this JVM, started and prepared on first use. */
  public static synchronized Settings shared() {
    if (shared == null) {
      shared = start("doorlopendelijn_" + UUID.randomUUID().toString().substring(0, 8));
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop, "test-database-stop"));
    }
    return shared;
  }

  /**
   * A database of its own on the server of {@link #shared()}, prepared the same way (owner, application role, RLS)
   * and migrated by the context that uses it: for a module test whose background work must not meet the platform's
   * (the outbox dispatcher claims every due row of its database). One per name and JVM.
   */
  public static synchronized Settings eigen(String naam) {
    return eigen.computeIfAbsent(naam, n -> prepare(shared().source(), shared().adminJdbcUrl(),
        shared().database() + "_" + n));
  }

  private static final Map<String, Settings> eigen = new java.util.HashMap<>();

  /** A database on a fixed name, for the demo run (embedded data stays in a temporary directory). */
  public static synchronized Settings forDemo() {
    if (shared == null) {
      shared = start("doorlopendelijn");
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop, "demo-database-stop"));
    }
    return shared;
  }

  private static Settings start(String database) {
    String given = System.getenv(ENV_URL);
    if (given != null && !given.isBlank()) {
      return prepare("url", given, database);
    }
    if (dockerAvailable()) {
      PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
      container.start();
      server = container::stop;
      String admin = container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?")
          + "user=" + container.getUsername() + "&password=" + container.getPassword();
      return prepare("testcontainers", admin, database);
    }
    try {
      // initdb and the start under CPU contention: zonky's default wait of 10 s was exceeded once with a second build
      // beside the suite (repeat run 2 of 2026-12-07 evening), a slow start and no failure of the server
      EmbeddedPostgres pg = EmbeddedPostgres.builder().setPGStartupWait(java.time.Duration.ofSeconds(60)).start();
      server = pg;
      return prepare("embedded", pg.getJdbcUrl("postgres", "postgres"), database);
    } catch (IOException e) {
      throw new IllegalStateException("embedded PostgreSQL did not start", e);
    }
  }

  static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | Error e) {
      return false;
    }
  }

  /** Creates the owner and application roles and a database, as an operator would. */
  public static Settings prepare(String source, String adminJdbcUrl, String database) {
    String suffix = database.replace("doorlopendelijn", "");
    String owner = "dl_owner" + suffix;
    String app = "dl_app" + suffix;
    String ownerPassword = "owner-" + UUID.randomUUID();
    String appPassword = "app-" + UUID.randomUUID();
    try (Connection c = DriverManager.getConnection(adminJdbcUrl); Statement s = c.createStatement()) {
      s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + owner + "') then "
          + "create role " + owner + " login; end if; end $$");
      s.execute("alter role " + owner + " with login nosuperuser nobypassrls password '" + ownerPassword + "'");
      s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + app + "') then "
          + "create role " + app + " login; end if; end $$");
      s.execute("alter role " + app + " with login nosuperuser nobypassrls nocreatedb nocreaterole password '"
          + appPassword + "'");
      boolean exists;
      try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
        exists = rs.next();
      }
      if (!exists) {
        s.execute("create database " + database + " owner " + owner);
      }
      s.execute("revoke all on database " + database + " from public");
      s.execute("grant connect on database " + database + " to " + app);
    } catch (SQLException e) {
      throw new IllegalStateException("could not prepare the test database on " + source, e);
    }
    URI uri = URI.create(adminJdbcUrl.substring("jdbc:".length()));
    log.info("test database: {} PostgreSQL at {}:{}, database {}", source, uri.getHost(), uri.getPort(), database);
    return new Settings(source, uri.getHost(), uri.getPort(), database, owner, ownerPassword, app, appPassword,
        adminJdbcUrl);
  }

  private static synchronized void stop() {
    if (server != null) {
      try {
        server.close();
      } catch (Exception e) {
        log.debug("stopping the test database failed", e);
      }
      server = null;
    }
  }
}
