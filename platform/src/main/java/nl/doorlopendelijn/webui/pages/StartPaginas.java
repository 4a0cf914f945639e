package nl.doorlopendelijn.webui.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The login page (choose your region, or COA) and the start page that sends a logged-in user to their home. */
@Controller
class StartPaginas {

  public record Keuze(String registratie, String naam, String omschrijving) {}

  /** The registration of the platform operators' realm: they land on the beheer pages. */
  static final String PLATFORM = "platform";

  private final RegionRegistry regions;

  StartPaginas(RegionRegistry regions) {
    this.regions = regions;
  }

  @GetMapping("/")
  Mono<Rendering> start(ServerWebExchange exchange) {
    return exchange.getPrincipal()
        .filter(OAuth2AuthenticationToken.class::isInstance)
        .cast(OAuth2AuthenticationToken.class)
        .map(auth -> Rendering.redirectTo(start(auth)).build())
        .defaultIfEmpty(Rendering.redirectTo("/inloggen").build());
  }

  @GetMapping("/inloggen")
  Mono<Rendering> inloggen(ServerWebExchange exchange) {
    var params = exchange.getRequest().getQueryParams();
    return regions.all().filter(Region::active).sort(Comparator.comparing(Region::naam))
        .map(r -> new Keuze(r.slug(), r.naam(), "Gemeenten en samenwerkingsverband van de regio"))
        .collectList()
        .map(keuzes -> {
          List<Keuze> alle = new ArrayList<>(keuzes);
          alle.add(new Keuze("coa", "COA", "Medewerkers van het COA (azc-locaties)"));
          alle.add(new Keuze("platform", "Platformbeheer", "Beheerders van het platform: regio's aanmelden en afmelden"));
          return Rendering.view("inloggen")
              .modelAttribute("keuzes", alle)
              .modelAttribute("uitgelogd", params.containsKey("uitgelogd"))
              .modelAttribute("fout", params.containsKey("fout"))
              .modelAttribute("verlopen", params.containsKey("verlopen"))
              .modelAttribute("onbekend", params.containsKey("onbekend"))
              .build();
        });
  }

  /**
   * Where a logged-in user starts: who works on dossiers (a gemeente-medewerker, with her {@code gemeente}; a COA
   * liaison, with her {@code azc}) on her werkvoorraad; the regio-coördinator, the dashboard viewer and anyone
   * else on the region's overview (the coördinator oversees the region rather than working a list of her own:
   * the werkvoorraad is one click away in the menu).
   */
  static String start(OAuth2AuthenticationToken auth) {
    if (PLATFORM.equals(auth.getAuthorizedClientRegistrationId())) {
      return BeheerPaginas.PAD;
    }
    if (auth.getPrincipal() instanceof OidcUser oidc) {
      boolean coa = "coa".equals(auth.getAuthorizedClientRegistrationId());
      if (oidc.getClaimAsString(coa ? "azc" : "gemeente") != null) {
        return WerkvoorraadPaginas.PAD;
      }
    }
    return thuis(auth);
  }

  /** The home of the user's region, or of her azc. */
  static String thuis(OAuth2AuthenticationToken auth) {
    if (PLATFORM.equals(auth.getAuthorizedClientRegistrationId())) {
      return BeheerPaginas.PAD;
    }
    if ("coa".equals(auth.getAuthorizedClientRegistrationId())) {
      String azc = auth.getPrincipal() instanceof OidcUser oidc ? oidc.getClaimAsString("azc") : null;
      return azc == null ? "/coa" : "/coa/" + azc;
    }
    return "/regio/" + auth.getAuthorizedClientRegistrationId();
  }
}
