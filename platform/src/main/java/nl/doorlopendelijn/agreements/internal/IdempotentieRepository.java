package nl.doorlopendelijn.agreements.internal;

import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Idempotency keys of creates, unique per region. Claiming a key is an INSERT ... ON CONFLICT DO NOTHING: a
 * parallel repeat waits on the unique index until the first transaction commits, then finds the stored answer.
 */
@Repository
public class IdempotentieRepository {

  /** What the first request with a key produced. */
  public record Opgeslagen(String verzoekHash, UUID versieId, String antwoord) {}

  private final DatabaseClient db;

  IdempotentieRepository(DatabaseClient db) {
    this.db = db;
  }

  /** True when this request is the first with the key (and holds it until its transaction ends). */
  public Mono<Boolean> claim(UUID tenant, String sleutel, String hash) {
    return db.sql("insert into samenwerkingsafspraak_idempotentie (tenant_id, sleutel, verzoek_hash)"
            + " values (:tenant, :sleutel, :hash) on conflict do nothing")
        .bind("tenant", tenant).bind("sleutel", sleutel).bind("hash", hash)
        .fetch().rowsUpdated().map(n -> n == 1);
  }

  public Mono<Void> bewaar(UUID tenant, String sleutel, UUID versieId, String antwoord) {
    return db.sql("update samenwerkingsafspraak_idempotentie set afspraak_versie_id = :versie, antwoord = :antwoord"
            + " where tenant_id = :tenant and sleutel = :sleutel")
        .bind("tenant", tenant).bind("sleutel", sleutel).bind("versie", versieId).bind("antwoord", antwoord)
        .then();
  }

  public Mono<Opgeslagen> lees(UUID tenant, String sleutel) {
    return db.sql("select verzoek_hash, afspraak_versie_id, antwoord from samenwerkingsafspraak_idempotentie"
            + " where tenant_id = :tenant and sleutel = :sleutel")
        .bind("tenant", tenant).bind("sleutel", sleutel)
        .map((r, m) -> {
          return new Opgeslagen(r.get("verzoek_hash", String.class), r.get("afspraak_versie_id", UUID.class),
              r.get("antwoord", String.class));
        })
        .one();
  }
}
