package nl.doorlopendelijn.tenancy.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.IssuerSettings;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionOnboarding;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.tenancy.Replicas;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

@Component
class DatabaseRegionOnboarding implements RegionOnboarding {

  /** Rows fetched per round trip while exporting: the export streams, it never holds a table in memory. */
  private static final int EXPORT_FETCH_SIZE = 256;

  private final DescriptorSource descriptors;
  private final IssuerSettings issuers;
  private final DatabaseClient db;
  private final TenantTransactions tx;
  private final RegionRegistry registry;
  private final RegionSynchronizer synchronizer;
  private final TenantTables tables;
  private final JsonMapper json;
  private final Replicas replicas;

  DatabaseRegionOnboarding(DescriptorSource descriptors, IssuerSettings issuers, DatabaseClient db,
      TenantTransactions tx, RegionRegistry registry, RegionSynchronizer synchronizer, TenantTables tables,
      JsonMapper json, Replicas replicas) {
    this.replicas = replicas;
    this.descriptors = descriptors;
    this.issuers = issuers;
    this.db = db;
    this.tx = tx;
    this.registry = registry;
    this.synchronizer = synchronizer;
    this.tables = tables;
    this.json = json;
  }

  @Override
  public boolean definedAsCode(String slug) {
    return descriptors.definesSlug(slug);
  }

  @Override
  public Mono<Region> find(String slug) {
    return db.sql("select id, slug, naam, issuer, bron, status, descriptor::text as descriptor from regio "
            + "where slug = :slug")
        .bind("slug", slug)
        .map((row, meta) -> new Region(
            row.get("id", UUID.class), row.get("slug", String.class), row.get("naam", String.class),
            row.get("issuer", String.class), row.get("bron", String.class), row.get("status", String.class),
            json.readValue(row.get("descriptor", String.class), TenantDescriptor.class)))
        .one();
  }

  @Override
  public Mono<Void> checkRegistrable(TenantDescriptor d) {
    if (definedAsCode(d.slug())) {
      return Mono.error(new RegionConflictException("Regio " + d.slug() + " is vastgelegd in tenants/ en wordt "
          + "daar beheerd, niet via de API."));
    }
    return find(d.slug())
        .flatMap(existing -> sameRegion(existing, d) ? Mono.<Void>empty() : Mono.<Void>error(conflict(existing)))
        .then(db.sql("select 1 from regio where issuer = :issuer and slug <> :slug")
            .bind("issuer", issuers.regionIssuer(d)).bind("slug", d.slug())
            .map((row, meta) -> 1).first()
            .flatMap(taken -> Mono.error(new RegionConflictException(
                "De issuer van regio " + d.slug() + " is al in gebruik bij een andere regio."))));
  }

  @Override
  public Mono<Boolean> register(TenantDescriptor d) {
    if (definedAsCode(d.slug())) {
      return checkRegistrable(d).thenReturn(false);
    }
    UUID id = Region.idFor(d.slug());
    // the application role does not write regio itself: one narrow function per change (V98)
    Mono<Boolean> inserted = db.sql(
            "select regio_aanmelden(:id, :slug, :naam, :issuer, cast(:descriptor as jsonb)) as nieuw")
        .bind("id", id)
        .bind("slug", d.slug())
        .bind("naam", d.naam())
        .bind("issuer", issuers.regionIssuer(d))
        .bind("descriptor", json.writeValueAsString(d))
        .map((row, meta) -> Boolean.TRUE.equals(row.get("nieuw", Boolean.class)))
        .one();
    return inserted
        .flatMap(isNew -> isNew ? Mono.just(true) : find(d.slug())
            .switchIfEmpty(Mono.error(() -> new RegionConflictException(
                "De issuer van regio " + d.slug() + " is al in gebruik bij een andere regio.")))
            .flatMap(existing -> sameRegion(existing, d) ? Mono.just(false) : Mono.error(conflict(existing))))
        // every replica trusts the region once its gemeenten are written: announced in that transaction
        .flatMap(isNew -> synchronizer.writeMembership(id, d, replicas.meld(Replicas.Onderwerp.REGIO, d.slug()))
            .then(registry.reload()).thenReturn(isNew));
  }

  private boolean sameRegion(Region existing, TenantDescriptor d) {
    return "api".equals(existing.source()) && existing.active() && existing.descriptor().equals(d)
        && existing.issuer().equals(issuers.regionIssuer(d));
  }

  private static RegionConflictException conflict(Region existing) {
    if (!"api".equals(existing.source())) {
      return new RegionConflictException("Regio " + existing.slug() + " wordt beheerd in tenants/.");
    }
    if (!existing.active()) {
      return new RegionConflictException("Regio " + existing.slug() + " is " + existing.status()
          + "; de naam kan niet opnieuw worden gebruikt.");
    }
    return new RegionConflictException("Regio " + existing.slug() + " bestaat al met een andere beschrijving.");
  }

  @Override
  public Mono<Region> deactivate(String slug) {
    // the other replicas hear of it on commit, and stop trusting the region's tokens
    return tx.platform(db.sql("select regio_deactiveren(:slug) as gedaan")
        .bind("slug", slug)
        .map((row, meta) -> row.get("gedaan", Boolean.class)).one()
        .then()
        .then(replicas.meld(Replicas.Onderwerp.REGIO, slug)))
        .then(registry.reload())
        .then(find(slug));
  }

  @Override
  public Flux<String> exportRows(UUID tenantId) {
    Flux<String> regio = db.sql("select json_build_object('tabel', 'regio', 'rij', row_to_json(r))::text as line "
            + "from regio r where id = :id")
        .bind("id", tenantId)
        .map((row, meta) -> row.get("line", String.class))
        .all();
    Flux<String> rows = tables.inExport().concatMap(table -> db.sql(
                "select json_build_object('tabel', cast(:name as text), 'rij', row_to_json(t))::text as line from "
                    + table.quotedName() + " t where tenant_id = :tenant")
            .bind("name", table.name())
            .bind("tenant", tenantId)
            .filter(statement -> statement.fetchSize(EXPORT_FETCH_SIZE))
            .map((row, meta) -> row.get("line", String.class))
            .all());
    // the last line says what is not in it, and why: no personal data of inburgeraars (docs/security.md)
    Flux<String> weggelaten = tables.nietInExport().collectList().map(namen -> json.writeValueAsString(Map.of(
        "tabel", "weggelaten", "rij", Map.of("tabellen", namen, "reden",
            "Geen persoonsgegevens van inburgeraars: dossiers en alles wat erbij hoort blijven buiten de export."))))
        .flux();
    return tx.readMany(tenantId, regio.concatWith(rows).concatWith(weggelaten));
  }

  /** Tables the application role may not delete from (V98): the purge empties them through a function. */
  static final java.util.Set<String> AFSPRAKENHISTORIE = java.util.Set.of("samenwerkingsafspraak",
      "samenwerkingsafspraak_signaal", "samenwerkingsafspraak_wijziging");

  @Override
  public Mono<Map<String, Long>> purge(UUID tenantId, Mono<Void> alsoInTransaction) {
    Mono<Map<String, Long>> work = tables.inDeletionOrder(false)
        .concatMap(table -> (AFSPRAKENHISTORIE.contains(table.name())
            // the agreements' history: only the purge empties it, through its function (V98)
            ? db.sql("select regio_afspraken_legen(:tenant, :tabel) as weg").bind("tabel", table.name())
                .bind("tenant", tenantId).map((row, meta) -> row.get("weg", Long.class)).one()
            : db.sql("delete from " + table.quotedName() + " where tenant_id = :tenant")
                .bind("tenant", tenantId)
                .fetch().rowsUpdated())
            .map(count -> Map.entry(table.name(), count)))
        .collectList()
        .map(entries -> {
          Map<String, Long> deleted = new LinkedHashMap<>();
          entries.forEach(e -> deleted.put(e.getKey(), e.getValue()));
          return deleted;
        })
        .flatMap(deleted -> db.sql("select regio_verwijderd(:id) as gedaan")
            .bind("id", tenantId)
            .map((row, meta) -> row.get("gedaan", Boolean.class)).one()
            .flatMap(updated -> updated
                ? alsoInTransaction.then(replicas.meld(Replicas.Onderwerp.REGIO, tenantId.toString())).thenReturn(deleted)
                : Mono.error(new RegionConflictException("Alleen een gedeactiveerde, via de API aangemelde regio "
                    + "kan worden verwijderd."))));
    return tx.write(tenantId, work).flatMap(deleted -> registry.reload().thenReturn(deleted));
  }
}
