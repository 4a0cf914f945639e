package nl.doorlopendelijn.dashboard.internal;

import java.time.ZoneId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DashboardInstellingen.class)
class DashboardConfiguratie {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
}
