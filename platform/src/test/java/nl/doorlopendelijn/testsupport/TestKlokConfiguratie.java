package nl.doorlopendelijn.testsupport;

import nl.doorlopendelijn.kernel.Tijdzone;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the platform's clock with a {@link VerstelbareKlok} (system time unless a test moves it), in the platform's
 * zone: the one way tests provide the clock (found by the component scan; {@code @Primary} over the application's).
 */
@Configuration(proxyBeanMethods = false)
public class TestKlokConfiguratie {

  @Bean
  @Primary
  VerstelbareKlok verstelbareKlok() {
    return new VerstelbareKlok(Tijdzone.NL);
  }
}
