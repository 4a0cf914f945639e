package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.EnkelDossier;
import nl.doorlopendelijn.tenancy.Idempotentie;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.web.Parameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The gesprekken of a dossier: the kennismaking and the driegesprekken as events (planned, moved, held, cancelled)
 * with an iCalendar invitation. Read by whoever sees the dossier; planned and recorded by whoever may complete the
 * gesprek's milestone ({@link nl.doorlopendelijn.dossiers.planning.DossierRechten}); a closed dossier: 409.
 */
@RestController
@RequestMapping("/api/v1/regios/{regio}/dossiers/{id}/gesprekken")
@Tag(name = "Gesprekken", description = "Kennismaking en driegesprekken van een dossier: plannen, uitnodigen,"
    + " vastleggen")
class GesprekController {

  static final MediaType ICALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

  record Gesprekken(List<GesprekWeergave> gesprekken) {}

  private final GesprekService gesprekken;
  private final Idempotentie idempotentie;
  /** The site's public address: the invitation's link to the dossier must not come from the request's Host header
   * (which the pages' own API calls set to the loopback address, and which a client can set to anything). */
  private final String basisUrl;

  GesprekController(GesprekService gesprekken, Idempotentie idempotentie,
      @Value("${doorlopendelijn.web.basis-url:http://localhost:8080}") String basisUrl) {
    this.gesprekken = gesprekken;
    this.idempotentie = idempotentie;
    this.basisUrl = basisUrl.replaceAll("/+$", "");
  }

  @GetMapping
  @Operation(operationId = "listDossierGesprekken", summary = "De gesprekken van een dossier",
      description = "Kennismaking en driegesprekken, vroegste eerst, met deelnemers op naam. Wie het dossier ziet,"
          + " ziet zijn gesprekken (geaudit).")
  Mono<Gesprekken> lijst(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @EnkelDossier RegionScope scope) {
    return gesprekken.lijst(scope, Parameters.id("id", id)).map(Gesprekken::new);
  }

  @PostMapping
  @Operation(operationId = "createDossierGesprek", summary = "Plan een gesprek (kennismaking of driegesprek)",
      description = "Soort, begin en einde (of duur), vorm, locatie (of link), deelnemers uit de"
          + " contactpersonengids, of de inburgeraar meedoet, tolk en taal (standaard die van het dossier), bij de"
          + " kennismaking een buddy. Voor wie de mijlpaal mag afronden. Met Idempotency-Key.")
  Mono<ResponseEntity<GesprekWeergave>> plan(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @EnkelDossier RegionScope scope, @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel,
      @RequestBody(required = false) GesprekInvoer invoer) {
    UUID dossier = Parameters.id("id", id);
    return idempotentie.inRegio(scope.tenantId(), sleutel, invoer, () -> gesprekken.plan(scope, dossier, invoer)
        .map(g -> ResponseEntity.status(HttpStatus.CREATED)
            .location(URI.create("/api/v1/regios/" + scope.region().slug() + "/dossiers/" + dossier + "/gesprekken/"
                + g.gesprek().id()))
            .eTag(g.gesprek().etag()).body(g.gesprek())));
  }

  @GetMapping("/{gesprekId}")
  @Operation(operationId = "getDossierGesprek", summary = "Haal een gesprek op (met ETag)")
  Mono<ResponseEntity<GesprekWeergave>> lees(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @PathVariable("gesprekId") String gesprekId, @EnkelDossier RegionScope scope) {
    return gesprekken.lees(scope, Parameters.id("id", id), Parameters.id("gesprekId", gesprekId))
        .map(g -> ResponseEntity.ok().eTag(g.etag()).body(g));
  }

  @PutMapping("/{gesprekId}")
  @Operation(operationId = "updateDossierGesprek", summary = "Wijzig of verzet een gepland gesprek (If-Match"
      + " verplicht)", description = "Het hele plan opnieuw; een ander begin of einde verzet het gesprek (in de"
          + " historie, het volgnummer van de uitnodiging gaat omhoog). Een gehouden of geannuleerd gesprek: 409.")
  Mono<ResponseEntity<GesprekWeergave>> wijzig(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @PathVariable("gesprekId") String gesprekId, @EnkelDossier RegionScope scope,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody(required = false) GesprekInvoer invoer) {
    return gesprekken.wijzig(scope, Parameters.id("id", id), Parameters.id("gesprekId", gesprekId), ifMatch, invoer)
        .map(g -> ResponseEntity.ok().eTag(g.etag()).body(g));
  }

  @PostMapping("/{gesprekId}/verslag")
  @Operation(operationId = "createDossierGesprekVerslag", summary = "Leg een gesprek vast als gehouden",
      description = "Wie er was (uit de deelnemers), of de inburgeraar er was, een korte notitie. Rondt de mijlpaal"
          + " van het gesprek af op de dag van het gesprek (was die al afgerond, dan blijft hij zo: zie melding)."
          + " If-Match optioneel; Idempotency-Key.")
  Mono<ResponseEntity<GesprekWeergave>> vastleggen(@PathVariable("regio") String regio,
      @PathVariable("id") String id, @PathVariable("gesprekId") String gesprekId, @EnkelDossier RegionScope scope,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel,
      @RequestBody(required = false) VerslagInvoer invoer) {
    UUID dossier = Parameters.id("id", id);
    UUID gesprek = Parameters.id("gesprekId", gesprekId);
    return idempotentie.inRegio(scope.tenantId(), sleutel, invoer, () -> gesprekken.vastleggen(scope, dossier,
        gesprek, ifMatch, invoer).map(g -> ResponseEntity.status(HttpStatus.CREATED).eTag(g.etag()).body(g)));
  }

  @PostMapping("/{gesprekId}/annulering")
  @Operation(operationId = "createDossierGesprekAnnulering", summary = "Annuleer een gepland gesprek (met reden)",
      description = "De uitnodiging wordt een annulering (METHOD:CANCEL). If-Match optioneel; Idempotency-Key.")
  Mono<ResponseEntity<GesprekWeergave>> annuleer(@PathVariable("regio") String regio,
      @PathVariable("id") String id, @PathVariable("gesprekId") String gesprekId, @EnkelDossier RegionScope scope,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel,
      @RequestBody(required = false) AnnuleringInvoer invoer) {
    UUID dossier = Parameters.id("id", id);
    UUID gesprek = Parameters.id("gesprekId", gesprekId);
    return idempotentie.inRegio(scope.tenantId(), sleutel, invoer, () -> gesprekken.annuleer(scope, dossier,
        gesprek, ifMatch, invoer).map(g -> ResponseEntity.status(HttpStatus.CREATED).eTag(g.etag()).body(g)));
  }

  @GetMapping(value = "/{gesprekId}/uitnodiging", produces = "text/calendar")
  @Operation(operationId = "getDossierGesprekUitnodiging", summary = "De uitnodiging voor een gesprek (.ics)",
      description = "iCalendar: vaste UID per gesprek, SEQUENCE hoger na elke wijziging, METHOD:REQUEST (CANCEL na"
          + " annuleren), tijden in Europe/Amsterdam, het dossiernummer, de plaats of link, de deelnemers met hun"
          + " werkadres en een link naar het dossier. Nooit de naam of het V-nummer van de inburgeraar. Geaudit.",
      responses = @ApiResponse(responseCode = "200", description = "De uitnodiging",
          content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string"))))
  Mono<ResponseEntity<String>> uitnodiging(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @PathVariable("gesprekId") String gesprekId, @EnkelDossier RegionScope scope) {
    return gesprekken.uitnodiging(scope, Parameters.id("id", id), Parameters.id("gesprekId", gesprekId), basisUrl)
        .map(u -> ResponseEntity.ok().contentType(ICALENDAR)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("gesprek-" + u.gesprekId() + ".ics").build().toString())
            .body(u.ics()));
  }
}
