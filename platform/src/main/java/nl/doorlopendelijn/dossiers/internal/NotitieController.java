package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.EnkelDossier;
import nl.doorlopendelijn.tenancy.Idempotentie;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.web.Paginering;
import nl.doorlopendelijn.web.Parameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The contactlog of a dossier ({@link NotitieService}): for whoever sees the dossier, like the dossier itself
 * (anyone else: 404); only the author corrects a note (others who see it: 403). No DELETE: a note goes only with
 * its dossier.
 */
@RestController
@RequestMapping("/api/v1/regios/{regio}/dossiers/{id}/notities")
@Tag(name = "Contactlog", description = "Korte notities per dossier tussen COA en gemeente")
class NotitieController {

  @Schema(name = "NotitieLijst")
  record NotitieLijst(List<NotitieWeergave> notities, Paginering paginering) {
    @Override
    public String toString() {
      return "NotitieLijst[" + notities.size() + ", " + paginering + "]";
    }
  }

  private final NotitieService service;
  private final Idempotentie idempotentie;

  NotitieController(NotitieService service, Idempotentie idempotentie) {
    this.service = service;
    this.idempotentie = idempotentie;
  }

  @GetMapping
  @Operation(operationId = "listDossierNotities", summary = "De contactlog van een dossier, nieuwste eerst",
      description = "Wie het dossier ziet, leest zijn notities (geaudit als dossier.notities-lezen). Per notitie de"
          + " auteur en haar organisatie bij naam, of hij gecorrigeerd is en wat hij daarvoor zei. Gepagineerd met"
          + " pagina en paginaGrootte. Notities worden niet doorzocht.")
  Mono<NotitieLijst> lijst(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @EnkelDossier RegionScope scope,
      @RequestParam(name = "pagina", required = false) String pagina,
      @RequestParam(name = "paginaGrootte", required = false) String paginaGrootte) {
    Parameters p = new Parameters();
    UUID dossier = p.padId("id", id);
    Paginering.Vraag pag = p.pagina(pagina, paginaGrootte);
    p.valideer();
    return service.lijst(scope, dossier, pag)
        .map(l -> new NotitieLijst(l.notities(), Paginering.van(pag, l.totaal())));
  }

  @PostMapping
  @Operation(operationId = "createDossierNotitie", summary = "Schrijf een notitie in de contactlog",
      description = "onderwerp (≤ 120) en tekst (≤ 2000), beide verplicht. De auteur en haar organisatie komen uit"
          + " het token. Schrijf alleen wat nodig is voor de overdracht; gezondheidsgegevens alleen als dat nodig"
          + " is. Telt als activiteit voor stilval. Gesloten dossier: 409. Idempotency-Key.")
  @ApiResponse(responseCode = "201", description = "Geschreven; Location en ETag van de notitie")
  @ApiResponse(responseCode = "409", description = "Het dossier is gesloten")
  Mono<ResponseEntity<NotitieWeergave>> schrijf(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @EnkelDossier RegionScope scope,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel,
      @RequestBody(required = false) NotitieInvoer invoer) {
    UUID dossier = Parameters.id("id", id);
    return idempotentie.inRegio(scope.tenantId(), sleutel, invoer, () -> service.schrijf(scope, dossier, invoer)
        .map(n -> ResponseEntity.status(HttpStatus.CREATED)
            .location(URI.create("/api/v1/regios/" + scope.region().slug() + "/dossiers/" + dossier + "/notities/"
                + n.id()))
            .eTag(n.etag())
            .body(n)));
  }

  @GetMapping("/{notitieId}")
  @Operation(operationId = "getDossierNotitie", summary = "Haal een notitie op (met ETag en eerdere versies)")
  Mono<ResponseEntity<NotitieWeergave>> lees(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @PathVariable("notitieId") String notitieId, @EnkelDossier RegionScope scope) {
    Parameters p = new Parameters();
    UUID dossier = p.padId("id", id);
    UUID notitie = p.padId("notitieId", notitieId);
    p.valideer();
    return service.lees(scope, dossier, notitie).map(n -> ResponseEntity.ok().eTag(n.etag()).body(n));
  }

  @PutMapping("/{notitieId}")
  @Operation(operationId = "updateDossierNotitie", summary = "Corrigeer uw notitie (If-Match verplicht)",
      description = "Alleen de auteur (anderen die het dossier zien: 403). De eerdere tekst blijft bewaard"
          + " (eerdereVersies) en de notitie heet gecorrigeerd. Gesloten dossier: 409.")
  @ApiResponse(responseCode = "409", description = "Het dossier is gesloten")
  Mono<ResponseEntity<NotitieWeergave>> corrigeer(@PathVariable("regio") String regio, @PathVariable("id") String id,
      @PathVariable("notitieId") String notitieId, @EnkelDossier RegionScope scope,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody(required = false) NotitieInvoer invoer) {
    Parameters p = new Parameters();
    UUID dossier = p.padId("id", id);
    UUID notitie = p.padId("notitieId", notitieId);
    p.valideer();
    return service.corrigeer(scope, dossier, notitie, ifMatch, invoer)
        .map(n -> ResponseEntity.ok().eTag(n.etag()).body(n));
  }
}
