package nl.doorlopendelijn.webui.pages;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.planning.GesprekVorm;
import nl.doorlopendelijn.dossiers.planning.Taal;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.webui.pages.DossierFormulieren.Optie;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * The pages of a dossier's gesprekken (issue 15): plan one, move it, record it as held, cancel it, and download its
 * invitation. Everything through the platform's own API ({@link PlatformApi}); the API's validation errors are shown
 * next to the fields, in Dutch. Times are entered and shown in the Netherlands' time.
 */
@Controller
class GesprekPaginas {

  private static final String API = "/api/v1/regios/{regio}/dossiers/{id}";
  private static final ZoneId ZONE = nl.doorlopendelijn.kernel.Tijdzone.NL;
  static final List<Optie> SOORTEN = List.of(new Optie("kennismaking", "Kennismaking"),
      new Optie("driegesprek", "Driegesprek na koppeling"),
      new Optie("driegesprek-voor-verhuizing", "Driegesprek voor de verhuizing"));
  static final List<Optie> VORMEN = java.util.Arrays.stream(GesprekVorm.values())
      .map(v -> new Optie(v.code(), v.label())).toList();
  static final List<Optie> TALEN = java.util.Arrays.stream(Taal.values())
      .map(t -> new Optie(t.code(), t.label())).toList();

  private final PlatformApi api;
  private final RegionRegistry regions;

  GesprekPaginas(PlatformApi api, RegionRegistry regions) {
    this.api = api;
    this.regions = regions;
  }

  // ------------------------------------------------------------------------------------------------ plan / move

  @GetMapping("/regio/{regio}/dossiers/{id}/gesprekken/nieuw")
  Mono<Rendering> nieuw(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    Map<String, String> waarden = new LinkedHashMap<>();
    String soort = exchange.getRequest().getQueryParams().getFirst("soort");
    waarden.put("soort", soort == null ? "driegesprek" : soort);
    waarden.put("duur", "60");
    waarden.put("inburgeraarNeemtDeel", "ja");
    waarden.put("sleutel", UUID.randomUUID().toString());
    return formulier(regio, id, user, exchange, null, waarden, List.of(), Map.of(), HttpStatus.OK);
  }

  @PostMapping("/regio/{regio}/dossiers/{id}/gesprekken/nieuw")
  Mono<Rendering> plan(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> opslaan(regio, id, null, user, exchange, form));
  }

  @GetMapping("/regio/{regio}/dossiers/{id}/gesprekken/{gesprek}/verzetten")
  Mono<Rendering> verzetten(@PathVariable String regio, @PathVariable String id, @PathVariable String gesprek,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return api.get(exchange, user, Paden.pad(API + "/gesprekken/{g}", regio, id, gesprek)).flatMap(g -> {
      if (!g.ok()) {
        return naam(regio).map(n -> Meldingen.voor(g, regio, n).build());
      }
      Map<String, Object> b = g.body();
      Map<String, String> w = new LinkedHashMap<>();
      w.put("soort", String.valueOf(b.get("soort")));
      var begin = OffsetDateTime.parse(String.valueOf(b.get("begintOp"))).atZoneSameInstant(ZONE);
      var einde = OffsetDateTime.parse(String.valueOf(b.get("eindigtOp"))).atZoneSameInstant(ZONE);
      w.put("datum", begin.toLocalDate().toString());
      w.put("begin", begin.toLocalTime().toString());
      w.put("duur", String.valueOf(Duration.between(begin, einde).toMinutes()));
      w.put("vorm", String.valueOf(b.get("vorm")));
      w.put("locatie", b.get("locatie") == null ? "" : String.valueOf(b.get("locatie")));
      w.put("inburgeraarNeemtDeel", Boolean.TRUE.equals(b.get("inburgeraarNeemtDeel")) ? "ja" : "");
      w.put("tolkNodig", Boolean.TRUE.equals(b.get("tolkNodig")) ? "ja" : "");
      w.put("taal", b.get("taal") == null ? "" : String.valueOf(b.get("taal")));
      Object buddy = b.get("buddy") instanceof Map<?, ?> m ? m.get("id") : null;
      w.put("buddyId", buddy == null ? "" : String.valueOf(buddy));
      w.put("versie", g.etag() == null ? "" : g.etag());
      List<String> deelnemers = Pagina.lijst(b, "deelnemers").stream()
          .map(d -> String.valueOf(((Map<?, ?>) d).get("id"))).toList();
      return formulier(regio, id, user, exchange, gesprek, w, deelnemers, Map.of(), HttpStatus.OK);
    });
  }

  @PostMapping("/regio/{regio}/dossiers/{id}/gesprekken/{gesprek}/verzetten")
  Mono<Rendering> verzet(@PathVariable String regio, @PathVariable String id, @PathVariable String gesprek,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> opslaan(regio, id, gesprek, user, exchange, form));
  }

  private Mono<Rendering> opslaan(String regio, String id, String gesprek, OAuth2AuthenticationToken user,
      ServerWebExchange exchange, MultiValueMap<String, String> form) {
    Map<String, String> w = new LinkedHashMap<>();
    for (String veld : List.of("soort", "datum", "begin", "duur", "vorm", "locatie", "inburgeraarNeemtDeel",
        "tolkNodig", "taal", "buddyId", "versie", "sleutel")) {
      w.put(veld, waarde(form.getFirst(veld)));
    }
    List<String> deelnemers = form.getOrDefault("deelnemers", List.of()).stream().filter(s -> !s.isBlank()).toList();
    Map<String, String> fouten = new LinkedHashMap<>();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("soort", w.get("soort").isEmpty() ? null : w.get("soort"));
    LocalDate datum = null;
    LocalTime begin = null;
    try {
      datum = w.get("datum").isEmpty() ? null : LocalDate.parse(w.get("datum"));
    } catch (DateTimeParseException e) {
      fouten.put("datum", "Vul een geldige datum in.");
    }
    try {
      begin = w.get("begin").isEmpty() ? null : LocalTime.parse(w.get("begin"));
    } catch (DateTimeParseException e) {
      fouten.put("begin", "Vul een geldige tijd in, zoals 10:00.");
    }
    if (datum == null && !fouten.containsKey("datum")) {
      fouten.put("datum", "Vul de datum van het gesprek in.");
    }
    if (begin == null && !fouten.containsKey("begin")) {
      fouten.put("begin", "Vul de begintijd in.");
    }
    if (datum != null && begin != null) {
      body.put("begintOp", datum.atTime(begin).atZone(ZONE).toOffsetDateTime().toString());
    }
    if (!w.get("duur").isEmpty()) {
      try {
        body.put("duurMinuten", Integer.parseInt(w.get("duur")));
      } catch (NumberFormatException e) {
        fouten.put("duur", "Vul de duur in minuten in, zoals 60.");
      }
    }
    body.put("vorm", w.get("vorm").isEmpty() ? null : w.get("vorm"));
    body.put("locatie", w.get("locatie").isEmpty() ? null : w.get("locatie"));
    body.put("deelnemers", deelnemers);
    body.put("inburgeraarNeemtDeel", "ja".equals(w.get("inburgeraarNeemtDeel")));
    body.put("tolkNodig", "ja".equals(w.get("tolkNodig")));
    body.put("taal", w.get("taal").isEmpty() ? null : w.get("taal"));
    body.put("buddyId", w.get("buddyId").isEmpty() ? null : w.get("buddyId"));
    if (!fouten.isEmpty()) {
      return formulier(regio, id, user, exchange, gesprek, w, deelnemers, fouten, HttpStatus.BAD_REQUEST);
    }
    Mono<PlatformApi.Schrijfantwoord> schrijf = gesprek == null
        ? api.schrijf(exchange, user, HttpMethod.POST, Paden.pad(API + "/gesprekken", regio, id), null,
            w.get("sleutel"), body)
        : api.schrijf(exchange, user, HttpMethod.PUT, Paden.pad(API + "/gesprekken/{g}", regio, id, gesprek),
            w.get("versie"), null, body);
    return schrijf.flatMap(s -> {
      PlatformApi.Antwoord a = s.antwoord();
      if (a.ok()) {
        return Mono.just(Rendering.redirectTo(Paden.metQuery("/regio/{regio}/dossiers/{id}",
            Map.of("gesprek", gesprek == null ? "gepland" : "verzet"), regio, id) + "#gesprekken").build());
      }
      if (a.status() == 400) {
        return formulier(regio, id, user, exchange, gesprek, w, deelnemers, veldfouten(a), HttpStatus.BAD_REQUEST);
      }
      return naam(regio).map(n -> Meldingen.voor(a, regio, n).build());
    });
  }

  /** The API's invalid params by the form's fields (begintOp → begin, deelnemers[i] → deelnemers). */
  static Map<String, String> veldfouten(PlatformApi.Antwoord a) {
    Map<String, String> fouten = new LinkedHashMap<>();
    if (a.body() != null && a.body().get("invalidParams") instanceof List<?> params) {
      for (Object p : params) {
        if (p instanceof Map<?, ?> m) {
          String naam = String.valueOf(m.get("name")).replaceFirst("\\[\\d+]$", "");
          String veld = switch (naam) {
            case "begintOp" -> "begin";
            case "eindigtOp", "duurMinuten" -> "duur";
            case "aanwezig" -> "aanwezig";
            case "(body)" -> "formulier";
            default -> naam;
          };
          String zin = String.valueOf(m.get("reason"));
          zin = Character.toUpperCase(zin.charAt(0)) + zin.substring(1) + ".";
          fouten.merge(veld, zin, (x, y) -> x.equals(y) ? x : x + " " + y);
        }
      }
    }
    if (fouten.isEmpty()) {
      fouten.put("formulier", "De gegevens konden niet worden opgeslagen.");
    }
    return fouten;
  }

  private Mono<Rendering> formulier(String regio, String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange, String gesprek, Map<String, String> waarden, List<String> deelnemers,
      Map<String, String> fouten, HttpStatus status) {
    return Mono.zip(naam(regio), api.get(exchange, user, Paden.pad(API, regio, id))).flatMap(t -> {
      if (!t.getT2().ok()) {
        return Mono.just(Meldingen.voor(t.getT2(), regio, t.getT1()).build());
      }
      Map<String, Object> dossier = t.getT2().body();
      if (!waarden.containsKey("tolkNodig") && dossier.get("persoon") instanceof Map<?, ?> persoon) {
        // a new plan starts from the dossier's language and tolk
        waarden.put("tolkNodig", Boolean.TRUE.equals(persoon.get("tolkNodig")) ? "ja" : "");
        waarden.put("taal", persoon.get("taal") == null ? "" : String.valueOf(persoon.get("taal")));
      }
      String gemeente = String.valueOf(dossier.get("gemeente"));
      String azc = String.valueOf(dossier.get("azcLocatie"));
      // the gids's picker (the rule the API checks a contact by): the gemeente's and the azc's active contacts
      Mono<List<?>> vanGemeente = api.get(exchange, user, Paden.metQuery("/api/v1/regios/{regio}/contactpersoon-keuzes",
          Map.of("rol", "vaste-contactpersoon", "gemeente", gemeente), regio))
          .map(k -> k.ok() ? Pagina.lijst(k.body(), "contactpersonen") : List.of());
      Mono<List<?>> vanAzc = api.get(exchange, user, Paden.metQuery("/api/v1/regios/{regio}/contactpersoon-keuzes",
          Map.of("rol", "casemanager", "gemeente", gemeente, "azc", azc), regio))
          .map(k -> k.ok() ? Pagina.lijst(k.body(), "contactpersonen") : List.of());
      return Mono.zip(vanGemeente, vanAzc).map(k -> {
        List<Object> kandidaten = new ArrayList<>(k.getT1());
        kandidaten.addAll(k.getT2());
        // a participant already chosen who is no longer a candidate (left the gids) stays visible and chosen
        return Rendering.view("gesprek-formulier").status(status)
            .modelAttribute("regio", regio).modelAttribute("regioNaam", t.getT1()).modelAttribute("actief", "dossiers")
            .modelAttribute("dossier", dossier).modelAttribute("gesprek", gesprek)
            .modelAttribute("w", waarden).modelAttribute("gekozen", deelnemers)
            .modelAttribute("kandidaten", kandidaten).modelAttribute("buddys", k.getT1())
            .modelAttribute("soorten", SOORTEN).modelAttribute("vormen", VORMEN).modelAttribute("talen", TALEN)
            .modelAttribute("fouten", fouten)
            .build();
      });
    });
  }

  // ------------------------------------------------------------------------------------------------ held / cancelled

  @GetMapping("/regio/{regio}/dossiers/{id}/gesprekken/{gesprek}/vastleggen")
  Mono<Rendering> vastleggen(@PathVariable String regio, @PathVariable String id, @PathVariable String gesprek,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return stap(regio, id, gesprek, "vastleggen", user, exchange);
  }

  @GetMapping("/regio/{regio}/dossiers/{id}/gesprekken/{gesprek}/annuleren")
  Mono<Rendering> annuleren(@PathVariable String regio, @PathVariable String id, @PathVariable String gesprek,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return stap(regio, id, gesprek, "annuleren", user, exchange);
  }

  private Mono<Rendering> stap(String regio, String id, String gesprek, String stap, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    Map<String, String> w = new LinkedHashMap<>();
    w.put("sleutel", UUID.randomUUID().toString());
    return stapFormulier(regio, id, gesprek, stap, user, exchange, w, null, Map.of(), HttpStatus.OK);
  }

  @PostMapping("/regio/{regio}/dossiers/{id}/gesprekken/{gesprek}/{stap:vastleggen|annuleren}")
  Mono<Rendering> zetStap(@PathVariable String regio, @PathVariable String id, @PathVariable String gesprek,
      @PathVariable String stap, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      Map<String, String> w = new LinkedHashMap<>();
      for (String veld : List.of("versie", "sleutel", "inburgeraarAanwezig", "notitie", "reden")) {
        w.put(veld, waarde(form.getFirst(veld)));
      }
      List<String> aanwezig = form.getOrDefault("aanwezig", List.of());
      Map<String, Object> body = new LinkedHashMap<>();
      String pad;
      if (stap.equals("vastleggen")) {
        body.put("aanwezig", aanwezig);
        body.put("inburgeraarAanwezig", w.get("inburgeraarAanwezig").isEmpty() ? null
            : "ja".equals(w.get("inburgeraarAanwezig")));
        body.put("notitie", w.get("notitie").isEmpty() ? null : w.get("notitie"));
        pad = API + "/gesprekken/{g}/verslag";
      } else {
        body.put("reden", w.get("reden").isEmpty() ? null : w.get("reden"));
        pad = API + "/gesprekken/{g}/annulering";
      }
      return api.post(exchange, user, Paden.pad(pad, regio, id, gesprek), w.get("versie"), w.get("sleutel"), body)
          .flatMap(a -> {
            if (a.ok()) {
              Map<String, String> query = new LinkedHashMap<>();
              query.put("gesprek", stap.equals("vastleggen") ? "gehouden" : "geannuleerd");
              return Mono.just(Rendering.redirectTo(Paden.metQuery("/regio/{regio}/dossiers/{id}", query, regio, id)
                  + "#gesprekken").build());
            }
            if (a.status() == 400) {
              Map<String, String> fouten = veldfouten(a);
              if (fouten.containsKey("inburgeraarAanwezig")) {
                fouten.put("inburgeraarAanwezig", "Kies of de inburgeraar erbij was.");
              }
              return stapFormulier(regio, id, gesprek, stap, user, exchange, w, aanwezig, fouten,
                  HttpStatus.BAD_REQUEST);
            }
            return naam(regio).map(n -> Meldingen.voor(a, regio, n).build());
          });
    });
  }

  private Mono<Rendering> stapFormulier(String regio, String id, String gesprek, String stap,
      OAuth2AuthenticationToken user, ServerWebExchange exchange, Map<String, String> w, List<String> aanwezig,
      Map<String, String> fouten, HttpStatus status) {
    return Mono.zip(naam(regio), api.get(exchange, user, Paden.pad(API + "/gesprekken/{g}", regio, id, gesprek)))
        .map(t -> {
          if (!t.getT2().ok()) {
            return Meldingen.voor(t.getT2(), regio, t.getT1()).build();
          }
          if (w.get("versie") == null || w.get("versie").isEmpty()) {
            w.put("versie", t.getT2().etag() == null ? "" : t.getT2().etag());
          }
          return Rendering.view("gesprek-" + stap).status(status)
              .modelAttribute("regio", regio).modelAttribute("regioNaam", t.getT1()).modelAttribute("actief", "dossiers")
              .modelAttribute("dossierId", id).modelAttribute("gesprek", t.getT2().body())
              .modelAttribute("w", w).modelAttribute("aanwezig", aanwezig == null ? List.of() : aanwezig)
              .modelAttribute("fouten", fouten).build();
        });
  }

  // ------------------------------------------------------------------------------------------------ invitation

  /** The invitation (.ics) through the API (the browser holds no token): a download, not a page. */
  @GetMapping("/regio/{regio}/dossiers/{id}/gesprekken/{gesprek}/uitnodiging.ics")
  Mono<ResponseEntity<byte[]>> uitnodiging(@PathVariable String regio, @PathVariable String id,
      @PathVariable String gesprek, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return api.download(exchange, user, Paden.pad(API + "/gesprekken/{g}/uitnodiging", regio, id, gesprek),
            "text/calendar")
        .map(d -> d.alsAntwoord("text/calendar"));
  }

  private Mono<String> naam(String regio) {
    return regions.bySlug(regio).map(Region::naam).defaultIfEmpty(regio);
  }

  private static String waarde(String s) {
    return s == null ? "" : s.strip();
  }
}
