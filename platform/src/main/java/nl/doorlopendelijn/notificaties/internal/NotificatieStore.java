package nl.doorlopendelijn.notificaties.internal;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.notificaties.Bezorging;
import nl.doorlopendelijn.notificaties.NotificatieSoort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * SQL of the notificaties (V82). {@code notificatie} is a tenant table: those methods run inside a tenant-bound
 * transaction of its region (RLS shows no other). {@code notificatievoorkeur} is national (no tenant).
 */
@Component
class NotificatieStore {

  private final DatabaseClient db;

  NotificatieStore(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Inserts the notification unless this event already made one for this recipient (a redelivery), or its dossier
   * is gone (deleted before the event was heard: nothing to tell). Emits the new row's id, or nothing.
   */
  Mono<UUID> voegToe(Melding m, UUID id, UUID ontvanger, UUID gebeurtenis, Bezorging bezorging,
      OffsetDateTime nu) {
    GenericExecuteSpec spec = db.sql("""
            insert into notificatie (tenant_id, id, ontvanger_id, soort, dossier_id, dossier_nummer, gesprek_id,
              mijlpaal, gebeurtenis_id, bezorging, aangemaakt_op)
            select :tenant, :id, :ontvanger, :soort, :dossier, :nummer, :gesprek, :mijlpaal, :gebeurtenis,
              :bezorging, :nu
            where exists (select 1 from dossier where tenant_id = :tenant and id = :dossier)
            on conflict (tenant_id, gebeurtenis_id, ontvanger_id) do nothing
            returning id""")
        .bind("tenant", m.tenantId()).bind("id", id).bind("ontvanger", ontvanger).bind("soort", m.soort().code())
        .bind("dossier", m.dossierId()).bind("nummer", m.dossiernummer()).bind("gebeurtenis", gebeurtenis)
        .bind("bezorging", bezorging.code()).bind("nu", nu);
    spec = m.gesprekId() == null ? spec.bindNull("gesprek", UUID.class) : spec.bind("gesprek", m.gesprekId());
    spec = m.mijlpaal() == null ? spec.bindNull("mijlpaal", String.class) : spec.bind("mijlpaal", m.mijlpaal());
    return spec.map((row, meta) -> row.get("id", UUID.class)).one();
  }

  /** The recipient's notifications in this region, newest first, at most {@code limiet} (the first ones). */
  Mono<List<NotificatieRij>> vanOntvanger(UUID tenant, UUID ontvanger, boolean alleenOngelezen, long limiet) {
    return db.sql("select " + NotificatieRij.KOLOMMEN + " from notificatie where tenant_id = :tenant"
            + " and ontvanger_id = :ontvanger" + (alleenOngelezen ? " and gelezen_op is null" : "")
            + " order by aangemaakt_op desc, id desc limit :limiet")
        .bind("tenant", tenant).bind("ontvanger", ontvanger).bind("limiet", limiet)
        .map((row, meta) -> NotificatieRij.van(row)).all().collectList();
  }

  Mono<Long> aantal(UUID tenant, UUID ontvanger, boolean alleenOngelezen) {
    return db.sql("select count(*) as n from notificatie where tenant_id = :tenant and ontvanger_id = :ontvanger"
            + (alleenOngelezen ? " and gelezen_op is null" : ""))
        .bind("tenant", tenant).bind("ontvanger", ontvanger)
        .map((row, meta) -> row.get("n", Long.class)).one();
  }

  /** What marking one notification read found. */
  enum Markering { NIET_GEVONDEN, AL_GELEZEN, GEMARKEERD }

  /** Marks one of the recipient's notifications read; one already read keeps its first moment. */
  Mono<Markering> markeerGelezen(UUID tenant, UUID ontvanger, UUID id, OffsetDateTime nu) {
    return db.sql("""
            with r as (
              select id, gelezen_op from notificatie
              where tenant_id = :tenant and ontvanger_id = :ontvanger and id = :id
            ), u as (
              update notificatie n set gelezen_op = :nu from r
              where n.tenant_id = :tenant and n.id = r.id and r.gelezen_op is null
              returning n.id
            )
            select (select count(*) from r) as gevonden, (select count(*) from u) as gemarkeerd""")
        .bind("tenant", tenant).bind("ontvanger", ontvanger).bind("id", id).bind("nu", nu)
        .map((row, meta) -> row.get("gevonden", Long.class) == 0 ? Markering.NIET_GEVONDEN
            : row.get("gemarkeerd", Long.class) == 0 ? Markering.AL_GELEZEN : Markering.GEMARKEERD)
        .one();
  }

  /** Marks every unread notification of the recipient in this region read; the ids it marked. */
  Mono<List<UUID>> markeerAllesGelezen(UUID tenant, UUID ontvanger, OffsetDateTime nu) {
    return db.sql("""
            update notificatie set gelezen_op = :nu
            where tenant_id = :tenant and ontvanger_id = :ontvanger and gelezen_op is null
            returning id""")
        .bind("tenant", tenant).bind("ontvanger", ontvanger).bind("nu", nu)
        .map((row, meta) -> row.get("id", UUID.class)).all().collectList();
  }

  // ------------------------------------------------------------------------------------------- preferences

  /** The recipient's preference per soort, every soort (a missing row: {@link Bezorging#STANDAARD}). */
  Mono<Map<NotificatieSoort, Bezorging>> voorkeuren(UUID ontvanger) {
    return db.sql("select soort, bezorging from notificatievoorkeur where ontvanger_id = :ontvanger")
        .bind("ontvanger", ontvanger)
        .map((row, meta) -> Map.entry(row.get("soort", String.class), row.get("bezorging", String.class)))
        .all().collectList()
        .map(rijen -> {
          Map<NotificatieSoort, Bezorging> m = new EnumMap<>(NotificatieSoort.class);
          for (NotificatieSoort s : NotificatieSoort.values()) {
            m.put(s, Bezorging.STANDAARD);
          }
          rijen.forEach(e -> NotificatieSoort.vanCode(e.getKey())
              .ifPresent(s -> Bezorging.vanCode(e.getValue()).ifPresent(b -> m.put(s, b))));
          return m;
        });
  }

  /**
   * Serialises changes of one recipient's preferences: a lock on her gids entry (no key update: the gids' own
   * edits of other columns are not held up by more than this short transaction). Empty when the entry is unknown.
   */
  Mono<UUID> vergrendel(UUID ontvanger) {
    return db.sql("select id from contactpersoon where id = :id for no key update")
        .bind("id", ontvanger).map((row, meta) -> row.get("id", UUID.class)).one();
  }

  Mono<Void> zetVoorkeur(UUID ontvanger, NotificatieSoort soort, Bezorging bezorging, OffsetDateTime nu) {
    return db.sql("""
            insert into notificatievoorkeur (ontvanger_id, soort, bezorging, gewijzigd_op)
            values (:ontvanger, :soort, :bezorging, :nu)
            on conflict (ontvanger_id, soort) do update set bezorging = excluded.bezorging,
              gewijzigd_op = excluded.gewijzigd_op
            where notificatievoorkeur.bezorging <> excluded.bezorging""")
        .bind("ontvanger", ontvanger).bind("soort", soort.code()).bind("bezorging", bezorging.code())
        .bind("nu", nu).then();
  }
}
