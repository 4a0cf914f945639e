package nl.doorlopendelijn.agreements.internal;

import nl.doorlopendelijn.agreements.AfspraakStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.web.Paginering;
import nl.doorlopendelijn.web.Parameters;
import nl.doorlopendelijn.web.ETags;
import nl.doorlopendelijn.kernel.Scenario;
import nl.doorlopendelijn.tenancy.RegionScope;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agreements of a region. Lifecycle: create (concept) → {@code POST .../ter-ondertekening} → every party
 * {@code POST .../ondertekeningen} → actief → {@code POST .../beeindigingen}. A PUT on an active version starts a
 * new version (201, Location of the new version) that goes through signing again.
 */
@RestController
@RequestMapping("/api/v1/regios/{regio}/samenwerkingsafspraken")
@Tag(name = "Samenwerkingsafspraken", description = "Afspraken tussen de gemeenten van een regio en een azc")
class SamenwerkingsafspraakController {

  private static final List<String> STATUSSEN = Arrays.stream(AfspraakStatus.values()).map(AfspraakStatus::code)
      .toList();

  record SamenwerkingsafspraakLijst(List<SamenwerkingsafspraakWeergave> samenwerkingsafspraken,
      Paginering paginering) {}

  record Versies(List<SamenwerkingsafspraakWeergave> versies) {}

  record OndertekenVerzoek(String partij) {}

  record BeeindigVerzoek(String reden) {}

  record Ondertekening(String partij, String soort, String ondertekendDoor, String ondertekendDoorNaam,
      String krachtensMandaat, OffsetDateTime ondertekendOp) {}

  record MandaatVerzoek(String gemeente, String kenmerk) {}

  /** A mandaat as the API shows it: for which gemeente, by which besluit, granted and withdrawn by whom (names). */
  record MandaatWeergave(UUID id, String gemeente, String kenmerk, String verleendDoor, OffsetDateTime verleendOp,
      String ingetrokkenDoor, OffsetDateTime ingetrokkenOp, OffsetDateTime gebruiktOp) {
    static MandaatWeergave van(Mandaat m) {
      return new MandaatWeergave(m.id(), m.gemeente(), m.kenmerk(), m.verleendDoorNaam(),
          SamenwerkingsafspraakWeergave.utc(m.verleendOp()), m.ingetrokkenDoorNaam(),
          SamenwerkingsafspraakWeergave.utc(m.ingetrokkenOp()), SamenwerkingsafspraakWeergave.utc(m.gebruiktOp()));
    }
  }

  record Mandaten(List<MandaatWeergave> mandaten) {}

  record Ondertekeningen(List<Ondertekening> ondertekeningen, List<String> nogTeOndertekenen) {}

  record HistorieRegel(OffsetDateTime tijdstip, String door, String doorNaam, String actie, UUID versieId,
      JsonNode oud, JsonNode nieuw) {}

  record Historie(List<HistorieRegel> historie) {}

  private final AfspraakService service;
  private final JsonMapper json;
  private final Idempotentie idempotentie;

  SamenwerkingsafspraakController(AfspraakService service, JsonMapper json, Idempotentie idempotentie) {
    this.service = service;
    this.json = json;
    this.idempotentie = idempotentie;
  }

  @GetMapping
  @Operation(operationId = "listSamenwerkingsafspraken", summary = "Lijst de samenwerkingsafspraken van de regio")
  Mono<SamenwerkingsafspraakLijst> lijst(@PathVariable("regio") String regio, RegionScope scope,
      @RequestParam(name = "gemeente", required = false) String gemeente,
      @RequestParam(name = "azc", required = false) String azc,
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "scenario", required = false) String scenario,
      @RequestParam(name = "geldigOp", required = false) String geldigOp,
      @RequestParam(name = "pagina", required = false) String pagina,
      @RequestParam(name = "paginaGrootte", required = false) String paginaGrootte) {
    Parameters p = new Parameters();
    AfspraakFilter filter = new AfspraakFilter(
        p.patroon("gemeente", gemeente, Parameters.CBS_CODE, "moet een CBS-code zijn zoals GM0855"),
        p.patroon("azc", azc, Parameters.AZC_CODE, "moet een azc-code zijn zoals AZC-OISTERWIJK"),
        p.keuze("status", status, STATUSSEN), p.keuze("scenario", scenario, Scenario.CODES),
        p.datum("geldigOp", geldigOp));
    Paginering.Vraag pag = p.pagina(pagina, paginaGrootte);
    p.valideer();
    boolean volledig = Zicht.van(scope.caller()).volledig();
    return service.lijst(scope, filter, pag.pagina(), pag.paginaGrootte())
        .map(r -> new SamenwerkingsafspraakLijst(
            r.items().stream().map(v -> SamenwerkingsafspraakWeergave.van(v, volledig, null)).toList(),
            Paginering.van(pag, r.totaal())));
  }

  @GetMapping("/{id}")
  @Operation(operationId = "getSamenwerkingsafspraak", summary = "Haal een versie van een samenwerkingsafspraak op")
  Mono<ResponseEntity<SamenwerkingsafspraakWeergave>> haal(@PathVariable("regio") String regio, RegionScope scope,
      @PathVariable("id") String id) {
    boolean volledig = Zicht.van(scope.caller()).volledig();
    return service.haal(scope, Parameters.id("id", id)).map(v -> ok(HttpStatus.OK, v, volledig));
  }

  @PostMapping
  @Operation(operationId = "createSamenwerkingsafspraak",
      summary = "Maak een samenwerkingsafspraak (concept); Idempotency-Key maakt herhalen veilig")
  Mono<ResponseEntity<String>> maak(@PathVariable("regio") String regio, RegionScope scope,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel,
      @RequestBody(required = false) AfspraakVerzoek verzoek) {
    return idempotentie.inRegio(scope.tenantId(), sleutel, verzoek, () -> service
        .maak(scope, verzoek, v -> SamenwerkingsafspraakWeergave.van(v, true, null))
        .map(a -> ResponseEntity.status(HttpStatus.CREATED)
            .location(URI.create("/api/v1/regios/" + scope.region().slug() + "/samenwerkingsafspraken/" + a.id()))
            .eTag(ETags.of(1))
            .contentType(MediaType.APPLICATION_JSON)
            .body(a.body())));
  }

  @PutMapping("/{id}")
  @Operation(operationId = "updateSamenwerkingsafspraak", summary = "Wijzig een concept (200) of start een nieuwe"
      + " versie van een actieve samenwerkingsafspraak (201); If-Match vereist")
  Mono<ResponseEntity<SamenwerkingsafspraakWeergave>> wijzig(@PathVariable("regio") String regio,
      RegionScope scope, @PathVariable("id") String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody(required = false) AfspraakVerzoek verzoek) {
    return service.wijzig(scope, Parameters.id("id", id), ifMatch, verzoek).map(w -> {
      ResponseEntity<SamenwerkingsafspraakWeergave> r = ok(w.nieuweVersie() ? HttpStatus.CREATED : HttpStatus.OK,
          w.versie(), true);
      return w.nieuweVersie() ? ResponseEntity.created(URI.create("/api/v1/regios/" + scope.region().slug()
          + "/samenwerkingsafspraken/" + w.versie().id())).headers(r.getHeaders()).body(r.getBody()) : r;
    });
  }

  @PostMapping("/{id}/ter-ondertekening")
  @Operation(operationId = "submitSamenwerkingsafspraak", summary = "Bied een concept ter ondertekening aan")
  Mono<ResponseEntity<SamenwerkingsafspraakWeergave>> terOndertekening(@PathVariable("regio") String regio,
      RegionScope scope, @PathVariable("id") String id,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel) {
    UUID versie = Parameters.id("id", id);
    return idempotentie.inRegio(scope.tenantId(), sleutel, null,
        () -> service.terOndertekening(scope, versie).map(v -> ok(HttpStatus.OK, v, true)));
  }

  @GetMapping("/{id}/ondertekeningen")
  @Operation(operationId = "listOndertekeningen", summary = "Wie heeft deze versie ondertekend, en wie nog niet")
  Mono<Ondertekeningen> ondertekeningen(@PathVariable("regio") String regio, RegionScope scope,
      @PathVariable("id") String id) {
    return service.metOndertekeningen(scope, Parameters.id("id", id)).map(v -> new Ondertekeningen(
        v.partijen().stream().filter(AfspraakVersie.PartijStand::ondertekend)
            .map(p -> new Ondertekening(p.code(), p.soort(), p.ondertekendDoor(), p.ondertekendDoorNaam(),
                p.mandaatKenmerk(), SamenwerkingsafspraakWeergave.utc(p.ondertekendOp()))).toList(),
        v.partijen().stream().filter(p -> !p.ondertekend()).map(AfspraakVersie.PartijStand::code).toList()));
  }

  @PostMapping("/{id}/ondertekeningen")
  @Operation(operationId = "signSamenwerkingsafspraak",
      summary = "Onderteken voor een partij: een gemeente door een tekenbevoegde van die gemeente, of door de"
          + " regio-coördinator krachtens een mandaat van de gemeente op deze versie; het azc door de COA-medewerker"
          + " van dat azc (403 met uitleg wanneer u niet bevoegd bent)")
  Mono<ResponseEntity<SamenwerkingsafspraakWeergave>> onderteken(@PathVariable("regio") String regio,
      RegionScope scope, @PathVariable("id") String id, @RequestBody(required = false) OndertekenVerzoek verzoek,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel) {
    UUID versie = Parameters.id("id", id);
    return idempotentie.inRegio(scope.tenantId(), sleutel, verzoek, () -> service
        .onderteken(scope, versie, verzoek == null ? null : verzoek.partij())
        .map(v -> ok(HttpStatus.CREATED, v, true)));
  }

  @PostMapping("/{id}/beeindigingen")
  @Operation(operationId = "endSamenwerkingsafspraak", summary = "Beëindig een samenwerkingsafspraak, met reden")
  Mono<ResponseEntity<SamenwerkingsafspraakWeergave>> beeindig(@PathVariable("regio") String regio,
      RegionScope scope, @PathVariable("id") String id, @RequestBody(required = false) BeeindigVerzoek verzoek,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel) {
    UUID versie = Parameters.id("id", id);
    return idempotentie.inRegio(scope.tenantId(), sleutel, verzoek, () -> service
        .beeindig(scope, versie, verzoek == null ? null : verzoek.reden())
        .map(v -> ok(HttpStatus.CREATED, v, true)));
  }

  @GetMapping("/{id}/mandaten")
  @Operation(operationId = "listMandaten", summary = "De mandaten op deze versie: welke gemeente de regio-coördinator"
      + " liet tekenen, krachtens welk besluit, door wie verleend of ingetrokken")
  Mono<Mandaten> mandaten(@PathVariable("regio") String regio, RegionScope scope, @PathVariable("id") String id) {
    return service.mandaten(scope, Parameters.id("id", id)).map(MandaatWeergave::van).collectList()
        .map(Mandaten::new);
  }

  @PostMapping("/{id}/mandaten")
  @Operation(operationId = "grantMandaat", summary = "Verleen de regio-coördinator mandaat om deze versie voor uw"
      + " gemeente te ondertekenen (alleen een tekenbevoegde van die gemeente; de versie ligt ter ondertekening)")
  Mono<ResponseEntity<MandaatWeergave>> verleenMandaat(@PathVariable("regio") String regio, RegionScope scope,
      @PathVariable("id") String id, @RequestBody(required = false) MandaatVerzoek verzoek,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel) {
    UUID versie = Parameters.id("id", id);
    return idempotentie.inRegio(scope.tenantId(), sleutel, verzoek, () -> service
        .verleenMandaat(scope, versie, verzoek == null ? null : verzoek.gemeente(),
            verzoek == null ? null : verzoek.kenmerk())
        .map(m -> ResponseEntity.created(URI.create("/api/v1/regios/" + scope.region().slug()
            + "/samenwerkingsafspraken/" + versie + "/mandaten/" + m.id())).body(MandaatWeergave.van(m))));
  }

  @PostMapping("/{id}/mandaten/{mandaatId}/intrekking")
  @Operation(operationId = "withdrawMandaat", summary = "Trek een mandaat in zolang het niet is gebruikt (alleen een"
      + " tekenbevoegde van die gemeente)")
  Mono<ResponseEntity<MandaatWeergave>> trekMandaatIn(@PathVariable("regio") String regio, RegionScope scope,
      @PathVariable("id") String id, @PathVariable("mandaatId") String mandaat,
      @RequestHeader(name = Idempotentie.HEADER, required = false) String sleutel) {
    UUID versie = Parameters.id("id", id);
    UUID mandaatId = Parameters.id("mandaat", mandaat);
    return idempotentie.inRegio(scope.tenantId(), sleutel, null, () -> service
        .trekMandaatIn(scope, versie, mandaatId).map(m -> ResponseEntity.ok(MandaatWeergave.van(m))));
  }

  @GetMapping("/{id}/versies")
  @Operation(operationId = "listSamenwerkingsafspraakVersies", summary = "Alle versies van deze afspraak")
  Mono<Versies> versies(@PathVariable("regio") String regio, RegionScope scope, @PathVariable("id") String id) {
    return service.versies(scope, Parameters.id("id", id)).map(v -> SamenwerkingsafspraakWeergave.van(v, true, null))
        .collectList().map(Versies::new);
  }

  @GetMapping("/{id}/historie")
  @Operation(operationId = "listSamenwerkingsafspraakHistorie",
      summary = "Elke wijziging van deze afspraak: wie, wanneer, van wat naar wat")
  Mono<Historie> historie(@PathVariable("regio") String regio, RegionScope scope, @PathVariable("id") String id) {
    return service.historie(scope, Parameters.id("id", id))
        .map(w -> new HistorieRegel(SamenwerkingsafspraakWeergave.utc(w.tijdstip()), w.door(), w.doorNaam(), w.actie(),
            w.versieId(), w.oud() == null ? null : json.readTree(w.oud()),
            w.nieuw() == null ? null : json.readTree(w.nieuw())))
        .collectList().map(Historie::new);
  }

  private static ResponseEntity<SamenwerkingsafspraakWeergave> ok(HttpStatus status, AfspraakVersie v,
      boolean volledig) {
    return ResponseEntity.status(status).eTag(ETags.of(v.versie()))
        .body(SamenwerkingsafspraakWeergave.van(v, volledig, null));
  }
}
