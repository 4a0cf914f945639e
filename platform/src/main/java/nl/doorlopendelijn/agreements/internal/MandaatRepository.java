package nl.doorlopendelijn.agreements.internal;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL of the mandaten (V81). Inside a tenant-bound transaction only; queries name the tenant too. */
@Repository
class MandaatRepository {

  private static final String COLUMNS = "id, afspraak_versie_id, gemeente_code, kenmerk, verleend_door_naam,"
      + " verleend_op, ingetrokken_door_naam, ingetrokken_op, gebruikt_op";

  private final DatabaseClient db;

  MandaatRepository(DatabaseClient db) {
    this.db = db;
  }

  /** Every mandaat of a version, withdrawn ones too, oldest first. */
  Flux<Mandaat> van(UUID tenant, UUID versieId) {
    return db.sql("select " + COLUMNS + " from samenwerkingsafspraak_mandaat where tenant_id = :tenant"
            + " and afspraak_versie_id = :versie order by verleend_op, id")
        .bind("tenant", tenant).bind("versie", versieId).map(MandaatRepository::rij).all();
  }

  /** The open (not withdrawn) mandaat of a gemeente on a version, locked for the rest of the transaction. */
  Mono<Mandaat> open(UUID tenant, UUID versieId, String gemeente) {
    return db.sql("select " + COLUMNS + " from samenwerkingsafspraak_mandaat where tenant_id = :tenant"
            + " and afspraak_versie_id = :versie and gemeente_code = :gemeente and ingetrokken_op is null for update")
        .bind("tenant", tenant).bind("versie", versieId).bind("gemeente", gemeente)
        .map(MandaatRepository::rij).one();
  }

  Mono<Mandaat> vind(UUID tenant, UUID versieId, UUID id) {
    return db.sql("select " + COLUMNS + " from samenwerkingsafspraak_mandaat where tenant_id = :tenant"
            + " and afspraak_versie_id = :versie and id = :id for update")
        .bind("tenant", tenant).bind("versie", versieId).bind("id", id).map(MandaatRepository::rij).one();
  }

  Mono<Void> verleen(UUID tenant, UUID id, UUID versieId, String gemeente, String kenmerk, String door,
      String doorNaam) {
    var spec = db.sql("insert into samenwerkingsafspraak_mandaat (tenant_id, id, afspraak_versie_id, gemeente_code,"
            + " kenmerk, verleend_door, verleend_door_naam) values (:tenant, :id, :versie, :gemeente, :kenmerk, :door,"
            + " :naam)")
        .bind("tenant", tenant).bind("id", id).bind("versie", versieId).bind("gemeente", gemeente)
        .bind("kenmerk", kenmerk).bind("door", door);
    return (doorNaam == null ? spec.bindNull("naam", String.class) : spec.bind("naam", doorNaam)).then();
  }

  /** Withdraws an unused open mandaat; false when it was used or withdrawn meanwhile. */
  Mono<Boolean> trekIn(UUID tenant, UUID id, String doorNaam) {
    var spec = db.sql("update samenwerkingsafspraak_mandaat set ingetrokken_op = clock_timestamp(),"
            + " ingetrokken_door_naam = :naam where tenant_id = :tenant and id = :id and ingetrokken_op is null"
            + " and gebruikt_op is null")
        .bind("tenant", tenant).bind("id", id);
    return (doorNaam == null ? spec.bindNull("naam", String.class) : spec.bind("naam", doorNaam))
        .fetch().rowsUpdated().map(n -> n == 1);
  }

  /** The coördinator signed under it: from now on it is the record of that signature's authority. */
  Mono<Void> gebruik(UUID tenant, UUID id) {
    return db.sql("update samenwerkingsafspraak_mandaat set gebruikt_op = clock_timestamp() where tenant_id = :tenant"
            + " and id = :id and ingetrokken_op is null and gebruikt_op is null")
        .bind("tenant", tenant).bind("id", id).fetch().rowsUpdated()
        .flatMap(n -> n == 1 ? Mono.<Void>empty()
            : Mono.error(new IllegalStateException("mandaat changed under a lock: " + id)));
  }

  private static Mandaat rij(Readable r) {
    return new Mandaat(r.get("id", UUID.class), r.get("afspraak_versie_id", UUID.class),
        r.get("gemeente_code", String.class), r.get("kenmerk", String.class),
        r.get("verleend_door_naam", String.class), r.get("verleend_op", OffsetDateTime.class),
        r.get("ingetrokken_door_naam", String.class), r.get("ingetrokken_op", OffsetDateTime.class),
        r.get("gebruikt_op", OffsetDateTime.class));
  }
}
