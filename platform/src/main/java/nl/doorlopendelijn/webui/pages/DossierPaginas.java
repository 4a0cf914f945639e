package nl.doorlopendelijn.webui.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import static nl.doorlopendelijn.webui.pages.Pagina.lijst;
import static nl.doorlopendelijn.webui.pages.Pagina.pagina;

/** The overdrachtsdossiers of a region: the list and its search, one dossier with its timeline, the casemanager and the milestones' two-step forms. */
@Controller
class DossierPaginas {

  private static final String API = "/api/v1/regios/{regio}";

  private final PlatformApi api;
  private final RegionRegistry regions;
  private final Clock klok;

  DossierPaginas(PlatformApi api, RegionRegistry regions, Clock klok) {
    this.api = api;
    this.regions = regions;
    this.klok = klok;
  }

  @GetMapping("/regio/{regio}/dossiers")
  Mono<Rendering> dossiers(@PathVariable String regio, @RequestParam MultiValueMap<String, String> query,
      @RequestHeader(name = "HX-Request", required = false) String htmx, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    Map<String, String> filter = new LinkedHashMap<>();
    for (String naam : List.of("status", "signaal", "gemeente", "scenario", "pagina")) {
      filter.put(naam, query.getFirst(naam));
    }
    return Mono.zip(naam(regio), api.get(exchange, user, Paden.metQuery(API + "/dossiers", filter, regio)),
            api.get(exchange, user, Paden.pad(API + "/gemeenten", regio)))
        .map(t -> {
          var lijst = t.getT2();
          if (!lijst.ok() && lijst.status() != 400) {
            return Meldingen.voor(lijst, regio, t.getT1()).build();
          }
          // htmx asks for the list only when a filter changes
          var pagina = pagina(htmx != null ? "dossiers :: lijst" : "dossiers", regio, t.getT1(), "dossiers")
              .modelAttribute("gemeenten", lijst(t.getT3().body(), "gemeenten"))
              .modelAttribute("signalen", Filteropties.signalen())
              .modelAttribute("signaalNamen", Filteropties.signaalNamen())
              .modelAttribute("filter", filter);
          if (lijst.status() == 400) {
            // an unknown filter value: say so, never "no dossiers"
            return pagina.status(HttpStatus.BAD_REQUEST)
                .modelAttribute("dossiers", List.of())
                .modelAttribute("fouten", Meldingen.ongeldig(lijst))
                .build();
          }
          Object paginering = lijst.body().get("paginering");
          return pagina
              .modelAttribute("dossiers", lijst(lijst.body(), "dossiers"))
              .modelAttribute("paginering", paginering)
              // the downloads keep the filters applied now (htmx re-renders them with the list)
              .modelAttribute("exportExcel", ExportPaginas.link(Paden.pad("/regio/{regio}/dossiers/export", regio),
                  "xlsx", filter))
              .modelAttribute("exportCsv", ExportPaginas.link(Paden.pad("/regio/{regio}/dossiers/export", regio),
                  "csv", filter))
              .modelAttribute("bladeren", Bladeren.van(paginering, filter, "pagina", "/regio/{regio}/dossiers", regio))
              .build();
        });
  }

  /** Results per search on the page; more: the page asks to refine (the name never goes in a link to page on). */
  static final int ZOEK_RESULTATEN = 50;

  /**
   * The list page's search by number or name: a POST (the name never goes in a URL, a log line or the browser's
   * history), passed on to the API's {@code POST .../dossiers/zoekopdrachten} in its body; the results in the list.
   */
  @PostMapping("/regio/{regio}/dossiers/zoeken")
  Mono<Rendering> zoekDossiers(@PathVariable String regio, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      String tekst = form.getFirst("tekst") == null ? "" : form.getFirst("tekst").strip();
      Map<String, String> filter = new LinkedHashMap<>();
      Mono<PlatformApi.Antwoord> zoek = api.post(exchange, user, Paden.metQuery(API + "/dossiers/zoekopdrachten",
          Map.of("paginaGrootte", String.valueOf(ZOEK_RESULTATEN)), regio), null, Map.of("tekst", tekst));
      return Mono.zip(naam(regio), zoek, api.get(exchange, user, Paden.pad(API + "/gemeenten", regio)))
          .map(t -> {
            var antwoord = t.getT2();
            if (!antwoord.ok() && antwoord.status() != 400) {
              return Meldingen.voor(antwoord, regio, t.getT1()).build();
            }
            var pagina = pagina("dossiers", regio, t.getT1(), "dossiers")
                .modelAttribute("gemeenten", lijst(t.getT3().body(), "gemeenten"))
                .modelAttribute("signalen", Filteropties.signalen())
                .modelAttribute("signaalNamen", Filteropties.signaalNamen())
                .modelAttribute("filter", filter)
                .modelAttribute("zoektekst", tekst);
            if (antwoord.status() == 400) {
              return pagina.status(HttpStatus.BAD_REQUEST).modelAttribute("dossiers", List.of())
                  .modelAttribute("zoekfouten", Meldingen.ongeldig(antwoord)).build();
            }
            Object paginering = antwoord.body().get("paginering");
            return pagina.modelAttribute("dossiers", lijst(antwoord.body(), "dossiers"))
                .modelAttribute("paginering", paginering)
                .modelAttribute("zoekresultaat", Boolean.TRUE)
                .build();
          });
    });
  }

  /**
   * What a redirect after a saved form says on the dossier page ({@code ?opgeslagen=nieuw|ja}); nothing without the
   * parameter. Read here, not in the template: Thymeleaf's {@code param.x} is never null in WebFlux, so a check on it
   * showed the message on every visit.
   */
  static String opgeslagenMelding(String opgeslagen) {
    if (opgeslagen == null || opgeslagen.isBlank()) {
      return null;
    }
    return opgeslagen.equals("nieuw") ? "Het dossier is vastgelegd." : "De wijzigingen zijn opgeslagen.";
  }

  /** What a redirect after a gesprek's step says ({@code ?gesprek=gepland|verzet|gehouden|geannuleerd}). */
  static String gesprekMelding(String stap) {
    if (stap == null) {
      return null;
    }
    return switch (stap) {
      case "gepland" -> "Het gesprek is gepland.";
      case "verzet" -> "Het gesprek is gewijzigd.";
      case "gehouden" -> "Het gesprek is vastgelegd als gehouden.";
      case "geannuleerd" -> "Het gesprek is geannuleerd.";
      default -> null;
    };
  }

  @GetMapping("/regio/{regio}/dossiers/{id}")
  Mono<Rendering> dossier(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    var params = exchange.getRequest().getQueryParams();
    return Mono.zip(naam(regio), api.get(exchange, user, Paden.pad(API + "/dossiers/{id}", regio, id)),
            api.get(exchange, user, Paden.pad(API + "/dossiers/{id}/mijlpalen", regio, id)),
            api.get(exchange, user, Paden.metQuery(API + "/dossiers/{id}/historie", Map.of("paginaGrootte", "100"),
                regio, id)),
            api.get(exchange, user, Paden.pad(API + "/dossiers/{id}/gesprekken", regio, id)))
        .flatMap(t -> {
          if (!t.getT2().ok()) {
            return Mono.just(Meldingen.voor(t.getT2(), regio, t.getT1()).build());
          }
          Map<String, Object> dossier = t.getT2().body();
          // the casemanager's form only for whoever may choose her (the API says so), with the azc's active contacts
          Mono<List<?>> keuzes = Boolean.TRUE.equals(dossier.get("magCasemanagerKiezen"))
              ? api.get(exchange, user, Paden.metQuery(API + "/contactpersoon-keuzes",
                  Map.of("rol", "casemanager", "azc", String.valueOf(dossier.get("azcLocatie"))), regio))
                  .map(k -> k.ok() ? lijst(k.body(), "contactpersonen") : List.of())
              : Mono.just(List.of());
          return keuzes.map(casemanagers -> pagina("dossier", regio, t.getT1(), "dossiers")
              .modelAttribute("dossier", dossier)
              .modelAttribute("versie", t.getT2().etag() == null ? "" : t.getT2().etag())
              .modelAttribute("mijlpalen", t.getT3().ok() ? lijst(t.getT3().body(), "mijlpalen")
                  : lijst(dossier, "mijlpalen"))
              .modelAttribute("casemanagers", casemanagers)
              .modelAttribute("vandaag", LocalDate.now(klok).toString())
              .modelAttribute("opgeslagen", opgeslagenMelding(params.getFirst("opgeslagen")))
              .modelAttribute("gesprekMelding", gesprekMelding(params.getFirst("gesprek")))
              .modelAttribute("afgerond", params.getFirst("afgerond"))
              .modelAttribute("gecorrigeerd", params.getFirst("gecorrigeerd"))
              .modelAttribute("historie", t.getT4().ok() ? HistorieRegel.van(lijst(t.getT4().body(), "gebeurtenissen"))
                  : List.of())
              .modelAttribute("casemanagerGekozen", params.getFirst("casemanager"))
              .modelAttribute("gesprekken", t.getT5().ok() ? lijst(t.getT5().body(), "gesprekken") : List.of())
              .build());
        });
  }

  /** The COA's form on the dossier page: chooses (or clears) the casemanager, with the version the page showed. */
  @PostMapping("/regio/{regio}/dossiers/{id}/casemanager")
  Mono<Rendering> kiesCasemanager(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      Map<String, Object> body = new LinkedHashMap<>();
      String gekozen = form.getFirst("casemanagerId");
      body.put("casemanagerId", gekozen == null || gekozen.isBlank() ? null : gekozen);
      return Mono.zip(naam(regio), api.put(exchange, user, Paden.pad(API + "/dossiers/{id}/casemanager", regio, id),
              form.getFirst("versie"), body))
          .map(t -> t.getT2().ok()
              ? Rendering.redirectTo(Paden.metQuery("/regio/{regio}/dossiers/{id}", Map.of("casemanager", "gekozen"),
                  regio, id)).build()
              : Meldingen.voor(t.getT2(), regio, t.getT1()).build());
    });
  }

  /**
   * The timeline's form: marks a milestone done (date, note); the API records who. Two steps, without JavaScript:
   * the form (and an implicit submission by Enter in its date field) only reaches a confirmation page; the milestone
   * is completed only when that page's button posts {@code bevestigd=ja}, with the Idempotency-Key it carries.
   */
  @PostMapping("/regio/{regio}/dossiers/{id}/mijlpalen/{type}/afronden")
  Mono<Rendering> rondAf(@PathVariable String regio, @PathVariable String id, @PathVariable String type,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      String datum = form.getFirst("datum");
      datum = datum == null || datum.isBlank() ? LocalDate.now(klok).toString() : datum;
      String notitie = form.getFirst("notitie");
      notitie = notitie == null || notitie.isBlank() ? null : notitie;
      if (!bevestigd(form)) {
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("versie", waarde(form.getFirst("versie")));
        velden.put("datum", datum);
        velden.put("notitie", notitie == null ? "" : notitie);
        velden.put("sleutel", java.util.UUID.randomUUID().toString());
        String stap = form.getFirst("naam") == null || form.getFirst("naam").isBlank() ? type : form.getFirst("naam");
        velden.put("naam", stap);
        return bevestigStap(exchange, user, regio, id, "Afronden bevestigen",
            "Markeer " + stap + " als afgerond op " + datum + "?", "Ja, markeer als afgerond",
            "/regio/{regio}/dossiers/{id}/mijlpalen/{type}/afronden", type, velden);
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("datum", datum);
      if (notitie != null) {
        body.put("notitie", notitie);
      }
      return Mono.zip(naam(regio), api.post(exchange, user,
              Paden.pad(API + "/dossiers/{id}/mijlpalen/{type}/afrondingen", regio, id, type), form.getFirst("versie"),
              form.getFirst("sleutel"), body))
          .map(t -> t.getT2().ok()
              ? Rendering.redirectTo(Paden.metQuery("/regio/{regio}/dossiers/{id}", Map.of("afgerond", type), regio,
                  id)).build()
              : Meldingen.voor(t.getT2(), regio, t.getT1()).build());
    });
  }

  /**
   * Correcting a completed milestone (another date, or undone), with a reason: the same two steps as completing.
   */
  @PostMapping("/regio/{regio}/dossiers/{id}/mijlpalen/{type}/corrigeren")
  Mono<Rendering> corrigeer(@PathVariable String regio, @PathVariable String id, @PathVariable String type,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      boolean ongedaan = "ongedaan".equals(form.getFirst("correctie"));
      String datum = waarde(form.getFirst("datum"));
      String reden = waarde(form.getFirst("reden")).strip();
      if (!bevestigd(form)) {
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("versie", waarde(form.getFirst("versie")));
        velden.put("correctie", ongedaan ? "ongedaan" : "datum");
        velden.put("datum", datum);
        velden.put("reden", reden);
        velden.put("sleutel", java.util.UUID.randomUUID().toString());
        String stap = form.getFirst("naam") == null || form.getFirst("naam").isBlank() ? type : form.getFirst("naam");
        velden.put("naam", stap);
        return bevestigStap(exchange, user, regio, id, "Correctie bevestigen",
            (ongedaan ? "Maak de afronding van " + stap + " ongedaan" : "Corrigeer " + stap + " naar afgerond op "
                + (datum.isEmpty() ? "(geen datum)" : datum)) + ", met reden \"" + reden + "\"?",
            ongedaan ? "Ja, maak ongedaan" : "Ja, corrigeer",
            "/regio/{regio}/dossiers/{id}/mijlpalen/{type}/corrigeren", type, velden);
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("reden", reden);
      if (ongedaan) {
        body.put("ongedaanMaken", true);
      } else if (!datum.isEmpty()) {
        body.put("datum", datum);
      }
      return Mono.zip(naam(regio), api.post(exchange, user,
              Paden.pad(API + "/dossiers/{id}/mijlpalen/{type}/correcties", regio, id, type), form.getFirst("versie"),
              form.getFirst("sleutel"), body))
          .map(t -> t.getT2().ok()
              ? Rendering.redirectTo(Paden.metQuery("/regio/{regio}/dossiers/{id}", Map.of("gecorrigeerd", type),
                  regio, id)).build()
              : Meldingen.voor(t.getT2(), regio, t.getT1()).build());
    });
  }

  /** Whether the confirmation page's own button sent the form (never the first form, never Enter in it). */
  private static boolean bevestigd(MultiValueMap<String, String> form) {
    return "ja".equals(form.getFirst("bevestigd"));
  }

  private static String waarde(String v) {
    return v == null ? "" : v;
  }

  /** The confirmation step: what will happen, in words, and the one button that does it. Nothing is changed yet. */
  private Mono<Rendering> bevestigStap(ServerWebExchange exchange, OAuth2AuthenticationToken user, String regio,
      String id, String titel, String vraag, String knop, String actie, String type, Map<String, String> velden) {
    return Mono.zip(naam(regio), api.get(exchange, user, Paden.pad(API + "/dossiers/{id}", regio, id)))
        .map(t -> !t.getT2().ok() ? Meldingen.voor(t.getT2(), regio, t.getT1()).build()
            : pagina("mijlpaal-bevestigen", regio, t.getT1(), "dossiers")
                .modelAttribute("titel", titel)
                .modelAttribute("vraag", vraag)
                .modelAttribute("knop", knop)
                .modelAttribute("dossiernummer", t.getT2().body().get("dossiernummer"))
                .modelAttribute("actie", Paden.pad(actie, regio, id, type))
                .modelAttribute("terug", Paden.pad("/regio/{regio}/dossiers/{id}", regio, id))
                .modelAttribute("velden", velden)
                .build());
  }

  private Mono<String> naam(String regio) {
    return Pagina.regioNaam(regions, regio);
  }
}
