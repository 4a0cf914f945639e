package nl.doorlopendelijn.webui.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The downloads of the list and the dashboards ("Download (Excel)", "Download (CSV)"): the browser holds no token,
 * so the page asks the API's export with the user's own and streams the file on as it comes — exactly the API's
 * file, its rights, suppression and audit. An error gives the site's Dutch error page, never the API's JSON.
 */
@Controller
class ExportPaginas {

  /** The list filters a download keeps (the page's own; not the page number: an export holds every page). */
  static final List<String> LIJSTFILTERS = List.of("gemeente", "azc", "status", "scenario", "signaal",
      "contactpersoon", "sorteer");

  private final PlatformApi api;

  ExportPaginas(PlatformApi api) {
    this.api = api;
  }

  @GetMapping("/regio/{regio}/dossiers/export")
  Mono<ResponseEntity<Flux<DataBuffer>>> dossiers(@PathVariable String regio,
      @RequestParam MultiValueMap<String, String> query, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("formaat", query.getFirst("formaat"));
    LIJSTFILTERS.forEach(f -> q.put(f, query.getFirst(f)));
    return doorgeven(api.export(exchange, user, Paden.metQuery("/api/v1/regios/{regio}/dossiers/export", q, regio)));
  }

  @GetMapping("/regio/{regio}/dashboard/export")
  Mono<ResponseEntity<Flux<DataBuffer>>> regioDashboard(@PathVariable String regio,
      @RequestParam(name = "formaat", required = false) String formaat, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return doorgeven(api.export(exchange, user, Paden.metQuery("/api/v1/regios/{regio}/dashboard/export",
        formaat(formaat), regio)));
  }

  @GetMapping("/coa/{azc}/dashboard/export")
  Mono<ResponseEntity<Flux<DataBuffer>>> azcDashboard(@PathVariable String azc,
      @RequestParam(name = "formaat", required = false) String formaat, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return doorgeven(api.export(exchange, user, Paden.metQuery("/api/v1/azc-locaties/{azc}/dashboard/export",
        formaat(formaat), azc)));
  }

  /** A download link of a page, with the filters currently applied: {@code …/export?formaat=xlsx&status=…}. */
  static String link(String pad, String formaat, Map<String, String> filter) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("formaat", formaat);
    if (filter != null) {
      LIJSTFILTERS.forEach(f -> q.put(f, filter.get(f)));
    }
    return Paden.metQuery(pad, q);
  }

  private static Map<String, String> formaat(String formaat) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("formaat", formaat);
    return q;
  }

  private static Mono<ResponseEntity<Flux<DataBuffer>>> doorgeven(
      Mono<ResponseEntity<Flux<DataBuffer>>> antwoord) {
    return antwoord.flatMap(a -> {
      if (!a.getStatusCode().is2xxSuccessful()) {
        int s = a.getStatusCode().value();
        HttpStatus status = s == 400 || s == 403 || s == 404 || s == 503 ? HttpStatus.valueOf(s)
            : HttpStatus.BAD_GATEWAY;
        Flux<DataBuffer> body = a.getBody() == null ? Flux.empty() : a.getBody();
        return body.doOnNext(DataBufferUtils::release).then(Mono.error(new ResponseStatusException(status)));
      }
      HttpHeaders headers = new HttpHeaders();
      for (String naam : List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CONTENT_LENGTH)) {
        String waarde = a.getHeaders().getFirst(naam);
        if (waarde != null) {
          headers.set(naam, waarde);
        }
      }
      headers.setCacheControl(org.springframework.http.CacheControl.noStore());
      return Mono.just(ResponseEntity.ok().headers(headers).body(a.getBody()));
    });
  }
}
