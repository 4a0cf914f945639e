package nl.doorlopendelijn.audit;

import java.time.OffsetDateTime;
import java.util.Arrays;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.Callers;
import nl.doorlopendelijn.web.RequestMetadata;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes audit records. Call it inside the tenant-bound transaction of the work it records: the record then
 * commits or rolls back with that work, costs one INSERT, and takes its tenant from the transaction itself
 * ({@code app_tenant()}), so it cannot be filed under another region. The application role may insert and read,
 * never update or delete.
 */
@Component
public class AuditLog {

  private static final String SYSTEM_ACTOR = "systeem";

  private final DatabaseClient db;

  AuditLog(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> record(AuditEntry entry) {
    return Mono.deferContextual(ctx -> {
      RequestMetadata request = RequestMetadata.from(ctx);
      return Callers.current()
          .map(c -> new String[] {c.auditName(), c.issuer()})
          .defaultIfEmpty(new String[] {SYSTEM_ACTOR, null})
          .flatMap(actor -> insert(entry, actor[0], actor[1], request));
    });
  }

  /** For work done by the platform itself (scheduled jobs): the actor is {@code systeem}. */
  public Mono<Void> recordAsSystem(AuditEntry entry) {
    return Mono.deferContextual(ctx -> insert(entry, SYSTEM_ACTOR, null, RequestMetadata.from(ctx)));
  }

  private Mono<Void> insert(AuditEntry e, String actor, String issuer, RequestMetadata request) {
    var spec = db.sql("""
            insert into audit_record (tenant_id, actor, actor_issuer, actie, object_type, object_ids, resultaat,
                                      herkomst, trace_id, verwerkingsactiviteit, kenmerken)
            values (coalesce(app_tenant(), platform_tenant()), :actor, :issuer, :actie, :type, :ids, :resultaat,
                    :herkomst, :trace, :activiteit, cast(:kenmerken as jsonb))
            """)
        .bind("actor", actor)
        .bind("actie", e.actie())
        .bind("type", e.objectType())
        .bind("ids", e.objectIds().toArray(String[]::new))
        .bind("resultaat", e.resultaat())
        .bind("herkomst", request.origin());
    spec = issuer == null ? spec.bindNull("issuer", String.class) : spec.bind("issuer", issuer);
    spec = request.traceId() == null ? spec.bindNull("trace", String.class) : spec.bind("trace", request.traceId());
    spec = e.verwerkingsactiviteit() == null ? spec.bindNull("activiteit", String.class)
        : spec.bind("activiteit", e.verwerkingsactiviteit());
    String kenmerken = AuditEntry.json(e.kenmerken());
    spec = kenmerken == null ? spec.bindNull("kenmerken", String.class) : spec.bind("kenmerken", kenmerken);
    return spec.then();
  }

  /**
   * The same audit record as a data-modifying CTE, for a statement that reads objects and records that it showed them
   * in one round trip (e.g. a list page). {@code rows} names the CTE whose {@code id} column lists the objects; bind
   * the values with {@link #bindInStatement}. Only the audit module knows the table's shape. With kenmerken (an
   * export), the record also holds {@code aantal}: how many objects the statement read.
   */
  public static String inStatement(String rows, String objectType, String verwerkingsactiviteit) {
    return """
        audit as (
          insert into audit_record (tenant_id, actor, actor_issuer, actie, object_type, object_ids, resultaat,
                                    herkomst, trace_id, verwerkingsactiviteit, kenmerken)
          select coalesce(app_tenant(), platform_tenant()), :audit_actor, :audit_issuer, :audit_actie, '%s',
                 coalesce(array_agg(r.id::text), '{}'), '%s', :audit_herkomst, :audit_trace, '%s',
                 cast(:audit_kenmerken as jsonb) || jsonb_build_object('aantal', count(*)::text)
          from %s r
        )
        """.formatted(objectType, AuditEntry.GELUKT, verwerkingsactiviteit, rows);
  }

  /** Binds the values of {@link #inStatement}: who (the caller), what, and the request it belongs to. */
  public static DatabaseClient.GenericExecuteSpec bindInStatement(DatabaseClient.GenericExecuteSpec spec,
      Caller caller, String actie, RequestMetadata request) {
    return bindInStatement(spec, caller, actie, java.util.Map.of(), request);
  }

  /** As {@link #bindInStatement(DatabaseClient.GenericExecuteSpec, Caller, String, RequestMetadata)}, with kenmerken. */
  public static DatabaseClient.GenericExecuteSpec bindInStatement(DatabaseClient.GenericExecuteSpec spec,
      Caller caller, String actie, java.util.Map<String, String> kenmerken, RequestMetadata request) {
    spec = spec.bind("audit_actor", caller.auditName()).bind("audit_issuer", caller.issuer())
        .bind("audit_actie", actie);
    String json = AuditEntry.json(kenmerken);
    spec = json == null ? spec.bindNull("audit_kenmerken", String.class) : spec.bind("audit_kenmerken", json);
    spec = request.origin() == null ? spec.bindNull("audit_herkomst", String.class)
        : spec.bind("audit_herkomst", request.origin());
    return request.traceId() == null ? spec.bindNull("audit_trace", String.class)
        : spec.bind("audit_trace", request.traceId());
  }

  /** The records about one object, newest first. Run inside the object's tenant-bound transaction. */
  public Flux<AuditRecord> about(String objectType, String objectId) {
    return db.sql("""
            select id, tijdstip, actor, actor_issuer, actie, object_type, object_ids, resultaat, herkomst,
                   trace_id, verwerkingsactiviteit
            from audit_record
            where tenant_id = coalesce(app_tenant(), platform_tenant())
              and object_type = :type and object_ids @> array[cast(:id as text)]
            order by tijdstip desc, id desc
            """)
        .bind("type", objectType)
        .bind("id", objectId)
        .map((row, meta) -> new AuditRecord(row.get("id", Long.class), row.get("tijdstip", OffsetDateTime.class),
            row.get("actor", String.class), row.get("actor_issuer", String.class), row.get("actie", String.class),
            row.get("object_type", String.class), Arrays.asList(row.get("object_ids", String[].class)),
            row.get("resultaat", String.class), row.get("herkomst", String.class), row.get("trace_id", String.class),
            row.get("verwerkingsactiviteit", String.class)))
        .all();
  }

}
