package nl.doorlopendelijn.dashboard.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DashboardInstellingen.class)
class DashboardConfiguratie {}
