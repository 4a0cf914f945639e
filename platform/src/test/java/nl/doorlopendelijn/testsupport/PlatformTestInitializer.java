package nl.doorlopendelijn.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test's platform at the shared test database and the test issuers. */
public class PlatformTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.putAll(TestDatabase.shared().springProperties());
    props.putAll(TestIssuers.shared().springProperties());
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("platform-test", props));
  }
}
