package nl.doorlopendelijn.tenancy;

import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Which regions exist, and which region a trusted issuer belongs to. Answers from memory on the hot path. */
public interface RegionRegistry {

  Mono<Region> bySlug(String slug);

  Mono<Region> byIssuer(String issuer);

  /** The region whose tenant id this is (a region that was removed is not found). */
  Mono<Region> byId(UUID tenantId);

  Flux<Region> all();

  /** Re-reads the regions from the database (after onboarding or a change by another replica). */
  Mono<Void> reload();

  /**
   * Ticks after every reload of this replica's registry: its own change, another replica's (announced through
   * {@link Replicas}) or a full reload after a reconnect. What holds access open (a live stream) checks again then.
   */
  Flux<Long> herladen();
}
