package nl.doorlopendelijn.testsupport;

import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Replaces the platform's clock with a {@link VerstelbareKlok} (system time unless a test moves it). */
@Configuration(proxyBeanMethods = false)
public class TestKlokConfiguratie {

  @Bean
  @Primary
  VerstelbareKlok verstelbareKlok() {
    return new VerstelbareKlok(ZoneId.of("Europe/Amsterdam"));
  }
}
