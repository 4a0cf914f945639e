package nl.doorlopendelijn.tenancy;

import java.util.Map;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The database side of onboarding and offboarding a region through the API (the Keycloak side and the audit are
 * the caller's). Regions defined in {@code tenants/} are regions as code and are never changed through here.
 * Every change reloads the {@link RegionRegistry}, so it takes effect at once, without a restart.
 */
public interface RegionOnboarding {

  /** True for the slugs of {@code tenants/}: those regions are managed as code, not through the API. */
  boolean definedAsCode(String slug);

  /** A region by slug, whatever its status (also {@code verwijderd}), straight from the database. */
  Mono<Region> find(String slug);

  /**
   * Completes empty when the descriptor may be registered (its slug is free, or holds exactly this region);
   * otherwise signals {@link RegionConflictException}. Lets the caller check before it creates anything elsewhere.
   */
  Mono<Void> checkRegistrable(TenantDescriptor descriptor);

  /**
   * Registers an onboarded region ({@code bron = 'api'}) with its gemeenten and azc-locaties, or confirms that
   * exactly this region is registered already. Emits true when it was new.
   *
   * @throws RegionConflictException (as the error signal) when the slug is taken by something else
   */
  Mono<Boolean> register(TenantDescriptor descriptor);

  /** Sets the status to {@code gedeactiveerd}: its tokens and paths are refused from now on. Idempotent. */
  Mono<Region> deactivate(String slug);

  /**
   * The region's export, one JSON object per element ({@code {"tabel": ..., "rij": {...}}}): the regio row first,
   * then every row of the tables the export holds (configuration, agreements, audit trail; no personal data of
   * inburgeraars, so no dossiers), last a line {@code "tabel": "weggelaten"} naming the tables left out. Read in one
   * read-only tenant transaction and streamed from the database (nothing is held in memory).
   */
  Flux<String> exportRows(UUID tenantId);

  /**
   * Deletes every row of the tenant in every tenant table except {@code audit_record}, in reverse foreign-key
   * order, marks the region {@code verwijderd}, and runs {@code alsoInTransaction} (its audit record) in the same
   * tenant transaction. Emits the number of rows deleted per table. Only for a deactivated region.
   */
  Mono<Map<String, Long>> purge(UUID tenantId, Mono<Void> alsoInTransaction);

  /** The slug cannot be used for this onboarding; the message says why, in Dutch. */
  final class RegionConflictException extends RuntimeException {
    public RegionConflictException(String message) {
      super(message);
    }
  }
}
