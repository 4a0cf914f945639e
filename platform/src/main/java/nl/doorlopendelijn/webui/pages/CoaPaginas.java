package nl.doorlopendelijn.webui.pages;

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

/** A COA liaison's view of their azc across every region that has an agreement with it. */
@Controller
class CoaPaginas {

  private static final String API = "/api/v1/azc-locaties/{azc}";

  private final PlatformApi api;
  private final DashboardHtml dashboardHtml;

  CoaPaginas(PlatformApi api, DashboardHtml dashboardHtml) {
    this.api = api;
    this.dashboardHtml = dashboardHtml;
  }

  @GetMapping("/coa")
  Mono<Rendering> start(OAuth2AuthenticationToken user) {
    return Mono.just(Rendering.redirectTo(StartPaginas.thuis(user)).build());
  }

  @GetMapping("/coa/{azc}")
  Mono<Rendering> azc(@PathVariable String azc, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return Mono.zip(api.get(exchange, user, Paden.pad(API + "/dashboard", azc)),
            api.get(exchange, user, Paden.pad(API + "/dossiers", azc)),
            api.get(exchange, user, Paden.pad(API + "/samenwerkingsafspraken", azc)))
        .map(t -> {
          var dashboard = t.getT1();
          var dossiers = t.getT2();
          var afspraken = t.getT3();
          if (!afspraken.ok() && !dashboard.ok()) {
            return Meldingen.voor(afspraken, null, null).build();
          }
          return Rendering.view("coa")
              .modelAttribute("azc", azc)
              .modelAttribute("actief", "coa")
              .modelAttribute("dashboard", dashboard.ok() ? DashboardModel.van(dashboard.body()) : null)
              .modelAttribute("stroom", dashboard.ok() ? "/coa/" + azc + "/dashboard/stream" : null)
              .modelAttribute("dossiers", dossiers.ok() ? RegioPaginas.lijst(dossiers.body(), "dossiers") : null)
              .modelAttribute("afspraken", afspraken.ok()
                  ? RegioPaginas.lijst(afspraken.body(), "samenwerkingsafspraken") : null)
              .build();
        });
  }

  @GetMapping(path = "/coa/{azc}/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  Flux<ServerSentEvent<String>> stroom(@PathVariable String azc, OAuth2AuthenticationToken user,
      ServerWebExchange exchange, @RequestHeader(name = "Last-Event-ID", required = false) String laatsteId) {
    return dashboardHtml.van(api.stream(exchange, user, Paden.pad(API + "/dashboard/stream", azc), laatsteId));
  }

}
