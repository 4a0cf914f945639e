package nl.doorlopendelijn.tenancy;

import java.util.UUID;
import java.util.function.Supplier;
import nl.doorlopendelijn.web.IdempotencyKey;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;

/**
 * The one {@code Idempotency-Key} mechanism, for every POST that changes something (docs/api.md). A handler wraps
 * its work once: {@code idempotentie.inRegio(scope.tenantId(), sleutel, body, () -> work)} for a region path,
 * {@code idempotentie.landelijk(sleutel, body, () -> work)} for a national resource. Without a key the work runs
 * as it is. With one, the key is claimed in the (tenant or platform) transaction of the work itself, so a change
 * never exists without its key nor a key without its change:
 *
 * <ul>
 *   <li>first request with the key: the work runs; its status, Location and ETag (never its body) are stored;</li>
 *   <li>a repeat (same scope, actor, key and request hash): the first answer's status, Location and ETag, no body,
 *       and {@code Idempotent-Replayed: true}; nothing is done again. A concurrent repeat waits for the first;</li>
 *   <li>the same key with another request (method, path or canonical body): 422 problem+json;</li>
 *   <li>a malformed key: 400 problem+json; a key older than {@link #GELDIGHEID} counts as new;</li>
 *   <li>a failed first request (any error) rolls its key back with its work: the key may be used again.</li>
 * </ul>
 *
 * <p>The work's own {@link TenantTransactions#write} / {@link TenantTransactions#platform} join this transaction
 * (same tenant). A record that must outlive a failure of the work (a refusal's audit record) is written with
 * {@link TenantTransactions#platformSeparately}; work across several tenants does not belong inside it.
 */
public interface Idempotentie {

  String HEADER = IdempotencyKey.HEADER;

  /** How long a key counts. */
  java.time.Duration GELDIGHEID = java.time.Duration.ofHours(24);

  /** Work on a region path: the key belongs to the region's tenant. */
  <T> Mono<ResponseEntity<T>> inRegio(UUID tenantId, String sleutel, Object body,
      Supplier<Mono<ResponseEntity<T>>> werk);

  /** Work on a national resource (gids, azc-locaties): the key belongs to the platform. */
  <T> Mono<ResponseEntity<T>> landelijk(String sleutel, Object body, Supplier<Mono<ResponseEntity<T>>> werk);
}
