package nl.doorlopendelijn.dossiers.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * SQL of the imports ({@code dossier_import}, V91). Every method runs inside a tenant-bound transaction of
 * {@code tenant}. The report and the created dossiers travel as JSON text: the service owns their shape.
 */
@Component
class DossierImportStore {

  /** A stored import, as read back. {@code rapport} and {@code dossiers} as JSON text. */
  record ImportRij(UUID id, String status, String formaat, String gestartDoor, int totaal, int verwerkt,
      int aangemaakt, int bestaatAl, int geweigerd, String reden, String rapport, String dossiers,
      OffsetDateTime gestartOp, OffsetDateTime bijgewerktOp, OffsetDateTime klaarOp) {
    @Override
    public String toString() {
      return "ImportRij[" + id + ", " + status + ", " + verwerkt + "/" + totaal + "]";
    }
  }

  /** What one batch added. */
  record Voortgang(int verwerkt, int aangemaakt, int bestaatAl, int geweigerd, String rapport, String dossiers) {}

  private final DatabaseClient db;

  DossierImportStore(DatabaseClient db) {
    this.db = db;
  }

  Mono<Void> begin(UUID tenant, UUID id, String formaat, String door, int totaal, OffsetDateTime nu) {
    return db.sql("""
            insert into dossier_import (tenant_id, id, status, formaat, gestart_door, totaal, gestart_op, bijgewerkt_op)
            values (:tenant, :id, 'bezig', :formaat, :door, :totaal, :nu, :nu)""")
        .bind("tenant", tenant).bind("id", id).bind("formaat", formaat).bind("door", door).bind("totaal", totaal)
        .bind("nu", nu)
        .then();
  }

  /** Imports older than the retention go when a new one of the region starts. */
  Mono<Long> ruimOp(OffsetDateTime voor) {
    return db.sql("delete from dossier_import where gestart_op < :voor").bind("voor", voor).fetch().rowsUpdated();
  }

  /** One batch's counts and report rows, appended in order; the heartbeat moves with it. */
  Mono<Void> voortgang(UUID tenant, UUID id, Voortgang v, OffsetDateTime nu) {
    return db.sql("""
            update dossier_import set verwerkt = verwerkt + :verwerkt, aangemaakt = aangemaakt + :aangemaakt,
              bestaat_al = bestaat_al + :bestaatAl, geweigerd = geweigerd + :geweigerd,
              rapport = rapport || cast(:rapport as jsonb), dossiers = dossiers || cast(:dossiers as jsonb),
              bijgewerkt_op = :nu
            where tenant_id = :tenant and id = :id and status = 'bezig'""")
        .bind("verwerkt", v.verwerkt()).bind("aangemaakt", v.aangemaakt()).bind("bestaatAl", v.bestaatAl())
        .bind("geweigerd", v.geweigerd()).bind("rapport", v.rapport()).bind("dossiers", v.dossiers())
        .bind("nu", nu).bind("tenant", tenant).bind("id", id)
        .then();
  }

  /** Ends a running import: klaar, or afgebroken with a reason. */
  Mono<Void> einde(UUID tenant, UUID id, String status, String reden, OffsetDateTime nu) {
    var spec = db.sql("""
            update dossier_import set status = :status, reden = :reden, klaar_op = :nu, bijgewerkt_op = :nu
            where tenant_id = :tenant and id = :id and status = 'bezig'""")
        .bind("status", status).bind("nu", nu).bind("tenant", tenant).bind("id", id);
    return DossierStore.nullable(spec, "reden", reden, String.class).then();
  }

  /** Running imports whose heartbeat is older than {@code voor}: their instance stopped. */
  Mono<Long> breekAf(UUID tenant, OffsetDateTime voor, String reden, OffsetDateTime nu) {
    return db.sql("""
            update dossier_import set status = 'afgebroken', reden = :reden, klaar_op = :nu
            where tenant_id = :tenant and status = 'bezig' and bijgewerkt_op < :voor""")
        .bind("reden", reden).bind("nu", nu).bind("tenant", tenant).bind("voor", voor)
        .fetch().rowsUpdated();
  }

  Mono<ImportRij> laad(UUID tenant, UUID id) {
    return db.sql("""
            select id, status, formaat, gestart_door, totaal, verwerkt, aangemaakt, bestaat_al, geweigerd, reden,
              rapport::text as rapport, dossiers::text as dossiers, gestart_op, bijgewerkt_op, klaar_op
            from dossier_import where tenant_id = :tenant and id = :id""")
        .bind("tenant", tenant).bind("id", id)
        .map((r, m) -> new ImportRij(r.get("id", UUID.class), r.get("status", String.class),
            r.get("formaat", String.class), r.get("gestart_door", String.class), r.get("totaal", Integer.class),
            r.get("verwerkt", Integer.class), r.get("aangemaakt", Integer.class), r.get("bestaat_al", Integer.class),
            r.get("geweigerd", Integer.class), r.get("reden", String.class), r.get("rapport", String.class),
            r.get("dossiers", String.class), r.get("gestart_op", OffsetDateTime.class),
            r.get("bijgewerkt_op", OffsetDateTime.class), r.get("klaar_op", OffsetDateTime.class)))
        .one();
  }

  /** Which of these COA references the region already has (one query per batch, not one per row). */
  Mono<Set<String>> bestaande(UUID tenant, Collection<String> referenties) {
    if (referenties.isEmpty()) {
      return Mono.just(Set.of());
    }
    return db.sql("select coa_referentie from dossier where tenant_id = :tenant and coa_referentie = any(:refs)")
        .bind("tenant", tenant).bind("refs", referenties.toArray(String[]::new))
        .map((r, m) -> r.get("coa_referentie", String.class))
        .all()
        .collect(HashSet<String>::new, Set::add)
        .map(s -> (Set<String>) s);
  }

  /** The ids of these dossiers that the caller still sees: the page links only those. */
  Mono<List<UUID>> zichtbaar(UUID tenant, Collection<UUID> ids, Zicht zicht) {
    if (ids.isEmpty()) {
      return Mono.just(List.of());
    }
    return zicht.bind(db.sql("select d.id from dossier d where d.tenant_id = :tenant and d.id = any(:ids)"
            + zicht.conditie()))
        .bind("tenant", tenant).bind("ids", ids.toArray(UUID[]::new))
        .map((r, m) -> r.get("id", UUID.class))
        .all()
        .collectList();
  }
}
