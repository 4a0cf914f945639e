package nl.doorlopendelijn.tenancy.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.Callers;
import nl.doorlopendelijn.tenancy.Idempotentie;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.IdempotencyKey;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.reactive.ServerWebExchangeContextFilter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Idempotentie} on the table {@code idempotentie} (V71). The claim is one statement, {@code INSERT ... ON
 * CONFLICT DO UPDATE ... WHERE expired}: a concurrent repeat waits on the primary key until the first transaction
 * ends, then either finds its answer (committed) or claims the key itself (rolled back).
 */
@Component
class IdempotentieSleutels implements Idempotentie {

  /** What a first request left: its hash (null: migrated, any body is a repeat) and its answer. */
  record Eerder(String verzoekHash, Integer status, String locatie, String etag) {}

  private static final String CLAIM = """
      insert into idempotentie (actor, sleutel, verzoek_hash, aangemaakt_op) values (:actor, :sleutel, :hash, :nu)
      on conflict (tenant_id, actor, sleutel) do update
        set verzoek_hash = excluded.verzoek_hash, aangemaakt_op = excluded.aangemaakt_op,
            status = null, locatie = null, etag = null
        where idempotentie.aangemaakt_op <= :verlopen
      returning 1
      """;

  private final DatabaseClient db;
  private final TenantTransactions tx;
  private final Clock klok;
  private final JsonMapper canoniek;

  IdempotentieSleutels(DatabaseClient db, TenantTransactions tx, Clock klok) {
    this.db = db;
    this.tx = tx;
    this.klok = klok;
    this.canoniek = JsonMapper.builder()
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build();
  }

  @Override
  public <T> Mono<ResponseEntity<T>> inRegio(UUID tenantId, String sleutel, Object body,
      Supplier<Mono<ResponseEntity<T>>> werk) {
    return eenmalig(sleutel, body, werk, inTx -> tx.write(tenantId, inTx));
  }

  @Override
  public <T> Mono<ResponseEntity<T>> landelijk(String sleutel, Object body, Supplier<Mono<ResponseEntity<T>>> werk) {
    return eenmalig(sleutel, body, werk, tx::platform);
  }

  private <T> Mono<ResponseEntity<T>> eenmalig(String sleutel, Object body, Supplier<Mono<ResponseEntity<T>>> werk,
      java.util.function.Function<Mono<ResponseEntity<T>>, Mono<ResponseEntity<T>>> transactie) {
    if (sleutel == null) {
      return Mono.defer(werk);
    }
    try {
      IdempotencyKey.valideer(sleutel);
    } catch (ApiProblem malformed) {
      return Mono.error(malformed);
    }
    return Mono.deferContextual(ctx -> {
      ServerWebExchange exchange = ServerWebExchangeContextFilter.getExchange(ctx).orElse(null);
      if (exchange == null) {
        return Mono.error(new IllegalStateException("Idempotency-Key buiten een HTTP-verzoek"));
      }
      String hash = hash(exchange.getRequest().getMethod().name() + " "
          + exchange.getRequest().getPath().pathWithinApplication().value(), body);
      return Callers.current().switchIfEmpty(Mono.defer(() -> Mono.error(ApiProblem.unauthorized(
              "Een Idempotency-Key hoort bij een aangemelde gebruiker."))))
          .flatMap(caller -> transactie.apply(claimOfHerhaal(actor(caller), sleutel, hash, werk)));
    });
  }

  private <T> Mono<ResponseEntity<T>> claimOfHerhaal(String actor, String sleutel, String hash,
      Supplier<Mono<ResponseEntity<T>>> werk) {
    Instant nu = klok.instant();
    return db.sql(CLAIM)
        .bind("actor", actor).bind("sleutel", sleutel).bind("hash", hash).bind("nu", utc(nu))
        .bind("verlopen", utc(nu.minus(GELDIGHEID)))
        .fetch().rowsUpdated()
        .flatMap(geclaimd -> geclaimd == 1
            ? Mono.defer(werk).flatMap(antwoord -> bewaar(actor, sleutel, antwoord).thenReturn(antwoord))
            : eerder(actor, sleutel).flatMap(e -> e.verzoekHash() == null || e.verzoekHash().equals(hash)
                ? Mono.just(herhaling(e))
                : Mono.error(ApiProblem.unprocessable(
                    "Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik een nieuwe sleutel."))));
  }

  private Mono<Void> bewaar(String actor, String sleutel, ResponseEntity<?> antwoord) {
    URI locatie = antwoord.getHeaders().getLocation();
    String etag = antwoord.getHeaders().getETag();
    return db.sql("""
            update idempotentie set status = :status, locatie = :locatie, etag = :etag
            where tenant_id = coalesce(app_tenant(), platform_tenant()) and actor = :actor and sleutel = :sleutel
            """)
        .bind("status", antwoord.getStatusCode().value())
        .bind("locatie", Optional.ofNullable(locatie).map(URI::toString).orElse(""))
        .bind("etag", Optional.ofNullable(etag).orElse(""))
        .bind("actor", actor).bind("sleutel", sleutel)
        .then();
  }

  private Mono<Eerder> eerder(String actor, String sleutel) {
    return db.sql("""
            select verzoek_hash, status, locatie, etag from idempotentie
            where tenant_id = coalesce(app_tenant(), platform_tenant()) and actor = :actor and sleutel = :sleutel
            """)
        .bind("actor", actor).bind("sleutel", sleutel)
        .map((r, m) -> new Eerder(r.get("verzoek_hash", String.class), r.get("status", Integer.class),
            r.get("locatie", String.class), r.get("etag", String.class)))
        .one();
  }

  @SuppressWarnings("unchecked")
  private static <T> ResponseEntity<T> herhaling(Eerder e) {
    ResponseEntity.BodyBuilder b = ResponseEntity.status(e.status() == null ? HttpStatus.OK.value() : e.status())
        .header(IdempotencyKey.REPLAYED, "true");
    if (e.locatie() != null && !e.locatie().isEmpty()) {
      b.location(URI.create(e.locatie()));
    }
    if (e.etag() != null && !e.etag().isEmpty()) {
      b.eTag(e.etag());
    }
    return (ResponseEntity<T>) b.build();
  }

  static String actor(Caller caller) {
    return caller.issuer() + "|" + caller.subject();
  }

  /** SHA-256 over method, path and the canonical body (properties and map keys sorted, no whitespace). */
  String hash(String methodeEnPad, Object body) {
    String tekst = methodeEnPad + "\n" + (body == null ? "" : canoniek.writeValueAsString(body));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(tekst.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static OffsetDateTime utc(Instant moment) {
    return moment.atOffset(ZoneOffset.UTC);
  }
}
