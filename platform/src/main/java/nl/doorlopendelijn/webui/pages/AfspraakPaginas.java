package nl.doorlopendelijn.webui.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import static nl.doorlopendelijn.webui.pages.Pagina.lijst;
import static nl.doorlopendelijn.webui.pages.Pagina.pagina;

/** The samenwerkingsafspraken of a region: the list and one agreement with its parties and norms. */
@Controller
class AfspraakPaginas {

  private static final String API = "/api/v1/regios/{regio}";

  private final PlatformApi api;
  private final RegionRegistry regions;

  AfspraakPaginas(PlatformApi api, RegionRegistry regions) {
    this.api = api;
    this.regions = regions;
  }

  @GetMapping("/regio/{regio}/afspraken")
  Mono<Rendering> afspraken(@PathVariable String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("pagina", exchange.getRequest().getQueryParams().getFirst("pagina"));
    return Mono.zip(naam(regio), api.get(exchange, user,
            Paden.metQuery(API + "/samenwerkingsafspraken", query, regio)))
        .map(t -> !t.getT2().ok() ? Meldingen.voor(t.getT2(), regio, t.getT1()).build()
            : pagina("afspraken", regio, t.getT1(), "afspraken")
                .modelAttribute("afspraken", lijst(t.getT2().body(), "samenwerkingsafspraken"))
                .modelAttribute("bladeren", Bladeren.van(t.getT2().body().get("paginering"), query, "pagina",
                    "/regio/{regio}/afspraken", regio))
                .build());
  }

  @GetMapping("/regio/{regio}/afspraken/{id}")
  Mono<Rendering> afspraak(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return Mono.zip(naam(regio), api.get(exchange, user, Paden.pad(API + "/samenwerkingsafspraken/{id}", regio, id)))
        .map(t -> !t.getT2().ok() ? Meldingen.voor(t.getT2(), regio, t.getT1()).build()
            : pagina("afspraak", regio, t.getT1(), "afspraken").modelAttribute("afspraak", t.getT2().body()).build());
  }

  private Mono<String> naam(String regio) {
    return Pagina.regioNaam(regions, regio);
  }
}
