package nl.doorlopendelijn.webui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of a page controller is one of {@link PaginaRoutes}: otherwise the page runs under the API's security
 * chain (no session login, no CSRF token: a 500 for its forms) and its errors come as problem+json instead of the
 * Dutch error page. Read from the application's own mappings, so a new page cannot be forgotten (issue 17's
 * {@code /notificaties} was, at first).
 */
@PlatformTest
class PaginaRoutesTest {

  @Autowired
  ApplicationContext context;

  @Test
  void elkePaginaRouteValtOnderDeBeveiligingVanDePaginas() {
    Set<String> routes = new TreeSet<>();
    context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
        mapping.getHandlerMethods().forEach((info, method) -> {
          if (method.getBeanType().getPackageName().startsWith("nl.doorlopendelijn.webui")) {
            info.getPatternsCondition().getPatterns().forEach(p -> routes.add(p.getPatternString()));
          }
        }));
    assertThat(routes).as("page routes").isNotEmpty().contains("/notificaties", "/werkvoorraad");

    Set<String> erbuiten = new TreeSet<>();
    for (String route : routes) {
      String pad = route.replaceAll("\\{[^}]+}", "x");
      var exchange = MockServerWebExchange.from(MockServerHttpRequest.get(pad).build());
      if (!Boolean.TRUE.equals(PaginaRoutes.isPagina(exchange).block())) {
        erbuiten.add(route);
      }
    }
    assertThat(erbuiten).as("page routes outside PaginaRoutes.PAGES").isEmpty();
  }
}
