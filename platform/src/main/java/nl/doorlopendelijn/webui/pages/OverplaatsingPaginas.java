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
 * Overplaatsingen in the pages (issue 18): on a dossier, the coördinator's form "Overplaatsen naar een andere regio"
 * (region and gemeente by name, a reason); the region's page "Overplaatsingen" with the incoming requests (confirm,
 * or "niet van ons" with a reason) and its own outgoing ones (withdraw while open). Every step goes through the API
 * with the user's token, so its rules (only the coördinator, 403 otherwise) and audit hold here too.
 */
@Controller
class OverplaatsingPaginas {

  private static final String API = "/api/v1/regios/{regio}";

  /** A gemeente of another region, as the form offers it: value {@code slug|GMxxxx}, label by name. */
  public record Bestemming(String waarde, String gemeenteNaam, String regioNaam) {}

  /** What was typed in the form that the API refused, and its errors per field. */
  public record Invoer(String bestemming, String reden, Map<String, String> fouten) {
    public String fout(String veld) {
      return fouten.get(veld);
    }
  }

  private final PlatformApi api;
  private final RegionRegistry regions;

  OverplaatsingPaginas(PlatformApi api, RegionRegistry regions) {
    this.api = api;
    this.regions = regions;
  }

  @GetMapping("/regio/{regio}/overplaatsingen")
  Mono<Rendering> lijst(@PathVariable String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    String gedaan = exchange.getRequest().getQueryParams().getFirst("gedaan");
    Mono<PlatformApi.Antwoord> inkomend = api.get(exchange, user, Paden.metQuery(API + "/overplaatsingen",
        Map.of("richting", "inkomend", "paginaGrootte", "100"), regio));
    Mono<PlatformApi.Antwoord> uitgaand = api.get(exchange, user, Paden.metQuery(API + "/overplaatsingen",
        Map.of("richting", "uitgaand", "paginaGrootte", "100"), regio));
    return Mono.zip(naam(regio), inkomend, uitgaand).map(t -> {
      if (!t.getT2().ok() || !t.getT3().ok()) {
        return Meldingen.voor(!t.getT2().ok() ? t.getT2() : t.getT3(), regio, t.getT1()).build();
      }
      return Rendering.view("overplaatsingen")
          .modelAttribute("regio", regio).modelAttribute("regioNaam", t.getT1())
          .modelAttribute("actief", "overplaatsingen")
          .modelAttribute("inkomend", Pagina.lijst(t.getT2().body(), "overplaatsingen"))
          .modelAttribute("uitgaand", Pagina.lijst(t.getT3().body(), "overplaatsingen"))
          .modelAttribute("gedaan", gedaan == null || !List.of("bevestigd", "geweigerd", "ingetrokken", "aangevraagd")
              .contains(gedaan) ? null : gedaan)
          .modelAttribute("sleutel", UUID.randomUUID().toString())
          .build();
    });
  }

  @PostMapping("/regio/{regio}/overplaatsingen/{id}/{stap:bevestiging|weigering|intrekking}")
  Mono<Rendering> stap(@PathVariable String regio, @PathVariable String id, @PathVariable String stap,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      Map<String, Object> body = new LinkedHashMap<>();
      if (stap.equals("weigering")) {
        body.put("reden", waarde(form.getFirst("reden")));
      }
      return api.schrijf(exchange, user, HttpMethod.POST, Paden.pad(API + "/overplaatsingen/{id}/" + stap, regio, id),
              null, form.getFirst("sleutel"), body)
          .flatMap(a -> a.antwoord().ok()
              ? Mono.just(Rendering.redirectTo(Paden.pad("/regio/{regio}/overplaatsingen", regio) + "?gedaan="
                  + switch (stap) {
                    case "bevestiging" -> "bevestigd";
                    case "weigering" -> "geweigerd";
                    default -> "ingetrokken";
                  }).build())
              : naam(regio).map(n -> Meldingen.voor(a.antwoord(), regio, n).build()));
    });
  }

  @GetMapping("/regio/{regio}/dossiers/{id}/overplaatsen")
  Mono<Rendering> formulier(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return toon(exchange, user, regio, id, null, HttpStatus.OK);
  }

  @PostMapping("/regio/{regio}/dossiers/{id}/overplaatsen")
  Mono<Rendering> vraagAan(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      String bestemming = waarde(form.getFirst("bestemming"));
      String[] delen = bestemming.split("\\|", 2);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("regio", delen.length == 2 ? delen[0] : null);
      body.put("gemeente", delen.length == 2 ? delen[1] : null);
      body.put("reden", waarde(form.getFirst("reden")));
      return api.schrijf(exchange, user, HttpMethod.POST, Paden.pad(API + "/dossiers/{id}/overplaatsingen", regio, id),
              null, form.getFirst("sleutel"), body)
          .flatMap(a -> {
            if (a.antwoord().ok()) {
              return Mono.just(Rendering.redirectTo(Paden.pad("/regio/{regio}/overplaatsingen", regio)
                  + "?gedaan=aangevraagd").build());
            }
            if (a.antwoord().status() == 400) {
              return toon(exchange, user, regio, id, new Invoer(bestemming, waarde(form.getFirst("reden")),
                  fouten(a.antwoord())), HttpStatus.BAD_REQUEST);
            }
            return naam(regio).map(n -> Meldingen.voor(a.antwoord(), regio, n).build());
          });
    });
  }

  private Mono<Rendering> toon(ServerWebExchange exchange, OAuth2AuthenticationToken user, String regio, String id,
      Invoer invoer, HttpStatus status) {
    Mono<PlatformApi.Antwoord> dossier = api.get(exchange, user, Paden.pad(API + "/dossiers/{id}", regio, id));
    // only the coördinator asks: the API's answer to her list says whether this user is one (403 otherwise)
    Mono<PlatformApi.Antwoord> mag = api.get(exchange, user, Paden.metQuery(API + "/overplaatsingen",
        Map.of("richting", "uitgaand", "paginaGrootte", "1"), regio));
    return Mono.zip(naam(regio), dossier, bestemmingen(regio), mag).map(t -> {
      if (!t.getT2().ok() || !t.getT4().ok()) {
        return Meldingen.voor(!t.getT2().ok() ? t.getT2() : t.getT4(), regio, t.getT1()).build();
      }
      return Rendering.view("overplaatsen").status(status)
          .modelAttribute("regio", regio).modelAttribute("regioNaam", t.getT1()).modelAttribute("actief", "dossiers")
          .modelAttribute("dossierId", id)
          .modelAttribute("dossier", t.getT2().body())
          .modelAttribute("bestemmingen", t.getT3())
          .modelAttribute("invoer", invoer == null ? new Invoer("", "", Map.of()) : invoer)
          .modelAttribute("sleutel", UUID.randomUUID().toString())
          .build();
    });
  }

  /** Every gemeente of every other active region, by region and then gemeente name. */
  private Mono<List<Bestemming>> bestemmingen(String regio) {
    return regions.all().filter(Region::active).filter(r -> !r.slug().equals(regio))
        .filter(r -> r.descriptor() != null && r.descriptor().gemeenten() != null)
        .sort(java.util.Comparator.comparing(Region::naam))
        .concatMapIterable(r -> r.descriptor().gemeenten().stream()
            .sorted(java.util.Comparator.comparing(nl.doorlopendelijn.tenancy.TenantDescriptor.Gemeente::naam))
            .map(g -> new Bestemming(r.slug() + "|" + g.cbsCode(), g.naam(), r.naam())).toList())
        .collectList();
  }

  /** The API's errors per field: {@code regio} and {@code gemeente} are the one choice here, the rest the form's. */
  private static Map<String, String> fouten(PlatformApi.Antwoord a) {
    Map<String, String> fouten = new LinkedHashMap<>();
    if (a.body() != null && a.body().get("invalidParams") instanceof List<?> params) {
      for (Object p : params) {
        if (p instanceof Map<?, ?> m) {
          String veld = String.valueOf(m.get("name"));
          String reden = String.valueOf(m.get("reason"));
          String sleutel = veld.equals("reden") ? "reden"
              : veld.equals("regio") || veld.equals("gemeente") ? "bestemming" : "formulier";
          String tekst = sleutel.equals("bestemming") ? "Kies de gemeente van koppeling in een andere regio."
              : reden.substring(0, 1).toUpperCase(Locale.ROOT) + reden.substring(1) + ".";
          fouten.merge(sleutel, tekst, (x, y) -> x.equals(y) ? x : x + " " + y);
        }
      }
    }
    if (fouten.isEmpty()) {
      fouten.put("formulier", "De overplaatsing kon niet worden aangevraagd.");
    }
    return fouten;
  }

  private static String waarde(String v) {
    return v == null ? "" : v;
  }

  private Mono<String> naam(String regio) {
    return regions.bySlug(regio).map(Region::naam).defaultIfEmpty(regio);
  }

}
