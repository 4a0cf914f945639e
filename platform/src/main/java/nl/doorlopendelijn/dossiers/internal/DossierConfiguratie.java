package nl.doorlopendelijn.dossiers.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DossierInstellingen.class)
class DossierConfiguratie {}
