package nl.doorlopendelijn.notificaties.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.identity.Callers;
import nl.doorlopendelijn.notificaties.Bezorging;
import nl.doorlopendelijn.notificaties.NotificatieSoort;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.ETags;
import nl.doorlopendelijn.web.Paginering;
import nl.doorlopendelijn.web.Parameters;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The caller's own notificaties (issue 17) and how she wants them by e-mail. "Me" is her gids entry with a
 * confirmed link; her notifications come from every region she works in ({@link MijnNotificaties}).
 */
@RestController
@Tag(name = "Notificaties", description = "Uw notificaties en hoe u ze per e-mail wilt krijgen")
class NotificatieController {

  record Notificaties(List<NotificatieWeergave> notificaties, Paginering paginering) {}

  @Schema(name = "OngelezenNotificaties")
  record Ongelezen(long aantal) {}

  @Schema(name = "Notificatievoorkeuren")
  record Voorkeuren(List<Voorkeur> voorkeuren) {}

  @Schema(name = "Notificatievoorkeur")
  record Voorkeur(String soort, String soortNaam, String bezorging, String bezorgingNaam) {}

  private final MijnNotificaties service;

  NotificatieController(MijnNotificaties service) {
    this.service = service;
  }

  @GetMapping(value = "/api/v1/mijn/notificaties", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "listMijnNotificaties", summary = "Uw notificaties, nieuwste eerst",
      description = "Van uw bevestigde vermelding in de contactpersonengids, uit elke regio waarin u werkt (een"
          + " gebruiker van een regio: die regio; COA: elke regio waar uw azc dossiers heeft). Alles wat u is"
          + " gemeld staat hier, ook wat u niet per e-mail wilt krijgen. Leeg zonder bevestigde koppeling. Met"
          + " ongelezen=true alleen de ongelezen. Gepagineerd met pagina en paginaGrootte.")
  Mono<Notificaties> lijst(@RequestParam(name = "ongelezen", required = false) String ongelezen,
      @RequestParam(name = "pagina", required = false) String pagina,
      @RequestParam(name = "paginaGrootte", required = false) String paginaGrootte) {
    Parameters p = new Parameters();
    boolean alleenOngelezen = p.jaNee("ongelezen", ongelezen, false);
    Paginering.Vraag vraag = p.pagina(pagina, paginaGrootte);
    p.valideer();
    return Callers.current().switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(c -> service.lijst(c, alleenOngelezen, vraag))
        .map(pg -> new Notificaties(pg.items().stream().map(NotificatieWeergave::van).toList(),
            Paginering.van(vraag, pg.totaal())));
  }

  @GetMapping(value = "/api/v1/mijn/notificaties/ongelezen", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "countMijnOngelezenNotificaties", summary = "Hoeveel notificaties u nog niet las",
      description = "Over dezelfde regio's als de lijst; 0 zonder bevestigde koppeling.")
  Mono<Ongelezen> ongelezen() {
    return Callers.current().switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(service::ongelezen).map(Ongelezen::new);
  }

  @PostMapping("/api/v1/mijn/notificaties/{regio}/{id}/gelezen")
  @Operation(operationId = "markeerNotificatieGelezen", summary = "Markeer een notificatie als gelezen",
      description = "Idempotent: een gelezen notificatie blijft gelezen (sinds de eerste keer). 404 als u in die"
          + " regio geen notificatie met dit id heeft. Zonder Idempotency-Key: de handeling is zelf idempotent.")
  @ApiResponse(responseCode = "204", description = "Gelezen")
  Mono<ResponseEntity<Void>> markeerGelezen(
      @PathVariable("regio") @Parameter(description = "De slug van de regio van de notificatie") String regio,
      @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id) {
    UUID notificatie = Parameters.id("id", id);
    return Callers.current().switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(c -> service.markeerGelezen(c, regio, notificatie))
        .thenReturn(ResponseEntity.noContent().<Void>build());
  }

  @PostMapping("/api/v1/mijn/notificaties/gelezen")
  @Operation(operationId = "markeerAlleNotificatiesGelezen", summary = "Markeer al uw notificaties als gelezen",
      description = "In elke regio van de lijst. Idempotent; zonder Idempotency-Key.")
  @ApiResponse(responseCode = "204", description = "Alles gelezen")
  Mono<ResponseEntity<Void>> markeerAllesGelezen() {
    return Callers.current().switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(service::markeerAllesGelezen)
        .thenReturn(ResponseEntity.noContent().<Void>build());
  }

  @GetMapping(value = "/api/v1/mijn/notificatievoorkeuren", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "getMijnNotificatievoorkeuren", summary = "Hoe u elke soort notificatie per e-mail krijgt",
      description = "Elke soort met zijn bezorging: direct (een e-mail per notificatie), dagelijks (het dagoverzicht)"
          + " of uit (alleen in Doorlopende Lijn). Wat u niet instelde is direct. De voorkeur gaat alleen over"
          + " e-mail: de lijst van notificaties houdt alles. Met ETag (voor If-Match bij het wijzigen).")
  Mono<ResponseEntity<Voorkeuren>> voorkeuren() {
    return Callers.current().switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(service::voorkeuren).map(NotificatieController::antwoord);
  }

  @PutMapping(value = "/api/v1/mijn/notificatievoorkeuren", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "updateMijnNotificatievoorkeuren", summary = "Wijzig hoe u notificaties per e-mail krijgt",
      description = "De genoemde soorten krijgen de genoemde bezorging; andere blijven zoals ze zijn. If-Match is"
          + " verplicht (de ETag van de GET). 400 met elke ongeldige regel tegelijk; 409 zonder bevestigde"
          + " koppeling met uw vermelding in de contactpersonengids.")
  @ApiResponse(responseCode = "409", description = "U heeft nog geen bevestigde koppeling met uw vermelding in de gids")
  Mono<ResponseEntity<Voorkeuren>> wijzigVoorkeuren(
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody VoorkeurenInvoer invoer) {
    var nieuw = invoer.gelezen();
    return Callers.current().switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(c -> service.wijzigVoorkeuren(c, ifMatch, nieuw)).map(NotificatieController::antwoord);
  }

  private static ResponseEntity<Voorkeuren> antwoord(MijnNotificaties.Voorkeuren v) {
    List<Voorkeur> l = Arrays.stream(NotificatieSoort.values()).map(s -> {
      Bezorging b = v.perSoort().getOrDefault(s, Bezorging.STANDAARD);
      return new Voorkeur(s.code(), s.label(), b.code(), b.label());
    }).toList();
    return ResponseEntity.ok().eTag(ETags.of(v.versie())).body(new Voorkeuren(l));
  }
}
