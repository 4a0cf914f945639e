package nl.doorlopendelijn.webui.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
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
 * The samenwerkingsafspraken of a region in the pages: the list; drafting and changing a concept (the coördinator);
 * one agreement with its norms as sentences, who signed for each party (by name, under which mandaat), its
 * mandaten, versions and history; and every step of its life (submit, sign per party, grant or withdraw a mandaat,
 * end), each a confirmation step with a POST. Who may do what is the API's decision (the signing rule of
 * docs/security.md); the buttons only follow it, so nobody is offered a step the API refuses.
 */
@Controller
class AfspraakPaginas {

  private static final String API = "/api/v1/regios/{regio}";
  private static final String AFSPRAAK = API + "/samenwerkingsafspraken/{id}";

  /** The status line after a step (POST-redirect-GET with {@code ?opgeslagen=…}). */
  private static final Map<String, String> MELDINGEN = Map.of(
      "nieuw", "De samenwerkingsafspraak is opgeslagen als concept.",
      "gewijzigd", "De wijziging is opgeslagen.",
      "ter-ondertekening", "De samenwerkingsafspraak ligt ter ondertekening bij de partijen.",
      "ondertekend", "Uw handtekening is vastgelegd.",
      "beeindigd", "De samenwerkingsafspraak is beëindigd.",
      "mandaat-verleend", "Het mandaat is vastgelegd op de afspraak.",
      "mandaat-ingetrokken", "Het mandaat is ingetrokken.");

  private final PlatformApi api;
  private final RegionRegistry regions;
  private final Namen namen;
  private final java.time.Clock klok;

  AfspraakPaginas(PlatformApi api, RegionRegistry regions, Namen namen, java.time.Clock klok) {
    this.api = api;
    this.regions = regions;
    this.namen = namen;
    this.klok = klok;
  }

  // --- list and one agreement ---

  @GetMapping("/regio/{regio}/afspraken")
  Mono<Rendering> afspraken(@PathVariable String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("pagina", exchange.getRequest().getQueryParams().getFirst("pagina"));
    return Mono.zip(naam(regio), api.get(exchange, user,
            Paden.metQuery(API + "/samenwerkingsafspraken", query, regio)), gebruiker(exchange, user))
        .map(t -> !t.getT2().ok() ? Meldingen.voor(t.getT2(), regio, t.getT1()).build()
            : pagina("afspraken", regio, t.getT1(), "afspraken")
                .modelAttribute("afspraken", lijst(t.getT2().body(), "samenwerkingsafspraken"))
                .modelAttribute("magOpstellen", t.getT3().rollen().contains("regio-coordinator"))
                .modelAttribute("bladeren", Bladeren.van(t.getT2().body().get("paginering"), query, "pagina",
                    "/regio/{regio}/afspraken", regio))
                .build());
  }

  @GetMapping("/regio/{regio}/afspraken/{id}")
  Mono<Rendering> afspraak(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    String opgeslagen = exchange.getRequest().getQueryParams().getFirst("opgeslagen");
    return Mono.zip(naam(regio), api.get(exchange, user, Paden.pad(AFSPRAAK, regio, id)), gebruiker(exchange, user))
        .flatMap(t -> {
          if (!t.getT2().ok()) {
            return Mono.just(Meldingen.voor(t.getT2(), regio, t.getT1()).build());
          }
          Map<String, Object> a = t.getT2().body();
          Gebruiker g = t.getT3();
          // mandaten, versions and history: for whoever sees the whole agreement (not the dashboard-viewer: 404)
          return Mono.zip(api.get(exchange, user, Paden.pad(AFSPRAAK + "/mandaten", regio, id)),
                  api.get(exchange, user, Paden.pad(AFSPRAAK + "/versies", regio, id)),
                  api.get(exchange, user, Paden.pad(AFSPRAAK + "/historie", regio, id)), namen.nu())
              .map(r -> {
                List<Map<String, Object>> mandaten = mappen(r.getT1().ok() ? lijst(r.getT1().body(), "mandaten")
                    : List.of());
                var w = r.getT4();
                return pagina("afspraak", regio, t.getT1(), "afspraken")
                    .modelAttribute("afspraak", a)
                    .modelAttribute("titel", titel(a, w))
                    .modelAttribute("stappen", DossierFormulier.STAPPEN)
                    .modelAttribute("normZinnen", Normzinnen.normen(a.get("normen")))
                    .modelAttribute("partijen", partijen(a, mandaten, g, w))
                    .modelAttribute("mandaten", mandaatRegels(mandaten, g, a, w))
                    .modelAttribute("magMandaatVerlenen", magMandaatVerlenen(a, mandaten, g))
                    .modelAttribute("versies", r.getT2().ok() ? lijst(r.getT2().body(), "versies") : List.of())
                    .modelAttribute("historie", r.getT3().ok()
                        ? historie(mappen(lijst(r.getT3().body(), "historie")), w) : List.of())
                    .modelAttribute("coordinator", g.rollen().contains("regio-coordinator"))
                    .modelAttribute("opgeslagen", opgeslagen == null ? null : MELDINGEN.get(opgeslagen))
                    .build();
              });
        });
  }

  // --- drafting and changing ---

  @GetMapping("/regio/{regio}/afspraken/nieuw")
  Mono<Rendering> nieuw(@PathVariable String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return gebruiker(exchange, user).flatMap(g -> !g.rollen().contains("regio-coordinator")
        ? naam(regio).map(n -> geenToegang(regio, n, "Alleen de regio-coördinator stelt een samenwerkingsafspraak op."))
        : regio(regio).flatMap(r -> formulier(regio, user, exchange, standaard(r), "Nieuwe samenwerkingsafspraak",
            "/regio/" + regio + "/afspraken/nieuw", UUID.randomUUID().toString(), null, null, HttpStatus.OK)));
  }

  @PostMapping("/regio/{regio}/afspraken/nieuw")
  Mono<Rendering> maak(@PathVariable String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      AfspraakFormulier f = AfspraakFormulier.uit(form);
      String sleutel = form.getFirst("sleutel");
      String actie = "/regio/" + regio + "/afspraken/nieuw";
      Map<String, Object> body = f.naarApi();
      if (f.heeftLeesfouten()) {
        return formulier(regio, user, exchange, f, "Nieuwe samenwerkingsafspraak", actie, sleutel, null, null,
            HttpStatus.BAD_REQUEST);
      }
      return api.schrijf(exchange, user, HttpMethod.POST, Paden.pad(API + "/samenwerkingsafspraken", regio), null,
          sleutel, body).flatMap(s -> {
            var a = s.antwoord();
            if (a.status() == 201) {
              String id = a.body() != null && a.body().get("id") != null ? String.valueOf(a.body().get("id"))
                  : s.locatie().substring(s.locatie().lastIndexOf('/') + 1);
              return Mono.just(naarAfspraak(regio, id, "nieuw"));
            }
            if (a.status() == 400) {
              return formulier(regio, user, exchange, f.metApiFouten(a.body()), "Nieuwe samenwerkingsafspraak", actie,
                  UUID.randomUUID().toString(), null, null, HttpStatus.BAD_REQUEST);
            }
            if (a.status() == 422) {
              return formulier(regio, user, exchange, f.metFormulierFout("Dit formulier is al eens verzonden, met"
                  + " andere gegevens. Kijk in de lijst of de afspraak al bestaat."), "Nieuwe samenwerkingsafspraak",
                  actie, UUID.randomUUID().toString(), null, null, HttpStatus.CONFLICT);
            }
            return naam(regio).map(n -> Meldingen.voor(a, regio, n).build());
          });
    });
  }

  @GetMapping("/regio/{regio}/afspraken/{id}/wijzigen")
  Mono<Rendering> wijzigen(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return Mono.zip(api.get(exchange, user, Paden.pad(AFSPRAAK, regio, id)), gebruiker(exchange, user)).flatMap(t -> {
      var a = t.getT1();
      if (!a.ok()) {
        return naam(regio).map(n -> Meldingen.voor(a, regio, n).build());
      }
      if (!t.getT2().rollen().contains("regio-coordinator")) {
        return naam(regio).map(n -> geenToegang(regio, n, "Alleen de regio-coördinator wijzigt een"
            + " samenwerkingsafspraak."));
      }
      return formulier(regio, user, exchange, AfspraakFormulier.uitAfspraak(a.body()),
          "Samenwerkingsafspraak wijzigen", "/regio/" + regio + "/afspraken/" + id + "/wijzigen", null, a.etag(), id,
          HttpStatus.OK);
    });
  }

  @PostMapping("/regio/{regio}/afspraken/{id}/wijzigen")
  Mono<Rendering> wijzig(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      AfspraakFormulier f = AfspraakFormulier.uit(form);
      String versie = form.getFirst("versie");
      String actie = "/regio/" + regio + "/afspraken/" + id + "/wijzigen";
      Map<String, Object> body = f.naarApi();
      if (f.heeftLeesfouten()) {
        return formulier(regio, user, exchange, f, "Samenwerkingsafspraak wijzigen", actie, null, versie, id,
            HttpStatus.BAD_REQUEST);
      }
      return api.schrijf(exchange, user, HttpMethod.PUT, Paden.pad(AFSPRAAK, regio, id), versie, null, body)
          .flatMap(s -> {
            var a = s.antwoord();
            if (a.status() == 200) {
              return Mono.just(naarAfspraak(regio, id, "gewijzigd"));
            }
            if (a.status() == 201) {
              // an active agreement: the change is a new version (concept) that goes through signing again
              String nieuw = s.locatie() == null ? id : s.locatie().substring(s.locatie().lastIndexOf('/') + 1);
              return Mono.just(naarAfspraak(regio, nieuw, "gewijzigd"));
            }
            if (a.status() == 400) {
              return formulier(regio, user, exchange, f.metApiFouten(a.body()), "Samenwerkingsafspraak wijzigen",
                  actie, null, versie, id, HttpStatus.BAD_REQUEST);
            }
            if (a.status() == 412) {
              // someone changed it since the form was opened: the form keeps what she typed, with the new version
              return api.get(exchange, user, Paden.pad(AFSPRAAK, regio, id)).flatMap(nu -> formulier(regio, user,
                  exchange, f.metFormulierFout("Iemand anders heeft deze afspraak gewijzigd nadat u het formulier"
                      + " opende. Controleer uw invoer tegen de afspraak en sla opnieuw op."),
                  "Samenwerkingsafspraak wijzigen", actie, null, nu.etag(), id, HttpStatus.CONFLICT));
            }
            if (a.status() == 409) {
              return naam(regio).map(n -> bevestigFout(regio, n, id, a));
            }
            return naam(regio).map(n -> Meldingen.voor(a, regio, n).build());
          });
    });
  }

  // --- the steps of its life, each confirmed on a page of its own ---

  @GetMapping("/regio/{regio}/afspraken/{id}/ter-ondertekening")
  Mono<Rendering> terOndertekeningBevestigen(@PathVariable String regio, @PathVariable String id,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return bevestiging(regio, id, user, exchange, "ter-ondertekening", Map.of(), Map.of());
  }

  @PostMapping("/regio/{regio}/afspraken/{id}/ter-ondertekening")
  Mono<Rendering> terOndertekening(@PathVariable String regio, @PathVariable String id,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> stap(regio, id, user, exchange, form, "ter-ondertekening",
        Paden.pad(AFSPRAAK + "/ter-ondertekening", regio, id), null, Map.of(), "ter-ondertekening"));
  }

  @GetMapping("/regio/{regio}/afspraken/{id}/ondertekenen")
  Mono<Rendering> ondertekenenBevestigen(@PathVariable String regio, @PathVariable String id,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    String partij = exchange.getRequest().getQueryParams().getFirst("partij");
    return bevestiging(regio, id, user, exchange, "ondertekenen", Map.of("partij", partij == null ? "" : partij),
        Map.of());
  }

  @PostMapping("/regio/{regio}/afspraken/{id}/ondertekenen")
  Mono<Rendering> onderteken(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      String partij = form.getFirst("partij") == null ? "" : form.getFirst("partij");
      return stap(regio, id, user, exchange, form, "ondertekenen", Paden.pad(AFSPRAAK + "/ondertekeningen", regio, id),
          Map.of("partij", partij), Map.of("partij", partij), "ondertekend");
    });
  }

  @GetMapping("/regio/{regio}/afspraken/{id}/beeindigen")
  Mono<Rendering> beeindigenBevestigen(@PathVariable String regio, @PathVariable String id,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return bevestiging(regio, id, user, exchange, "beeindigen", Map.of("reden", ""), Map.of());
  }

  @PostMapping("/regio/{regio}/afspraken/{id}/beeindigen")
  Mono<Rendering> beeindig(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> {
      String reden = form.getFirst("reden") == null ? "" : form.getFirst("reden").strip();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("reden", reden.isEmpty() ? null : reden);
      return stap(regio, id, user, exchange, form, "beeindigen", Paden.pad(AFSPRAAK + "/beeindigingen", regio, id), body,
          Map.of("reden", reden), "beeindigd");
    });
  }

  @GetMapping("/regio/{regio}/afspraken/{id}/mandaat")
  Mono<Rendering> mandaatVerlenenBevestigen(@PathVariable String regio, @PathVariable String id,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return bevestiging(regio, id, user, exchange, "mandaat", Map.of("kenmerk", ""), Map.of());
  }

  @PostMapping("/regio/{regio}/afspraken/{id}/mandaat")
  Mono<Rendering> mandaatVerlenen(@PathVariable String regio, @PathVariable String id,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return Mono.zip(exchange.getFormData(), gebruiker(exchange, user)).flatMap(t -> {
      String kenmerk = t.getT1().getFirst("kenmerk") == null ? "" : t.getT1().getFirst("kenmerk").strip();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("gemeente", t.getT2().gemeente());
      body.put("kenmerk", kenmerk.isEmpty() ? null : kenmerk);
      return stap(regio, id, user, exchange, t.getT1(), "mandaat", Paden.pad(AFSPRAAK + "/mandaten", regio, id), body,
          Map.of("kenmerk", kenmerk), "mandaat-verleend");
    });
  }

  @GetMapping("/regio/{regio}/afspraken/{id}/mandaten/{mandaat}/intrekken")
  Mono<Rendering> mandaatIntrekkenBevestigen(@PathVariable String regio, @PathVariable String id,
      @PathVariable String mandaat, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return bevestiging(regio, id, user, exchange, "mandaat-intrekken", Map.of("mandaat", mandaat), Map.of());
  }

  @PostMapping("/regio/{regio}/afspraken/{id}/mandaten/{mandaat}/intrekken")
  Mono<Rendering> mandaatIntrekken(@PathVariable String regio, @PathVariable String id,
      @PathVariable String mandaat, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> stap(regio, id, user, exchange, form, "mandaat-intrekken",
        Paden.pad(AFSPRAAK + "/mandaten/{mandaat}/intrekking", regio, id, mandaat), null,
        Map.of("mandaat", mandaat), "mandaat-ingetrokken"));
  }

  // --- confirmation pages ---

  /** What each step's confirmation page says and asks. */
  private record Stap(String titel, String knop, String uitleg) {}

  private static Stap stapVan(String soort, Map<String, Object> a, Map<String, String> waarden,
      Namen.Woordenboek w) {
    String afspraak = titel(a, w);
    return switch (soort) {
      case "ter-ondertekening" -> new Stap("Ter ondertekening aanbieden", "Ter ondertekening aanbieden",
          afspraak + " gaat naar de partijen om te ondertekenen. Daarna kan de tekst niet meer worden gewijzigd;"
              + " wel kunt u een nieuwe versie starten zodra de afspraak in werking is.");
      case "ondertekenen" -> {
        String partij = waarden.getOrDefault("partij", "");
        String wie = partij.startsWith("AZC-") ? w.azc(partij) : w.gemeente(partij);
        yield new Stap("Ondertekenen voor " + wie, "Ondertekenen voor " + wie, "U ondertekent " + afspraak
            + " voor " + wie + ". Uw naam en het tijdstip worden bij de handtekening vastgelegd; een handtekening"
            + " kan niet worden teruggenomen.");
      }
      case "beeindigen" -> new Stap("Samenwerkingsafspraak beëindigen", "Beëindigen", afspraak + " wordt"
          + " beëindigd. Dat kan niet ongedaan worden gemaakt; een nieuwe afspraak moet opnieuw worden opgesteld en"
          + " ondertekend.");
      case "mandaat" -> new Stap("Mandaat verlenen aan de regio-coördinator", "Mandaat verlenen", "Met dit mandaat"
          + " mag de regio-coördinator deze versie van " + afspraak + " namens uw gemeente ondertekenen. Vermeld het"
          + " kenmerk van het mandaatbesluit. Zolang de coördinator niet heeft getekend, kunt u het intrekken.");
      case "mandaat-intrekken" -> new Stap("Mandaat intrekken", "Mandaat intrekken", "De regio-coördinator mag"
          + " deze versie van " + afspraak + " dan niet meer namens uw gemeente ondertekenen.");
      default -> throw new IllegalArgumentException(soort);
    };
  }

  private Mono<Rendering> bevestiging(String regio, String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange, String soort, Map<String, String> waarden, Map<String, String> fouten) {
    return Mono.zip(naam(regio), api.get(exchange, user, Paden.pad(AFSPRAAK, regio, id)), namen.nu())
        .map(t -> !t.getT2().ok() ? Meldingen.voor(t.getT2(), regio, t.getT1()).build()
            : bevestigPagina(regio, t.getT1(), id, t.getT2().body(), soort, waarden, fouten, t.getT3(),
                UUID.randomUUID().toString(), fouten.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST));
  }

  private static Rendering bevestigPagina(String regio, String regioNaam, String id, Map<String, Object> a,
      String soort, Map<String, String> waarden, Map<String, String> fouten, Namen.Woordenboek w, String sleutel,
      HttpStatus status) {
    Stap stap = stapVan(soort, a, waarden, w);
    String actie = switch (soort) {
      case "mandaat-intrekken" -> "/regio/" + regio + "/afspraken/" + id + "/mandaten/" + waarden.get("mandaat")
          + "/intrekken";
      default -> "/regio/" + regio + "/afspraken/" + id + "/" + soort;
    };
    return pagina("afspraak-bevestigen", regio, regioNaam, "afspraken").status(status)
        .modelAttribute("afspraak", a).modelAttribute("stap", stap).modelAttribute("soort", soort)
        .modelAttribute("actie", actie).modelAttribute("w", waarden).modelAttribute("fouten", fouten)
        .modelAttribute("sleutel", sleutel).build();
  }

  /**
   * A step's POST: the API's answer decides. Success: back to the agreement with a status line. A 400 (a missing
   * reason or kenmerk): the same confirmation page with the API's message at the field. A 403 or 409: the
   * confirmation page with the API's Dutch reason; nothing changed.
   */
  private Mono<Rendering> stap(String regio, String id, OAuth2AuthenticationToken user, ServerWebExchange exchange,
      MultiValueMap<String, String> form, String soort, String pad, Map<String, Object> body,
      Map<String, String> waarden, String melding) {
    String sleutel = form.getFirst("sleutel");
    return api.post(exchange, user, pad, null, sleutel, body == null ? Map.of() : body)
        .flatMap(a -> {
          if (a.ok()) {
            return Mono.just(naarAfspraak(regio, id, melding));
          }
          if (a.status() == 400 || a.status() == 403 || a.status() == 409) {
            Map<String, String> fouten = new LinkedHashMap<>();
            for (Object o : lijst(a.body(), "invalidParams")) {
              if (o instanceof Map<?, ?> p) {
                fouten.putIfAbsent(String.valueOf(p.get("name")), String.valueOf(p.get("reason")));
              }
            }
            if (fouten.isEmpty()) {
              fouten.put("formulier", a.body() != null && a.body().get("detail") != null
                  ? String.valueOf(a.body().get("detail")) : "Deze stap kan nu niet worden gezet.");
            }
            return Mono.zip(naam(regio), api.get(exchange, user, Paden.pad(AFSPRAAK, regio, id)), namen.nu())
                .map(t -> !t.getT2().ok() ? Meldingen.voor(t.getT2(), regio, t.getT1()).build()
                    : bevestigPagina(regio, t.getT1(), id, t.getT2().body(), soort, waarden, fouten, t.getT3(),
                        UUID.randomUUID().toString(), HttpStatus.valueOf(a.status())));
          }
          return naam(regio).map(n -> Meldingen.voor(a, regio, n).build());
        });
  }

  private static Rendering bevestigFout(String regio, String regioNaam, String id, PlatformApi.Antwoord a) {
    return Rendering.view("melding").status(HttpStatus.CONFLICT)
        .modelAttribute("titel", "Kan niet worden gewijzigd")
        .modelAttribute("tekst", a.body() != null && a.body().get("detail") != null
            ? String.valueOf(a.body().get("detail")) : "Deze afspraak kan nu niet worden gewijzigd.")
        .modelAttribute("regio", regio).modelAttribute("regioNaam", regioNaam).build();
  }

  // --- the form ---

  private Mono<Rendering> formulier(String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange,
      AfspraakFormulier f, String titel, String actie, String sleutel, String versie, String id, HttpStatus status) {
    return regio(regio).flatMap(r -> {
      TenantDescriptor d = r.descriptor();
      List<String> gemeenteCodes = d == null || d.gemeenten() == null ? List.of()
          : d.gemeenten().stream().map(TenantDescriptor.Gemeente::cbsCode).toList();
      List<String> azcCodes = d == null || d.azcLocaties() == null ? List.of() : d.azcLocaties();
      Mono<Map<String, List<Optie>>> gemeenteContacten = reactor.core.publisher.Flux.fromIterable(gemeenteCodes)
          .concatMap(g -> contactKeuzes(regio, user, exchange, "vaste-contactpersoon", "gemeente", g)
              .map(l -> Map.entry(g, l)))
          .collectMap(Map.Entry::getKey, Map.Entry::getValue, LinkedHashMap::new);
      Mono<Map<String, List<Optie>>> azcContacten = reactor.core.publisher.Flux.fromIterable(azcCodes)
          .concatMap(a -> contactKeuzes(regio, user, exchange, "casemanager", "azc", a).map(l -> Map.entry(a, l)))
          .collectMap(Map.Entry::getKey, Map.Entry::getValue, LinkedHashMap::new);
      return Mono.zip(gemeenteContacten, azcContacten, namen.nu()).map(t -> {
        var w = t.getT3();
        List<Optie> gemeenten = gemeenteCodes.stream().map(g -> new Optie(g, w.gemeente(g))).toList();
        List<Optie> azcs = azcCodes.stream().map(a -> new Optie(a, w.azc(a))).toList();
        return pagina("afspraak-formulier", regio, r.naam(), "afspraken").status(status)
            .modelAttribute("f", f).modelAttribute("titel", titel).modelAttribute("actie", actie)
            .modelAttribute("sleutel", sleutel == null ? "" : sleutel).modelAttribute("versie", versie == null ? ""
                : versie)
            .modelAttribute("afspraakId", id == null ? "" : id)
            .modelAttribute("gemeenten", gemeenten).modelAttribute("azcs", azcs)
            .modelAttribute("gemeenteContacten", t.getT1()).modelAttribute("azcContacten", t.getT2())
            .modelAttribute("scenarios", java.util.Arrays.stream(Scenario.values())
                .map(s -> new Optie(s.code(), s.label())).toList())
            .modelAttribute("stappen", DossierFormulier.STAPPEN)
            .build();
      });
    });
  }

  /** A new draft starts from the region's own norms (what the API takes when a norm is left out). */
  private AfspraakFormulier standaard(Region r) {
    AfspraakFormulier f = AfspraakFormulier.leeg();
    f.zet("geldigVanaf", java.time.LocalDate.now(klok.withZone(nl.doorlopendelijn.kernel.Tijdzone.NL)).toString());
    f.zet("toestemming", "14").zet("start", "14").zet("duur", "84");
    TenantDescriptor.Normen n = r.descriptor() == null ? null : r.descriptor().normen();
    if (n != null) {
      f.zet("kennismaking", tekst(n.dagenTotKennismaking()));
      f.zet("klantprofiel", tekst(n.klantprofielUpdateDagenVoorVerhuizing()));
      f.zet("rust", tekst(n.rustperiodeRondVerhuizingDagen() == null ? 0 : n.rustperiodeRondVerhuizingDagen()));
      if (n.driegesprekNaKoppelingDagen() != null) {
        f.zet("driegesprekNaKoppeling", "ja").zet("driegesprekNaKoppelingDagen", tekst(n.driegesprekNaKoppelingDagen()));
      }
      f.zet("driegesprekVoorVerhuizing", "ja")
          .zet("driegesprekVoorVerhuizingDagen", tekst(n.driegesprekVoorVerhuizingDagen()));
    }
    return f;
  }

  /** An option of a select or a checkbox: its value and what people read. */
  public record Optie(String waarde, String tekst) {}

  private Mono<List<Optie>> contactKeuzes(String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange,
      String rol, String soort, String code) {
    return api.get(exchange, user, Paden.metQuery(API + "/contactpersoon-keuzes", Map.of("rol", rol, soort, code),
            regio))
        .map(c -> !c.ok() ? List.<Optie>of() : mappen(lijst(c.body(), "contactpersonen")).stream()
            .map(p -> new Optie(String.valueOf(p.get("id")), p.get("naam")
                + (p.get("functie") != null ? ", " + p.get("functie") : "")))
            .toList());
  }

  // --- what the agreement page shows ---

  /** "Samenwerkingsafspraak azc Oisterwijk – Tilburg, Dongen". */
  static String titel(Map<String, Object> a, Namen.Woordenboek w) {
    String azc = a.get("azc") instanceof Map<?, ?> m ? w.azc(String.valueOf(m.get("code"))) : "";
    List<String> gemeenten = new ArrayList<>();
    for (Object o : lijst(a, "gemeenten")) {
      if (o instanceof Map<?, ?> g) {
        gemeenten.add(w.gemeente(String.valueOf(g.get("cbsCode"))));
      }
    }
    return "Samenwerkingsafspraak " + azc + (gemeenten.isEmpty() ? "" : " – " + String.join(", ", gemeenten));
  }

  /**
   * Per party: its name, the signing status as a sentence ("ondertekend door Sanne de Wit op 3 december 2026",
   * "namens Tilburg door … krachtens mandaat MB-…", "nog niet ondertekend"), and whether this user is offered the
   * button to sign for it.
   */
  private static List<Map<String, Object>> partijen(Map<String, Object> a, List<Map<String, Object>> mandaten,
      Gebruiker g, Namen.Woordenboek w) {
    boolean terOndertekening = "ter-ondertekening".equals(a.get("status"));
    List<Map<String, Object>> rijen = new ArrayList<>();
    List<Map<?, ?>> partijen = new ArrayList<>();
    for (Object o : lijst(a, "gemeenten")) {
      if (o instanceof Map<?, ?> m) {
        partijen.add(m);
      }
    }
    if (a.get("azc") instanceof Map<?, ?> m) {
      partijen.add(m);
    }
    for (Map<?, ?> p : partijen) {
      boolean gemeente = p.containsKey("cbsCode");
      String code = String.valueOf(gemeente ? p.get("cbsCode") : p.get("code"));
      String naam = gemeente ? w.gemeente(code) : w.azc(code);
      String stand;
      boolean getekend = p.get("ondertekening") instanceof Map<?, ?>;
      if (p.get("ondertekening") instanceof Map<?, ?> o) {
        String wie = o.get("naam") != null ? String.valueOf(o.get("naam")) : "een ondertekenaar";
        stand = o.get("krachtensMandaat") != null
            ? "ondertekend namens " + naam + " door de regio-coördinator " + wie + " krachtens mandaat "
                + o.get("krachtensMandaat") + " op " + w.datum(o.get("op"))
            : "ondertekend door " + wie + " op " + w.datum(o.get("op"));
      } else {
        stand = "nog niet ondertekend";
      }
      boolean kan = terOndertekening && !getekend && (gemeente
          ? (code.equals(g.gemeente()) && g.rollen().contains("tekenbevoegd"))
              || (g.rollen().contains("regio-coordinator") && openMandaat(mandaten, code) != null)
          : g.isCoa() && code.equals(g.azc()));
      Map<String, Object> rij = new LinkedHashMap<>();
      rij.put("code", code);
      rij.put("naam", naam);
      rij.put("stand", stand);
      rij.put("ondertekend", getekend);
      rij.put("kanTekenen", kan);
      rijen.add(rij);
    }
    return rijen;
  }

  private static Map<String, Object> openMandaat(List<Map<String, Object>> mandaten, String gemeente) {
    return mandaten.stream().filter(m -> gemeente.equals(m.get("gemeente")) && m.get("ingetrokkenOp") == null)
        .findFirst().orElse(null);
  }

  /** The tekenbevoegde of a party gemeente may grant one while the version awaits signatures. */
  private static boolean magMandaatVerlenen(Map<String, Object> a, List<Map<String, Object>> mandaten, Gebruiker g) {
    if (!"ter-ondertekening".equals(a.get("status")) || g.gemeente() == null
        || !g.rollen().contains("tekenbevoegd") || openMandaat(mandaten, g.gemeente()) != null) {
      return false;
    }
    return lijst(a, "gemeenten").stream().anyMatch(o -> o instanceof Map<?, ?> m
        && g.gemeente().equals(m.get("cbsCode")) && m.get("ondertekening") == null);
  }

  private static List<Map<String, Object>> mandaatRegels(List<Map<String, Object>> mandaten, Gebruiker g,
      Map<String, Object> a, Namen.Woordenboek w) {
    List<Map<String, Object>> regels = new ArrayList<>();
    for (Map<String, Object> m : mandaten) {
      String gemeente = String.valueOf(m.get("gemeente"));
      String tekst = w.gemeente(gemeente) + ": mandaat " + m.get("kenmerk") + ", verleend door "
          + (m.get("verleendDoor") == null ? "een tekenbevoegde" : m.get("verleendDoor")) + " op "
          + w.datum(m.get("verleendOp"))
          + (m.get("ingetrokkenOp") != null ? "; ingetrokken" + (m.get("ingetrokkenDoor") != null
              ? " door " + m.get("ingetrokkenDoor") : "") + " op " + w.datum(m.get("ingetrokkenOp")) : "")
          + (m.get("gebruiktOp") != null ? "; gebruikt op " + w.datum(m.get("gebruiktOp")) : "");
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("tekst", tekst);
      r.put("id", m.get("id"));
      r.put("kanIntrekken", m.get("ingetrokkenOp") == null && m.get("gebruiktOp") == null
          && gemeente.equals(g.gemeente()) && g.rollen().contains("tekenbevoegd"));
      regels.add(r);
    }
    return regels;
  }

  /** The history in Dutch: when, who (by name), what, for which party. */
  static List<Map<String, String>> historie(List<Map<String, Object>> regels, Namen.Woordenboek w) {
    List<Map<String, String>> uit = new ArrayList<>();
    for (Map<String, Object> r : regels) {
      Map<?, ?> nieuw = r.get("nieuw") instanceof Map<?, ?> m ? m : Map.of();
      String partij = nieuw.get("partij") != null ? String.valueOf(nieuw.get("partij"))
          : nieuw.get("gemeente") != null ? String.valueOf(nieuw.get("gemeente")) : null;
      String partijNaam = partij == null ? "" : partij.startsWith("AZC-") ? w.azc(partij) : w.gemeente(partij);
      String actie = String.valueOf(r.get("actie"));
      String wat = switch (actie) {
        case "aangemaakt" -> "Opgesteld als concept";
        case "gewijzigd" -> "Concept gewijzigd";
        case "nieuwe-versie" -> "Nieuwe versie gestart";
        case "ter-ondertekening" -> "Ter ondertekening aangeboden";
        case "ondertekend" -> "Ondertekend voor " + partijNaam;
        case "ondertekend-krachtens-mandaat" -> "Ondertekend namens " + partijNaam + " krachtens mandaat "
            + nieuw.get("krachtensMandaat");
        case "geactiveerd" -> "In werking getreden";
        case "vervangen" -> "Vervangen door een nieuwe versie";
        case "beeindigd" -> "Beëindigd" + (nieuw.get("beeindigingsreden") != null ? ": " + nieuw.get("beeindigingsreden")
            : "");
        case "mandaat-verleend" -> "Mandaat verleend aan de regio-coördinator voor " + partijNaam + " (kenmerk "
            + nieuw.get("kenmerk") + ")";
        case "mandaat-ingetrokken" -> "Mandaat voor " + partijNaam + " ingetrokken (kenmerk " + nieuw.get("kenmerk")
            + ")";
        case "signaal" -> "Signaal: een contactpersoon is vertrokken";
        default -> "Gewijzigd";
      };
      String wie = r.get("doorNaam") != null ? String.valueOf(r.get("doorNaam"))
          : "systeem".equals(r.get("door")) ? "het platform" : "onbekend";
      uit.add(Map.of("wanneer", w.datumTijd(r.get("tijdstip")), "wie", wie, "wat", wat));
    }
    return uit;
  }

  // --- helpers ---

  private Mono<Gebruiker> gebruiker(ServerWebExchange exchange, OAuth2AuthenticationToken user) {
    return api.accessToken(exchange, user).map(token -> Gebruiker.van(user, token));
  }

  private static Rendering naarAfspraak(String regio, String id, String opgeslagen) {
    return Rendering.redirectTo(Paden.metQuery("/regio/{regio}/afspraken/{id}", Map.of("opgeslagen", opgeslagen),
        regio, id)).build();
  }

  private static Rendering geenToegang(String regio, String regioNaam, String tekst) {
    return Rendering.view("melding").status(HttpStatus.FORBIDDEN).modelAttribute("titel", "Geen toegang")
        .modelAttribute("tekst", tekst).modelAttribute("regio", regio).modelAttribute("regioNaam", regioNaam).build();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> mappen(List<?> lijst) {
    return lijst.stream().filter(Map.class::isInstance).map(o -> (Map<String, Object>) o).toList();
  }

  private static String tekst(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  private Mono<Region> regio(String regio) {
    return regions.bySlug(regio);
  }

  private Mono<String> naam(String regio) {
    return Pagina.regioNaam(regions, regio);
  }
}
