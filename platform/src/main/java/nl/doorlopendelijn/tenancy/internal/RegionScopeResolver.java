package nl.doorlopendelijn.tenancy.internal;

import java.util.Map;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Callers;
import nl.doorlopendelijn.tenancy.CoaRegios;
import nl.doorlopendelijn.tenancy.CoaToegang;
import nl.doorlopendelijn.tenancy.EnkelDossier;
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
import reactor.core.publisher.Mono;

/**
 * Turns the {@code {regio}} of a path into a {@link RegionScope}, or a 404 that reveals nothing: the region must
 * exist, be active, and be the caller's own (region tokens: the token's issuer decides), or be one the caller's
 * azc works in (COA tokens: {@link CoaToegang}, which the scope carries). Platform tokens enter no region. The scope
 * made is left in the exchange ({@link RegionScope#ATTRIBUTE}).
 */
@Component
class RegionScopeResolver implements HandlerMethodArgumentResolver {

  static final String PATH_VARIABLE = "regio";

  private final RegionRegistry registry;
  private final CoaRegios coaRegios;

  RegionScopeResolver(RegionRegistry registry, CoaRegios coaRegios) {
    this.registry = registry;
    this.coaRegios = coaRegios;
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
        .flatMap(caller -> resolve(slug, caller, parameter.hasParameterAnnotation(EnkelDossier.class)))
        .doOnNext(scope -> exchange.getAttributes().put(RegionScope.ATTRIBUTE, scope))
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .cast(Object.class);
  }

  Mono<RegionScope> resolve(String slug, Caller caller, boolean enkelDossier) {
    return registry.bySlug(slug)
        .filter(Region::active)
        .flatMap(region -> enter(caller, region, enkelDossier));
  }

  private Mono<RegionScope> enter(Caller caller, Region region, boolean enkelDossier) {
    if (caller.kind() == CallerKind.REGIO) {
      return region.id().equals(caller.tenantId()) ? Mono.just(new RegionScope(region, caller)) : Mono.empty();
    }
    if (caller.kind() == CallerKind.COA) {
      return coaRegios.toegang(caller, region).filter(t -> t.magBinnen(enkelDossier))
          .map(t -> new RegionScope(region, caller, t));
    }
    return Mono.empty();
  }
}
