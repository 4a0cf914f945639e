package nl.doorlopendelijn.directory.internal;

import java.util.Optional;
import java.util.UUID;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.web.ApiProblem;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code Idempotency-Key} of creates. Run inside the creating transaction: the first request with a key claims it
 * for the new id; a repeat (also a concurrent one, which waits for the first to commit) gets the id created then.
 */
@Component
class Idempotentie {

  private final DatabaseClient db;

  Idempotentie(DatabaseClient db) {
    this.db = db;
  }

  /** Empty when the key is new (or absent) and {@code nieuwId} may be created; otherwise the earlier id. */
  Mono<Optional<UUID>> claim(Caller caller, String sleutel, String resourceType, UUID nieuwId) {
    if (sleutel == null || sleutel.isBlank()) {
      return Mono.just(Optional.empty());
    }
    if (sleutel.length() > 200) {
      return Mono.error(ApiProblem.badRequest("De Idempotency-Key mag hoogstens 200 tekens lang zijn."));
    }
    String actor = caller.issuer() + "|" + caller.subject();
    return db.sql("""
            insert into gids_idempotentie (actor, sleutel, resource_type, resource_id)
            values (:actor, :sleutel, :type, :id) on conflict do nothing
            """)
        .bind("actor", actor).bind("sleutel", sleutel).bind("type", resourceType).bind("id", nieuwId)
        .fetch().rowsUpdated()
        .flatMap(inserted -> inserted == 1 ? Mono.just(Optional.<UUID>empty())
            : db.sql("select resource_type, resource_id from gids_idempotentie where actor = :actor and sleutel = :sleutel")
                .bind("actor", actor).bind("sleutel", sleutel)
                .map((row, meta) -> resourceType.equals(row.get("resource_type", String.class))
                    ? Optional.of(row.get("resource_id", UUID.class)) : Optional.<UUID>empty())
                .one()
                .flatMap(found -> found.isPresent() ? Mono.just(found) : Mono.error(ApiProblem.conflict(
                    "Deze Idempotency-Key is al gebruikt voor een ander soort resource."))));
  }
}
