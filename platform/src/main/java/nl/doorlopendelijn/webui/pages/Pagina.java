package nl.doorlopendelijn.webui.pages;

import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/** What the page controllers of a region share: the view with the region in its model, lists read from the API. */
final class Pagina {

  private Pagina() {}

  /** A region's page: its slug, its name and which part of the navigation is active. */
  static Rendering.Builder<?> pagina(String view, String regio, String regioNaam, String actief) {
    return Rendering.view(view).modelAttribute("regio", regio).modelAttribute("regioNaam", regioNaam)
        .modelAttribute("actief", actief);
  }

  /** The list {@code naam} of an API answer; empty when the answer has none. */
  static List<?> lijst(Map<String, Object> body, String naam) {
    return body != null && body.get(naam) instanceof List<?> l ? l : List.of();
  }

  /** The region's name for the page title; its slug when it is not (or no longer) known. */
  static Mono<String> regioNaam(RegionRegistry regions, String regio) {
    return regions.bySlug(regio).map(Region::naam).defaultIfEmpty(regio);
  }
}
