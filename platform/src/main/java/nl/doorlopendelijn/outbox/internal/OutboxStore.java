package nl.doorlopendelijn.outbox.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.outbox.OutboxStand;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The SQL of the outbox table. Claims and updates run in the tenant's transaction (RLS); totals through definer functions. */
@Component
class OutboxStore {

  private final DatabaseClient db;

  OutboxStore(DatabaseClient db) {
    this.db = db;
  }

  /** In the publishing transaction: the tenant column defaults to the bound tenant (or the platform). */
  Mono<Void> schrijf(UUID eventId, String type, String payload, List<String> listeners) {
    return Flux.fromIterable(listeners)
        .concatMap(listener -> db.sql("""
                insert into outbox (id, event_id, event_type, listener, payload)
                values (:id, :event, :type, :listener, cast(:payload as jsonb))
                """)
            .bind("id", Ids.nieuw()).bind("event", eventId).bind("type", type).bind("listener", listener)
            .bind("payload", payload)
            .then())
        .then();
  }

  Flux<UUID> tenantsMetWerk() {
    return db.sql("select outbox_due_tenants() as tenant_id").map((row, meta) -> row.get("tenant_id", UUID.class)).all();
  }

  /**
   * Takes up to {@code hoeveel} due deliveries of the bound tenant for {@code lease}: another dispatcher (replica)
   * skips them, and if this one dies they are due again when the lease ends.
   */
  Flux<Aflevering> claim(int hoeveel, Duration lease) {
    return db.sql("""
            update outbox o set locked_until = now() + make_interval(secs => :lease), attempts = o.attempts + 1
            where (o.tenant_id, o.id) in (
              select tenant_id, id from outbox
              where delivered_at is null and next_attempt_at <= now()
                and (locked_until is null or locked_until < now())
              order by next_attempt_at, created_at
              limit :hoeveel
              for update skip locked)
            returning o.tenant_id, o.id, o.event_id, o.event_type, o.listener, o.payload::text as payload, o.attempts
            """)
        .bind("lease", (double) lease.toSeconds()).bind("hoeveel", hoeveel)
        .map((row, meta) -> new Aflevering(row.get("tenant_id", UUID.class), row.get("id", UUID.class),
            row.get("event_id", UUID.class), row.get("event_type", String.class), row.get("listener", String.class),
            row.get("payload", String.class), row.get("attempts", Integer.class)))
        .all();
  }

  Mono<Void> afgeleverd(UUID id) {
    return db.sql("update outbox set delivered_at = now(), locked_until = null, last_error = null where id = :id")
        .bind("id", id).then();
  }

  Mono<Void> mislukt(UUID id, Duration wacht, String fout) {
    return db.sql("""
            update outbox set locked_until = null, last_error = :fout,
              next_attempt_at = now() + make_interval(secs => :wacht)
            where id = :id
            """)
        .bind("id", id).bind("fout", fout).bind("wacht", wacht.toMillis() / 1000.0).then();
  }

  Mono<OutboxStand> totalen() {
    return db.sql("select pending, failing, oldest_pending from outbox_totals()")
        .map((row, meta) -> new OutboxStand(row.get("pending", Long.class), row.get("failing", Long.class),
            row.get("oldest_pending", OffsetDateTime.class), List.of()))
        .one();
  }

  /** Failing deliveries of every tenant, oldest first (through a definer function: no payload). */
  Flux<OutboxStand.MislukteAflevering> mislukte(int hoeveel, java.util.function.Function<UUID, String> regioNaam) {
    return db.sql("select * from outbox_failing(:hoeveel)")
        .bind("hoeveel", hoeveel)
        .map((row, meta) -> new OutboxStand.MislukteAflevering(row.get("id", UUID.class),
            regioNaam.apply(row.get("tenant_id", UUID.class)),
            row.get("event_type", String.class), row.get("listener", String.class), row.get("attempts", Integer.class),
            row.get("last_error", String.class), row.get("created_at", OffsetDateTime.class),
            row.get("next_attempt_at", OffsetDateTime.class)))
        .all();
  }

  Mono<Long> ruimAfgeleverdeOp(Duration bewaar) {
    return db.sql("select outbox_remove_delivered(make_interval(secs => :bewaar)) as removed")
        .bind("bewaar", (double) bewaar.toSeconds())
        .map((row, meta) -> row.get("removed", Long.class)).one();
  }
}
