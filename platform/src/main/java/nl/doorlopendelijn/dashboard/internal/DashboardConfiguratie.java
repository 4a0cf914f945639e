package nl.doorlopendelijn.dashboard.internal;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DashboardInstellingen.class)
class DashboardConfiguratie {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /**
   * The clock that says what "today" is for figures that move with the calendar. A bean so a test can replace it
   * (a {@code @Primary} Clock) and pass midnight without waiting for it.
   */
  @Bean
  Clock klok() {
    return Clock.system(AMSTERDAM);
  }
}
