package nl.doorlopendelijn.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's platform (or module, {@link ModuleTest}) at the shared test database, the test issuers and the test
 * SMTP server ({@link TestSmtp}). A module test whose context must not share the database names one of its own in
 * {@value #EIGEN_DATABASE} ({@link TestDatabase#eigen}).
 */
public class PlatformTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String EIGEN_DATABASE = "doorlopendelijn.test.eigen-database";

  /** A test's own limit on writes per user a minute (else out of reach: {@link #schrijflimietenBuitenBereik}). */
  public static final String EIGEN_SCHRIJFLIMIET = "doorlopendelijn.test.schrijflimiet-per-gebruiker";

  /** The tests' key for page sessions at rest (base64, 32 bytes); never a real one. */
  public static final String TEST_SESSIESLEUTEL = "c2Vzc2llLXNsZXV0ZWwtdm9vci1kZS10ZXN0cy0zMiE=";

  /** The tests' key for page sessions, for every replica a test starts (they read each other's sessions). */
  public static Map<String, Object> sessieSleutels() {
    return Map.of("doorlopendelijn.web.sessie-versleuteling.sleutels.sessie-test-1", TEST_SESSIESLEUTEL,
        "doorlopendelijn.web.sessie-versleuteling.actieve-sleutel", "sessie-test-1");
  }

  /**
   * The tests write far faster than people do (the kill test, the access matrix, the browser tests' set-up): the
   * limits on writes (web.Schrijflimieten) out of reach.
   */
  public static Map<String, Object> schrijflimietenBuitenBereik() {
    return Map.of("doorlopendelijn.web.schrijflimiet.per-gebruiker", 1_000_000,
        "doorlopendelijn.web.schrijflimiet.per-regio", 1_000_000);
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String eigen = context.getEnvironment().getProperty(EIGEN_DATABASE);
    Map<String, Object> props = new LinkedHashMap<>();
    props.putAll((eigen == null ? TestDatabase.shared() : TestDatabase.eigen(eigen)).springProperties());
    props.putAll(TestIssuers.shared().springProperties());
    // a real SMTP server (GreenMail, in-process) for the notificaties' e-mail
    props.putAll(TestSmtp.springProperties());
    // V-nummers are encrypted at rest: a test key (two ids, so a rotation can be shown), never a real one
    props.put("doorlopendelijn.dossiers.vnummer-sleutels.test-2025", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
    props.put("doorlopendelijn.dossiers.vnummer-sleutels.test-2026", "Hx4dHBsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=");
    props.put("doorlopendelijn.dossiers.actieve-sleutel", "test-2026");
    // the tests' client stands where a TLS-terminating proxy would (VertrouwdeProxiesApiTest); no other test sends
    // forwarded headers
    props.put("doorlopendelijn.web.vertrouwde-proxies", "127.0.0.1/32,::1/128");
    // page sessions too (every replica of a test shares them)
    props.putAll(sessieSleutels());
    // unless a test asks for its own (SchrijflimietenApiTest: application.yaml always names the limits, so a test
    // names its wish in a property of its own)
    props.putAll(schrijflimietenBuitenBereik());
    String eigenLimiet = context.getEnvironment().getProperty(EIGEN_SCHRIJFLIMIET);
    if (eigenLimiet != null) {
      props.put("doorlopendelijn.web.schrijflimiet.per-gebruiker", eigenLimiet);
    }
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("platform-test", props));
  }
}
