package nl.doorlopendelijn.testsupport.keycloak;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.doorlopendelijn.testsupport.TestDatabase;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the platform at the shared test database and the shared real Keycloak (not the mock issuers). */
public class KeycloakPlatformTestInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /**
   * Clock skew the e2e platform allows on {@code exp}: Spring's default of 60 s would make the expired-token test
   * wait a minute; Keycloak runs on the same clock here.
   */
  public static final String CLOCK_SKEW = "PT2S";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    KeycloakLauncher keycloak = KeycloakLauncher.shared();
    Map<String, Object> props = new LinkedHashMap<>(TestDatabase.shared().springProperties());
    props.put("doorlopendelijn.keycloak.base-url", keycloak.baseUrl());
    props.put("doorlopendelijn.keycloak.clock-skew", CLOCK_SKEW);
    props.putAll(keycloak.adminSpringProperties());
    // the realms mail their users (invitations, issue 17) through the JVM's GreenMail
    props.putAll(KeycloakMail.shared().springProperties());
    props.putAll(nl.doorlopendelijn.testsupport.PlatformTestInitializer.schrijflimietenBuitenBereik());
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("keycloak-platform-test", props));
  }
}
