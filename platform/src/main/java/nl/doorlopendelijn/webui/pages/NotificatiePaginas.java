package nl.doorlopendelijn.webui.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.doorlopendelijn.kernel.Nederlands;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * "Mijn notificaties" (issue 17): the in-app list of {@code GET /api/v1/mijn/notificaties} across every region the
 * user may see, newest first and paged, each by its soort's name, its region's name and its dossier's number (a link
 * to the dossier), read or unread, with "markeer als gelezen" per item and "alles gelezen"; and her preferences
 * ({@code /notificaties/voorkeuren}: per soort how it reaches her by e-mail, saved with the version she saw). She is
 * the user linked to her gids entry: without that link the list is empty, and the page says why and where she links
 * it. The header's unread count is {@link PaginaAdvies#ongelezen}.
 */
@Controller
class NotificatiePaginas {

  static final String PAD = "/notificaties";
  static final String VOORKEUREN = PAD + "/voorkeuren";
  private static final String API = "/api/v1/mijn/notificaties";
  static final String ONGELEZEN = API + "/ongelezen";
  private static final String API_VOORKEUREN = "/api/v1/mijn/notificatievoorkeuren";
  static final String ONGELDIGE_KEUZE = "Kies hoe u deze notificatie wilt krijgen: een van de mogelijkheden hieronder.";
  private static final Pattern VOORKEUR_INDEX = Pattern.compile("voorkeuren\\[(\\d+)]");
  static final String INTUSSEN_GEWIJZIGD = "Uw voorkeuren zijn intussen gewijzigd, bijvoorbeeld in een ander venster."
      + " Uw keuze is niet opgeslagen. Hieronder staan de voorkeuren zoals ze nu zijn; kies opnieuw en sla op.";

  /** One notification as the list shows it. */
  public record Regel(String id, String regio, String regioNaam, String soortNaam, String mijlpaalNaam,
      String dossiernummer, String dossierPad, String wanneer, boolean gelezen, String gelezenOp) {}

  /** One soort on the preferences form: its name, the chosen bezorging and a message for it. */
  public record Voorkeur(String soort, String soortNaam, String bezorging, String fout) {}

  /** Where she stands with her gids entry, for the empty list and the preferences. */
  public record Koppeling(String status, String pad, String padNaam) {
    public boolean bevestigd() {
      return "bevestigd".equals(status);
    }
  }

  private final PlatformApi api;
  private final RegionRegistry regions;

  NotificatiePaginas(PlatformApi api, RegionRegistry regions) {
    this.api = api;
    this.regions = regions;
  }

  // ------------------------------------------------------------------------------------------------ the list

  @GetMapping(PAD)
  Mono<Rendering> notificaties(@RequestParam(name = "pagina", required = false) String pagina,
      @RequestParam(name = "ongelezen", required = false) String ongelezen,
      @RequestParam(name = "gedaan", required = false) String gedaan,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    Integer nummer = Bladeren.paginanummer(pagina);
    if (nummer == null) {
      return Mono.just(Meldingen.ongeldigePagina("pagina").build());
    }
    if (StartPaginas.PLATFORM.equals(user.getAuthorizedClientRegistrationId())) {
      return Mono.just(Rendering.redirectTo(BeheerPaginas.PAD).build()); // an operator gets no notifications
    }
    boolean alleenOngelezen = "true".equals(ongelezen);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("pagina", String.valueOf(nummer));
    query.put("paginaGrootte", String.valueOf(Bladeren.PAGINAGROOTTE));
    if (alleenOngelezen) {
      query.put("ongelezen", "true");
    }
    return api.get(exchange, user, Paden.metQuery(API, query)).flatMap(antwoord -> {
      if (!antwoord.ok()) {
        return Mono.just(melding(antwoord, user));
      }
      List<Regel> regels = new ArrayList<>();
      for (Object i : Pagina.lijst(antwoord.body(), "notificaties")) {
        if (i instanceof Map<?, ?> item) {
          regels.add(regel(item));
        }
      }
      Map<String, String> filter = alleenOngelezen ? Map.of("ongelezen", "true") : Map.of();
      Mono<Koppeling> koppeling = regels.isEmpty() && !alleenOngelezen && nummer == 1 ? koppeling(user, exchange)
          : Mono.just(new Koppeling("bevestigd", null, null));
      return Mono.zip(koppeling, regioNaam(user)).map(t -> pagina("notificaties", user, t.getT2())
          .modelAttribute("regels", regels)
          .modelAttribute("alleenOngelezen", alleenOngelezen)
          .modelAttribute("heeftOngelezen", regels.stream().anyMatch(r -> !r.gelezen()))
          .modelAttribute("koppeling", t.getT1())
          .modelAttribute("gedaan", gedaan == null ? "" : gedaan)
          .modelAttribute("paginaNummer", nummer)
          .modelAttribute("bladeren", Bladeren.van(antwoord.body().get("paginering"), filter, "pagina", PAD))
          .build());
    });
  }

  @PostMapping(PAD + "/{regio}/{id}/gelezen")
  Mono<Rendering> markeerGelezen(@PathVariable String regio, @PathVariable String id, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> api.post(exchange, user,
            Paden.pad(API + "/{regio}/{id}/gelezen", regio, id), null, Map.of())
        .map(a -> a.ok() ? terug(form, "gelezen") : melding(a, user)));
  }

  @PostMapping(PAD + "/gelezen")
  Mono<Rendering> markeerAllesGelezen(OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> api.post(exchange, user, API + "/gelezen", null, Map.of())
        .map(a -> a.ok() ? terug(form, "alles-gelezen") : melding(a, user)));
  }

  /** Back to the page of the list she was on (its filter kept), with what was done. */
  private static Rendering terug(MultiValueMap<String, String> form, String gedaan) {
    Map<String, String> query = new LinkedHashMap<>();
    Integer pagina = Bladeren.paginanummer(form.getFirst("pagina"));
    if (pagina != null && pagina > 1) {
      query.put("pagina", String.valueOf(pagina));
    }
    if ("true".equals(form.getFirst("ongelezen"))) {
      query.put("ongelezen", "true");
    }
    query.put("gedaan", gedaan);
    return Rendering.redirectTo(Paden.metQuery(PAD, query)).build();
  }

  static Regel regel(Map<?, ?> item) {
    Map<?, ?> regio = item.get("regio") instanceof Map<?, ?> r ? r : Map.of();
    Map<?, ?> dossier = item.get("dossier") instanceof Map<?, ?> d ? d : Map.of();
    String slug = tekst(regio.get("slug"));
    String regioNaam = tekst(regio.get("naam"));
    return new Regel(tekst(item.get("id")), slug, regioNaam == null ? slug : regioNaam, tekst(item.get("soortNaam")),
        tekst(item.get("mijlpaalNaam")), tekst(dossier.get("nummer")),
        slug == null || dossier.get("id") == null ? null
            : Paden.pad("/regio/{regio}/dossiers/{id}", slug, tekst(dossier.get("id"))),
        item.get("aangemaaktOp") == null ? null : Nederlands.datumTijd(item.get("aangemaaktOp")),
        item.get("gelezenOp") != null,
        item.get("gelezenOp") == null ? null : Nederlands.datumTijd(item.get("gelezenOp")));
  }

  // ------------------------------------------------------------------------------------------------ preferences

  @GetMapping(VOORKEUREN)
  Mono<Rendering> voorkeuren(OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    // "?opgeslagen" (without a value) right after a save: the confirmation
    boolean opgeslagen = exchange.getRequest().getQueryParams().containsKey("opgeslagen");
    if (StartPaginas.PLATFORM.equals(user.getAuthorizedClientRegistrationId())) {
      return Mono.just(Rendering.redirectTo(BeheerPaginas.PAD).build());
    }
    return api.get(exchange, user, API_VOORKEUREN).flatMap(a -> !a.ok() ? Mono.just(melding(a, user))
        : koppeling(user, exchange).flatMap(k -> voorkeurenPagina(user, a.etag(),
            voorkeuren(a.body(), Map.of(), Map.of()), k, opgeslagen, List.of(), HttpStatus.OK)));
  }

  @PostMapping(VOORKEUREN)
  Mono<Rendering> voorkeurenOpslaan(OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return exchange.getFormData().flatMap(form -> api.get(exchange, user, API_VOORKEUREN).flatMap(huidig -> {
      if (!huidig.ok()) {
        return Mono.just(melding(huidig, user));
      }
      // every soort the API knows, with what she chose for it (a soort the form did not send keeps its value)
      List<Voorkeur> nu = voorkeuren(huidig.body(), Map.of(), Map.of());
      Map<String, String> gekozen = new LinkedHashMap<>();
      List<Map<String, Object>> lijst = new ArrayList<>();
      for (Voorkeur v : nu) {
        String keuze = form.getFirst("bezorging-" + v.soort());
        String bezorging = keuze == null || keuze.isBlank() ? v.bezorging() : keuze.strip();
        gekozen.put(v.soort(), bezorging);
        Map<String, Object> regel = new LinkedHashMap<>();
        regel.put("soort", v.soort());
        regel.put("bezorging", bezorging);
        lijst.add(regel);
      }
      String versie = form.getFirst("versie");
      return api.put(exchange, user, API_VOORKEUREN, versie, Map.of("voorkeuren", lijst)).flatMap(a -> {
        if (a.ok()) {
          return Mono.just(Rendering.redirectTo(VOORKEUREN + "?opgeslagen").build());
        }
        return switch (a.status()) {
          // her choices again with what is wrong, on the version she saw
          case 400 -> {
            List<Voorkeur> metFouten = voorkeuren(huidig.body(), gekozen, fouten(a, nu));
            yield voorkeurenPagina(user, versie, metFouten, new Koppeling("bevestigd", null, null), false,
                overzicht(metFouten), HttpStatus.BAD_REQUEST);
          }
          // someone (she, in another window) saved in between: what is stored now, and her choice not saved
          case 412, 428 -> api.get(exchange, user, API_VOORKEUREN).flatMap(opnieuw -> opnieuw.ok()
              ? voorkeurenPagina(user, opnieuw.etag(), voorkeuren(opnieuw.body(), Map.of(), Map.of()),
                  new Koppeling("bevestigd", null, null), false, List.of(INTUSSEN_GEWIJZIGD),
                  HttpStatus.PRECONDITION_FAILED)
              : Mono.just(melding(opnieuw, user)));
          // no confirmed link to her gids entry (yet): say so, and where she links it
          case 409 -> koppeling(user, exchange).flatMap(k -> voorkeurenPagina(user, versie,
              voorkeuren(huidig.body(), gekozen, Map.of()), k.bevestigd() ? new Koppeling(null, k.pad(), k.padNaam()) : k,
              false, List.of("Uw voorkeuren zijn niet opgeslagen: uw account is niet gekoppeld aan uw vermelding in"
                  + " de contactpersonengids."), HttpStatus.CONFLICT));
          default -> Mono.just(melding(a, user));
        };
      });
    }));
  }

  private Mono<Rendering> voorkeurenPagina(OAuth2AuthenticationToken user, String versie,
      List<Voorkeur> voorkeuren, Koppeling koppeling, boolean opgeslagen, List<String> fouten, HttpStatus status) {
    return regioNaam(user).map(naam -> pagina("notificatievoorkeuren", user, naam).status(status)
        .modelAttribute("voorkeuren", voorkeuren)
        .modelAttribute("versie", versie == null ? "" : versie)
        .modelAttribute("koppeling", koppeling)
        .modelAttribute("opgeslagen", opgeslagen)
        .modelAttribute("fouten", fouten)
        .build());
  }

  /** The API's preferences in its order; {@code gekozen} overrides the stored choice (a form shown again). */
  static List<Voorkeur> voorkeuren(Map<String, Object> body, Map<String, String> gekozen, Map<String, String> fouten) {
    List<Voorkeur> voorkeuren = new ArrayList<>();
    for (Object o : Pagina.lijst(body, "voorkeuren")) {
      if (o instanceof Map<?, ?> v && v.get("soort") != null) {
        String soort = String.valueOf(v.get("soort"));
        String naam = v.get("soortNaam") == null ? soort : String.valueOf(v.get("soortNaam"));
        voorkeuren.add(new Voorkeur(soort, naam, gekozen.getOrDefault(soort, tekst(v.get("bezorging"))),
            fouten.get(soort)));
      }
    }
    return voorkeuren;
  }

  /** The soorten a 400 of the API refused (its {@code voorkeuren[i]} is the i-th soort sent), each with a sentence. */
  private static Map<String, String> fouten(PlatformApi.Antwoord a, List<Voorkeur> verstuurd) {
    Map<String, String> fouten = new LinkedHashMap<>();
    if (a.body() != null && a.body().get("invalidParams") instanceof List<?> params) {
      for (Object p : params) {
        if (p instanceof Map<?, ?> m) {
          Matcher index = VOORKEUR_INDEX.matcher(String.valueOf(m.get("name")));
          if (index.find() && Integer.parseInt(index.group(1)) < verstuurd.size()) {
            fouten.put(verstuurd.get(Integer.parseInt(index.group(1))).soort(), ONGELDIGE_KEUZE);
          }
        }
      }
    }
    return fouten;
  }

  /** The overview above the form: each refused soort by its name, or one sentence when none could be named. */
  private static List<String> overzicht(List<Voorkeur> voorkeuren) {
    List<String> zinnen = voorkeuren.stream().filter(v -> v.fout() != null)
        .map(v -> v.soortNaam() + ": " + v.fout().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
            + v.fout().substring(1)).toList();
    return zinnen.isEmpty() ? List.of("Uw voorkeuren konden niet worden opgeslagen. Kies per soort een van de"
        + " mogelijkheden en probeer het opnieuw.") : zinnen;
  }

  // ------------------------------------------------------------------------------------------------ shared

  /**
   * Her claim of a gids entry ({@code GET /api/v1/mijn/koppeling}: 404 when she claimed none) and where she links
   * it: the gids of her region, or for a COA liaison her azc's page (its link to the gids).
   */
  private Mono<Koppeling> koppeling(OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    boolean coa = "coa".equals(user.getAuthorizedClientRegistrationId());
    String pad = coa ? StartPaginas.thuis(user) : "/regio/" + user.getAuthorizedClientRegistrationId() + "/contactpersonen";
    String padNaam = coa ? "Mijn azc" : "de contactpersonengids";
    return api.get(exchange, user, "/api/v1/mijn/koppeling").map(a -> new Koppeling(
        a.ok() && a.body() != null && a.body().get("status") != null ? String.valueOf(a.body().get("status")) : null,
        pad, padNaam));
  }

  /** The page with the header and menu of the user's home (her region's, or the COA's). */
  private static Rendering.Builder<?> pagina(String view, OAuth2AuthenticationToken user, String regioNaam) {
    boolean coa = "coa".equals(user.getAuthorizedClientRegistrationId());
    return Rendering.view(view)
        .modelAttribute("regio", coa ? null : user.getAuthorizedClientRegistrationId())
        .modelAttribute("regioNaam", regioNaam.isEmpty() ? null : regioNaam)
        .modelAttribute("azc", coa ? azc(user) : null)
        .modelAttribute("actief", "notificaties");
  }

  /** Her region's name for the header; empty for a COA liaison (her header names her azc). */
  private Mono<String> regioNaam(OAuth2AuthenticationToken user) {
    return "coa".equals(user.getAuthorizedClientRegistrationId()) ? Mono.just("")
        : Pagina.regioNaam(regions, user.getAuthorizedClientRegistrationId());
  }

  private static Rendering melding(PlatformApi.Antwoord antwoord, OAuth2AuthenticationToken user) {
    boolean coa = "coa".equals(user.getAuthorizedClientRegistrationId());
    return Meldingen.voor(antwoord, coa ? null : user.getAuthorizedClientRegistrationId(), null).build();
  }

  private static String azc(OAuth2AuthenticationToken user) {
    return user.getPrincipal() instanceof org.springframework.security.oauth2.core.oidc.user.OidcUser oidc
        ? oidc.getClaimAsString("azc") : null;
  }

  private static String tekst(Object waarde) {
    return waarde == null ? null : String.valueOf(waarde);
  }
}
