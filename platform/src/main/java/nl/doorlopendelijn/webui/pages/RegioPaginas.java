package nl.doorlopendelijn.webui.pages;

import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static nl.doorlopendelijn.webui.pages.Pagina.lijst;
import static nl.doorlopendelijn.webui.pages.Pagina.pagina;

/** A region's home and its live dashboard. */
@Controller
class RegioPaginas {

  private static final String API = "/api/v1/regios/{regio}";

  private final PlatformApi api;
  private final RegionRegistry regions;
  private final DashboardHtml dashboardHtml;
  private final Namen namen;

  RegioPaginas(PlatformApi api, RegionRegistry regions, DashboardHtml dashboardHtml, Namen namen) {
    this.namen = namen;
    this.api = api;
    this.regions = regions;
    this.dashboardHtml = dashboardHtml;
  }

  @GetMapping("/regio/{regio}")
  Mono<Rendering> home(@PathVariable String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return Mono.zip(naam(regio), api.get(exchange, user, Paden.pad(API, regio)),
            api.get(exchange, user, Paden.pad(API + "/gemeenten", regio)))
        .map(t -> {
          if (!t.getT2().ok()) {
            return Meldingen.voor(t.getT2(), regio, t.getT1()).build();
          }
          Object drempel = t.getT2().body().get("drempelKleineAantallen");
          return pagina("regio", regio, t.getT1(), "home")
              .modelAttribute("gegevens", t.getT2().body())
              .modelAttribute("gemeenten", lijst(t.getT3().body(), "gemeenten"))
              // the region's settings, readable: its norms as sentences and the dashboard's small-count rule
              .modelAttribute("normen", RegioInstellingen.normen(t.getT2().body()))
              .modelAttribute("drempelZin", RegioInstellingen.drempel(drempel instanceof Number n ? n.intValue() : 5))
              .build();
        });
  }

  @GetMapping("/regio/{regio}/dashboard")
  Mono<Rendering> dashboard(@PathVariable String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return Mono.zip(naam(regio), api.get(exchange, user, Paden.pad(API + "/dashboard", regio)), omgeving(regio, user,
            exchange), namen.nu())
        .map(t -> !t.getT2().ok() ? Meldingen.voor(t.getT2(), regio, t.getT1()).build()
            : pagina("dashboard", regio, t.getT1(), "dashboard")
                .modelAttribute("dashboard", DashboardModel.van(t.getT2().body(), t.getT4(), t.getT3()))
                .modelAttribute("stroom", "/regio/" + regio + "/dashboard/stream")
                .modelAttribute("exportExcel", Paden.pad("/regio/{regio}/dashboard/export", regio) + "?formaat=xlsx")
                .modelAttribute("exportCsv", Paden.pad("/regio/{regio}/dashboard/export", regio) + "?formaat=csv")
                .build());
  }

  /**
   * The API's live dashboard, passed on to the browser as ready-made HTML (htmx swaps it in): each event of the API
   * carries the whole dashboard, which is rendered with the same fragment as the page. Last-Event-ID goes upstream.
   */
  @GetMapping(path = "/regio/{regio}/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  Flux<ServerSentEvent<String>> dashboardStroom(@PathVariable String regio, OAuth2AuthenticationToken user,
      ServerWebExchange exchange, @RequestHeader(name = "Last-Event-ID", required = false) String laatsteId) {
    return omgeving(regio, user, exchange).flatMapMany(o -> dashboardHtml.van(
        api.stream(exchange, user, Paden.pad(API + "/dashboard/stream", regio), laatsteId), o));
  }

  /**
   * What the dashboard explains its figures with (the region's norms) and where they link: the region's dossier
   * list (the dashboard's own view decides which figures link: none for a dashboard-viewer).
   */
  private Mono<DashboardModel.Omgeving> omgeving(String regio, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return api.get(exchange, user, Paden.pad(API, regio)).map(r -> DashboardModel.Omgeving.van(r.ok() ? r.body()
        : null, Paden.pad("/regio/{regio}/dossiers", regio)));
  }

  private Mono<String> naam(String regio) {
    return Pagina.regioNaam(regions, regio);
  }
}
