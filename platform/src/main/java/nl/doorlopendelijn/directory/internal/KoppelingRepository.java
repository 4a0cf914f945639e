package nl.doorlopendelijn.directory.internal;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.doorlopendelijn.directory.Contactpersoon;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for the link of a user to her gids entry (V75). National data: no tenant, no row-level security. */
@Component
class KoppelingRepository {

  /** The most pending claims one list shows (one per entry, of the organisations the reader edits). */
  static final int MAX_AANGEVRAAGD = 200;

  private static final String SELECT = """
      select c.id, c.naam, c.functie, c.organisatie_id, o.naam as organisatie_naam, c.koppeling_issuer,
             c.koppeling_subject, c.koppeling_status, c.koppeling_aangevraagd_op, c.koppeling_bevestigd_op
      from contactpersoon c join organisatie o on o.id = c.organisatie_id
      """;

  /** A claim as stored, with who made it (issuer and subject: for the rules, never shown). */
  record Opgeslagen(Koppeling koppeling, String issuer, String subject) {}

  private final DatabaseClient db;

  KoppelingRepository(DatabaseClient db) {
    this.db = db;
  }

  Mono<Opgeslagen> vanContactpersoon(UUID id) {
    return db.sql(SELECT + " where c.id = :id and c.koppeling_status is not null").bind("id", id)
        .map((row, meta) -> map(row)).one();
  }

  /** The claim (pending or confirmed) of the user, if she has one: at most one (a unique index). */
  Mono<Opgeslagen> vanGebruiker(String issuer, String subject) {
    return db.sql(SELECT + " where c.koppeling_issuer = :iss and c.koppeling_subject = :sub")
        .bind("iss", issuer).bind("sub", subject).map((row, meta) -> map(row)).one();
  }

  /** The user's confirmed entry. */
  Mono<Contactpersoon> bevestigdVan(String issuer, String subject) {
    return db.sql("""
            select c.id, c.organisatie_id, o.naam as organisatie_naam, c.naam, c.functie, c.email, c.telefoon,
                   c.regios, c.gemeenten, c.getraind_op, c.beschikbaar, c.talen, c.actief, c.versie
            from contactpersoon c join organisatie o on o.id = c.organisatie_id
            where c.koppeling_issuer = :iss and c.koppeling_subject = :sub and c.koppeling_status = 'bevestigd'""")
        .bind("iss", issuer).bind("sub", subject).map((row, meta) -> ContactpersoonRepository.map(row)).one();
  }

  /** Whether the entry is active with a confirmed link. */
  Mono<Boolean> isBevestigd(UUID id) {
    return db.sql("select exists (select 1 from contactpersoon where id = :id and actief"
            + " and koppeling_status = 'bevestigd') as ja")
        .bind("id", id).map((row, meta) -> Boolean.TRUE.equals(row.get("ja", Boolean.class))).one();
  }

  /** The active entries of the organisation with a confirmed link. */
  Flux<UUID> bevestigdeVanOrganisatie(UUID organisatieId) {
    return db.sql("select id from contactpersoon where organisatie_id = :org and actief"
            + " and koppeling_status = 'bevestigd' order by id")
        .bind("org", organisatieId).map((row, meta) -> row.get("id", UUID.class)).all();
  }

  /** Pending claims, oldest first. */
  Flux<Opgeslagen> aangevraagd() {
    return db.sql(SELECT + " where c.koppeling_status = 'aangevraagd'"
            + " order by c.koppeling_aangevraagd_op, c.id limit " + MAX_AANGEVRAAGD)
        .map((row, meta) -> map(row)).all();
  }

  /** Claims the entry for the user if nobody has; the number of rows changed (0 or 1). */
  Mono<Long> claim(UUID id, String issuer, String subject) {
    return db.sql("""
            update contactpersoon set koppeling_issuer = :iss, koppeling_subject = :sub,
                   koppeling_status = 'aangevraagd', koppeling_aangevraagd_op = now()
            where id = :id and koppeling_issuer is null and actief""")
        .bind("id", id).bind("iss", issuer).bind("sub", subject).fetch().rowsUpdated();
  }

  Mono<Long> bevestig(UUID id) {
    return db.sql("""
            update contactpersoon set koppeling_status = 'bevestigd', koppeling_bevestigd_op = now()
            where id = :id and koppeling_status = 'aangevraagd'""")
        .bind("id", id).fetch().rowsUpdated();
  }

  Mono<Long> wijsAf(UUID id) {
    return db.sql("""
            update contactpersoon set koppeling_issuer = null, koppeling_subject = null, koppeling_status = null,
                   koppeling_aangevraagd_op = null, koppeling_bevestigd_op = null
            where id = :id and koppeling_status = 'aangevraagd'""")
        .bind("id", id).fetch().rowsUpdated();
  }

  private static Opgeslagen map(Readable r) {
    return new Opgeslagen(new Koppeling(r.get("id", UUID.class), r.get("naam", String.class),
        r.get("functie", String.class), r.get("organisatie_id", UUID.class), r.get("organisatie_naam", String.class),
        r.get("koppeling_status", String.class), r.get("koppeling_aangevraagd_op", OffsetDateTime.class),
        r.get("koppeling_bevestigd_op", OffsetDateTime.class)),
        r.get("koppeling_issuer", String.class), r.get("koppeling_subject", String.class));
  }
}
