package nl.doorlopendelijn.agreements.internal;

import io.r2dbc.postgresql.codec.Json;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The append-only history of every agreement (all its versions). Inside a tenant-bound transaction only. */
@Repository
class HistorieRepository {

  private final DatabaseClient db;
  private final JsonMapper json;

  HistorieRepository(DatabaseClient db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  /** An entry by the system (no person): a signal. */
  public Mono<Void> schrijf(UUID tenant, UUID afspraakId, UUID versieId, String door, String actie,
      Map<String, ?> oud, Map<String, ?> nieuw) {
    return schrijf(tenant, afspraakId, versieId, door, null, actie, oud, nieuw);
  }

  /**
   * An entry: {@code door} the token's pseudonymous subject, {@code doorNaam} the name the token carried at the time
   * (what people read in the history), {@code null} without one.
   */
  public Mono<Void> schrijf(UUID tenant, UUID afspraakId, UUID versieId, String door, String doorNaam, String actie,
      Map<String, ?> oud, Map<String, ?> nieuw) {
    var spec = db.sql("""
            insert into samenwerkingsafspraak_wijziging (tenant_id, afspraak_id, afspraak_versie_id, door, door_naam,
              actie, oud, nieuw)
            values (:tenant, :afspraak, :versie, :door, :doorNaam, :actie, :oud, :nieuw)
            """)
        .bind("tenant", tenant).bind("afspraak", afspraakId).bind("versie", versieId).bind("door", door)
        .bind("actie", actie);
    spec = doorNaam == null ? spec.bindNull("doorNaam", String.class) : spec.bind("doorNaam", doorNaam);
    spec = oud == null ? spec.bindNull("oud", Json.class) : spec.bind("oud", Json.of(json.writeValueAsString(oud)));
    spec = nieuw == null ? spec.bindNull("nieuw", Json.class)
        : spec.bind("nieuw", Json.of(json.writeValueAsString(nieuw)));
    return spec.then();
  }

  /** Oldest first. */
  public Flux<Wijziging> van(UUID tenant, UUID afspraakId) {
    return db.sql("""
            select id, tijdstip, door, door_naam, actie, afspraak_versie_id, oud, nieuw from samenwerkingsafspraak_wijziging
            where tenant_id = :tenant and afspraak_id = :afspraak order by id
            """)
        .bind("tenant", tenant).bind("afspraak", afspraakId)
        .map((r, m) -> new Wijziging(r.get("id", Long.class), r.get("tijdstip", OffsetDateTime.class),
            r.get("door", String.class), r.get("door_naam", String.class), r.get("actie", String.class), r.get("afspraak_versie_id", UUID.class),
            text(r.get("oud", Json.class)), text(r.get("nieuw", Json.class))))
        .all();
  }

  private static String text(Json j) {
    return j == null ? null : j.asString();
  }
}
