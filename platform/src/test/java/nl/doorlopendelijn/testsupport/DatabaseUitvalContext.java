package nl.doorlopendelijn.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole platform on an embedded PostgreSQL server of its own, which a test stops ({@link #databaseStopt()}) and
 * starts again on the same data and port ({@link #databaseStart()}), or kills ({@link #databaseGedood()}): for the
 * outage tests ({@code DatabaseOutageTest}, {@code NotificatieMailBijDatabaseUitvalTest},
 * {@code DatabaseKillOnderSchrijflastTest}). Every class that extends it declares nothing else of its context,
 * so they share ONE application context and ONE migrated database (a context start with Flyway costs about half a
 * minute on the reference machine). Short waits for a connection (a stopped database answers fast), short outbox
 * rounds, retries and lease (the mails come back within seconds after the database does).
 *
 * <p>The platform reaches its database through a {@link StilleProxy} that a test can make go SILENT
 * ({@link #databaseZwijgt()}, no reset, no close) and bring back ({@link #databaseAntwoordtWeer()}): for
 * {@code StilleDatabaseTest}. While it forwards, it is invisible (a stopped database still reads as a refused
 * connection). Short database timeouts, so a silent database gives a 503 within seconds; the test measures them
 * against these values (docs/operations.md).
 *
 * <p>The context stays in Spring's cache for the run, like the platform's: after every class the database runs again
 * ({@link #databaseWeerAan()}), so its pollers (dashboard LISTEN, deactivated accounts, outbox rounds) find it, and
 * fail behind no later test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
public abstract class DatabaseUitvalContext {

  private static Path dataDir;
  private static int port;
  private static EmbeddedPostgres postgres;
  private static StilleProxy proxy;
  /** The database timeouts of this context (server-side statement_timeout, the client's margin, lock_timeout). */
  protected static final java.time.Duration STATEMENT_TIMEOUT = java.time.Duration.ofSeconds(2);
  protected static final java.time.Duration STILTE_MARGE = java.time.Duration.ofSeconds(1);
  protected static final java.time.Duration LOCK_TIMEOUT = java.time.Duration.ofSeconds(1);
  /** The database of this context, as its owner and application roles see it. */
  protected static TestDatabase.Settings settings;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws IOException {
    start();
    settings.springProperties().forEach((k, v) -> registry.add(k, () -> v));
    // the application's connections (pool and LISTEN) go through the proxy; Flyway and the tests' JDBC do not
    registry.add("spring.r2dbc.url",
        () -> "r2dbc:postgresql://127.0.0.1:" + proxy.poort() + "/" + settings.database());
    registry.add("doorlopendelijn.database.statement-timeout", () -> STATEMENT_TIMEOUT.toMillis() + "ms");
    registry.add("doorlopendelijn.database.stilte-marge", () -> STILTE_MARGE.toMillis() + "ms");
    registry.add("doorlopendelijn.database.lock-timeout", () -> LOCK_TIMEOUT.toMillis() + "ms");
    registry.add("doorlopendelijn.database.idle-in-transaction-timeout", () -> "5s");
    registry.add("doorlopendelijn.database.validatie-na-rust", () -> "500ms");
    registry.add("doorlopendelijn.database.validatie-tijd", () -> "1s");
    registry.add("doorlopendelijn.database.connect-timeout", () -> "2s");
    // the dashboard's LISTEN connection proves itself every second and reconnects within a second
    registry.add("doorlopendelijn.dashboard.controle-luisterverbinding", () -> "1s");
    registry.add("doorlopendelijn.dashboard.herverbinden-max", () -> "1s");
    registry.add("doorlopendelijn.dashboard.verbinden-tijd", () -> "3s");
    TestIssuers.shared().springProperties().forEach((k, v) -> registry.add(k, () -> v));
    TestSmtp.springProperties().forEach((k, v) -> registry.add(k, () -> v));
    registry.add("spring.r2dbc.pool.max-acquire-time", () -> "2s");
    registry.add("spring.r2dbc.pool.max-create-connection-time", () -> "2s");
    registry.add("doorlopendelijn.outbox.ronde", () -> "200ms");
    registry.add("doorlopendelijn.outbox.eerste-herhaling", () -> "100ms");
    registry.add("doorlopendelijn.outbox.langste-herhaling", () -> "1s");
    // a delivery whose bookkeeping died with the database is due again when its lease ends: 5 s, not the 60 s of
    // production (far longer than one mail to the in-process SMTP server takes, so no delivery is claimed twice)
    registry.add("doorlopendelijn.outbox.lease", () -> "5s");
  }

  /** Once per JVM: the server, its roles and database (the first context migrates it). */
  private static synchronized void start() throws IOException {
    if (postgres != null) {
      return;
    }
    dataDir = Files.createTempDirectory("dl-outage-pg");
    postgres = server().start();
    port = postgres.getPort();
    settings = TestDatabase.prepare("embedded", postgres.getJdbcUrl("postgres", "postgres"), "doorlopendelijn");
    proxy = new StilleProxy(port);
    Runtime.getRuntime().addShutdownHook(new Thread(DatabaseUitvalContext::stopAanHetEinde, "outage-database-stop"));
  }

  /**
   * The server on the context's data directory. zonky turns {@code synchronous_commit} off by default: a commit
   * would be acknowledged before its WAL is flushed, and a killed server loses it. Production runs PostgreSQL's
   * default (on), so this server does too; otherwise the kill test measures zonky, not the platform.
   */
  private static EmbeddedPostgres.Builder server() {
    return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
        .setServerConfig("synchronous_commit", "on");
  }

  /**
   * The database is killed: SIGKILL to the postmaster and every backend at once, as the OOM killer or a lost
   * machine does (no shutdown checkpoint; the next start replays the WAL). Returns once every process is gone.
   */
  protected static synchronized void databaseGedood() throws IOException {
    if (postgres == null) {
      return;
    }
    Path pidFile = dataDir.resolve("postmaster.pid");
    long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
    ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
    java.util.List<ProcessHandle> alle = new java.util.ArrayList<>(postmaster.descendants().toList());
    alle.add(0, postmaster);
    alle.forEach(ProcessHandle::destroyForcibly);
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
    while (alle.stream().anyMatch(DatabaseUitvalContext::leeft) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
    // the processes are gone (a zombie left for a parent that never reaps keeps only its pid); the lock file of the
    // killed server would name that pid, and PostgreSQL would refuse to start on a lock of a "live" process
    Files.deleteIfExists(pidFile);
    // zonky's own lock on the data directory; its pg_ctl stop finds no server and only logs that
    postgres.close();
    postgres = null;
  }

  private static boolean leeft(ProcessHandle p) {
    if (!p.isAlive()) {
      return false;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
      return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
    } catch (IOException gone) {
      return false;
    }
  }

  /** The database dies (the server stops; its data stays). */
  protected static synchronized void databaseStopt() throws IOException {
    if (postgres != null) {
      postgres.close();
      postgres = null;
    }
  }

  /** The database comes back: the same data, the same port. */
  protected static synchronized void databaseStart() throws IOException {
    if (postgres == null) {
      postgres = server().setPort(port).start();
    }
  }

  /** The database goes silent: no byte passes between platform and database, nothing is closed. */
  protected static void databaseZwijgt() {
    proxy.bevries();
  }

  /** New connections reach the database again; the ones that went silent stay silent. */
  protected static void databaseAntwoordtWeer() {
    proxy.ontdooi();
  }

  /** Whatever a test did, the next one (and the context's pollers) find the database running. */
  @AfterAll
  static void databaseWeerAan() throws IOException {
    proxy.ontdooi();
    databaseStart();
  }

  private static synchronized void stopAanHetEinde() {
    proxy.close();
    try {
      databaseStopt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
