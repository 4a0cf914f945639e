package nl.doorlopendelijn.dashboard.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.doorlopendelijn.identity.Callers;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.Bestanden;
import nl.doorlopendelijn.web.Parameters;
import nl.doorlopendelijn.web.TabularFiles;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The joint dashboards: a region's, and a COA liaison's azc across regions; as JSON and live (SSE). */
@RestController
@Tag(name = "Dashboard")
class DashboardController {

  private static final String LAATSTE_ID = "Last-Event-ID";
  private static final String EINDE_OMSCHRIJVING = "De stroom eindigt met event 'einde' zodra de toegang ophoudt; "
      + "de data zegt waarom: token-verlopen (verbind opnieuw met een nieuw token), regio-niet-actief (de regio is "
      + "gedeactiveerd), account-gedeactiveerd (de gebruiker is gedeactiveerd) of toegang-gewijzigd (een samenwerkingsafspraak is beëindigd of in werking getreden: "
      + "verbind opnieuw). Tot dan wordt de toegang opnieuw gekeurd bij elke wijziging van de regio's en "
      + "periodiek.";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final String EXPORT_OMSCHRIJVING = "Dezelfde cijfers als het dashboard, met precies dezelfde"
      + " onderdrukking als de aanroeper ziet (een onderdrukt cijfer als x, nooit het getal; geen gegevens als –):"
      + " een blad per tabel (kerncijfers, per gemeente en status, per gemeente en scenario, per azc, verhuizingen"
      + " zonder klantprofiel-update, stilgevallen, verlopen mijlpalen, kengetallen per gemeente, afspraken); in CSV"
      + " de bladen na elkaar, elk met zijn naam op een eigen regel. Formaat met formaat=csv|xlsx, anders volgens"
      + " Accept (text/csv), anders Excel. Elke export wordt geaudit (dashboard.exporteren).";

  private final DashboardDienst dienst;
  private final DashboardExporten exporten;
  private final Flux<ServerSentEvent<String>> hartslagen;
  private final StroomToegang toegang;

  DashboardController(DashboardDienst dienst, DashboardExporten exporten, DashboardInstellingen instellingen,
      StroomToegang toegang) {
    this.toegang = toegang;
    this.dienst = dienst;
    this.exporten = exporten;
    this.hartslagen = SseStroom.hartslagen(instellingen.hartslag(), Schedulers.parallel());
  }

  @GetMapping(path = "/api/v1/regios/{regio}/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "getRegioDashboard", summary = "Het gezamenlijke dashboard van een regio",
      description = "Kleine aantallen zijn onderdrukt voor wie de dossiers erachter niet mag zien (zie docs/dashboard.md).",
      responses = @ApiResponse(responseCode = "200", description = "Het dashboard zoals de aanroeper het mag zien",
          content = @Content(schema = @Schema(implementation = DashboardWeergave.class))))
  Mono<ResponseEntity<byte[]>> regio(@PathVariable("regio") String regio, RegionScope scope) {
    return dienst.regio(scope).map(DashboardController::json);
  }

  @GetMapping(path = "/api/v1/regios/{regio}/dashboard/export", produces = {"text/csv", XLSX})
  @Operation(operationId = "exportRegioDashboard", summary = "Het dashboard van een regio als bestand (CSV of Excel)",
      description = EXPORT_OMSCHRIJVING,
      responses = @ApiResponse(responseCode = "200", description = "Het dashboard als download", content = {
          @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
          @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))}))
  Mono<ResponseEntity<byte[]>> regioExport(@PathVariable("regio") String regio, RegionScope scope,
      @Parameter(description = "csv of xlsx") @RequestParam(name = "formaat", required = false) String formaat,
      org.springframework.http.server.reactive.ServerHttpRequest request) {
    Parameters p = new Parameters();
    TabularFiles.Format f = Bestanden.formaat(p, formaat, request.getHeaders().getFirst("Accept"));
    p.valideer();
    return exporten.regio(scope, f);
  }

  @GetMapping(path = "/api/v1/azc-locaties/{azc}/dashboard/export", produces = {"text/csv", XLSX})
  @Operation(operationId = "exportAzcDashboard",
      summary = "Het dashboard van een azc over alle regio's als bestand (alleen voor de COA van dat azc)",
      description = EXPORT_OMSCHRIJVING,
      responses = @ApiResponse(responseCode = "200", description = "Het dashboard als download", content = {
          @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
          @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))}))
  Mono<ResponseEntity<byte[]>> azcExport(@PathVariable("azc") String azc,
      @Parameter(description = "csv of xlsx") @RequestParam(name = "formaat", required = false) String formaat,
      org.springframework.http.server.reactive.ServerHttpRequest request) {
    Parameters p = new Parameters();
    TabularFiles.Format f = Bestanden.formaat(p, formaat, request.getHeaders().getFirst("Accept"));
    p.valideer();
    return Callers.current().switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(caller -> exporten.azc(caller, azc, f));
  }

  @GetMapping(path = "/api/v1/regios/{regio}/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(operationId = "streamRegioDashboard", summary = "Het dashboard van een regio, live (server-sent events)",
      description = "Event 'dashboard' met het volledige dashboard als data en een id per versie (ondoorzichtig, "
          + "ook de ETag); elke ~15 s een commentaar als hartslag. Met Last-Event-ID komen de gemiste versies, of de "
          + "huidige (ook na een herstart of op een andere replica). " + EINDE_OMSCHRIJVING)
  Flux<ServerSentEvent<String>> regioStroom(@PathVariable("regio") String regio, RegionScope scope,
      @Parameter(description = "Het id van het laatst ontvangen event") @RequestHeader(value = LAATSTE_ID,
          required = false) String laatsteId) {
    return verlooptOp().flatMapMany(exp -> SseStroom.van(dienst.regioStroom(scope, id(laatsteId)), hartslagen,
        toegang.regio(scope, exp.orElse(null))));
  }

  @GetMapping(path = "/api/v1/azc-locaties/{azc}/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "getAzcDashboard",
      summary = "Het dashboard van een azc over alle regio's (alleen voor de COA van dat azc)",
      responses = @ApiResponse(responseCode = "200", description = "Het dashboard van het azc",
          content = @Content(schema = @Schema(implementation = DashboardWeergave.class))))
  Mono<ResponseEntity<byte[]>> azc(@PathVariable("azc") String azc) {
    return Callers.current().switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(caller -> dienst.azc(caller, azc)).map(DashboardController::json);
  }

  @GetMapping(path = "/api/v1/azc-locaties/{azc}/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(operationId = "streamAzcDashboard", summary = "Het dashboard van een azc, live (server-sent events)",
      description = "Als het dashboard van een regio, over de regio's met een afspraak in werking. "
          + EINDE_OMSCHRIJVING)
  Flux<ServerSentEvent<String>> azcStroom(@PathVariable("azc") String azc,
      @Parameter(description = "Het id van het laatst ontvangen event") @RequestHeader(value = LAATSTE_ID,
          required = false) String laatsteId) {
    return Callers.current().switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMapMany(caller -> verlooptOp().flatMapMany(exp -> SseStroom.van(
            dienst.azcStroom(caller, azc, id(laatsteId)), hartslagen, toegang.azc(caller, exp.orElse(null)))));
  }

  private static Mono<java.util.Optional<java.time.Instant>> verlooptOp() {
    return Callers.tokenVerlooptOp().map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty());
  }

  private static ResponseEntity<byte[]> json(DashboardDienst.Versie versie) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .eTag("\"" + versie.id() + "\"")
        .body(versie.weergave().bytes());
  }

  /**
   * A Last-Event-ID as the stream compares it: ids are opaque ({@code <reeks>.<volgnummer>}, or a digest for an azc);
   * one we cannot have handed out (too long, other characters) is treated as none: the viewer gets the current state.
   */
  private static String id(String laatsteId) {
    if (laatsteId == null) {
      return null;
    }
    String id = laatsteId.strip();
    return id.length() <= 64 && id.matches("[A-Za-z0-9._-]+") ? id : null;
  }
}
