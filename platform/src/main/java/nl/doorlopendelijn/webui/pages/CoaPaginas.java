package nl.doorlopendelijn.webui.pages;

import java.util.LinkedHashMap;
import java.util.List;
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
  private final Namen namen;

  CoaPaginas(PlatformApi api, DashboardHtml dashboardHtml, Namen namen) {
    this.namen = namen;
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
            api.get(exchange, user, Paden.pad(API + "/samenwerkingsafspraken", azc)),
            api.get(exchange, user, Paden.metQuery("/api/v1/mijn/werkvoorraad",
                Map.of("paginaGrootte", String.valueOf(WERKVOORRAAD_TELLEN)))),
            contactpersonen(azc, user, exchange), namen.nu())
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
              .modelAttribute("dashboard", dashboard.ok() ? DashboardModel.van(dashboard.body(), t.getT6(),
                  DashboardModel.Omgeving.zonderLinks()) : null)
              .modelAttribute("stroom", dashboard.ok() ? "/coa/" + azc + "/dashboard/stream" : null)
              .modelAttribute("exportExcel", dashboard.ok()
                  ? Paden.pad("/coa/{azc}/dashboard/export", azc) + "?formaat=xlsx" : null)
              .modelAttribute("exportCsv", dashboard.ok()
                  ? Paden.pad("/coa/{azc}/dashboard/export", azc) + "?formaat=csv" : null)
              .modelAttribute("dossiers", dossierLijst == null ? null : dossierLijst.items())
              .modelAttribute("dossiersBladeren", dossierLijst == null ? null : dossierLijst.bladeren())
              .modelAttribute("afspraken", afspraakLijst == null ? null : afspraakLijst.items())
              .modelAttribute("afsprakenBladeren", afspraakLijst == null ? null : afspraakLijst.bladeren())
              .modelAttribute("signaalNamen", Filteropties.signaalNamen())
              .modelAttribute("regios", regios(afspraken, dashboard))
              .modelAttribute("inVoege", regios(new PlatformApi.Antwoord(404, null, null), dashboard))
              .modelAttribute("werkvoorraad", t.getT4().ok() ? Werkvoorraadtelling.van(t.getT4().body()) : null)
              .modelAttribute("contactOrganisatie", t.getT5().organisatie())
              .modelAttribute("contactpersonen", t.getT5().contactpersonen())
              .build();
        });
  }

  /** The werkvoorraad items counted for the summary on the home (its first page; the total comes from the API). */
  static final int WERKVOORRAAD_TELLEN = 100;

  /** The azc's people in the gids: its organisation's id and its active contacts (none when the gids has no azc). */
  record AzcContacten(String organisatie, List<?> contactpersonen) {}

  private Mono<AzcContacten> contactpersonen(String azc, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return api.get(exchange, user, Paden.metQuery("/api/v1/organisaties", Map.of("type", "azc", "azcCode", azc)))
        .flatMap(o -> {
          Object org = o.ok() ? Pagina.lijst(o.body(), "organisaties").stream().findFirst().orElse(null) : null;
          if (!(org instanceof Map<?, ?> m)) {
            return Mono.just(new AzcContacten(null, List.of()));
          }
          String id = String.valueOf(m.get("id"));
          return api.get(exchange, user, Paden.metQuery("/api/v1/contactpersonen",
                  Map.of("organisatie", id, "paginaGrootte", "100")))
              .map(c -> new AzcContacten(id, c.ok() ? Pagina.lijst(c.body(), "contactpersonen") : List.of()));
        });
  }

  /**
   * The regions that have an agreement with the azc (the access rule: where one is in force she sees the azc's
   * dossiers and dashboard), by slug, in the order the agreements and the dashboard name them.
   */
  static List<String> regios(PlatformApi.Antwoord afspraken, PlatformApi.Antwoord dashboard) {
    java.util.Set<String> slugs = new java.util.LinkedHashSet<>();
    if (afspraken.ok()) {
      Pagina.lijst(afspraken.body(), "samenwerkingsafspraken").forEach(a -> {
        if (a instanceof Map<?, ?> m && m.get("regio") != null) {
          slugs.add(String.valueOf(m.get("regio")));
        }
      });
    }
    if (dashboard.ok()) {
      Pagina.lijst(dashboard.body(), "regios").forEach(r -> {
        if (r instanceof Map<?, ?> m && m.get("slug") != null) {
          slugs.add(String.valueOf(m.get("slug")));
        }
      });
    }
    return List.copyOf(slugs);
  }

  /** The werkvoorraad in a sentence's worth of numbers: how many items, and how many of each kind. */
  record Werkvoorraadtelling(long totaal, Map<String, Long> perSoort) {

    static Werkvoorraadtelling van(Map<String, Object> body) {
      Map<String, Long> perSoort = new LinkedHashMap<>();
      Pagina.lijst(body, "items").forEach(i -> {
        if (i instanceof Map<?, ?> m && m.get("soortNaam") != null) {
          perSoort.merge(String.valueOf(m.get("soortNaam")), 1L, Long::sum);
        }
      });
      long totaal = body.get("paginering") instanceof Map<?, ?> p && p.get("totaalAantal") instanceof Number n
          ? n.longValue() : perSoort.values().stream().mapToLong(Long::longValue).sum();
      return new Werkvoorraadtelling(totaal, perSoort);
    }
  }

  @GetMapping(path = "/coa/{azc}/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  Flux<ServerSentEvent<String>> stroom(@PathVariable String azc, OAuth2AuthenticationToken user,
      ServerWebExchange exchange, @RequestHeader(name = "Last-Event-ID", required = false) String laatsteId) {
    // the azc across regions: no one dossier list holds its figures, so they link nowhere
    return dashboardHtml.van(api.stream(exchange, user, Paden.pad(API + "/dashboard/stream", azc), laatsteId),
        DashboardModel.Omgeving.zonderLinks());
  }

}
