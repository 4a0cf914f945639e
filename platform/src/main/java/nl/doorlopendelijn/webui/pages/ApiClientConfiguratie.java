package nl.doorlopendelijn.webui.pages;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the pages' API client settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiClientInstellingen.class)
class ApiClientConfiguratie {}
