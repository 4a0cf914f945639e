package nl.doorlopendelijn.webui.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The contactlog of a dossier in the pages: its section on the dossier page (loaded by htmx from
 * {@code /regio/{r}/dossiers/{id}/contactlog}, so every view reads the notes through the API and is audited), the
 * same as a page of its own (without JavaScript, and for older notes), and its two forms: writing a note and the
 * author's correction. Errors of a form come back next to its fields, with what was typed.
 */
@Controller
class ContactlogPaginas {

  private static final String API = "/api/v1/regios/{regio}/dossiers/{id}";
  static final int PAGINAGROOTTE = 20;

  /** A note as its page shows it: names, Dutch date and time, earlier versions. */
  public record NotitieRegel(String id, String onderwerp, String tekst, String auteur, String organisatie, String op,
      String wanneer, boolean gecorrigeerd, String gecorrigeerdWanneer, boolean magCorrigeren, int versie,
      List<VersieRegel> versies) {}

  /** An earlier version of a corrected note. */
  public record VersieRegel(int versie, String onderwerp, String tekst, String wanneer, String vervangen) {}

  /** What was typed in a form that the API refused, and its errors per field. */
  public record Invoer(String notitieId, String onderwerp, String tekst, Map<String, String> fouten) {
    public String fout(String veld) {
      return fouten.get(veld);
    }
  }

  private final PlatformApi api;
  private final RegionRegistry regions;

  ContactlogPaginas(PlatformApi api, RegionRegistry regions) {
    this.api = api;
    this.regions = regions;
  }

  /** The section (an htmx request from the dossier page), or the contactlog as a page of its own. */
  @GetMapping("/regio/{regio}/dossiers/{id}/contactlog")
  Mono<Rendering> contactlog(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    var params = exchange.getRequest().getQueryParams();
    boolean fragment = "true".equals(exchange.getRequest().getHeaders().getFirst("HX-Request"));
    String pagina = params.getFirst("pagina");
    if (pagina != null && !pagina.matches("[1-9][0-9]{0,6}")) {
      return Mono.just(Meldingen.ongeldigePagina("pagina").build());
    }
    return toon(exchange, user, regio, id, pagina == null ? 1 : Integer.parseInt(pagina), fragment, null,
        HttpStatus.OK);
  }

  @PostMapping("/regio/{regio}/dossiers/{id}/notities")
  Mono<Rendering> schrijf(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      Map<String, Object> body = body(form);
      return api.schrijf(exchange, user, HttpMethod.POST, Paden.pad(API + "/notities", regio, id), null,
              form.getFirst("sleutel"), body)
          .flatMap(a -> na(exchange, user, regio, id, a.antwoord(), null, form));
    });
  }

  @PostMapping("/regio/{regio}/dossiers/{id}/notities/{notitieId}/corrigeren")
  Mono<Rendering> corrigeer(@PathVariable String regio, @PathVariable String id, @PathVariable String notitieId,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> api.put(exchange, user,
            Paden.pad(API + "/notities/{n}", regio, id, notitieId), form.getFirst("versie"), body(form))
        .flatMap(a -> na(exchange, user, regio, id, a, notitieId, form)));
  }

  /** After a form: back to the dossier's contactlog; a refused one shows its errors, other failures their page. */
  private Mono<Rendering> na(ServerWebExchange exchange, OAuth2AuthenticationToken user, String regio, String id,
      PlatformApi.Antwoord a, String notitieId, MultiValueMap<String, String> form) {
    if (a.ok()) {
      return Mono.just(Rendering.redirectTo(Paden.pad("/regio/{regio}/dossiers/{id}", regio, id) + "#contactlog")
          .build());
    }
    if (a.status() == 400) {
      return toon(exchange, user, regio, id, 1, false, new Invoer(notitieId, waarde(form.getFirst("onderwerp")),
          waarde(form.getFirst("tekst")), fouten(a)), HttpStatus.BAD_REQUEST);
    }
    return naam(regio).map(n -> Meldingen.voor(a, regio, n).build());
  }

  private Mono<Rendering> toon(ServerWebExchange exchange, OAuth2AuthenticationToken user, String regio, String id,
      int pagina, boolean fragment, Invoer invoer, HttpStatus status) {
    Mono<PlatformApi.Antwoord> notities = api.get(exchange, user, Paden.metQuery(API + "/notities",
        Map.of("pagina", String.valueOf(pagina), "paginaGrootte", String.valueOf(PAGINAGROOTTE)), regio, id));
    // the page of its own names the dossier (and knows whether it is closed); the section gets that from its page
    Mono<PlatformApi.Antwoord> dossier = fragment ? Mono.just(new PlatformApi.Antwoord(200, null, null))
        : api.get(exchange, user, Paden.pad(API, regio, id));
    return Mono.zip(naam(regio), notities, dossier).map(t -> {
      PlatformApi.Antwoord n = t.getT2();
      if (!n.ok() || !t.getT3().ok()) {
        return Meldingen.voor(!n.ok() ? n : t.getT3(), regio, t.getT1()).build();
      }
      Map<String, Object> d = t.getT3().body();
      boolean open = d != null ? !"gesloten".equals(d.get("status"))
          : !"nee".equals(exchange.getRequest().getQueryParams().getFirst("open"));
      Map<?, ?> paginering = n.body().get("paginering") instanceof Map<?, ?> p ? p : Map.of();
      long totaal = paginering.get("totaalAantal") instanceof Number x ? x.longValue() : 0;
      long paginas = paginering.get("totaalPaginas") instanceof Number x ? x.longValue() : 0;
      return Rendering.view(fragment ? "contactlog-sectie :: sectie" : "contactlog").status(status)
          .modelAttribute("regio", regio).modelAttribute("regioNaam", t.getT1()).modelAttribute("actief", "dossiers")
          .modelAttribute("dossierId", id)
          .modelAttribute("dossiernummer", d == null ? null : d.get("dossiernummer"))
          .modelAttribute("open", open)
          .modelAttribute("notities", regels(Pagina.lijst(n.body(), "notities")))
          .modelAttribute("pagina", pagina).modelAttribute("totaalPaginas", paginas)
          .modelAttribute("totaal", totaal)
          .modelAttribute("invoer", invoer)
          .modelAttribute("sleutel", UUID.randomUUID().toString())
          .build();
    });
  }

  static List<NotitieRegel> regels(List<?> notities) {
    return notities.stream().filter(Map.class::isInstance).map(x -> (Map<?, ?>) x).map(n -> {
      Map<?, ?> org = n.get("organisatie") instanceof Map<?, ?> o ? o : Map.of();
      List<VersieRegel> versies = (n.get("eerdereVersies") instanceof List<?> l ? l : List.of()).stream()
          .filter(Map.class::isInstance).map(x -> (Map<?, ?>) x)
          .map(v -> new VersieRegel(v.get("versie") instanceof Number x ? x.intValue() : 0, tekst(v.get("onderwerp")),
              tekst(v.get("tekst")), wanneer(tekst(v.get("geschrevenOp"))), wanneer(tekst(v.get("vervangenOp")))))
          .toList();
      return new NotitieRegel(tekst(n.get("id")), tekst(n.get("onderwerp")), tekst(n.get("tekst")),
          n.get("auteurNaam") == null ? "Onbekend" : tekst(n.get("auteurNaam")), tekst(org.get("naam")),
          tekst(n.get("geschrevenOp")), wanneer(tekst(n.get("geschrevenOp"))),
          Boolean.TRUE.equals(n.get("gecorrigeerd")), wanneer(tekst(n.get("gecorrigeerdOp"))),
          Boolean.TRUE.equals(n.get("magCorrigeren")), n.get("versie") instanceof Number x ? x.intValue() : 1,
          versies);
    }).toList();
  }

  private static Map<String, Object> body(MultiValueMap<String, String> form) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("onderwerp", waarde(form.getFirst("onderwerp")));
    body.put("tekst", waarde(form.getFirst("tekst")));
    return body;
  }

  /** The API's errors per field ({@code onderwerp}, {@code tekst}; anything else under {@code formulier}). */
  private static Map<String, String> fouten(PlatformApi.Antwoord a) {
    Map<String, String> fouten = new LinkedHashMap<>();
    if (a.body() != null && a.body().get("invalidParams") instanceof List<?> params) {
      for (Object p : params) {
        if (p instanceof Map<?, ?> m) {
          String veld = String.valueOf(m.get("name"));
          String reden = String.valueOf(m.get("reason"));
          fouten.merge(veld.equals("onderwerp") || veld.equals("tekst") ? veld : "formulier",
              reden.substring(0, 1).toUpperCase(Locale.ROOT) + reden.substring(1) + ".", (x, y) -> x + " " + y);
        }
      }
    }
    if (fouten.isEmpty()) {
      fouten.put("formulier", "De notitie kon niet worden opgeslagen.");
    }
    return fouten;
  }

  private static String waarde(String v) {
    return v == null ? "" : v;
  }

  private static String tekst(Object o) {
    return o == null ? null : o.toString();
  }

  static String wanneer(String op) {
    if (op == null) {
      return null;
    }
    return nl.doorlopendelijn.kernel.Nederlands.datumTijd(op);
  }

  private Mono<String> naam(String regio) {
    return regions.bySlug(regio).map(Region::naam).defaultIfEmpty(regio);
  }
}
