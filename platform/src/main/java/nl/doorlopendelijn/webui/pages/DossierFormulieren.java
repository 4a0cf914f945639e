package nl.doorlopendelijn.webui.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Registering and changing a dossier in the pages: the form (every error of the API next to its field, with a
 * summary at the top), the scenario advice and its reasons while the factors are filled in, the agreement in force
 * for the chosen gemeente and azc, and the two contacts from the gids. A create carries one Idempotency-Key per
 * rendered form (a double submit makes one dossier); a change carries the version it started from (If-Match), and
 * a conflict shows what changed meanwhile, field by field. Who may register or change what is the API's decision.
 */
@Controller
class DossierFormulieren {

  private static final String API = "/api/v1/regios/{regio}";
  private static final String ADVIES = "advies";

  private final PlatformApi api;
  private final RegionRegistry regions;
  private final Clock klok;

  DossierFormulieren(PlatformApi api, RegionRegistry regions, Clock klok) {
    this.api = api;
    this.regions = regions;
    this.klok = klok;
  }

  /** Register or change: what differs between the two forms. */
  private record Modus(String titel, String actie, String dossierId, String versie) {
    boolean nieuw() {
      return dossierId == null;
    }
  }

  /** What the form was drawn from: the choices of its selects and the region's rules. */
  private record Keuzes(String regioNaam, List<Optie> gemeenten, List<Optie> azcs, boolean vNummer) {
    Function<String, String> gemeenteNaam() {
      return naamVan(gemeenten);
    }

    Function<String, String> azcNaam() {
      return naamVan(azcs);
    }

    private static Function<String, String> naamVan(List<Optie> opties) {
      Map<String, String> namen = new LinkedHashMap<>();
      opties.forEach(o -> namen.put(o.waarde(), o.tekst()));
      return code -> namen.getOrDefault(code, code);
    }
  }

  /** An option of a select: its value and what people read. */
  public record Optie(String waarde, String tekst) {}

  // --- register ---

  @GetMapping("/regio/{regio}/dossiers/nieuw")
  Mono<Rendering> nieuw(@PathVariable String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    // the API's list answers 403 to whoever may see no dossiers (a dashboard-viewer): the form says so at once
    return api.get(exchange, user, Paden.metQuery(API + "/dossiers", Map.of("paginaGrootte", "1"), regio))
        .flatMap(lijst -> {
          if (!lijst.ok()) {
            return naam(regio).map(n -> Meldingen.voor(lijst, regio, n).build());
          }
          DossierFormulier f = DossierFormulier.leeg()
              .zet("koppelingsdatum", LocalDate.now(klok).toString())
              .zet("gemeente", claim(user, "gemeente"))
              .zet("azcLocatie", claim(user, "azc"));
          return formulier(regio, user, exchange, f, nieuweModus(regio), HttpStatus.OK, null, null, null);
        });
  }

  @PostMapping("/regio/{regio}/dossiers/nieuw")
  Mono<Rendering> registreer(@PathVariable String regio, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      DossierFormulier f = DossierFormulier.uit(form);
      String sleutel = form.getFirst("sleutel");
      Modus modus = new Modus("Nieuw dossier", "/regio/" + regio + "/dossiers/nieuw", null,
          sleutel == null || sleutel.isBlank() ? UUID.randomUUID().toString() : sleutel);
      if (ADVIES.equals(form.getFirst("actie"))) {
        return formulier(regio, user, exchange, f, modus, HttpStatus.OK, null, null, null);
      }
      Map<String, Object> body = f.naarApi();
      if (f.heeftLeesfouten()) {
        return formulier(regio, user, exchange, f, modus, HttpStatus.BAD_REQUEST, null, null, null);
      }
      return api.schrijf(exchange, user, HttpMethod.POST, Paden.pad(API + "/dossiers", regio), null, modus.versie(),
          body).flatMap(s -> {
            var a = s.antwoord();
            if (a.status() == 201) {
              return Mono.just(Rendering.redirectTo(naarDossier(regio, id(a.body(), s.locatie()), "nieuw")).build());
            }
            if (a.status() == 400) {
              // a new key for the corrected form: the refused request claimed none, but a fresh form has its own
              return formulier(regio, user, exchange, f.metApiFouten(a.body()), nieuweModus(regio),
                  HttpStatus.BAD_REQUEST, null, null, null);
            }
            if (a.status() == 422) {
              // this rendered form was sent before with other values (back button): never a second dossier
              return formulier(regio, user, exchange, f.metFormulierFout("Dit formulier is al eens verzonden, met"
                  + " andere gegevens. Kijk in de lijst of het dossier al bestaat; verzend dit formulier alleen als"
                  + " dat niet zo is."), nieuweModus(regio), HttpStatus.CONFLICT, null, null, null);
            }
            return naam(regio).map(n -> Meldingen.voor(a, regio, n).build());
          });
    });
  }

  // --- change ---

  @GetMapping("/regio/{regio}/dossiers/{id}/wijzigen")
  Mono<Rendering> wijzigen(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return api.get(exchange, user, Paden.pad(API + "/dossiers/{id}", regio, id)).flatMap(d -> {
      if (!d.ok()) {
        return naam(regio).map(n -> Meldingen.voor(d, regio, n).build());
      }
      DossierFormulier f = DossierFormulier.uitDossier(d.body());
      return formulier(regio, user, exchange, f, wijzigModus(regio, d), HttpStatus.OK, f.basis(), null, d.body());
    });
  }

  @PostMapping("/regio/{regio}/dossiers/{id}/wijzigen")
  Mono<Rendering> wijzig(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      DossierFormulier f = DossierFormulier.uit(form);
      String basis = form.getFirst("basis");
      String nummer = form.getFirst("dossiernummer");
      Modus modus = new Modus("Dossier " + (nummer == null ? "" : nummer) + " wijzigen",
          "/regio/" + regio + "/dossiers/" + id + "/wijzigen", id, form.getFirst("versie"));
      Map<String, Object> kop = nummer == null ? null : Map.of("dossiernummer", nummer, "id", id);
      if (ADVIES.equals(form.getFirst("actie"))) {
        return formulier(regio, user, exchange, f, modus, HttpStatus.OK, basis, null, kop);
      }
      Map<String, Object> body = f.naarApi();
      if (f.heeftLeesfouten()) {
        return formulier(regio, user, exchange, f, modus, HttpStatus.BAD_REQUEST, basis, null, kop);
      }
      return api.schrijf(exchange, user, HttpMethod.PUT, Paden.pad(API + "/dossiers/{id}", regio, id),
          modus.versie(), null, body).flatMap(s -> {
            var a = s.antwoord();
            if (a.ok()) {
              return Mono.just(Rendering.redirectTo(naarDossier(regio, id, "gewijzigd")).build());
            }
            if (a.status() == 400) {
              return formulier(regio, user, exchange, f.metApiFouten(a.body()), modus, HttpStatus.BAD_REQUEST, basis,
                  null, kop);
            }
            if (a.status() == 412) {
              return conflict(regio, id, user, exchange, f, basis);
            }
            return naam(regio).map(n -> Meldingen.voor(a, regio, n).build());
          });
    });
  }

  /**
   * Someone changed the dossier since the form was opened: the form again with what is stored now (and its
   * version), and the list of what changed meanwhile beside what this user typed, so she can redo her change.
   */
  private Mono<Rendering> conflict(String regio, String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange, DossierFormulier jouw, String basis) {
    return api.get(exchange, user, Paden.pad(API + "/dossiers/{id}", regio, id)).flatMap(d -> {
      if (!d.ok()) {
        return naam(regio).map(n -> Meldingen.voor(d, regio, n).build());
      }
      DossierFormulier intussen = DossierFormulier.uitDossier(d.body());
      return keuzes(regio, user, exchange).flatMap(k -> {
        return contactNamen(regio, user, exchange, jouw, intussen).flatMap(contacten -> {
          DossierFormulier.Conflict conflict = DossierFormulier.conflict(DossierFormulier.uitBasis(basis), jouw,
              intussen, v -> w -> switch (v.naam()) {
                case "gemeente" -> k.gemeenteNaam().apply(w);
                case "azcLocatie" -> k.azcNaam().apply(w);
                case "vasteContactpersoonId", "casemanagerId" -> contacten.getOrDefault(w, "een contactpersoon");
                default -> DossierFormulier.leesbaar(v, w);
              });
          return formulier(regio, user, exchange, intussen, wijzigModus(regio, d), HttpStatus.CONFLICT,
              intussen.basis(), conflict, d.body());
        });
      });
    });
  }

  /** The names of the contacts the two forms name, for the conflict's list. */
  private Mono<Map<String, String>> contactNamen(String regio, OAuth2AuthenticationToken user,
      ServerWebExchange exchange, DossierFormulier jouw, DossierFormulier intussen) {
    return Mono.zip(contactKeuzes(regio, user, exchange, "vaste-contactpersoon", "gemeente", jouw.waarde("gemeente")),
            contactKeuzes(regio, user, exchange, "vaste-contactpersoon", "gemeente", intussen.waarde("gemeente")),
            contactKeuzes(regio, user, exchange, "casemanager", "azc", jouw.waarde("azcLocatie")),
            contactKeuzes(regio, user, exchange, "casemanager", "azc", intussen.waarde("azcLocatie")))
        .map(t -> {
          Map<String, String> namen = new LinkedHashMap<>();
          for (List<Optie> l : List.of(t.getT1(), t.getT2(), t.getT3(), t.getT4())) {
            l.forEach(o -> namen.put(o.waarde(), o.tekst()));
          }
          return namen;
        });
  }

  // --- the parts that follow the fields (htmx swaps them in; without JS "Bereken advies" redraws the form) ---

  @PostMapping("/regio/{regio}/dossiers/formulier/advies")
  Mono<Rendering> advies(@PathVariable String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> advies(regio, user, exchange, DossierFormulier.uit(form))
        .map(m -> Rendering.view("dossier-formulier :: advies").model(m).modelAttribute("regio", regio).build()));
  }

  @PostMapping("/regio/{regio}/dossiers/formulier/afspraak")
  Mono<Rendering> afspraak(@PathVariable String regio, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> keuzes(regio, user, exchange)
        .flatMap(k -> afspraak(regio, user, exchange, DossierFormulier.uit(form), k))
        .map(m -> Rendering.view("dossier-formulier :: afspraak").model(m).modelAttribute("regio", regio).build()));
  }

  @PostMapping("/regio/{regio}/dossiers/formulier/contacten")
  Mono<Rendering> contacten(@PathVariable String regio, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      DossierFormulier f = DossierFormulier.uit(form);
      return contacten(regio, user, exchange, f).map(m -> Rendering.view("dossier-formulier :: contacten").model(m)
          .modelAttribute("f", f).modelAttribute("regio", regio).build());
    });
  }

  // --- drawing the form ---

  private Mono<Rendering> formulier(String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange,
      DossierFormulier f, Modus modus, HttpStatus status, String basis, DossierFormulier.Conflict conflict,
      Map<String, Object> dossier) {
    return keuzes(regio, user, exchange).flatMap(k -> Mono.zip(advies(regio, user, exchange, f),
            afspraak(regio, user, exchange, f, k), contacten(regio, user, exchange, f))
        .map(t -> {
          var pagina = Rendering.view("dossier-formulier").status(status)
              .modelAttribute("regio", regio).modelAttribute("regioNaam", k.regioNaam())
              .modelAttribute("actief", "dossiers")
              .modelAttribute("f", f)
              .modelAttribute("modus", Map.of("titel", modus.titel(), "actie", modus.actie(),
                  "nieuw", modus.nieuw(), "versie", modus.versie() == null ? "" : modus.versie()))
              .modelAttribute("basis", basis == null ? "" : basis)
              .modelAttribute("dossier", dossier == null ? Map.of() : dossier)
              .modelAttribute("gemeenten", vastOfAlle(k.gemeenten(), claim(user, "gemeente"), f.waarde("gemeente")))
              .modelAttribute("azcs", vastOfAlle(k.azcs(), claim(user, "azc"), f.waarde("azcLocatie")))
              .modelAttribute("scenarios", scenarios())
              .modelAttribute("talen", TALEN)
              .modelAttribute("stappen", DossierFormulier.STAPPEN)
              .modelAttribute("vNummer", k.vNummer())
              .model(t.getT1()).model(t.getT2()).model(t.getT3());
          if (conflict != null) {
            pagina.modelAttribute("conflict", conflict);
          }
          return pagina.build();
        }));
  }

  /** A gemeente medewerker registers for her own gemeente, a liaison for her own azc: the select holds that one. */
  private static List<Optie> vastOfAlle(List<Optie> alle, String eigen, String gekozen) {
    if (eigen == null || eigen.isBlank()) {
      return alle;
    }
    List<Optie> eigenOptie = alle.stream().filter(o -> o.waarde().equals(eigen) || o.waarde().equals(gekozen))
        .toList();
    return eigenOptie.isEmpty() ? alle : eigenOptie;
  }

  /** The languages the API accepts ({@code dossiers.planning.Taal}), by their Dutch names. */
  private static final List<Optie> TALEN = java.util.Arrays.stream(nl.doorlopendelijn.dossiers.planning.Taal.values())
      .map(t -> new Optie(t.code(), t.label())).toList();

  private static List<Optie> scenarios() {
    return java.util.Arrays.stream(nl.doorlopendelijn.kernel.Scenario.values())
        .map(s -> new Optie(s.code(), s.label())).toList();
  }

  private Mono<Keuzes> keuzes(String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    Mono<Region> r = regions.bySlug(regio);
    return Mono.zip(r.map(Region::naam).defaultIfEmpty(regio),
            api.get(exchange, user, Paden.pad(API + "/gemeenten", regio)),
            api.get(exchange, user, "/api/v1/azc-locaties"),
            r.map(x -> x.descriptor() != null && x.descriptor().privacy() != null
                && Boolean.TRUE.equals(x.descriptor().privacy().vNummerVastleggen())).defaultIfEmpty(false))
        .map(t -> new Keuzes(t.getT1(),
            opties(t.getT2().body(), "gemeenten", "cbsCode", g -> String.valueOf(g.get("naam"))),
            opties(t.getT3().body(), "azcLocaties", "code", a -> a.get("naam")
                + (Boolean.FALSE.equals(a.get("actief")) ? " (beëindigd)" : "")).stream()
                .sorted(Comparator.comparing(Optie::tekst)).toList(),
            t.getT4()));
  }

  /** The advice part: the advice and its reasons, or what is still missing, or why it cannot be given. */
  private Mono<Map<String, Object>> advies(String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange,
      DossierFormulier f) {
    Map<String, Object> vraag = f.adviesVraag();
    if (vraag == null) {
      return Mono.just(Map.of("adviesMelding", "Vul de verwachte maanden tot een woning in, en of de inburgeraar"
          + " zelfstandig kan reizen en digitaal vaardig is: dan verschijnt hier het advies met de redenen."));
    }
    vraag.put("regio", regio);
    return api.schrijf(exchange, user, HttpMethod.POST, "/api/v1/scenario-adviezen", null, null, vraag).map(s -> {
      var a = s.antwoord();
      if (a.ok() && a.body() != null) {
        return Map.<String, Object>of("advies", FormulierToelichting.advies(a.body()));
      }
      if (a.status() == 400) {
        return Map.<String, Object>of("adviesFouten", adviesFouten(a.body()));
      }
      return Map.<String, Object>of("adviesMelding", "Het advies kan nu niet worden berekend. Probeer het zo opnieuw.");
    });
  }

  /** The advice's errors as sentences that name the fields as the form does. */
  private static List<String> adviesFouten(Map<String, Object> probleem) {
    List<String> zinnen = new java.util.ArrayList<>();
    if (probleem != null && probleem.get("invalidParams") instanceof List<?> params) {
      for (Object p : params) {
        if (p instanceof Map<?, ?> m) {
          String naam = String.valueOf(m.get("name"));
          String label = DossierFormulier.label("factoren." + naam);
          zinnen.add((label.equals("factoren." + naam) ? DossierFormulier.label(naam) : label) + ": " + m.get("reason")
              + ".");
        }
      }
    }
    return zinnen.isEmpty() ? List.of("Het advies kan met deze factoren niet worden berekend.") : zinnen;
  }

  /** The agreement part: the agreement in force today for the chosen gemeente and azc, or that there is none. */
  private Mono<Map<String, Object>> afspraak(String regio, OAuth2AuthenticationToken user,
      ServerWebExchange exchange, DossierFormulier f, Keuzes k) {
    String gemeente = f.waarde("gemeente");
    String azc = f.waarde("azcLocatie");
    if (gemeente.isEmpty() || azc.isEmpty()) {
      return Mono.just(Map.of("afspraakMelding",
          "Kies de gemeente en de azc-locatie: dan staat hier de samenwerkingsafspraak die geldt."));
    }
    Map<String, String> query = new LinkedHashMap<>();
    query.put("gemeente", gemeente);
    query.put("azc", azc);
    query.put("status", "actief");
    query.put("geldigOp", LocalDate.now(klok).toString());
    return api.get(exchange, user, Paden.metQuery(API + "/samenwerkingsafspraken", query, regio)).map(a -> {
      List<?> lijst = Pagina.lijst(a.body(), "samenwerkingsafspraken");
      if (a.ok() && !lijst.isEmpty() && lijst.get(0) instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) m;
        return Map.<String, Object>of("afspraak", FormulierToelichting.afspraak(json, k.gemeenteNaam(), k.azcNaam()),
            "afspraakId", String.valueOf(json.get("id")));
      }
      return Map.<String, Object>of("afspraakMelding", a.ok()
          ? "Voor " + k.gemeenteNaam().apply(gemeente) + " en " + k.azcNaam().apply(azc) + " geldt vandaag geen"
              + " samenwerkingsafspraak. Het dossier volgt dan het advies of het scenario dat u kiest."
          : "De samenwerkingsafspraak kan nu niet worden getoond.");
    });
  }

  /**
   * The contact part: whom the dossier may name, from the API's picker ({@code GET …/contactpersoon-keuzes}, the
   * rule the API checks a chosen contact by): the active contacts of the chosen gemeente (vaste contactpersoon) and
   * of the chosen azc (casemanager), trained ones marked.
   */
  private Mono<Map<String, Object>> contacten(String regio, OAuth2AuthenticationToken user,
      ServerWebExchange exchange, DossierFormulier f) {
    return Mono.zip(contactKeuzes(regio, user, exchange, "vaste-contactpersoon", "gemeente", f.waarde("gemeente")),
            contactKeuzes(regio, user, exchange, "casemanager", "azc", f.waarde("azcLocatie")))
        .map(t -> Map.of("gemeenteContacten", t.getT1(), "azcContacten", t.getT2()));
  }

  private Mono<List<Optie>> contactKeuzes(String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange,
      String rol, String soort, String code) {
    if (code == null || code.isBlank()) {
      return Mono.just(List.of());
    }
    return api.get(exchange, user, Paden.metQuery("/api/v1/regios/{regio}/contactpersoon-keuzes",
            Map.of("rol", rol, soort, code), regio))
        .map(c -> !c.ok() ? List.<Optie>of() : opties(c.body(), "contactpersonen", "id", p -> p.get("naam")
            + (p.get("functie") != null ? ", " + p.get("functie") : "")
            + (Boolean.TRUE.equals(p.get("getraind")) ? " (getraind)" : "")));
  }

  private static List<Optie> opties(Map<String, Object> body, String lijst, String waarde,
      Function<Map<?, ?>, String> tekst) {
    return Pagina.lijst(body, lijst).stream().filter(Map.class::isInstance).map(o -> (Map<?, ?>) o)
        .map(m -> new Optie(String.valueOf(m.get(waarde)), tekst.apply(m))).toList();
  }

  private static Modus nieuweModus(String regio) {
    return new Modus("Nieuw dossier", "/regio/" + regio + "/dossiers/nieuw", null, UUID.randomUUID().toString());
  }

  private static Modus wijzigModus(String regio, PlatformApi.Antwoord d) {
    return new Modus("Dossier " + d.body().get("dossiernummer") + " wijzigen",
        "/regio/" + regio + "/dossiers/" + d.body().get("id") + "/wijzigen", String.valueOf(d.body().get("id")),
        d.etag());
  }

  private static String naarDossier(String regio, String id, String opgeslagen) {
    return Paden.metQuery("/regio/{regio}/dossiers/{id}", Map.of("opgeslagen", opgeslagen), regio, id);
  }

  /** The id of a created dossier: from its body, or (a repeated request, no body) from the Location. */
  private static String id(Map<String, Object> body, String locatie) {
    if (body != null && body.get("id") != null) {
      return String.valueOf(body.get("id"));
    }
    return locatie == null ? "" : locatie.substring(locatie.lastIndexOf('/') + 1);
  }

  private static String claim(OAuth2AuthenticationToken user, String naam) {
    return user.getPrincipal() instanceof OidcUser oidc ? oidc.getClaimAsString(naam) : null;
  }

  private Mono<String> naam(String regio) {
    return regions.bySlug(regio).map(Region::naam).defaultIfEmpty(regio);
  }
}
