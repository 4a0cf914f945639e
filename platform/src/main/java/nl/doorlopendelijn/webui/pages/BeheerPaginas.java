package nl.doorlopendelijn.webui.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.doorlopendelijn.webui.fouten.FoutPagina;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The platform operator's pages: the regions, onboarding a region with its first coördinator, and a region's
 * deactivation, export (a download) and purge, each irreversible step behind a confirmation page of its own. Every
 * page calls {@code /api/v1/beheer/regios} with the operator's token, so anyone else gets the API's 403 as a Dutch
 * page. Nothing here shows personal data: regions, gemeenten, azc's and the norms only.
 */
@Controller
class BeheerPaginas {

  static final String PAD = "/beheer";
  // the path variable is {slug}, not {regio}: path variables reach the view, and {regio} would give the operator the
  // region's menu (a region's pages she may not open)
  private static final String API = "/api/v1/beheer/regios";
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  /** A region in the overview. */
  public record RegioRegel(String slug, String naam, String status, String bron) {}

  /** What the onboarding form holds (as typed) and its errors per field. */
  public record Invoer(Map<String, String> waarden, Map<String, String> fouten) {
    public String waarde(String veld) {
      return waarden.getOrDefault(veld, "");
    }

    public String fout(String veld) {
      return fouten.get(veld);
    }

    public boolean heeftFouten() {
      return !fouten.isEmpty();
    }
  }

  private static final List<String> VELDEN = List.of("slug", "naam", "gemeenten", "azcLocaties", "regionaalAzc",
      "dagenTotKennismaking", "driegesprekAnker", "driegesprekDagen", "klantprofielDagen", "voornaam", "achternaam",
      "email");

  private final PlatformApi api;
  private final FoutPagina foutPagina;

  BeheerPaginas(PlatformApi api, FoutPagina foutPagina) {
    this.api = api;
    this.foutPagina = foutPagina;
  }

  @GetMapping(PAD)
  Mono<Rendering> regios(OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    var params = exchange.getRequest().getQueryParams();
    return api.get(exchange, user, API).map(a -> {
      if (!a.ok()) {
        return melding(a);
      }
      List<RegioRegel> regios = Pagina.lijst(a.body(), "regios").stream().filter(Map.class::isInstance)
          .map(x -> (Map<?, ?>) x)
          .map(r -> new RegioRegel(tekst(r.get("slug")), tekst(r.get("naam")), tekst(r.get("status")),
              tekst(r.get("bron"))))
          .toList();
      return Rendering.view("beheer-regios").modelAttribute("actief", "regios")
          .modelAttribute("regios", regios)
          .modelAttribute("verwijderd", params.getFirst("verwijderd"))
          .build();
    });
  }

  @GetMapping(PAD + "/regios/nieuw")
  Mono<Rendering> nieuw(OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    // asked of the API first: only an operator sees the form (anyone else the API's 403 as a page)
    return api.get(exchange, user, API).map(a -> a.ok()
        ? formulier(new Invoer(Map.of("dagenTotKennismaking", "7", "driegesprekAnker", "na-koppeling",
            "driegesprekDagen", "14", "klantprofielDagen", "14"), Map.of()), HttpStatus.OK)
        : melding(a));
  }

  /** Onboards the region, then invites its first coördinator; her temporary password is shown on this answer only. */
  @PostMapping(PAD + "/regios")
  Mono<Rendering> aanmelden(OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      Map<String, String> waarden = new LinkedHashMap<>();
      VELDEN.forEach(v -> waarden.put(v, waarde(form.getFirst(v))));
      String slug = waarden.get("slug").strip().toLowerCase(Locale.ROOT);
      return api.schrijf(exchange, user, HttpMethod.POST, API, null, null, descriptor(waarden, slug))
          .map(PlatformApi.Schrijfantwoord::antwoord)
          .flatMap(a -> {
            if (a.status() == 400 || a.status() == 409) {
              return Mono.just(formulier(new Invoer(waarden, fouten(a, "slug")), HttpStatus.valueOf(a.status())));
            }
            if (!a.ok()) {
              return Mono.just(melding(a));
            }
            return uitnodigen(exchange, user, slug, waarden, true);
          });
    });
  }

  @GetMapping(PAD + "/regios/{slug}")
  Mono<Rendering> regio(@PathVariable("slug") String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    var params = exchange.getRequest().getQueryParams();
    return toonRegio(exchange, user, regio, null, HttpStatus.OK, params.containsKey("gedeactiveerd"));
  }

  @PostMapping(PAD + "/regios/{slug}/coordinatoren")
  Mono<Rendering> coordinator(@PathVariable("slug") String regio, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      Map<String, String> waarden = new LinkedHashMap<>();
      List.of("voornaam", "achternaam", "email").forEach(v -> waarden.put(v, waarde(form.getFirst(v))));
      return uitnodigen(exchange, user, regio, waarden, false);
    });
  }

  @GetMapping(PAD + "/regios/{slug}/deactiveren")
  Mono<Rendering> deactiverenVraag(@PathVariable("slug") String regio, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return bevestiging(exchange, user, regio, "deactiveren", null, HttpStatus.OK);
  }

  @PostMapping(PAD + "/regios/{slug}/deactiveren")
  Mono<Rendering> deactiveren(@PathVariable("slug") String regio, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return api.schrijf(exchange, user, HttpMethod.POST, Paden.pad(API + "/{r}/deactiveringen", regio), null, null,
            Map.of())
        .map(PlatformApi.Schrijfantwoord::antwoord)
        .map(a -> a.ok() ? Rendering.redirectTo(Paden.pad(PAD + "/regios/{r}", regio) + "?gedeactiveerd").build()
            : melding(a));
  }

  @GetMapping(PAD + "/regios/{slug}/verwijderen")
  Mono<Rendering> verwijderenVraag(@PathVariable("slug") String regio, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return bevestiging(exchange, user, regio, "verwijderen", null, HttpStatus.OK);
  }

  /** Purges only when the region's name was typed exactly: a purge cannot be undone. */
  @PostMapping(PAD + "/regios/{slug}/verwijderen")
  Mono<Rendering> verwijderen(@PathVariable("slug") String regio, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return Mono.zip(exchange.getFormData(), api.get(exchange, user, Paden.pad(API + "/{r}", regio)))
        .flatMap(t -> {
          PlatformApi.Antwoord r = t.getT2();
          if (!r.ok()) {
            return Mono.just(melding(r));
          }
          String getypt = waarde(t.getT1().getFirst("bevestiging")).strip();
          if (!getypt.equals(tekst(r.body().get("naam")))) {
            return bevestiging(exchange, user, regio, "verwijderen",
                "De naam komt niet overeen. Typ de naam van de regio precies zoals hierboven om te bevestigen.",
                HttpStatus.BAD_REQUEST);
          }
          return api.schrijf(exchange, user, HttpMethod.DELETE, Paden.pad(API + "/{r}", regio), null, null, Map.of())
              .map(PlatformApi.Schrijfantwoord::antwoord)
              .map(a -> a.ok() ? Rendering.redirectTo(Paden.metQuery(PAD, Map.of("verwijderd",
                  tekst(r.body().get("naam"))))).build() : melding(a));
        });
  }

  /** The export of a deactivated region as a download (NDJSON, no personal data; see docs/security.md). */
  @GetMapping(PAD + "/regios/{slug}/export")
  Mono<ResponseEntity<Object>> export(@PathVariable("slug") String regio, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return api.download(exchange, user, Paden.pad(API + "/{r}/export", regio), MediaType.APPLICATION_NDJSON_VALUE)
        .map(d -> {
          if (!d.ok()) {
            return foutPagina.antwoord(HttpStatus.valueOf(d.status()));
          }
          return ResponseEntity.ok()
              .contentType(MediaType.APPLICATION_NDJSON)
              .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                  .filename("regio-" + regio + "-export.ndjson").build().toString())
              .header(HttpHeaders.CACHE_CONTROL, "no-store")
              .body((Object) d.inhoud());
        });
  }

  private Mono<Rendering> uitnodigen(ServerWebExchange exchange, OAuth2AuthenticationToken user, String regio,
      Map<String, String> waarden, boolean nieuw) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("voornaam", waarden.get("voornaam"));
    body.put("achternaam", waarden.get("achternaam"));
    body.put("email", waarden.get("email"));
    return api.schrijf(exchange, user, HttpMethod.POST, Paden.pad(API + "/{r}/coordinatoren", regio), null, null, body)
        .map(PlatformApi.Schrijfantwoord::antwoord)
        .flatMap(a -> {
          if (a.ok()) {
            // shown once: the platform keeps the password nowhere, and the browser must not keep this page either
            return Mono.just(Rendering.view("beheer-uitnodiging").modelAttribute("actief", "regios")
                .modelAttribute("beheerRegio", regio).modelAttribute("nieuw", nieuw)
                // the names on this page were read before the region existed: its name as just registered
                .modelAttribute("regioNaamNieuw", nieuw ? waarden.get("naam").strip() : null)
                .modelAttribute("gebruikersnaam", tekst(a.body().get("gebruikersnaam")))
                .modelAttribute("wachtwoord", tekst(a.body().get("tijdelijkWachtwoord")))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build());
          }
          if (a.status() == 400 || a.status() == 409) {
            return toonRegio(exchange, user, regio, new Invoer(waarden, fouten(a, "email")),
                HttpStatus.valueOf(a.status()), false);
          }
          return Mono.just(melding(a));
        });
  }

  private Mono<Rendering> toonRegio(ServerWebExchange exchange, OAuth2AuthenticationToken user, String regio,
      Invoer invoer, HttpStatus status, boolean gedeactiveerd) {
    return Mono.zip(api.get(exchange, user, Paden.pad(API + "/{r}", regio)),
        api.get(exchange, user, Paden.pad(API + "/{r}/descriptor", regio))).map(t -> {
          if (!t.getT1().ok() || !t.getT2().ok()) {
            return melding(!t.getT1().ok() ? t.getT1() : t.getT2());
          }
          Map<String, Object> d = t.getT2().body();
          Map<?, ?> normen = d.get("normen") instanceof Map<?, ?> m ? m : Map.of();
          return Rendering.view("beheer-regio").status(status).modelAttribute("actief", "regios")
              .modelAttribute("beheerRegio", regio)
              .modelAttribute("r", t.getT1().body())
              .modelAttribute("gemeenten", Pagina.lijst(d, "gemeenten"))
              .modelAttribute("azcs", Pagina.lijst(d, "azcLocaties"))
              .modelAttribute("regionaalAzc", d.get("regionaalAzc"))
              .modelAttribute("normen", normen)
              .modelAttribute("invoer", invoer == null ? new Invoer(Map.of(), Map.of()) : invoer)
              .modelAttribute("gedeactiveerd", gedeactiveerd)
              .build();
        });
  }

  private Mono<Rendering> bevestiging(ServerWebExchange exchange, OAuth2AuthenticationToken user, String regio,
      String stap, String fout, HttpStatus status) {
    return api.get(exchange, user, Paden.pad(API + "/{r}", regio)).map(a -> {
      if (!a.ok()) {
        return melding(a);
      }
      if (!"api".equals(a.body().get("bron"))) {
        return Rendering.view("melding").status(HttpStatus.CONFLICT).modelAttribute("titel", "Niet via platformbeheer")
            .modelAttribute("tekst", "Deze regio staat in de configuratie van het platform (tenants/) en wordt daar "
                + "beheerd. Deactiveren en verwijderen kan hier alleen bij een regio die via platformbeheer is "
                + "aangemeld.").build();
      }
      return Rendering.view("beheer-bevestigen").status(status).modelAttribute("actief", "regios")
          .modelAttribute("beheerRegio", regio).modelAttribute("r", a.body())
          .modelAttribute("stap", stap).modelAttribute("fout", fout)
          .build();
    });
  }

  private static Rendering formulier(Invoer invoer, HttpStatus status) {
    return Rendering.view("beheer-regio-nieuw").status(status).modelAttribute("actief", "nieuw")
        .modelAttribute("invoer", invoer).build();
  }

  /** The onboarding request as the API takes it: the issuer is the region's own new realm. */
  static Map<String, Object> descriptor(Map<String, String> w, String slug) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("slug", slug);
    d.put("naam", w.get("naam").strip());
    d.put("issuer", "{keycloak}/realms/" + slug);
    List<Map<String, String>> gemeenten = new ArrayList<>();
    w.get("gemeenten").lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
      String[] delen = l.split("\\s+", 2);
      gemeenten.add(Map.of("cbsCode", delen[0].toUpperCase(Locale.ROOT), "naam", delen.length > 1 ? delen[1] : ""));
    });
    d.put("gemeenten", gemeenten);
    d.put("azcLocaties", w.get("azcLocaties").lines().map(String::strip).filter(l -> !l.isEmpty())
        .map(l -> l.toUpperCase(Locale.ROOT)).toList());
    if (!w.get("regionaalAzc").isBlank()) {
      d.put("regionaalAzc", w.get("regionaalAzc").strip().toUpperCase(Locale.ROOT));
    }
    Map<String, Object> normen = new LinkedHashMap<>();
    normen.put("dagenTotKennismaking", geheelGetal(w.get("dagenTotKennismaking")));
    Map<String, Object> driegesprek = new LinkedHashMap<>();
    driegesprek.put("anker", w.get("driegesprekAnker"));
    driegesprek.put("dagen", geheelGetal(w.get("driegesprekDagen")));
    normen.put("driegesprek", driegesprek);
    normen.put("klantprofielUpdateDagenVoorVerhuizing", geheelGetal(w.get("klantprofielDagen")));
    d.put("normen", normen);
    return d;
  }

  /** A whole number as typed, or null (the API then says "is verplicht" at that field). */
  private static Integer geheelGetal(String s) {
    try {
      return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The API's errors per form field ("Regel 2: moet een CBS-code zijn ..." for {@code gemeenten[1].cbsCode}); a
   * conflict (409: the name is taken, or a region as code) goes to {@code conflictVeld}.
   */
  static Map<String, String> fouten(PlatformApi.Antwoord a, String conflictVeld) {
    Map<String, String> fouten = new LinkedHashMap<>();
    if (a.status() == 409) {
      fouten.put(conflictVeld, a.body() != null && a.body().get("detail") != null ? tekst(a.body().get("detail"))
          : "Deze regio bestaat al.");
      return fouten;
    }
    if (a.body() != null && a.body().get("invalidParams") instanceof List<?> params) {
      for (Object p : params) {
        if (p instanceof Map<?, ?> m) {
          String naam = tekst(m.get("name"));
          String reden = tekst(m.get("reason"));
          Matcher index = INDEX.matcher(naam);
          String regel = index.find() ? "Regel " + (Integer.parseInt(index.group(1)) + 1) + ": " : "";
          String veld = veld(naam);
          String zin = regel + (regel.isEmpty() ? hoofdletter(reden) : reden) + ".";
          fouten.merge(veld, zin, (x, y) -> x + " " + y);
        }
      }
    }
    if (fouten.isEmpty()) {
      fouten.put("formulier", "De gegevens konden niet worden opgeslagen.");
    }
    return fouten;
  }

  private static String veld(String apiNaam) {
    if (apiNaam.startsWith("gemeenten")) {
      return "gemeenten";
    }
    if (apiNaam.startsWith("azcLocaties")) {
      return "azcLocaties";
    }
    if (apiNaam.startsWith("normen.driegesprek")) {
      return "driegesprekDagen";
    }
    return switch (apiNaam) {
      case "slug", "issuer" -> "slug";
      case "naam", "regionaalAzc", "voornaam", "achternaam", "email" -> apiNaam;
      case "normen.dagenTotKennismaking" -> "dagenTotKennismaking";
      case "normen.klantprofielUpdateDagenVoorVerhuizing" -> "klantprofielDagen";
      default -> "formulier";
    };
  }

  /** A refused or failed API answer as a Dutch page; a 403 says that these pages are for platform operators. */
  private static Rendering melding(PlatformApi.Antwoord a) {
    if (a.status() == 403) {
      return Rendering.view("melding").status(HttpStatus.FORBIDDEN).modelAttribute("titel", "Geen toegang")
          .modelAttribute("tekst", "Deze pagina is alleen voor platformbeheerders.").build();
    }
    return Meldingen.voor(a, null, null).build();
  }

  private static String hoofdletter(String s) {
    return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String waarde(String v) {
    return v == null ? "" : v;
  }

  private static String tekst(Object o) {
    return o == null ? null : o.toString();
  }
}
