package nl.doorlopendelijn.dossiers.internal;

import static nl.doorlopendelijn.dossiers.internal.DossierStore.nullable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The gesprekken of dossiers ({@code dossier_gesprek}, V78); always inside a tenant-bound transaction. */
@Repository
class GesprekStore {

  private final DatabaseClient db;

  GesprekStore(DatabaseClient db) {
    this.db = db;
  }

  Mono<List<GesprekRij>> vanDossier(UUID tenant, UUID dossierId) {
    return db.sql("select " + GesprekRij.KOLOMMEN + " from dossier_gesprek g where g.tenant_id = :tenant"
            + " and g.dossier_id = :dossier order by g.begint_op, g.aangemaakt_op")
        .bind("tenant", tenant).bind("dossier", dossierId)
        .map((row, meta) -> GesprekRij.van(row)).all().collectList();
  }

  /** How many gesprekken the dossier has, in every status. */
  Mono<Long> aantal(UUID tenant, UUID dossierId) {
    return db.sql("select count(*) as n from dossier_gesprek where tenant_id = :tenant and dossier_id = :dossier")
        .bind("tenant", tenant).bind("dossier", dossierId).map((row, meta) -> row.get("n", Long.class)).one();
  }

  Mono<GesprekRij> laad(UUID tenant, UUID dossierId, UUID id, boolean voorWijziging) {
    return db.sql("select " + GesprekRij.KOLOMMEN + " from dossier_gesprek g where g.tenant_id = :tenant"
            + " and g.dossier_id = :dossier and g.id = :id" + (voorWijziging ? " for update" : ""))
        .bind("tenant", tenant).bind("dossier", dossierId).bind("id", id)
        .map((row, meta) -> GesprekRij.van(row)).one();
  }

  Mono<Void> voegToe(GesprekRij g) {
    return plan(db.sql("""
            insert into dossier_gesprek (tenant_id, dossier_id, id, soort, status, begint_op, eindigt_op, vorm,
              locatie, deelnemers, inburgeraar_neemt_deel, tolk_nodig, taal, buddy_id, volgnummer, versie,
              aangemaakt_op, bijgewerkt_op)
            values (:tenant, :dossier, :id, :soort, 'gepland', :begint, :eindigt, :vorm, :locatie, :deelnemers,
              :inburgeraar, :tolk, :taal, :buddy, 0, 1, :nu, :nu)"""), g)
        .bind("soort", g.soort().code()).bind("nu", g.aangemaaktOp())
        .then();
  }

  /** The plan changed (moved or edited) while planned: {@code false} when the version is not {@code verwacht}. */
  Mono<Boolean> werkPlanBij(GesprekRij g, int verwacht) {
    return plan(db.sql("""
            update dossier_gesprek set begint_op = :begint, eindigt_op = :eindigt, vorm = :vorm, locatie = :locatie,
              deelnemers = :deelnemers, inburgeraar_neemt_deel = :inburgeraar, tolk_nodig = :tolk, taal = :taal,
              buddy_id = :buddy, volgnummer = volgnummer + 1, versie = versie + 1, bijgewerkt_op = :nu
            where tenant_id = :tenant and dossier_id = :dossier and id = :id and versie = :versie
              and status = 'gepland'"""), g)
        .bind("nu", g.bijgewerktOp()).bind("versie", verwacht)
        .fetch().rowsUpdated().map(n -> n == 1);
  }

  Mono<Boolean> gehouden(GesprekRij g, List<UUID> aanwezig, boolean inburgeraar, String verslag, int verwacht,
      OffsetDateTime nu) {
    GenericExecuteSpec spec = db.sql("""
            update dossier_gesprek set status = 'gehouden', aanwezig = :aanwezig, inburgeraar_aanwezig = :inburgeraar,
              verslag = :verslag, versie = versie + 1, bijgewerkt_op = :nu
            where tenant_id = :tenant and dossier_id = :dossier and id = :id and versie = :versie
              and status = 'gepland'""")
        .bind("tenant", g.tenantId()).bind("dossier", g.dossierId()).bind("id", g.id())
        .bind("aanwezig", aanwezig.toArray(UUID[]::new)).bind("inburgeraar", inburgeraar)
        .bind("versie", verwacht).bind("nu", nu);
    return nullable(spec, "verslag", verslag, String.class).fetch().rowsUpdated().map(n -> n == 1);
  }

  Mono<Boolean> geannuleerd(GesprekRij g, String reden, int verwacht, OffsetDateTime nu) {
    return db.sql("""
            update dossier_gesprek set status = 'geannuleerd', annuleringsreden = :reden,
              volgnummer = volgnummer + 1, versie = versie + 1, bijgewerkt_op = :nu
            where tenant_id = :tenant and dossier_id = :dossier and id = :id and versie = :versie
              and status = 'gepland'""")
        .bind("tenant", g.tenantId()).bind("dossier", g.dossierId()).bind("id", g.id())
        .bind("reden", reden).bind("versie", verwacht).bind("nu", nu)
        .fetch().rowsUpdated().map(n -> n == 1);
  }

  private static GenericExecuteSpec plan(GenericExecuteSpec spec, GesprekRij g) {
    spec = spec.bind("tenant", g.tenantId()).bind("dossier", g.dossierId()).bind("id", g.id())
        .bind("begint", g.begintOp().atOffset(ZoneOffset.UTC)).bind("eindigt", g.eindigtOp().atOffset(ZoneOffset.UTC))
        .bind("vorm", g.vorm().code()).bind("deelnemers", g.deelnemers().toArray(UUID[]::new))
        .bind("inburgeraar", g.inburgeraarNeemtDeel()).bind("tolk", g.tolkNodig());
    spec = nullable(spec, "locatie", g.locatie(), String.class);
    spec = nullable(spec, "taal", g.taal(), String.class);
    return nullable(spec, "buddy", g.buddyId(), UUID.class);
  }
}
