package nl.doorlopendelijn.webui.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The regio-coördinator's pages for her region's users (issue 17): the list, the invitation form (every error of the
 * API at once, next to its field) and a user's page (roles and gemeente, deactivate or reactivate behind a
 * confirmation step). Every page calls {@code /api/v1/gebruikers} with her token: the API decides (anyone else gets
 * its 403 as a Dutch page) and the realm is her own. Roles, gemeenten and statuses by name, as the API gives them.
 */
@Controller
class GebruikerPaginas {

  private static final String API = "/api/v1/gebruikers";
  private static final String PAD = "/regio/{regio}/gebruikers";

  /** The roles a coördinator grants, in the order of the form, with their Dutch names. */
  static final List<Keuze> ROLLEN = List.of(
      new Keuze("gemeente-medewerker", "Medewerker van een gemeente"),
      new Keuze("tekenbevoegd", "Tekenbevoegd voor de gemeente (alleen naast medewerker)"),
      new Keuze("dashboard-viewer", "Alleen het dashboard (bestuurder, beleidsmedewerker)"),
      new Keuze("regio-coordinator", "Regio-coördinator"));

  /** An option of a form: its value and its text. */
  public record Keuze(String waarde, String tekst) {}

  /** A form as typed: values, chosen roles and the errors per field. */
  public record Invoer(Map<String, String> waarden, List<String> rollen, Map<String, String> fouten) {
    public String waarde(String veld) {
      return waarden.getOrDefault(veld, "");
    }

    public String fout(String veld) {
      return fouten.get(veld);
    }

    public boolean gekozen(String rol) {
      return rollen.contains(rol);
    }

    public boolean heeftFouten() {
      return !fouten.isEmpty();
    }
  }

  private final PlatformApi api;
  private final RegionRegistry regions;

  GebruikerPaginas(PlatformApi api, RegionRegistry regions) {
    this.api = api;
    this.regions = regions;
  }

  @GetMapping(PAD)
  Mono<Rendering> lijst(@PathVariable String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    String pagina = exchange.getRequest().getQueryParams().getFirst("pagina");
    if (!eigenRegio(regio, user)) {
      return nietGevonden(regio);
    }
    return Mono.zip(Pagina.regioNaam(regions, regio), api.get(exchange, user, Paden.metQuery(API,
        Map.of("pagina", pagina == null ? "" : pagina, "paginaGrootte", String.valueOf(Bladeren.PAGINAGROOTTE)))))
        .map(t -> {
          if (!t.getT2().ok()) {
            return melding(t.getT2(), regio, t.getT1());
          }
          return Pagina.pagina("gebruikers", regio, t.getT1(), "gebruikers")
              .modelAttribute("gebruikers", Pagina.lijst(t.getT2().body(), "gebruikers"))
              .modelAttribute("bladeren", Bladeren.van(t.getT2().body().get("paginering"), Map.of(), "pagina", PAD,
                  regio))
              .build();
        });
  }

  @GetMapping(PAD + "/uitnodigen")
  Mono<Rendering> uitnodigenFormulier(@PathVariable String regio, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    if (!eigenRegio(regio, user)) {
      return nietGevonden(regio);
    }
    // asked of the API first: only the coördinator sees the form (anyone else the API's 403 as a page)
    return api.get(exchange, user, API + "?paginaGrootte=1").flatMap(a -> a.ok()
        ? formulier(exchange, user, regio, new Invoer(Map.of("sleutel", UUID.randomUUID().toString()), List.of(),
            Map.of()), HttpStatus.OK)
        : Pagina.regioNaam(regions, regio).map(naam -> melding(a, regio, naam)));
  }

  @PostMapping(PAD + "/uitnodigen")
  Mono<Rendering> uitnodigen(@PathVariable String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    if (!eigenRegio(regio, user)) {
      return nietGevonden(regio);
    }
    return exchange.getFormData().flatMap(form -> {
      Invoer invoer = invoer(form, List.of("voornaam", "achternaam", "email", "gemeente", "sleutel"));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("voornaam", invoer.waarde("voornaam"));
      body.put("achternaam", invoer.waarde("achternaam"));
      body.put("email", invoer.waarde("email"));
      body.put("rollen", invoer.rollen());
      body.put("gemeente", invoer.waarde("gemeente").isBlank() ? null : invoer.waarde("gemeente"));
      return api.schrijf(exchange, user, HttpMethod.POST, API, null, invoer.waarde("sleutel"), body)
          .flatMap(s -> {
            PlatformApi.Antwoord a = s.antwoord();
            if (a.ok()) {
              String id = s.locatie() == null ? tekst(a.body().get("id"))
                  : s.locatie().substring(s.locatie().lastIndexOf('/') + 1);
              return Mono.just(Rendering.redirectTo(Paden.pad(PAD + "/{id}", regio, id) + "?uitgenodigd").build());
            }
            if (a.status() == 400 || a.status() == 403 || a.status() == 409) {
              return formulier(exchange, user, regio, new Invoer(invoer.waarden(), invoer.rollen(), fouten(a)),
                  HttpStatus.valueOf(a.status()));
            }
            return Pagina.regioNaam(regions, regio).map(naam -> melding(a, regio, naam));
          });
    });
  }

  @GetMapping(PAD + "/{id}")
  Mono<Rendering> gebruiker(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    if (!eigenRegio(regio, user)) {
      return nietGevonden(regio);
    }
    var query = exchange.getRequest().getQueryParams();
    String bericht = query.containsKey("uitgenodigd")
        ? "De uitnodiging is verstuurd: zij krijgt een e-mail met een link om haar wachtwoord te kiezen."
        : query.containsKey("gewijzigd") ? "De wijzigingen zijn opgeslagen."
        : query.containsKey("gedeactiveerd") ? "De gebruiker is gedeactiveerd: zij kan niet meer inloggen."
        : query.containsKey("geheractiveerd") ? "De gebruiker is weer actief." : null;
    return toon(exchange, user, regio, id, null, bericht, HttpStatus.OK);
  }

  @PostMapping(PAD + "/{id}")
  Mono<Rendering> wijzig(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    if (!eigenRegio(regio, user)) {
      return nietGevonden(regio);
    }
    return exchange.getFormData().flatMap(form -> {
      Invoer invoer = invoer(form, List.of("gemeente", "versie"));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("rollen", invoer.rollen());
      body.put("gemeente", invoer.waarde("gemeente").isBlank() ? null : invoer.waarde("gemeente"));
      return api.put(exchange, user, Paden.pad(API + "/{id}", id), invoer.waarde("versie"), body).flatMap(a -> {
        if (a.ok()) {
          return Mono.just(Rendering.redirectTo(Paden.pad(PAD + "/{id}", regio, id) + "?gewijzigd").build());
        }
        if (a.status() == 400 || a.status() == 403) {
          return toon(exchange, user, regio, id, new Invoer(invoer.waarden(), invoer.rollen(), fouten(a)), null,
              HttpStatus.valueOf(a.status()));
        }
        return Pagina.regioNaam(regions, regio).map(naam -> melding(a, regio, naam));
      });
    });
  }

  @GetMapping(PAD + "/{id}/deactiveren")
  Mono<Rendering> deactiverenVraag(@PathVariable String regio, @PathVariable String id,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return bevestiging(exchange, user, regio, id, "deactiveren");
  }

  @PostMapping(PAD + "/{id}/deactiveren")
  Mono<Rendering> deactiveren(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return stap(exchange, user, regio, id, "deactiveringen", "gedeactiveerd");
  }

  @GetMapping(PAD + "/{id}/heractiveren")
  Mono<Rendering> heractiverenVraag(@PathVariable String regio, @PathVariable String id,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return bevestiging(exchange, user, regio, id, "heractiveren");
  }

  @PostMapping(PAD + "/{id}/heractiveren")
  Mono<Rendering> heractiveren(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return stap(exchange, user, regio, id, "heractiveringen", "geheractiveerd");
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private Mono<Rendering> stap(ServerWebExchange exchange, OAuth2AuthenticationToken user, String regio, String id,
      String resource, String bericht) {
    if (!eigenRegio(regio, user)) {
      return nietGevonden(regio);
    }
    return exchange.getFormData().flatMap(form -> api.post(exchange, user, Paden.pad(API + "/{id}/" + resource, id),
            null, form.getFirst("sleutel"), Map.of()))
        .flatMap(a -> a.ok()
            ? Mono.just(Rendering.redirectTo(Paden.pad(PAD + "/{id}", regio, id) + "?" + bericht).build())
            : Pagina.regioNaam(regions, regio).map(naam -> melding(a, regio, naam)));
  }

  private Mono<Rendering> bevestiging(ServerWebExchange exchange, OAuth2AuthenticationToken user, String regio,
      String id, String stap) {
    if (!eigenRegio(regio, user)) {
      return nietGevonden(regio);
    }
    return Mono.zip(Pagina.regioNaam(regions, regio), api.get(exchange, user, Paden.pad(API + "/{id}", id)))
        .map(t -> !t.getT2().ok() ? melding(t.getT2(), regio, t.getT1())
            : Pagina.pagina("gebruiker-bevestigen", regio, t.getT1(), "gebruikers")
                .modelAttribute("g", t.getT2().body()).modelAttribute("stap", stap)
                .modelAttribute("sleutel", UUID.randomUUID().toString()).build());
  }

  private Mono<Rendering> toon(ServerWebExchange exchange, OAuth2AuthenticationToken user, String regio, String id,
      Invoer invoer, String bericht, HttpStatus status) {
    return Mono.zip(Pagina.regioNaam(regions, regio), api.get(exchange, user, Paden.pad(API + "/{id}", id)),
        gemeenten(exchange, user, regio)).map(t -> {
          PlatformApi.Antwoord a = t.getT2();
          if (!a.ok()) {
            return melding(a, regio, t.getT1());
          }
          Map<String, Object> g = a.body();
          Invoer getoond = invoer;
          if (getoond == null) {
            Map<String, String> waarden = new LinkedHashMap<>();
            waarden.put("gemeente", g.get("gemeente") instanceof Map<?, ?> m ? tekst(m.get("cbsCode")) : "");
            waarden.put("versie", a.etag() == null ? "" : a.etag());
            List<String> rollen = Pagina.lijst(g, "rollen").stream().map(String::valueOf).toList();
            getoond = new Invoer(waarden, rollen, Map.of());
          }
          return Pagina.pagina("gebruiker", regio, t.getT1(), "gebruikers").status(status)
              .modelAttribute("g", g).modelAttribute("invoer", getoond).modelAttribute("bericht", bericht)
              .modelAttribute("rolKeuzes", ROLLEN).modelAttribute("gemeenteKeuzes", t.getT3())
              .build();
        });
  }

  private Mono<Rendering> formulier(ServerWebExchange exchange, OAuth2AuthenticationToken user, String regio,
      Invoer invoer, HttpStatus status) {
    return Mono.zip(Pagina.regioNaam(regions, regio), gemeenten(exchange, user, regio))
        .map(t -> Pagina.pagina("gebruiker-uitnodigen", regio, t.getT1(), "gebruikers").status(status)
            .modelAttribute("invoer", invoer).modelAttribute("rolKeuzes", ROLLEN)
            .modelAttribute("gemeenteKeuzes", t.getT2()).build());
  }

  /** The region's gemeenten by name, for the select. */
  private Mono<List<Keuze>> gemeenten(ServerWebExchange exchange, OAuth2AuthenticationToken user, String regio) {
    return api.get(exchange, user, Paden.pad("/api/v1/regios/{r}/gemeenten", regio)).map(a -> {
      List<Keuze> keuzes = new ArrayList<>();
      for (Object o : Pagina.lijst(a.body(), "gemeenten")) {
        if (o instanceof Map<?, ?> m) {
          keuzes.add(new Keuze(tekst(m.get("cbsCode")), tekst(m.get("naam"))));
        }
      }
      return keuzes;
    });
  }

  private static Invoer invoer(MultiValueMap<String, String> form, List<String> velden) {
    Map<String, String> waarden = new LinkedHashMap<>();
    velden.forEach(v -> waarden.put(v, form.getFirst(v) == null ? "" : form.getFirst(v)));
    List<String> rollen = form.get("rollen") == null ? List.of() : List.copyOf(form.get("rollen"));
    return new Invoer(waarden, rollen, Map.of());
  }

  /** The API's errors per form field; a refused role (403) at the roles, an address in use (409) at the address. */
  static Map<String, String> fouten(PlatformApi.Antwoord a) {
    Map<String, String> fouten = new LinkedHashMap<>();
    String detail = a.body() != null && a.body().get("detail") != null ? tekst(a.body().get("detail")) : null;
    if (a.status() == 403) {
      fouten.put("rollen", detail != null ? detail : "Deze rol kunt u niet toekennen.");
      return fouten;
    }
    if (a.status() == 409) {
      fouten.put("email", detail != null ? detail : "Er is al een account met dit e-mailadres.");
      return fouten;
    }
    for (Object p : Pagina.lijst(a.body(), "invalidParams")) {
      if (p instanceof Map<?, ?> m) {
        String naam = tekst(m.get("name"));
        String veld = naam.startsWith("rollen") ? "rollen" : naam;
        String zin = hoofdletter(tekst(m.get("reason"))) + ".";
        fouten.merge(veld, zin, (x, y) -> x + " " + y);
      }
    }
    if (fouten.isEmpty()) {
      fouten.put("formulier", "De gegevens konden niet worden opgeslagen.");
    }
    return fouten;
  }

  /** The pages are of her own region only: its slug is her realm (the API takes the realm from her token). */
  private static boolean eigenRegio(String regio, OAuth2AuthenticationToken user) {
    return regio.equals(user.getAuthorizedClientRegistrationId());
  }

  private Mono<Rendering> nietGevonden(String regio) {
    return Mono.just(Meldingen.voor(new PlatformApi.Antwoord(404, null, null), null, null).build());
  }

  /** A refused or failed answer as a Dutch page; a 403 says that these pages are the coördinator's. */
  private static Rendering melding(PlatformApi.Antwoord a, String regio, String regioNaam) {
    if (a.status() == 403) {
      return Rendering.view("melding").status(HttpStatus.FORBIDDEN).modelAttribute("titel", "Geen toegang")
          .modelAttribute("tekst", "Het beheer van de gebruikers is alleen voor de regio-coördinator.")
          .modelAttribute("regio", regio).modelAttribute("regioNaam", regioNaam).build();
    }
    if (a.status() == 503 && a.body() != null && "E-mail niet ingesteld".equals(a.body().get("title"))) {
      return Rendering.view("melding").status(HttpStatus.SERVICE_UNAVAILABLE).modelAttribute("titel",
              "E-mail niet ingesteld")
          .modelAttribute("tekst", "Er kan nu geen uitnodiging worden verstuurd: het platform heeft geen e-mailserver. "
              + "Vraag de platformbeheerder die in te stellen. Er is niets aangemaakt.")
          .modelAttribute("regio", regio).modelAttribute("regioNaam", regioNaam).build();
    }
    return Meldingen.voor(a, regio, regioNaam).build();
  }

  private static String hoofdletter(String s) {
    return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String tekst(Object o) {
    return o == null ? null : o.toString();
  }
}
