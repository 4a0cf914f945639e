package nl.doorlopendelijn.tenancy.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

@Configuration(proxyBeanMethods = false)
class TenancyWebConfiguration implements WebFluxConfigurer {

  private final RegionScopeResolver regionScopeResolver;

  TenancyWebConfiguration(RegionScopeResolver regionScopeResolver) {
    this.regionScopeResolver = regionScopeResolver;
  }

  @Override
  public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
    configurer.addCustomResolver(regionScopeResolver);
  }
}
