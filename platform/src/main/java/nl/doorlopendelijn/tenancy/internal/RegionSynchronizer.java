package nl.doorlopendelijn.tenancy.internal;

import java.time.Duration;
import nl.doorlopendelijn.tenancy.IssuerSettings;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the regions of {@code tenants/} into the database at start-up, idempotently: a second run with the same
 * descriptors changes nothing. Gemeenten and azc-locaties of a region are written in that region's own
 * tenant-bound transaction, like every other tenant row. If the database is not there yet, it keeps trying.
 */
@Component
class RegionSynchronizer {

  private static final Logger log = LoggerFactory.getLogger(RegionSynchronizer.class);

  private final DescriptorSource descriptors;
  private final IssuerSettings issuers;
  private final DatabaseClient db;
  private final TenantTransactions tx;
  private final RegionRegistry registry;
  private final JsonMapper json;

  RegionSynchronizer(DescriptorSource descriptors, IssuerSettings issuers, DatabaseClient db,
      TenantTransactions tx, RegionRegistry registry, JsonMapper json) {
    this.descriptors = descriptors;
    this.issuers = issuers;
    this.db = db;
    this.tx = tx;
    this.registry = registry;
    this.json = json;
  }

  @EventListener(ApplicationStartedEvent.class)
  void synchronizeOnStart() {
    synchronize()
        .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(10))
            .doBeforeRetry(s -> log.warn("regio's synchroniseren mislukt ({}), opnieuw", s.failure().toString())))
        .subscribe(null, e -> log.error("regio's synchroniseren definitief mislukt", e));
  }

  Mono<Void> synchronize() {
    return Flux.fromIterable(descriptors.descriptors())
        .concatMap(this::synchronize)
        .then(registry.reload())
        .doOnSuccess(v -> log.info("regio's gesynchroniseerd: {}",
            descriptors.descriptors().stream().map(TenantDescriptor::slug).toList()));
  }

  /** Upserts one region from its descriptor; public to the module for onboarding through the API. */
  Mono<Void> synchronize(TenantDescriptor d) {
    return upsertRegion(d).then(writeMembership(Region.idFor(d.slug()), d));
  }

  /** A region from its descriptor file, through the one function that may write it so (V98). */
  Mono<Void> upsertRegion(TenantDescriptor d) {
    return db.sql("select regio_uit_descriptor(:id, :slug, :naam, :issuer, cast(:descriptor as jsonb))")
        .bind("id", Region.idFor(d.slug()))
        .bind("slug", d.slug())
        .bind("naam", d.naam())
        .bind("issuer", issuers.regionIssuer(d))
        .bind("descriptor", json.writeValueAsString(d))
        .fetch().rowsUpdated()
        .then();
  }

  /** The region's gemeenten and azc-locaties, as tenant rows in the region's own transaction. */
  Mono<Void> writeMembership(java.util.UUID tenantId, TenantDescriptor d) {
    return writeMembership(tenantId, d, Mono.empty());
  }

  /** The same, with {@code alsoInTransaction} after the rows (an announcement to the other replicas). */
  Mono<Void> writeMembership(java.util.UUID tenantId, TenantDescriptor d, Mono<Void> alsoInTransaction) {
    String[] codes = d.gemeenten().stream().map(TenantDescriptor.Gemeente::cbsCode).toArray(String[]::new);
    String[] names = d.gemeenten().stream().map(TenantDescriptor.Gemeente::naam).toArray(String[]::new);
    String[] azcs = d.azcLocaties().toArray(String[]::new);
    String regionaal = d.regionaalAzc() == null ? "" : d.regionaalAzc();
    Mono<Void> work = db.sql("""
            insert into regio_gemeente (tenant_id, cbs_code, naam)
            select :tenant, g.code, g.naam from unnest(cast(:codes as text[]), cast(:names as text[])) as g(code, naam)
            on conflict (tenant_id, cbs_code) do update set naam = excluded.naam
              where regio_gemeente.naam <> excluded.naam
            """)
        .bind("tenant", tenantId).bind("codes", codes).bind("names", names).then()
        .then(db.sql("delete from regio_gemeente where tenant_id = :tenant and cbs_code <> all(cast(:codes as text[]))")
            .bind("tenant", tenantId).bind("codes", codes).then())
        .then(db.sql("""
            insert into regio_azc (tenant_id, azc_code, regionaal)
            select :tenant, a, a = :regionaal from unnest(cast(:azcs as text[])) as a
            on conflict (tenant_id, azc_code) do update set regionaal = excluded.regionaal
              where regio_azc.regionaal <> excluded.regionaal
            """)
            .bind("tenant", tenantId).bind("azcs", azcs).bind("regionaal", regionaal).then())
        .then(db.sql("delete from regio_azc where tenant_id = :tenant and azc_code <> all(cast(:azcs as text[]))")
            .bind("tenant", tenantId).bind("azcs", azcs).then())
        .then(alsoInTransaction);
    return tx.write(tenantId, work);
  }
}
