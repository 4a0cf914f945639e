package nl.doorlopendelijn.testsupport;

import java.time.Duration;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What a {@link ModuleTest} context needs beyond its module: the platform's test clock ({@link TestKlokConfiguratie},
 * found by the platform's own component scan but outside every module) and, where tenancy boots, the regions of
 * {@code tenants/} in the database before the first test: the synchronisation runs after start-up, and a module
 * context may be the first of the run on a fresh database. Not a {@code @Configuration}: only {@link ModuleTest}
 * imports it, no component scan (the platform's, the demo's) finds it.
 */
@Import(TestKlokConfiguratie.class)
class ModuleTestConfiguratie {

  @Bean
  ApplicationListener<ApplicationReadyEvent> regiosGesynchroniseerd(ObjectProvider<RegionRegistry> registry) {
    // test code on the main thread: waiting here keeps the tests from racing the synchronisation
    return ready -> registry.ifAvailable(r -> r.all().then().block(Duration.ofSeconds(30)));
  }
}
