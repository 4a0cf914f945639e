package nl.doorlopendelijn.notificaties.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.doorlopendelijn.notificaties.NotificatieSoort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What the mails read and mark in the tenant tables {@code notificatie} and {@code notificatie_dagoverzicht}; every
 * call runs inside a tenant-bound transaction (row-level security shows that tenant only) and names the tenant too.
 */
@Component
class MailStore {

  /** A notificatie as a mail needs it: ids, codes, the dossier number; nothing of the inburgeraar. */
  record Notificatie(UUID tenantId, UUID id, UUID ontvangerId, NotificatieSoort soort, UUID dossierId,
      String dossiernummer, UUID gesprekId, String mijlpaal, OffsetDateTime gemaildOp) {}

  record Dagoverzicht(UUID tenantId, UUID id, UUID ontvangerId, LocalDate datum, OffsetDateTime gemaildOp) {}

  private static final String KOLOMMEN = "tenant_id, id, ontvanger_id, soort, dossier_id, dossier_nummer, gesprek_id,"
      + " mijlpaal, gemaild_op";

  private final DatabaseClient db;

  MailStore(DatabaseClient db) {
    this.db = db;
  }

  Mono<Notificatie> notificatie(UUID tenant, UUID id) {
    return db.sql("select " + KOLOMMEN + " from notificatie where tenant_id = :tenant and id = :id")
        .bind("tenant", tenant).bind("id", id)
        .map((r, m) -> notificatie(r)).one();
  }

  /** Marks it mailed; a repeat (already marked) changes nothing. */
  Mono<Void> gemaild(UUID tenant, UUID id, Instant nu) {
    return db.sql("update notificatie set gemaild_op = :nu where tenant_id = :tenant and id = :id"
            + " and gemaild_op is null")
        .bind("tenant", tenant).bind("id", id).bind("nu", utc(nu))
        .fetch().rowsUpdated().then();
  }

  /** The recipients with notificaties for the digest that are in none yet. */
  Flux<UUID> ontvangersVoorDagoverzicht(UUID tenant) {
    return db.sql("select distinct ontvanger_id from notificatie where tenant_id = :tenant"
            + " and bezorging = 'dagelijks' and dagoverzicht_id is null order by ontvanger_id")
        .bind("tenant", tenant)
        .map((r, m) -> r.get("ontvanger_id", UUID.class)).all();
  }

  /**
   * The recipient's digest of {@code datum} with every notificatie for the digest that is in none yet; empty when she
   * has one of that day already (another run, another replica: the unique key decides, the items wait a day).
   */
  Mono<UUID> maakDagoverzicht(UUID tenant, UUID id, UUID ontvanger, LocalDate datum, Instant nu) {
    return db.sql("""
            insert into notificatie_dagoverzicht (tenant_id, id, ontvanger_id, datum, aangemaakt_op)
            values (:tenant, :id, :ontvanger, :datum, :nu)
            on conflict (tenant_id, ontvanger_id, datum) do nothing
            """)
        .bind("tenant", tenant).bind("id", id).bind("ontvanger", ontvanger).bind("datum", datum)
        .bind("nu", utc(nu))
        .fetch().rowsUpdated()
        .filter(n -> n == 1)
        .flatMap(n -> db.sql("""
                update notificatie set dagoverzicht_id = :id
                where tenant_id = :tenant and ontvanger_id = :ontvanger and bezorging = 'dagelijks'
                  and dagoverzicht_id is null
                """)
            .bind("tenant", tenant).bind("id", id).bind("ontvanger", ontvanger)
            .fetch().rowsUpdated())
        .map(n -> id);
  }

  Mono<Dagoverzicht> dagoverzicht(UUID tenant, UUID id) {
    return db.sql("select tenant_id, id, ontvanger_id, datum, gemaild_op from notificatie_dagoverzicht"
            + " where tenant_id = :tenant and id = :id")
        .bind("tenant", tenant).bind("id", id)
        .map((r, m) -> new Dagoverzicht(r.get("tenant_id", UUID.class), r.get("id", UUID.class),
            r.get("ontvanger_id", UUID.class), r.get("datum", LocalDate.class),
            r.get("gemaild_op", OffsetDateTime.class)))
        .one();
  }

  /** The notificaties of a digest, oldest first. */
  Flux<Notificatie> vanDagoverzicht(UUID tenant, UUID dagoverzicht) {
    return db.sql("select " + KOLOMMEN + " from notificatie where tenant_id = :tenant"
            + " and dagoverzicht_id = :dagoverzicht order by aangemaakt_op, id")
        .bind("tenant", tenant).bind("dagoverzicht", dagoverzicht)
        .map((r, m) -> notificatie(r)).all();
  }

  /** Marks the digest and its notificaties mailed; a repeat changes nothing. */
  Mono<Void> dagoverzichtGemaild(UUID tenant, UUID id, Instant nu) {
    return db.sql("update notificatie_dagoverzicht set gemaild_op = :nu where tenant_id = :tenant and id = :id"
            + " and gemaild_op is null")
        .bind("tenant", tenant).bind("id", id).bind("nu", utc(nu))
        .fetch().rowsUpdated()
        .then(db.sql("update notificatie set gemaild_op = :nu where tenant_id = :tenant"
                + " and dagoverzicht_id = :id and gemaild_op is null")
            .bind("tenant", tenant).bind("id", id).bind("nu", utc(nu))
            .fetch().rowsUpdated())
        .then();
  }

  private static Notificatie notificatie(io.r2dbc.spi.Readable r) {
    String soort = r.get("soort", String.class);
    return new Notificatie(r.get("tenant_id", UUID.class), r.get("id", UUID.class),
        r.get("ontvanger_id", UUID.class),
        NotificatieSoort.vanCode(soort).orElseThrow(() -> new IllegalStateException("onbekende soort " + soort)),
        r.get("dossier_id", UUID.class), r.get("dossier_nummer", String.class), r.get("gesprek_id", UUID.class),
        r.get("mijlpaal", String.class), r.get("gemaild_op", OffsetDateTime.class));
  }

  private static OffsetDateTime utc(Instant moment) {
    return moment.atOffset(ZoneOffset.UTC);
  }
}
