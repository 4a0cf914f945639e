package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.internal.DossierImportService.RapportRij;
import nl.doorlopendelijn.tenancy.Idempotentie;
import nl.doorlopendelijn.tenancy.RegionScope;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.InvalidParam;
import nl.doorlopendelijn.web.Parameters;
import nl.doorlopendelijn.web.Bestanden;
import nl.doorlopendelijn.web.TabularFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Bulk import of dossiers from CSV or .xlsx (issue 18): start one (202 and its Location), follow its progress and
 * read its report, download the report and the template. Who may import: whoever may create a dossier (coördinator:
 * the whole region; gemeente-medewerker: rows of her gemeente; COA liaison: rows of her azc); anyone else 404, as
 * for the dossiers themselves. An import is read by who started it and by the regio-coördinator.
 */
@RestController
@RequestMapping("/api/v1/regios/{regio}/dossierimporten")
@Tag(name = "Dossiers", description = "Overdrachtsdossiers: tijdlijn, signalen, audit en inzage")
class DossierImportController {

  private static final Logger log = LoggerFactory.getLogger(DossierImportController.class);

  /** The largest file taken: 10,000 rows of the template are about 1.5 MB as CSV, less as .xlsx. */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  @Schema(name = "DossierImportFout", description = "Eén reden bij één kolom van een rij (kolom leeg: de rij als"
      + " geheel)")
  record FoutWeergave(String kolom, String reden) {}

  @Schema(name = "DossierImportRapportRij", description = "Een rij die niets aanmaakte: geweigerd (met de redenen"
      + " per kolom) of bestaat-al (de COA-referentie is al van een dossier van de regio, of van een eerdere rij)")
  record RapportRijWeergave(int rij, String coaReferentie, String uitkomst, List<FoutWeergave> fouten) {}

  @Schema(name = "DossierImportDossier", description = "Een dossier dat de import aanmaakte, met zijn rij")
  record DossierVerwijzing(int rij, UUID id) {}

  @Schema(name = "DossierImport", description = "Een import van dossiers: stand, aantallen en rapport")
  record ImportWeergave(UUID id,
      @Schema(description = "bezig, klaar of afgebroken (de server werd herstart: importeer opnieuw, wat al bestaat"
          + " wordt overgeslagen)") String status,
      @Schema(description = "csv of xlsx") String formaat,
      @Schema(description = "Rijen met gegevens in het bestand") int totaal,
      @Schema(description = "Rijen verwerkt tot nu toe") int verwerkt,
      int aangemaakt, int bestaatAl, int geweigerd,
      @Schema(description = "Waarom de import is afgebroken") String reden,
      String gestartOp, String klaarOp,
      @Schema(description = "De rijen die niets aanmaakten, op rijnummer (de kopregel is rij 1)")
      List<RapportRijWeergave> rapport,
      @Schema(description = "De aangemaakte dossiers, op rijnummer") List<DossierVerwijzing> dossiers) {

    static ImportWeergave van(DossierImportService.Stand s) {
      var r = s.rij();
      return new ImportWeergave(r.id(), r.status(), r.formaat(), r.totaal(), r.verwerkt(), r.aangemaakt(),
          r.bestaatAl(), r.geweigerd(), r.reden(), r.gestartOp().toInstant().toString(),
          r.klaarOp() == null ? null : r.klaarOp().toInstant().toString(),
          s.rapport().stream().map(ImportWeergave::rij).toList(),
          s.dossiers().stream().map(d -> new DossierVerwijzing(d.rij(), d.id())).toList());
    }

    private static RapportRijWeergave rij(RapportRij r) {
      return new RapportRijWeergave(r.rij(), r.coaReferentie(), r.uitkomst(),
          r.fouten().stream().map(f -> new FoutWeergave(f.kolom(), f.reden())).toList());
    }
  }

  /** The multipart body as the OpenAPI document describes it. */
  @Schema(name = "DossierImportBestand")
  record BestandDeel(@Schema(description = "CSV of .xlsx met de kolommen van het sjabloon", type = "string",
      format = "binary") String bestand) {}

  /** What the Idempotency-Key compares: the file's content, by its hash (never the content itself). */
  record BestandSleutel(String sha256) {}

  private final DossierImportService imports;
  private final Idempotentie idempotentie;
  private final java.time.Clock klok;

  DossierImportController(DossierImportService imports, Idempotentie idempotentie, java.time.Clock klok) {
    this.imports = imports;
    this.idempotentie = idempotentie;
    this.klok = klok;
  }

  @PostMapping
  @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Het bestand, als deel bestand van een"
      + " multipart/form-data-verzoek", required = true, content = @Content(mediaType = "multipart/form-data",
          schema = @Schema(implementation = BestandDeel.class)))
  @Operation(operationId = "startDossierImport", summary = "Importeer dossiers uit een CSV- of Excel-bestand",
      description = "Multipart met het deel bestand: een CSV-bestand (; of ,) of .xlsx met precies de kolommen van"
          + " het sjabloon. Het bestand als geheel wordt geweigerd (400, er wordt niets aangemaakt) bij ontbrekende of"
          + " onbekende kolommen, meer dan 10.000 rijen, of een BSN (een BSN-kolom, of een waarde van 9 cijfers die"
          + " de elfproef haalt); groter dan 5 MB: 413. Anders 202 met de Location van de import: de rijen worden op"
          + " de achtergrond verwerkt, elk zoals POST …/dossiers (dezelfde controles en rechten). Een rij met een"
          + " COA-referentie die de regio al heeft, maakt niets aan (bestaat al). Met Idempotency-Key.")
  @ApiResponse(responseCode = "202", description = "De import is gestart; volg hem op de Location")
  @ApiResponse(responseCode = "413", description = "Het bestand is groter dan 5 MB",
      content = @Content(mediaType = "application/problem+json"))
  Mono<ResponseEntity<ImportWeergave>> start(@PathVariable("regio") String regio, RegionScope scope,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel,
      @RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false) Long lengte,
      @RequestPart(name = "bestand", required = false) Mono<FilePart> bestand) {
    DossierService.zicht(scope);
    if (sleutel != null) {
      // a malformed key is 400 before the file is read (and whatever the body is)
      nl.doorlopendelijn.web.IdempotencyKey.valideer(sleutel);
    }
    if (lengte != null && lengte > MAX_BYTES + 64 * 1024) {
      return Mono.error(teGroot());
    }
    return bestand
        .switchIfEmpty(Mono.error(() -> ApiProblem.badRequest(List.of(new InvalidParam("bestand", "required",
            "is verplicht: een CSV- of Excel-bestand (.xlsx) in het deel bestand")))))
        .flatMap(part -> DataBufferUtils.join(part.content(), MAX_BYTES))
        .onErrorMap(DataBufferLimitException.class, e -> teGroot())
        .map(buffer -> {
          byte[] bytes = new byte[buffer.readableByteCount()];
          buffer.read(bytes);
          DataBufferUtils.release(buffer);
          return bytes;
        })
        .flatMap(inhoud -> Mono.deferContextual(ctx -> ReactiveSecurityContextHolder.getContext()
            .flatMap(beveiliging -> {
              DossierImportService.Start[] gestart = new DossierImportService.Start[1];
              return idempotentie.inRegio(scope.tenantId(), sleutel, new BestandSleutel(sha256(inhoud)),
                      () -> imports.begin(scope, inhoud).map(s -> {
                        gestart[0] = s;
                        return ResponseEntity.status(HttpStatus.ACCEPTED).location(plaats(scope, s.id()))
                            .body(new ImportWeergave(s.id(), "bezig", null, s.rijen().size(), 0, 0, 0, 0, null,
                                null, null, List.of(), List.of()));
                      }))
                  // committed: now the rows (a repeat of the key started nothing, and starts nothing)
                  .doOnSuccess(antwoord -> {
                    if (gestart[0] != null) {
                      achtergrond(gestart[0], ctx, beveiliging);
                    }
                  });
            })));
  }

  /**
   * Runs the rows after the answer, with the request's caller and trace (for the rights and the audit records),
   * never its transaction.
   */
  private void achtergrond(DossierImportService.Start s, ContextView ctx, SecurityContext beveiliging) {
    Context eigen = Context.empty();
    for (var e : (Iterable<java.util.Map.Entry<Object, Object>>) ctx.stream()::iterator) {
      if (!String.valueOf(e.getKey()).toLowerCase(java.util.Locale.ROOT).contains("transaction")) {
        eigen = eigen.put(e.getKey(), e.getValue());
      }
    }
    Context context = eigen;
    imports.verwerk(s)
        .contextWrite(c -> c.putAll(context.readOnly()))
        .contextWrite(ReactiveSecurityContextHolder.withSecurityContext(Mono.just(beveiliging)))
        .subscribe(null, e -> log.warn("dossier import {} failed: {}", s.id(), e.toString()));
  }

  private static URI plaats(RegionScope scope, UUID id) {
    return URI.create("/api/v1/regios/" + scope.region().slug() + "/dossierimporten/" + id);
  }

  private static ApiProblem teGroot() {
    return ApiProblem.contentTooLarge("Het bestand is groter dan 5 MB. Een import heeft hoogstens 10.000 rijen:"
        + " splits het bestand.");
  }

  @GetMapping("/{id}")
  @Operation(operationId = "getDossierImport", summary = "De stand en het rapport van een import",
      description = "Voor wie de import startte en de regio-coördinator. Zolang status bezig is, lopen verwerkt en"
          + " de aantallen op; daarna staat in rapport elke rij die niets aanmaakte, met per kolom de reden.")
  @ApiResponse(responseCode = "200", description = "De import")
  Mono<ImportWeergave> lees(@PathVariable("regio") String regio, @PathVariable("id") String id, RegionScope scope) {
    return imports.lees(scope, Parameters.id("id", id)).map(ImportWeergave::van);
  }

  @GetMapping(value = "/{id}/rapport")
  @Operation(operationId = "getDossierImportRapport", summary = "Het rapport van een import als CSV of .xlsx",
      description = "Een regel per reden: rij, coaReferentie, uitkomst, kolom, reden. formaat csv (standaard) of"
          + " xlsx.")
  @ApiResponse(responseCode = "200", description = "Het rapport", content = {
      @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          schema = @Schema(type = "string", format = "binary"))})
  Mono<ResponseEntity<byte[]>> rapport(@PathVariable("regio") String regio, @PathVariable("id") String id,
      RegionScope scope, @RequestParam(name = "formaat", required = false) String formaat) {
    TabularFiles.Format f = formaat(formaat);
    UUID importId = Parameters.id("id", id);
    return imports.lees(scope, importId)
        .map(s -> bestand(f, "importrapport-" + importId, TabularFiles.write(f,
            DossierImportService.rapportblad(s.rapport()))));
  }

  @GetMapping("/sjabloon")
  @Operation(operationId = "getDossierImportSjabloon", summary = "Het sjabloon voor een import (CSV of .xlsx)",
      description = "De kolomnamen en één voorbeeldrij (een verzonnen persoon). formaat csv (standaard) of xlsx.")
  @ApiResponse(responseCode = "200", description = "Het sjabloon", content = {
      @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          schema = @Schema(type = "string", format = "binary"))})
  Mono<ResponseEntity<byte[]>> sjabloon(@PathVariable("regio") String regio, RegionScope scope,
      @RequestParam(name = "formaat", required = false) String formaat) {
    DossierService.zicht(scope);
    TabularFiles.Format f = formaat(formaat);
    return Mono.fromCallable(() -> bestand(f, "dossiers-importeren-sjabloon", TabularFiles.write(f,
        DossierImportService.sjabloon(scope.region().descriptor(), java.time.LocalDate.now(klok)))));
  }

  private static TabularFiles.Format formaat(String formaat) {
    Parameters p = new Parameters();
    String gekozen = p.keuze("formaat", formaat, Bestanden.FORMATEN);
    p.valideer();
    return gekozen == null ? TabularFiles.Format.CSV : TabularFiles.Format.of(gekozen).orElseThrow();
  }

  private static ResponseEntity<byte[]> bestand(TabularFiles.Format f, String naam, byte[] inhoud) {
    return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(f.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition.attachment()
            .filename(naam + "." + f.extension()).build().toString())
        .body(inhoud);
  }

  private static String sha256(byte[] inhoud) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
