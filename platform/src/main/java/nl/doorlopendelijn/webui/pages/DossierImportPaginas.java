package nl.doorlopendelijn.webui.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * "Dossiers importeren" (issue 18) on the API's dossierimporten: the upload form with the template's download links,
 * then the import's own page, which asks again every second (htmx) while the rows are processed and ends with the
 * report: the counts, the refused rows with the reason per column, and links to the created dossiers (by number).
 */
@Controller
class DossierImportPaginas {

  private static final String API = "/api/v1/regios/{regio}/dossierimporten";
  static final String PAD = "/regio/{regio}/dossiers/importeren";
  /** How many created dossiers the page links by number (the rest: the dossier list). */
  static final int MAX_LINKS = 50;

  /** A refused or existing row, with its reasons per column (the column's name as the file has it). */
  public record Rapportregel(int rij, String coaReferentie, String uitkomst, List<Map<String, Object>> fouten) {}

  /** A created dossier, linked by its number. */
  public record Aangemaakt(int rij, String pad, String nummer) {}

  private final PlatformApi api;
  private final RegionRegistry regions;

  DossierImportPaginas(PlatformApi api, RegionRegistry regions) {
    this.api = api;
    this.regions = regions;
  }

  @GetMapping(PAD)
  Mono<Rendering> formulier(@PathVariable String regio) {
    return Pagina.regioNaam(regions, regio).map(naam -> formulierPagina(regio, naam, List.of(), HttpStatus.OK));
  }

  private static Rendering formulierPagina(String regio, String naam, List<String> fouten, HttpStatus status) {
    return Pagina.pagina("dossier-import", regio, naam, "dossiers")
        .modelAttribute("fouten", fouten)
        .modelAttribute("sleutel", UUID.randomUUID().toString())
        .status(status)
        .build();
  }

  @PostMapping(PAD)
  Mono<Rendering> importeer(@PathVariable String regio, OAuth2AuthenticationToken user, ServerWebExchange exchange) {
    return Mono.zip(exchange.getMultipartData(), Pagina.regioNaam(regions, regio)).flatMap(t -> {
      Part deel = t.getT1().getFirst("bestand");
      Part sleutelDeel = t.getT1().getFirst("sleutel");
      if (!(deel instanceof FilePart bestand) || bestand.filename().isBlank()) {
        return Mono.just(formulierPagina(regio, t.getT2(), List.of("Kies een bestand om te importeren (CSV of"
            + " Excel)."), HttpStatus.BAD_REQUEST));
      }
      Mono<String> sleutel = sleutelDeel == null ? Mono.just(UUID.randomUUID().toString())
          : org.springframework.core.io.buffer.DataBufferUtils.join(sleutelDeel.content()).map(b -> {
            String s = b.toString(java.nio.charset.StandardCharsets.UTF_8);
            org.springframework.core.io.buffer.DataBufferUtils.release(b);
            return s;
          });
      return sleutel.flatMap(k -> api.postBestand(exchange, user, Paden.pad(API, regio), k, "bestand", bestand))
          .map(a -> {
            if (a.antwoord().ok() && a.locatie() != null) {
              String id = a.locatie().substring(a.locatie().lastIndexOf('/') + 1);
              return Rendering.redirectTo(Paden.pad(PAD + "/{id}", regio, id)).build();
            }
            if (a.antwoord().status() == 400 || a.antwoord().status() == 413) {
              List<String> fouten = new ArrayList<>();
              Map<String, Object> b = a.antwoord().body();
              if (b != null && b.get("invalidParams") instanceof List<?> params) {
                params.stream().filter(Map.class::isInstance).map(Map.class::cast)
                    .forEach(m -> fouten.add(String.valueOf(m.get("reason"))));
              }
              if (fouten.isEmpty() && b != null && b.get("detail") != null) {
                fouten.add(String.valueOf(b.get("detail")));
              }
              return formulierPagina(regio, t.getT2(), fouten, HttpStatus.valueOf(a.antwoord().status()));
            }
            return Meldingen.voor(a.antwoord(), regio, t.getT2()).build();
          });
    });
  }

  @GetMapping(PAD + "/{id}")
  Mono<Rendering> stand(@PathVariable String regio, @PathVariable String id,
      @RequestHeader(name = "HX-Request", required = false) String htmx, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    return Mono.zip(Pagina.regioNaam(regions, regio), api.get(exchange, user, Paden.pad(API + "/{id}", regio, id)))
        .flatMap(t -> {
          var antwoord = t.getT2();
          if (!antwoord.ok()) {
            return Mono.just(Meldingen.voor(antwoord, regio, t.getT1()).build());
          }
          Map<String, Object> body = antwoord.body();
          List<Rapportregel> rapport = new ArrayList<>();
          for (Object o : Pagina.lijst(body, "rapport")) {
            if (o instanceof Map<?, ?> r) {
              @SuppressWarnings("unchecked")
              List<Map<String, Object>> fouten = r.get("fouten") instanceof List<?> l
                  ? (List<Map<String, Object>>) l : List.of();
              rapport.add(new Rapportregel(((Number) r.get("rij")).intValue(), (String) r.get("coaReferentie"),
                  (String) r.get("uitkomst"), fouten));
            }
          }
          List<?> dossiers = Pagina.lijst(body, "dossiers");
          boolean klaar = !"bezig".equals(body.get("status"));
          Mono<List<Aangemaakt>> links = klaar ? nummers(exchange, user, regio, dossiers) : Mono.just(List.of());
          return links.map(l -> Pagina.pagina(htmx != null ? "dossier-import-stand :: stand" : "dossier-import-stand",
                  regio, t.getT1(), "dossiers")
              .modelAttribute("stand", body)
              .modelAttribute("klaar", klaar)
              .modelAttribute("rapport", rapport)
              .modelAttribute("aangemaakt", l)
              .modelAttribute("meerAangemaakt", Math.max(0, dossiers.size() - l.size()))
              .modelAttribute("id", id)
              .build());
        });
  }

  /** The first created dossiers by number (the page shows names and numbers, never ids). */
  private Mono<List<Aangemaakt>> nummers(ServerWebExchange exchange, OAuth2AuthenticationToken user, String regio,
      List<?> dossiers) {
    return reactor.core.publisher.Flux.fromIterable(dossiers.stream().limit(MAX_LINKS).toList())
        .filter(Map.class::isInstance).map(Map.class::cast)
        .concatMap(d -> api.get(exchange, user, Paden.pad("/api/v1/regios/{regio}/dossiers/{id}", regio,
                String.valueOf(d.get("id"))))
            .filter(PlatformApi.Antwoord::ok)
            .map(a -> new Aangemaakt(((Number) d.get("rij")).intValue(),
                Paden.pad("/regio/{regio}/dossiers/{id}", regio, String.valueOf(d.get("id"))),
                String.valueOf(a.body().get("dossiernummer"))
                    + (a.body().get("persoon") instanceof Map<?, ?> p && p.get("naam") != null
                        ? " — " + p.get("naam") : ""))))
        .collectList();
  }

  @GetMapping(PAD + "/sjabloon")
  Mono<ResponseEntity<byte[]>> sjabloon(@PathVariable String regio,
      @RequestParam(name = "formaat", required = false) String formaat, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    String f = "xlsx".equals(formaat) ? "xlsx" : "csv";
    return download(exchange, user, Paden.pad(API + "/sjabloon", regio) + "?formaat=" + f);
  }

  @GetMapping(PAD + "/{id}/rapport")
  Mono<ResponseEntity<byte[]>> rapport(@PathVariable String regio, @PathVariable String id,
      @RequestParam(name = "formaat", required = false) String formaat, OAuth2AuthenticationToken user,
      ServerWebExchange exchange) {
    String f = "xlsx".equals(formaat) ? "xlsx" : "csv";
    return download(exchange, user, Paden.pad(API + "/{id}/rapport", regio, id) + "?formaat=" + f);
  }

  private Mono<ResponseEntity<byte[]>> download(ServerWebExchange exchange, OAuth2AuthenticationToken user,
      String pad) {
    return api.download(exchange, user, pad, "*/*").map(d -> d.alsAntwoord("application/octet-stream"));
  }
}
