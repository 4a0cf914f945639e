package nl.doorlopendelijn.webui.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
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

/** The contactpersonengids in a region's pages: search, vCard, "dit ben ik" and deciding on a claim. */
@Controller
class GidsPaginas {

  private static final String API = "/api/v1/regios/{regio}";

  private final PlatformApi api;
  private final RegionRegistry regions;

  GidsPaginas(PlatformApi api, RegionRegistry regions) {
    this.api = api;
    this.regions = regions;
  }

  /**
   * A contact's vCard, from the gids through the API (the browser holds no token, so it cannot follow the API's own
   * link): a download, not a page; an error gives the site's error page.
   */
  @GetMapping("/regio/{regio}/contactpersonen/{id}/vcard")
  Mono<org.springframework.http.ResponseEntity<byte[]>> vcard(@PathVariable String regio, @PathVariable String id,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return api.download(exchange, user, Paden.pad("/api/v1/contactpersonen/{id}/vcard", id), "text/vcard")
        .map(d -> d.alsAntwoord("text/vcard"));
  }

  @GetMapping("/regio/{regio}/contactpersonen")
  Mono<Rendering> contactpersonen(@PathVariable String regio, @RequestParam(name = "q", required = false) String q,
      @RequestParam(name = "organisatie", required = false) String organisatie,
      @RequestParam(name = "pagina", required = false) String paginaNummer,
      @RequestParam(name = "gedaan", required = false) String gedaan,
      @RequestHeader(name = "HX-Request", required = false) String htmx, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("q", q);
    query.put("organisatie", organisatie);
    query.put("pagina", paginaNummer);
    Map<String, String> apiQuery = new LinkedHashMap<>(query);
    boolean vanOrganisatie = organisatie != null && !organisatie.isBlank();
    if (!vanOrganisatie) {
      // an organisation's own people are listed whichever regions they serve
      apiQuery.put("regio", regio);
    }
    Mono<PlatformApi.Antwoord> zoek = (q == null || q.isBlank()) && !vanOrganisatie
        ? Mono.just(new PlatformApi.Antwoord(200, Map.of(), null))
        : api.get(exchange, user, Paden.metQuery("/api/v1/contactpersonen", apiQuery));
    if (htmx != null) {
      // the search as you type: only the results
      return Mono.zip(naam(regio), zoek, mijnKoppeling(exchange, user), eigenOrganisatie(exchange, user),
              ContactpersoonPaginas.bewerkbaar(api, exchange, user))
          .map(t -> !t.getT2().ok() ? Meldingen.voor(t.getT2(), regio, t.getT1()).build()
              : resultaten("contactpersonen :: resultaten", regio, t.getT1(), q, query, t.getT2(), t.getT3(),
                  t.getT4(), t.getT5()).build());
    }
    return Mono.zip(naam(regio), zoek, mijnKoppeling(exchange, user), eigenOrganisatie(exchange, user),
            api.get(exchange, user, "/api/v1/contactpersoon-koppelingen"),
            ContactpersoonPaginas.bewerkbaar(api, exchange, user))
        .map(t -> !t.getT2().ok() ? Meldingen.voor(t.getT2(), regio, t.getT1()).build()
            : resultaten("contactpersonen", regio, t.getT1(), q, query, t.getT2(), t.getT3(), t.getT4(), t.getT6())
                .modelAttribute("teBevestigen", t.getT5().ok() ? lijst(t.getT5().body(), "koppelingen") : List.of())
                .modelAttribute("gedaan", gedaan)
                .modelAttribute("organisatie", vanOrganisatie ? organisatie : "")
                .modelAttribute("organisatieNaam", vanOrganisatie ? organisatieNaam(t.getT2(), t.getT6(), organisatie)
                    : "")
                .build());
  }

  /** The name of the organisation a list is of: from the list itself, or from those she answers for. */
  private static String organisatieNaam(PlatformApi.Antwoord zoek, Map<String, String> bewerkbaar,
      String organisatie) {
    if (bewerkbaar.containsKey(organisatie)) {
      return bewerkbaar.get(organisatie);
    }
    return lijst(zoek.body(), "contactpersonen").stream().filter(Map.class::isInstance).map(Map.class::cast)
        .map(c -> c.get("organisatieNaam")).filter(java.util.Objects::nonNull).map(String::valueOf).findFirst()
        .orElse("deze organisatie");
  }

  private Rendering.Builder<?> resultaten(String view, String regio, String regioNaam, String q,
      Map<String, String> query, PlatformApi.Antwoord zoek, Map<String, Object> mijnKoppeling,
      String eigenOrganisatie, Map<String, String> bewerkbaar) {
    return pagina(view, regio, regioNaam, "contactpersonen")
        // the organisations she answers for: their lists, "Wijzigen" on their people, a new contact for them
        .modelAttribute("bewerkbaar", bewerkbaar)
        .modelAttribute("q", q == null ? "" : q)
        .modelAttribute("contactpersonen", lijst(zoek.body(), "contactpersonen"))
        .modelAttribute("bladeren", Bladeren.van(zoek.body().get("paginering"), query, "pagina",
            "/regio/{regio}/contactpersonen", regio))
        .modelAttribute("mijnKoppeling", mijnKoppeling.isEmpty() ? null : mijnKoppeling)
        // "dit ben ik" on the entries of her own organisation, while she has no claim (the API decides again)
        .modelAttribute("claimOrganisatie", mijnKoppeling.isEmpty() ? eigenOrganisatie : "");
  }

  /** The user's claim of a gids entry (pending or confirmed); empty when she has none. */
  private Mono<Map<String, Object>> mijnKoppeling(ServerWebExchange exchange, OAuth2AuthenticationToken user) {
    return api.get(exchange, user, "/api/v1/mijn/koppeling")
        .map(a -> a.ok() && a.body() != null ? a.body() : Map.<String, Object>of());
  }

  /**
   * The id of the user's own organisation in the gids: her gemeente's (gemeente-medewerker) or her azc's (COA
   * liaison), from the token's attribute; empty for anyone else (a coördinator claims through the API).
   */
  private Mono<String> eigenOrganisatie(ServerWebExchange exchange, OAuth2AuthenticationToken user) {
    String gemeente = null;
    String azc = null;
    if (user.getPrincipal() instanceof org.springframework.security.oauth2.core.oidc.user.OidcUser oidc) {
      gemeente = oidc.getClaimAsString("gemeente");
      azc = oidc.getClaimAsString("azc");
    }
    Map<String, String> vraag = gemeente != null ? Map.of("type", "gemeente", "cbsCode", gemeente)
        : azc != null ? Map.of("type", "azc", "azcCode", azc) : null;
    if (vraag == null) {
      return Mono.just("");
    }
    return api.get(exchange, user, Paden.metQuery("/api/v1/organisaties", vraag))
        .map(a -> a.ok() && lijst(a.body(), "organisaties").stream().findFirst().orElse(null) instanceof Map<?, ?> o
            ? String.valueOf(o.get("id")) : "");
  }

  /** "Dit ben ik": claims the entry; "bevestigen" / "afwijzen": an editor decides on a claim. */
  @PostMapping("/regio/{regio}/contactpersonen/{id}/{stap:claimen|bevestigen|afwijzen}")
  Mono<Rendering> koppeling(@PathVariable String regio, @PathVariable String id, @PathVariable String stap,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    String pad = switch (stap) {
      case "claimen" -> "/api/v1/contactpersonen/{id}/koppelingen";
      case "bevestigen" -> "/api/v1/contactpersonen/{id}/koppelingen/bevestigingen";
      default -> "/api/v1/contactpersonen/{id}/koppelingen/afwijzingen";
    };
    return Mono.zip(naam(regio), api.post(exchange, user, Paden.pad(pad, id), null, Map.of()))
        .map(t -> t.getT2().ok()
            ? Rendering.redirectTo(Paden.metQuery("/regio/{regio}/contactpersonen", Map.of("gedaan", stap), regio))
                .build()
            : Meldingen.voor(t.getT2(), regio, t.getT1()).build());
  }

  private Mono<String> naam(String regio) {
    return Pagina.regioNaam(regions, regio);
  }
}
