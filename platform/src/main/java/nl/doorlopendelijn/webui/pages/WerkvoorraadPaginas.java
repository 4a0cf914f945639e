package nl.doorlopendelijn.webui.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * "Mijn werkvoorraad" ({@code GET /api/v1/mijn/werkvoorraad}): what there is to do today in the dossiers the user
 * sees, hers first ("Mijn dossiers", where she is the vaste contactpersoon or casemanager), then the others of her
 * gemeente, azc or region; each item with its urgency in words and colour, its date in Dutch and its next action as
 * a button. The page after login for whoever works on dossiers ({@link StartPaginas#thuis}).
 */
@Controller
class WerkvoorraadPaginas {

  static final String PAD = "/werkvoorraad";

  /** One item as the page shows it. */
  public record Regel(String soortNaam, String urgentie, String urgentieNaam, String omschrijving, String datum,
      String dossiernummer, String dossierPad, String naam, String gemeenteNaam, String azcNaam, String actieNaam,
      String actiePad, boolean actieIsFormulier, String mijlpaalNaam) {}

  /** A group of the page: its heading and items. */
  public record Groep(String id, String titel, List<Regel> regels) {}

  private final PlatformApi api;
  private final RegionRegistry regions;

  WerkvoorraadPaginas(PlatformApi api, RegionRegistry regions) {
    this.api = api;
    this.regions = regions;
  }

  @GetMapping(PAD)
  Mono<Rendering> werkvoorraad(@RequestParam(name = "pagina", required = false) String pagina,
      OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    Integer nummer = Bladeren.paginanummer(pagina);
    if (nummer == null) {
      return Mono.just(Meldingen.ongeldigePagina("pagina").build());
    }
    if (StartPaginas.PLATFORM.equals(user.getAuthorizedClientRegistrationId())) {
      return Mono.just(Rendering.redirectTo(BeheerPaginas.PAD).build()); // an operator has no dossiers to work on
    }
    boolean coa = "coa".equals(user.getAuthorizedClientRegistrationId());
    String regio = coa ? null : user.getAuthorizedClientRegistrationId();
    Mono<String> regioNaam = regio == null ? Mono.just("")
        : regions.bySlug(regio).map(Region::naam).defaultIfEmpty(regio);
    Map<String, String> query = new LinkedHashMap<>();
    query.put("pagina", String.valueOf(nummer));
    query.put("paginaGrootte", String.valueOf(Bladeren.PAGINAGROOTTE));
    return Mono.zip(regioNaam, api.get(exchange, user, Paden.metQuery("/api/v1/mijn/werkvoorraad", query)))
        .map(t -> {
          var antwoord = t.getT2();
          String naam = t.getT1().isEmpty() ? null : t.getT1();
          if (!antwoord.ok()) {
            return Meldingen.voor(antwoord, regio, naam).build();
          }
          Map<String, Object> body = antwoord.body();
          List<Regel> mijn = new java.util.ArrayList<>();
          List<Regel> overige = new java.util.ArrayList<>();
          for (Object i : Pagina.lijst(body, "items")) {
            if (i instanceof Map<?, ?> item) {
              (Boolean.TRUE.equals(item.get("mijn")) ? mijn : overige).add(regel(item));
            }
          }
          Object gebied = body.get("werkgebied");
          String overigeTitel = gebied == null ? "Overige dossiers" : "Overige dossiers van " + gebied;
          return Rendering.view("werkvoorraad")
              .modelAttribute("regio", regio)
              .modelAttribute("regioNaam", naam)
              .modelAttribute("azc", coa ? azc(user) : null)
              .modelAttribute("actief", "werkvoorraad")
              .modelAttribute("groepen", List.of(new Groep("mijn", "Mijn dossiers", mijn),
                  new Groep("overige", overigeTitel, overige)))
              .modelAttribute("leeg", mijn.isEmpty() && overige.isEmpty())
              .modelAttribute("gekoppeld", Boolean.TRUE.equals(body.get("gekoppeld")))
              .modelAttribute("regioPad", regio == null ? null : "/regio/" + regio + "/contactpersonen")
              .modelAttribute("bladeren", Bladeren.van(body.get("paginering"), Map.of(), "pagina", PAD))
              .build();
        });
  }

  private static String azc(OAuth2AuthenticationToken user) {
    return user.getPrincipal() instanceof org.springframework.security.oauth2.core.oidc.user.OidcUser oidc
        ? oidc.getClaimAsString("azc") : null;
  }

  static Regel regel(Map<?, ?> item) {
    Map<?, ?> dossier = item.get("dossier") instanceof Map<?, ?> d ? d : Map.of();
    Map<?, ?> actie = item.get("volgendeActie") instanceof Map<?, ?> a ? a : Map.of();
    String regio = tekst(dossier.get("regio"));
    String dossierPad = Paden.pad("/regio/{regio}/dossiers/{id}", regio, tekst(dossier.get("id")));
    String actiePad = tekst(actie.get("pad"));
    return new Regel(tekst(item.get("soortNaam")), tekst(item.get("urgentie")), tekst(item.get("urgentieNaam")),
        tekst(item.get("omschrijving")), datum(item.get("datum")), tekst(dossier.get("dossiernummer")), dossierPad,
        tekst(dossier.get("naam")), tekst(dossier.get("gemeenteNaam")), tekst(dossier.get("azcLocatieNaam")),
        tekst(actie.get("naam")), actiePad != null && actiePad.startsWith("/regio/") ? actiePad : dossierPad,
        "POST".equals(actie.get("methode")), tekst(item.get("mijlpaalNaam")));
  }

  /** "2 december 2026" (the one Dutch date form); null without a date. */
  static String datum(Object waarde) {
    return waarde == null ? null : nl.doorlopendelijn.kernel.Nederlands.datum(waarde);
  }

  private static String tekst(Object waarde) {
    return waarde == null ? null : String.valueOf(waarde);
  }
}
