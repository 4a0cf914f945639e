package nl.doorlopendelijn.tenancy.internal;

import nl.doorlopendelijn.tenancy.RegionScope;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

@Configuration(proxyBeanMethods = false)
class TenancyWebConfiguration implements WebFluxConfigurer {

  static {
    // Resolved from the path and the token, never sent by a client: not a parameter in the OpenAPI document.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(RegionScope.class);
  }

  private final RegionScopeResolver regionScopeResolver;

  TenancyWebConfiguration(RegionScopeResolver regionScopeResolver) {
    this.regionScopeResolver = regionScopeResolver;
  }

  /** The exchange in the Reactor context: {@link IdempotentieSleutels} hashes the request's method and path. */
  @Bean
  ServerWebExchangeContextFilter serverWebExchangeContextFilter() {
    return new ServerWebExchangeContextFilter();
  }

  @Override
  public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
    configurer.addCustomResolver(regionScopeResolver);
  }
}
