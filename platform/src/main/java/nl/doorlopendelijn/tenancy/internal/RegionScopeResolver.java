package nl.doorlopendelijn.tenancy.internal;

import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Callers;
import nl.doorlopendelijn.tenancy.CoaRegionAccess;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.web.ApiProblem;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns the {@code {regio}} of a path into a {@link RegionScope}, or a 404 that reveals nothing: the region must
 * exist, be active, and be the caller's own (region tokens: the token's issuer decides), or be one the caller's
 * azc has an agreement with (COA tokens). Platform tokens enter no region.
 */
@Component
class RegionScopeResolver implements HandlerMethodArgumentResolver {

  static final String PATH_VARIABLE = "regio";

  private final RegionRegistry registry;
  private final List<CoaRegionAccess> coaAccess;

  RegionScopeResolver(RegionRegistry registry, List<CoaRegionAccess> coaAccess) {
    this.registry = registry;
    this.coaAccess = coaAccess;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return RegionScope.class.equals(parameter.getParameterType());
  }

  @Override
  public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
      ServerWebExchange exchange) {
    Map<String, String> vars = exchange.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    String slug = vars == null ? null : vars.get(PATH_VARIABLE);
    if (slug == null) {
      return Mono.error(new IllegalStateException("RegionScope needs a {regio} path variable"));
    }
    return Callers.current()
        .flatMap(caller -> resolve(slug, caller))
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .cast(Object.class);
  }

  Mono<RegionScope> resolve(String slug, Caller caller) {
    return registry.bySlug(slug)
        .filter(Region::active)
        .filterWhen(region -> mayEnter(caller, region))
        .map(region -> new RegionScope(region, caller));
  }

  private Mono<Boolean> mayEnter(Caller caller, Region region) {
    if (caller.kind() == CallerKind.REGIO) {
      return Mono.just(region.id().equals(caller.tenantId()));
    }
    if (caller.kind() == CallerKind.COA) {
      return Flux.fromIterable(coaAccess).concatMap(a -> a.mayEnter(caller, region)).any(Boolean::booleanValue);
    }
    return Mono.just(false);
  }
}
