package nl.doorlopendelijn.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.doorlopendelijn.DoorlopendeLijnApplication;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakLauncher;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;

/**
 * The one-command demo: {@code ./mvnw -pl platform spring-boot:test-run}. Starts embedded PostgreSQL 17 (or the
 * database in {@code DL_TEST_DATABASE_URL}), a real Keycloak 26 with the realms of {@code tenants/} and demo users,
 * a local SMTP server (GreenMail on localhost:3025) whose mails a page on http://localhost:8025 shows, and the
 * platform on http://localhost:8080 with synthetic demo data. Ctrl-C stops all of it.
 */
public final class DemoApplication {

  static final int PLATFORM_PORT = Integer.parseInt(System.getProperty("demo.port", "8080"));
  static final int KEYCLOAK_PORT = Integer.parseInt(System.getProperty("demo.keycloak-port", "8180"));
  /** The demo's SMTP server (GreenMail) and the page that shows the mails it caught. */
  static final int SMTP_PORT = Integer.parseInt(System.getProperty("demo.smtp-port", "3025"));
  static final int POSTBUS_PORT = Integer.parseInt(System.getProperty("demo.postbus-port", "8025"));

  private DemoApplication() {}

  public static void main(String[] args) {
    long started = System.nanoTime();
    Path tenants = findTenantsDir();
    TestDatabase.Settings db = TestDatabase.forDemo();
    // first the mail server: Keycloak's realms and the platform both send to it
    DemoPostbus postbus = DemoPostbus.start(SMTP_PORT, POSTBUS_PORT);
    Runtime.getRuntime().addShutdownHook(new Thread(postbus::close, "demo-postbus-stop"));
    Map<String, Object> mail = new LinkedHashMap<>();
    mail.put("spring.mail.host", "localhost");
    mail.put("spring.mail.port", postbus.smtpPoort());
    mail.put("doorlopendelijn.keycloak.smtp.host", "localhost");
    mail.put("doorlopendelijn.keycloak.smtp.port", postbus.smtpPoort());
    zetAlsNietGezet(mail);
    KeycloakLauncher keycloak = KeycloakLauncher.start(KEYCLOAK_PORT, "http://localhost:" + PLATFORM_PORT);
    Runtime.getRuntime().addShutdownHook(new Thread(keycloak::stop, "demo-keycloak-stop"));

    Map<String, Object> props = new LinkedHashMap<>(db.springProperties());
    props.put("server.port", PLATFORM_PORT);
    props.put("doorlopendelijn.tenants-dir", tenants.toString());
    props.put("doorlopendelijn.keycloak.base-url", keycloak.baseUrl());
    // Onboarding through the API provisions realms in this Keycloak with its bootstrap admin.
    props.putAll(keycloak.adminSpringProperties());
    props.put("doorlopendelijn.keycloak.admin.platform-base-url", "http://localhost:" + PLATFORM_PORT);
    props.put("doorlopendelijn.demo.enabled", true);
    // the demo's data is written through the API by a few accounts, several hundred writes in seconds: well above
    // what people do (120 a minute per user), so the demo's own limit is higher
    props.put("doorlopendelijn.web.schrijflimiet.per-gebruiker", 10_000);
    props.put("doorlopendelijn.web.schrijflimiet.per-regio", 20_000);
    // The web pages log in through the realms' confidential client (demo secret, see infra/keycloak/README.md)
    props.put("doorlopendelijn.web.client-secret", KeycloakLauncher.DEMO_WEB_CLIENT_SECRET);

    zetAlsNietGezet(props);
    SpringApplication app = new SpringApplication(DoorlopendeLijnApplication.class);
    app.addListeners(event -> {
      if (event instanceof ApplicationReadyEvent) {
        DemoData.seed("http://localhost:" + PLATFORM_PORT, keycloak);
        DemoBanner.print(PLATFORM_PORT, keycloak, db, postbus, (System.nanoTime() - started) / 1_000_000_000.0);
      }
    });
    app.run(args);
  }

  /** System properties outrank application.yaml; an explicit -D on the command line still wins over these. */
  private static void zetAlsNietGezet(Map<String, Object> props) {
    props.forEach((key, value) -> {
      if (System.getProperty(key) == null) {
        System.setProperty(key, String.valueOf(value));
      }
    });
  }

  /** {@code tenants/} from the repository root, wherever Maven started us. */
  static Path findTenantsDir() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("tenants")) && Files.exists(dir.resolve("pom.xml"))) {
        return dir.resolve("tenants");
      }
    }
    throw new IllegalStateException("tenants/ not found above " + Path.of("").toAbsolutePath());
  }
}
