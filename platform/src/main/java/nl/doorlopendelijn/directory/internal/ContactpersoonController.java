package nl.doorlopendelijn.directory.internal;

import nl.doorlopendelijn.web.ETags;
import nl.doorlopendelijn.web.Paginering;
import nl.doorlopendelijn.web.Parameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.directory.Contactpersoon;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import nl.doorlopendelijn.tenancy.Idempotentie;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/contactpersonen")
@Tag(name = "Contactpersonen", description = "De gedeelde contactpersonengids: wie maakt de warme overdracht waar")
class ContactpersoonController {

  static final MediaType VCARD = new MediaType("text", "vcard", StandardCharsets.UTF_8);

  record ContactpersoonLijst(List<Contactpersoon> contactpersonen, Paginering paginering) {}

  private final ContactpersoonService service;
  private final Idempotentie idempotentie;

  ContactpersoonController(ContactpersoonService service, Idempotentie idempotentie) {
    this.service = service;
    this.idempotentie = idempotentie;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "zoekContactpersonen", summary = "Zoek in de contactpersonengids",
      description = "Vrije tekst (accent- en hoofdletterongevoelig, ook op delen van woorden) en filters; "
          + "een exacte naam staat bovenaan. Zonder inclusiefInactief alleen actieve contactpersonen.")
  Mono<ContactpersoonLijst> zoek(
      @Parameter(description = "Vrije tekst: naam, functie of organisatie") @RequestParam(required = false) String q,
      @Parameter(description = "Id van de organisatie") @RequestParam(required = false) String organisatie,
      @Parameter(description = "Slug van een regio die de contactpersoon bedient") @RequestParam(required = false) String regio,
      @Parameter(description = "CBS-code van een gemeente die de contactpersoon bedient") @RequestParam(required = false) String gemeente,
      @Parameter(description = "Functie, bijvoorbeeld klantregisseur") @RequestParam(required = false) String functie,
      @Parameter(description = "Getraind in de warme overdracht (true/false)") @RequestParam(required = false) String getraind,
      @Parameter(description = "Beschikbaar voor nieuwe dossiers (true/false)") @RequestParam(required = false) String beschikbaar,
      @Parameter(description = "ISO 639-taalcode, bijvoorbeeld ar") @RequestParam(required = false) String taal,
      @Parameter(description = "Ook gedeactiveerde contactpersonen (true/false)") @RequestParam(required = false) String inclusiefInactief,
      @Parameter(description = "Paginanummer, vanaf 1") @RequestParam(required = false) String pagina,
      @Parameter(description = "Aantal per pagina, 1 tot en met " + Paginering.MAX_PAGINAGROOTTE
          + " (standaard " + Paginering.STANDAARD_PAGINAGROOTTE + ")") @RequestParam(required = false) String paginaGrootte) {
    return Mono.fromCallable(() -> {
      Parameters p = new Parameters();
      String tekst = p.tekst("q", q, 200);
      UUID organisatieId = p.uuid("organisatie", organisatie);
      String regioSlug = p.patroon("regio", regio, Parameters.REGIO_SLUG, "moet een regio-slug zijn");
      String cbsCode = p.patroon("gemeente", gemeente, Parameters.CBS_CODE, "moet een CBS-code zijn zoals GM0855");
      String functieTekst = p.tekst("functie", functie, 100);
      Boolean isGetraind = p.jaNee("getraind", getraind);
      Boolean isBeschikbaar = p.jaNee("beschikbaar", beschikbaar);
      String taalCode = p.patroon("taal", taal, "^[a-z]{2,3}$", "moet een ISO 639-taalcode zijn zoals nl of ar");
      boolean ookInactief = p.jaNee("inclusiefInactief", inclusiefInactief, false);
      Paginering.Vraag pag = p.pagina(pagina, paginaGrootte);
      ContactZoekvraag vraag = new ContactZoekvraag(tekst, organisatieId, regioSlug, cbsCode, functieTekst, isGetraind,
          isBeschikbaar, taalCode, ookInactief, pag.pagina(), pag.paginaGrootte());
      p.valideer();
      return vraag;
    }).flatMap(service::search)
        .map(page -> new ContactpersoonLijst(page.items(),
            Paginering.van(page.pagina(), page.paginaGrootte(), page.totaalAantal())));
  }

  @GetMapping(value = "/{id}", produces = {MediaType.APPLICATION_JSON_VALUE, "text/vcard"})
  @Operation(operationId = "getContactpersoon", summary = "Haal een contactpersoon op (ook gedeactiveerd)",
      description = "Met Accept: text/vcard als vCard.")
  Mono<ResponseEntity<Object>> get(
      @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    boolean vcard = wiltVCard(accept);
    return service.get(Parameters.id("id", id)).map(c -> vcard
        ? ResponseEntity.ok().contentType(VCARD).eTag(ETags.of(c.versie())).body(VCards.van(c))
        : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).eTag(ETags.of(c.versie())).body(c));
  }

  @GetMapping(value = "/{id}/vcard", produces = "text/vcard")
  @Operation(operationId = "getContactpersoonVCard", summary = "Download een contactpersoon als vCard")
  Mono<ResponseEntity<String>> vcard(
      @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id) {
    return service.get(Parameters.id("id", id)).map(c -> ResponseEntity.ok().contentType(VCARD)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("contactpersoon-" + c.id() + ".vcf").build().toString())
        .body(VCards.van(c)));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "createContactpersoon", summary = "Voeg een contactpersoon toe",
      description = "Met een Idempotency-Key maakt herhalen geen tweede contactpersoon; zie de header.")
  Mono<ResponseEntity<Contactpersoon>> create(@RequestBody ContactpersoonInvoer invoer,
      @RequestHeader(value = Idempotentie.HEADER, required = false) String idempotencyKey) {
    return idempotentie.landelijk(idempotencyKey, invoer, () -> service.create(invoer)
        .map(c -> ResponseEntity.status(HttpStatus.CREATED)
            .location(URI.create("/api/v1/contactpersonen/" + c.id()))
            .eTag(ETags.of(c.versie()))
            .body(c)));
  }

  @PutMapping(value = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "updateContactpersoon", summary = "Wijzig een contactpersoon (If-Match vereist)")
  Mono<ResponseEntity<Contactpersoon>> update(
      @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody ContactpersoonInvoer invoer) {
    return service.update(Parameters.id("id", id), ifMatch, invoer)
        .map(c -> ResponseEntity.ok().eTag(ETags.of(c.versie())).body(c));
  }

  @PostMapping(value = "/{id}/deactiveringen", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "deactiveerContactpersoon",
      summary = "Meld dat een contactpersoon de organisatie heeft verlaten (If-Match vereist)",
      description = "De contactpersoon blijft op id leesbaar, maar verschijnt niet meer in zoekresultaten; "
          + "afspraken en dossiers die naar hem of haar verwijzen krijgen een signaal.")
  Mono<ResponseEntity<Contactpersoon>> deactivate(
      @PathVariable("id") @Parameter(schema = @Schema(format = "uuid")) String id,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestHeader(value = Idempotentie.HEADER, required = false) String idempotencyKey) {
    UUID contactpersoon = Parameters.id("id", id);
    return idempotentie.landelijk(idempotencyKey, null, () -> service.deactivate(contactpersoon, ifMatch)
        .map(c -> ResponseEntity.ok().eTag(ETags.of(c.versie())).body(c)));
  }

  /** vCard only when the client prefers it over JSON ({@code *}{@code /*} and no Accept mean JSON). */
  static boolean wiltVCard(String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    try {
      List<MediaType> types = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
      types.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
      for (MediaType t : types) {
        if (t.includes(MediaType.APPLICATION_JSON)) {
          return false;
        }
        if (t.includes(VCARD)) {
          return true;
        }
      }
    } catch (RuntimeException e) {
      return false;
    }
    return false;
  }
}
