package nl.doorlopendelijn.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.doorlopendelijn.DoorlopendeLijnApplication;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestSmtp;
import nl.doorlopendelijn.testsupport.keycloak.KeycloakLauncher;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;

/**
 * The one-command demo: {@code ./mvnw -pl platform spring-boot:test-run}. Starts embedded PostgreSQL 17 (or the
 * database in {@code DL_TEST_DATABASE_URL}), a real Keycloak 26 with the realms of {@code tenants/} and demo users,
 * a local SMTP server for the notificaties' e-mail (GreenMail, its mails on {@link DemoPostvak}'s page), and the
 * platform on http://localhost:8080 with synthetic demo data. Ctrl-C stops all of it.
 */
public final class DemoApplication {

  static final int PLATFORM_PORT = Integer.parseInt(System.getProperty("demo.port", "8080"));
  static final int KEYCLOAK_PORT = Integer.parseInt(System.getProperty("demo.keycloak-port", "8180"));

  private DemoApplication() {}

  public static void main(String[] args) {
    long started = System.nanoTime();
    Path tenants = findTenantsDir();
    TestDatabase.Settings db = TestDatabase.forDemo();
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
    // The web pages log in through the realms' confidential client (demo secret, see infra/keycloak/README.md)
    props.put("doorlopendelijn.web.client-secret", KeycloakLauncher.DEMO_WEB_CLIENT_SECRET);
    // The notificaties' e-mail goes to a local SMTP server (GreenMail); its mails are on the demo's mailbox page
    props.putAll(TestSmtp.springProperties());
    props.put("doorlopendelijn.web.basis-url", "http://localhost:" + PLATFORM_PORT);
    String postvak = DemoPostvak.start();

    // System properties outrank application.yaml; an explicit -D on the command line still wins over these.
    props.forEach((key, value) -> {
      if (System.getProperty(key) == null) {
        System.setProperty(key, String.valueOf(value));
      }
    });
    SpringApplication app = new SpringApplication(DoorlopendeLijnApplication.class);
    app.addListeners(event -> {
      if (event instanceof ApplicationReadyEvent) {
        DemoData.seed("http://localhost:" + PLATFORM_PORT, keycloak);
        DemoBanner.print(PLATFORM_PORT, keycloak, db, (System.nanoTime() - started) / 1_000_000_000.0);
        System.out.println(" E-mail (demo)     " + postvak + "   (SMTP 127.0.0.1:" + TestSmtp.shared().getSmtp().getPort()
            + ": alle e-mail van de demo komt hier aan)");
      }
    });
    app.run(args);
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
