package nl.doorlopendelijn.webui.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
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
    String thuis = StartPaginas.thuis(user);
    if (thuis.equals("/coa")) {
      // a COA account without an azc: nothing to show (and no redirect to itself)
      return Mono.just(Rendering.view("melding").status(HttpStatus.NOT_FOUND)
          .modelAttribute("titel", "Geen azc-locatie")
          .modelAttribute("tekst", "Aan uw account is geen azc-locatie gekoppeld. Vraag uw beheerder dit te regelen.")
          .build());
    }
    return Mono.just(Rendering.redirectTo(thuis).build());
  }

  /**
   * The liaison's home. The API gives the azc's dossiers and agreements over all regions whole (at most
   * {@code DossierOverzichten.MAX_PER_REGIO} dossiers per region), so both lists are cut into pages here.
   */
  @GetMapping("/coa/{azc}")
  Mono<Rendering> azc(@PathVariable String azc, @RequestParam(name = "pagina", required = false) String pagina,
      @RequestParam(name = "afsprakenPagina", required = false) String afsprakenPagina,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    Integer dossierPagina = Bladeren.paginanummer(pagina);
    Integer afspraakPagina = Bladeren.paginanummer(afsprakenPagina);
    if (dossierPagina == null || afspraakPagina == null) {
      return Mono.just(Meldingen.ongeldigePagina(dossierPagina == null ? "pagina" : "afsprakenPagina").build());
    }
    Map<String, String> query = new LinkedHashMap<>();
    query.put("pagina", pagina);
    query.put("afsprakenPagina", afsprakenPagina);
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
          var dossierLijst = dossiers.ok() ? Bladeren.snijd(Pagina.lijst(dossiers.body(), "dossiers"),
              dossierPagina, query, "pagina", "/coa/{azc}", azc) : null;
          var afspraakLijst = afspraken.ok() ? Bladeren.snijd(
              Pagina.lijst(afspraken.body(), "samenwerkingsafspraken"), afspraakPagina, query,
              "afsprakenPagina", "/coa/{azc}", azc) : null;
          return Rendering.view("coa")
              .modelAttribute("azc", azc)
              .modelAttribute("actief", "coa")
              .modelAttribute("dashboard", dashboard.ok() ? DashboardModel.van(dashboard.body()) : null)
              .modelAttribute("stroom", dashboard.ok() ? "/coa/" + azc + "/dashboard/stream" : null)
              .modelAttribute("dossiers", dossierLijst == null ? null : dossierLijst.items())
              .modelAttribute("dossiersBladeren", dossierLijst == null ? null : dossierLijst.bladeren())
              .modelAttribute("afspraken", afspraakLijst == null ? null : afspraakLijst.items())
              .modelAttribute("afsprakenBladeren", afspraakLijst == null ? null : afspraakLijst.bladeren())
              .modelAttribute("signaalNamen", Filteropties.signaalNamen())
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
