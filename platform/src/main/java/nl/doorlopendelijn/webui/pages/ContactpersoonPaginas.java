package nl.doorlopendelijn.webui.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

import static nl.doorlopendelijn.webui.pages.Pagina.lijst;
import static nl.doorlopendelijn.webui.pages.Pagina.pagina;

/**
 * One contact of the gids and its changes: the contact's page, editing it, adding one to an organisation one
 * answers for, and its departure (deactivation, with a confirmation step: dossiers and agreements naming the person
 * get a signal). Who may change what is the API's rule: the page offers it for the organisations of
 * {@code /api/v1/mijn/organisaties} and the API checks every change again. Each change carries the version the user
 * saw (If-Match); a change by someone else in between is refused and changes nothing.
 */
@Controller
class ContactpersoonPaginas {

  private static final String CONTACT = "/api/v1/contactpersonen/{id}";
  private static final String PAGINA = "/regio/{regio}/contactpersonen/{id}";
  /** The form's fields, as the API names them. */
  private static final List<String> VELDEN = List.of("organisatieId", "naam", "functie", "email", "telefoon",
      "getraindOp", "beschikbaar", "versie", "sleutel");
  static final String INTUSSEN_GEWIJZIGD = "Iemand anders heeft deze contactpersoon intussen gewijzigd. Uw wijziging"
      + " is niet opgeslagen. Open de contactpersoon opnieuw om de nieuwste gegevens te zien.";

  private final PlatformApi api;
  private final RegionRegistry regions;

  ContactpersoonPaginas(PlatformApi api, RegionRegistry regions) {
    this.api = api;
    this.regions = regions;
  }

  // ------------------------------------------------------------------------------------------------ the contact

  @GetMapping(PAGINA)
  Mono<Rendering> contactpersoon(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    String opgeslagen = exchange.getRequest().getQueryParams().getFirst("opgeslagen");
    return Mono.zip(naam(regio), api.get(exchange, user, Paden.pad(CONTACT, id)), bewerkbaar(api, exchange, user))
        .map(t -> {
          if (!t.getT2().ok()) {
            return Meldingen.voor(t.getT2(), regio, t.getT1()).build();
          }
          Map<String, Object> c = t.getT2().body();
          boolean mag = Boolean.TRUE.equals(c.get("actief")) && t.getT3().containsKey(String.valueOf(c.get("organisatieId")));
          return pagina("contactpersoon-pagina", regio, t.getT1(), "contactpersonen")
              .modelAttribute("c", c)
              .modelAttribute("magWijzigen", mag)
              .modelAttribute("opgeslagen", opgeslagen == null ? "" : opgeslagen)
              .build();
        });
  }

  // ------------------------------------------------------------------------------------------------ add / edit

  @GetMapping("/regio/{regio}/contactpersonen/nieuw")
  Mono<Rendering> nieuw(@PathVariable String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    Map<String, String> w = new LinkedHashMap<>();
    String organisatie = exchange.getRequest().getQueryParams().getFirst("organisatie");
    w.put("organisatieId", organisatie == null ? "" : organisatie);
    w.put("beschikbaar", "ja");
    w.put("sleutel", UUID.randomUUID().toString());
    return formulier(regio, null, user, exchange, w, List.of(regio), List.of(), List.of(), Map.of(), HttpStatus.OK);
  }

  @GetMapping(PAGINA + "/wijzigen")
  Mono<Rendering> wijzigen(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return api.get(exchange, user, Paden.pad(CONTACT, id)).flatMap(a -> {
      if (!a.ok()) {
        return naam(regio).map(n -> Meldingen.voor(a, regio, n).build());
      }
      Map<String, Object> c = a.body();
      if (!Boolean.TRUE.equals(c.get("actief"))) {
        return naam(regio).map(n -> vertrokken(regio, n, c));
      }
      Map<String, String> w = new LinkedHashMap<>();
      for (String veld : List.of("organisatieId", "naam", "functie", "email", "telefoon", "getraindOp")) {
        w.put(veld, c.get(veld) == null ? "" : String.valueOf(c.get(veld)));
      }
      w.put("beschikbaar", Boolean.TRUE.equals(c.get("beschikbaar")) ? "ja" : "");
      w.put("versie", a.etag() == null ? "" : a.etag());
      return formulier(regio, c, user, exchange, w, tekstLijst(c.get("regios")), tekstLijst(c.get("gemeenten")),
          tekstLijst(c.get("talen")), Map.of(), HttpStatus.OK);
    });
  }

  @PostMapping("/regio/{regio}/contactpersonen/nieuw")
  Mono<Rendering> voegToe(@PathVariable String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> opslaan(regio, null, user, exchange, form));
  }

  @PostMapping(PAGINA + "/wijzigen")
  Mono<Rendering> wijzig(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> api.get(exchange, user, Paden.pad(CONTACT, id)).flatMap(a -> {
      if (!a.ok()) {
        return naam(regio).map(n -> Meldingen.voor(a, regio, n).build());
      }
      return opslaan(regio, a.body(), user, exchange, form);
    }));
  }

  private Mono<Rendering> opslaan(String regio, Map<String, Object> contact, OAuth2AuthenticationToken user,
      ServerWebExchange exchange, MultiValueMap<String, String> form) {
    Map<String, String> w = new LinkedHashMap<>();
    VELDEN.forEach(v -> w.put(v, form.getFirst(v) == null ? "" : form.getFirst(v).strip()));
    if (contact != null) {
      // a contact stays with its organisation: the page moves no one to another
      w.put("organisatieId", String.valueOf(contact.get("organisatieId")));
    }
    List<String> regios = waarden(form, "regios");
    List<String> gemeenten = waarden(form, "gemeenten");
    List<String> talen = waarden(form, "talen");
    Map<String, String> fouten = new LinkedHashMap<>();
    if (!w.get("getraindOp").isEmpty()) {
      try {
        LocalDate.parse(w.get("getraindOp"));
      } catch (DateTimeParseException e) {
        fouten.put("getraindOp", "Vul een geldige datum in, of laat het veld leeg.");
      }
    }
    if (w.get("organisatieId").isEmpty()) {
      fouten.put("organisatieId", "Kies de organisatie.");
    }
    if (!fouten.isEmpty()) {
      return formulier(regio, contact, user, exchange, w, regios, gemeenten, talen, fouten, HttpStatus.BAD_REQUEST);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("organisatieId", w.get("organisatieId"));
    body.put("naam", w.get("naam"));
    body.put("functie", w.get("functie"));
    body.put("email", w.get("email").isEmpty() ? null : w.get("email"));
    body.put("telefoon", w.get("telefoon").isEmpty() ? null : w.get("telefoon"));
    body.put("regios", regios);
    body.put("gemeenten", gemeenten);
    body.put("getraindOp", w.get("getraindOp").isEmpty() ? null : w.get("getraindOp"));
    body.put("beschikbaar", "ja".equals(w.get("beschikbaar")));
    body.put("talen", talen);
    Mono<PlatformApi.Schrijfantwoord> schrijf = contact == null
        ? api.schrijf(exchange, user, HttpMethod.POST, "/api/v1/contactpersonen", null, w.get("sleutel"), body)
        : api.schrijf(exchange, user, HttpMethod.PUT, Paden.pad(CONTACT, contact.get("id")), w.get("versie"), null,
            body);
    return schrijf.flatMap(s -> {
      PlatformApi.Antwoord a = s.antwoord();
      if (a.ok()) {
        String id = contact != null ? String.valueOf(contact.get("id"))
            : a.body() != null && a.body().get("id") != null ? String.valueOf(a.body().get("id"))
            : s.locatie() == null ? null : s.locatie().substring(s.locatie().lastIndexOf('/') + 1);
        return Mono.just(Rendering.redirectTo(Paden.metQuery(PAGINA,
            Map.of("opgeslagen", contact == null ? "nieuw" : "gewijzigd"), regio, id)).build());
      }
      return switch (a.status()) {
        case 400 -> formulier(regio, contact, user, exchange, w, regios, gemeenten, talen,
            GesprekPaginas.veldfouten(a), HttpStatus.BAD_REQUEST);
        case 412 -> formulier(regio, contact, user, exchange, w, regios, gemeenten, talen,
            Map.of("formulier", INTUSSEN_GEWIJZIGD), HttpStatus.PRECONDITION_FAILED);
        case 409 -> formulier(regio, contact, user, exchange, w, regios, gemeenten, talen,
            Map.of("formulier", "Deze contactpersoon is vertrokken en kan niet meer worden gewijzigd."),
            HttpStatus.CONFLICT);
        case 403 -> naam(regio).map(n -> geenRecht(regio, n));
        default -> naam(regio).map(n -> Meldingen.voor(a, regio, n).build());
      };
    });
  }

  /**
   * The form of a new ({@code contact} null) or an existing contact: only for someone who may change it, the others
   * get the Dutch "no access" page instead of a form the API would refuse.
   */
  private Mono<Rendering> formulier(String regio, Map<String, Object> contact, OAuth2AuthenticationToken user,
      ServerWebExchange exchange, Map<String, String> w, List<String> regios, List<String> gemeenten,
      List<String> talen, Map<String, String> fouten, HttpStatus status) {
    return Mono.zip(naam(regio), bewerkbaar(api, exchange, user), regions.all().filter(Region::active)
            .sort(java.util.Comparator.comparing(Region::naam)).collectList())
        .map(t -> {
          Map<String, String> organisaties = t.getT2();
          if (organisaties.isEmpty()
              || contact != null && !organisaties.containsKey(String.valueOf(contact.get("organisatieId")))) {
            return geenRecht(regio, t.getT1());
          }
          if (contact == null && w.get("organisatieId").isEmpty() && organisaties.size() == 1) {
            w.put("organisatieId", organisaties.keySet().iterator().next());
          }
          return pagina("contactpersoon-formulier", regio, t.getT1(), "contactpersonen").status(status)
              .modelAttribute("contact", contact)
              .modelAttribute("organisaties", organisaties)
              .modelAttribute("regios", t.getT3().stream().map(r -> new DossierFormulieren.Optie(r.slug(), r.naam()))
                  .toList())
              .modelAttribute("w", w)
              .modelAttribute("gekozenRegios", regios)
              .modelAttribute("gemeenten", gemeenten)
              .modelAttribute("talen", talen)
              .modelAttribute("fouten", fouten)
              .build();
        });
  }

  // ------------------------------------------------------------------------------------------------ departure

  /** The confirmation step of a departure: GET shows what will happen, only the POST does it. */
  @GetMapping(PAGINA + "/deactiveren")
  Mono<Rendering> deactiveren(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return Mono.zip(naam(regio), api.get(exchange, user, Paden.pad(CONTACT, id)), bewerkbaar(api, exchange, user))
        .map(t -> {
          if (!t.getT2().ok()) {
            return Meldingen.voor(t.getT2(), regio, t.getT1()).build();
          }
          Map<String, Object> c = t.getT2().body();
          if (!Boolean.TRUE.equals(c.get("actief"))) {
            return vertrokken(regio, t.getT1(), c);
          }
          if (!t.getT3().containsKey(String.valueOf(c.get("organisatieId")))) {
            return geenRecht(regio, t.getT1());
          }
          return bevestiging(regio, t.getT1(), c, t.getT2().etag(), UUID.randomUUID().toString(), null,
              HttpStatus.OK);
        });
  }

  @PostMapping(PAGINA + "/deactiveren")
  Mono<Rendering> deactiveer(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      String versie = form.getFirst("versie");
      String sleutel = form.getFirst("sleutel");
      return api.post(exchange, user, Paden.pad(CONTACT + "/deactiveringen", id), versie, sleutel, Map.of())
          .flatMap(a -> {
            if (a.ok()) {
              return Mono.just(Rendering.redirectTo(Paden.metQuery(PAGINA, Map.of("opgeslagen", "vertrokken"),
                  regio, id)).build());
            }
            if (a.status() == 412) {
              // someone changed the contact since the step was shown: show it again, as it is now
              return Mono.zip(naam(regio), api.get(exchange, user, Paden.pad(CONTACT, id))).map(t -> !t.getT2().ok()
                  ? Meldingen.voor(t.getT2(), regio, t.getT1()).build()
                  : bevestiging(regio, t.getT1(), t.getT2().body(), t.getT2().etag(), UUID.randomUUID().toString(),
                      INTUSSEN_GEWIJZIGD + " Kijk of het vertrek nog klopt.", HttpStatus.PRECONDITION_FAILED));
            }
            if (a.status() == 409) {
              return api.get(exchange, user, Paden.pad(CONTACT, id)).zipWith(naam(regio))
                  .map(t -> vertrokken(regio, t.getT2(), t.getT1().body()));
            }
            if (a.status() == 403) {
              return naam(regio).map(n -> geenRecht(regio, n));
            }
            return naam(regio).map(n -> Meldingen.voor(a, regio, n).build());
          });
    });
  }

  private static Rendering bevestiging(String regio, String regioNaam, Map<String, Object> c, String versie,
      String sleutel, String fout, HttpStatus status) {
    return pagina("contactpersoon-deactiveren", regio, regioNaam, "contactpersonen").status(status)
        .modelAttribute("c", c).modelAttribute("versie", versie == null ? "" : versie)
        .modelAttribute("sleutel", sleutel).modelAttribute("fout", fout)
        .build();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /**
   * The organisations the user may change (id → name), from the API's own rule; empty for who may change none
   * (or when the answer did not come: then no page offers a change, and the API would refuse it anyway).
   */
  static Mono<Map<String, String>> bewerkbaar(PlatformApi api, ServerWebExchange exchange,
      OAuth2AuthenticationToken user) {
    return api.get(exchange, user, "/api/v1/mijn/organisaties").map(a -> {
      Map<String, String> organisaties = new LinkedHashMap<>();
      if (a.ok()) {
        for (Object o : lijst(a.body(), "organisaties")) {
          if (o instanceof Map<?, ?> m) {
            organisaties.put(String.valueOf(m.get("id")), String.valueOf(m.get("naam")));
          }
        }
      }
      return organisaties;
    });
  }

  private static Rendering geenRecht(String regio, String regioNaam) {
    return Rendering.view("melding").status(HttpStatus.FORBIDDEN)
        .modelAttribute("titel", "Geen toegang")
        .modelAttribute("tekst", "U mag de contactpersonen van deze organisatie niet wijzigen. Dat doet wie voor de"
            + " organisatie de gegevens in de gids bijhoudt.")
        .modelAttribute("regio", regio).modelAttribute("regioNaam", regioNaam).build();
  }

  private static Rendering vertrokken(String regio, String regioNaam, Map<String, Object> c) {
    return Rendering.view("melding").status(HttpStatus.CONFLICT)
        .modelAttribute("titel", "Contactpersoon vertrokken")
        .modelAttribute("tekst", (c == null ? "Deze contactpersoon" : String.valueOf(c.get("naam")))
            + " heeft de organisatie verlaten; de gegevens kunnen niet meer worden gewijzigd.")
        .modelAttribute("regio", regio).modelAttribute("regioNaam", regioNaam).build();
  }

  private static List<String> waarden(MultiValueMap<String, String> form, String naam) {
    return form.getOrDefault(naam, List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).distinct()
        .toList();
  }

  private static List<String> tekstLijst(Object waarde) {
    List<String> out = new ArrayList<>();
    if (waarde instanceof List<?> l) {
      l.forEach(o -> out.add(String.valueOf(o)));
    }
    return out;
  }

  private Mono<String> naam(String regio) {
    return Pagina.regioNaam(regions, regio);
  }
}
