package nl.doorlopendelijn.dossiers.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * SQL of the contactlog ({@code dossier_notitie}, {@code dossier_notitie_versie}, V80). Every method runs inside a
 * tenant-bound transaction of {@code tenant}; the caller has already read the dossier through its {@link Zicht}.
 */
@Component
class NotitieStore {

  /** A stored note, before it is shown to a caller. */
  record NotitieRij(UUID id, UUID dossierId, OffsetDateTime geschrevenOp, String auteurIssuer, String auteur,
      String auteurNaam, String organisatieSoort, String organisatieCode, String organisatieNaam, String onderwerp,
      String tekst, int versie, OffsetDateTime gecorrigeerdOp) {

    /** Never the onderwerp, the text or the author. */
    @Override
    public String toString() {
      return "NotitieRij[" + id + ", " + versie + "]";
    }
  }

  /** A page of notes (newest first), with their earlier versions, and the number of notes in all. */
  record Pagina(List<NotitieRij> notities, Map<UUID, List<NotitieWeergave.Versie>> versies, long totaal) {}

  private static final String KOLOMMEN = "id, dossier_id, geschreven_op, auteur_issuer, auteur, auteur_naam,"
      + " organisatie_soort, organisatie_code, organisatie_naam, onderwerp, tekst, versie, gecorrigeerd_op";

  private final DatabaseClient db;

  NotitieStore(DatabaseClient db) {
    this.db = db;
  }

  Mono<Void> voegToe(UUID tenant, NotitieRij n) {
    var spec = db.sql("""
            insert into dossier_notitie (tenant_id, id, dossier_id, geschreven_op, auteur_issuer, auteur, auteur_naam,
              organisatie_soort, organisatie_code, organisatie_naam, onderwerp, tekst, versie)
            values (:tenant, :id, :dossier, :op, :issuer, :auteur, :naam, :soort, :code, :orgNaam, :onderwerp,
              :tekst, 1)""")
        .bind("tenant", tenant).bind("id", n.id()).bind("dossier", n.dossierId()).bind("op", n.geschrevenOp())
        .bind("issuer", n.auteurIssuer()).bind("auteur", n.auteur()).bind("soort", n.organisatieSoort())
        .bind("code", n.organisatieCode()).bind("orgNaam", n.organisatieNaam()).bind("onderwerp", n.onderwerp())
        .bind("tekst", n.tekst());
    return DossierStore.nullable(spec, "naam", n.auteurNaam(), String.class).then();
  }

  /**
   * The day of the dossier's latest note, for the stilval rule: never earlier than it was (a note's day only moves
   * forward).
   */
  Mono<Void> zetLaatsteNotitie(UUID tenant, UUID dossier, LocalDate op) {
    return db.sql("""
            update dossier set laatste_notitie_op = greatest(coalesce(laatste_notitie_op, :op), :op)
            where tenant_id = :tenant and id = :id""")
        .bind("tenant", tenant).bind("id", dossier).bind("op", op).then();
  }

  Mono<NotitieRij> lees(UUID tenant, UUID dossier, UUID id, boolean voorWijziging) {
    return db.sql("select " + KOLOMMEN + " from dossier_notitie where tenant_id = :tenant and dossier_id = :dossier"
            + " and id = :id" + (voorWijziging ? " for update" : ""))
        .bind("tenant", tenant).bind("dossier", dossier).bind("id", id)
        .map((r, m) -> rij(r)).one();
  }

  Mono<Pagina> pagina(UUID tenant, UUID dossier, long offset, int limiet) {
    Mono<List<NotitieRij>> rijen = db.sql("select " + KOLOMMEN + " from dossier_notitie"
            + " where tenant_id = :tenant and dossier_id = :dossier order by geschreven_op desc, id desc"
            + " offset :offset limit :limiet")
        .bind("tenant", tenant).bind("dossier", dossier).bind("offset", offset).bind("limiet", limiet)
        .map((r, m) -> rij(r)).all().collectList();
    Mono<Long> totaal = db.sql("select count(*) as n from dossier_notitie where tenant_id = :tenant"
            + " and dossier_id = :dossier")
        .bind("tenant", tenant).bind("dossier", dossier)
        .map((r, m) -> r.get("n", Long.class)).one();
    return rijen.flatMap(ns -> versies(tenant, ns.stream().filter(n -> n.versie() > 1).map(NotitieRij::id).toList())
        .zipWith(totaal, (v, n) -> new Pagina(ns, v, n)));
  }

  /** The earlier versions of these notes, oldest first per note. */
  Mono<Map<UUID, List<NotitieWeergave.Versie>>> versies(UUID tenant, List<UUID> notities) {
    if (notities.isEmpty()) {
      return Mono.just(Map.of());
    }
    return db.sql("""
            select notitie_id, versie, onderwerp, tekst, geschreven_op, vervangen_op from dossier_notitie_versie
            where tenant_id = :tenant and notitie_id = any(:ids) order by notitie_id, versie""")
        .bind("tenant", tenant).bind("ids", notities.toArray(UUID[]::new))
        .map((r, m) -> Map.entry(r.get("notitie_id", UUID.class), new NotitieWeergave.Versie(
            r.get("versie", Integer.class), r.get("onderwerp", String.class), r.get("tekst", String.class),
            r.get("geschreven_op", OffsetDateTime.class), r.get("vervangen_op", OffsetDateTime.class))))
        .all()
        .collectList()
        .map(entries -> {
          Map<UUID, List<NotitieWeergave.Versie>> per = new LinkedHashMap<>();
          entries.forEach(e -> per.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
          return per;
        });
  }

  /**
   * Corrects a note: its text as it was goes to {@code dossier_notitie_versie}, the note gets the new text and the
   * next version, only if it still has version {@code verwacht} (false: someone else was first).
   */
  Mono<Boolean> corrigeer(UUID tenant, NotitieRij oud, int verwacht, String onderwerp, String tekst,
      OffsetDateTime op) {
    OffsetDateTime sinds = oud.gecorrigeerdOp() != null ? oud.gecorrigeerdOp() : oud.geschrevenOp();
    return db.sql("""
            update dossier_notitie set onderwerp = :onderwerp, tekst = :tekst, versie = versie + 1,
              gecorrigeerd_op = :op
            where tenant_id = :tenant and id = :id and versie = :verwacht""")
        .bind("tenant", tenant).bind("id", oud.id()).bind("verwacht", verwacht).bind("onderwerp", onderwerp)
        .bind("tekst", tekst).bind("op", op)
        .fetch().rowsUpdated()
        .flatMap(n -> n == 0 ? Mono.just(false) : db.sql("""
                insert into dossier_notitie_versie (tenant_id, dossier_id, notitie_id, versie, onderwerp, tekst,
                  geschreven_op, vervangen_op)
                values (:tenant, :dossier, :id, :versie, :onderwerp, :tekst, :sinds, :op)""")
            .bind("tenant", tenant).bind("dossier", oud.dossierId()).bind("id", oud.id()).bind("versie", oud.versie())
            .bind("onderwerp", oud.onderwerp()).bind("tekst", oud.tekst()).bind("sinds", sinds).bind("op", op)
            .then().thenReturn(true));
  }

  private static NotitieRij rij(io.r2dbc.spi.Readable r) {
    return new NotitieRij(r.get("id", UUID.class), r.get("dossier_id", UUID.class),
        r.get("geschreven_op", OffsetDateTime.class), r.get("auteur_issuer", String.class),
        r.get("auteur", String.class), r.get("auteur_naam", String.class), r.get("organisatie_soort", String.class),
        r.get("organisatie_code", String.class), r.get("organisatie_naam", String.class),
        r.get("onderwerp", String.class), r.get("tekst", String.class), r.get("versie", Integer.class),
        r.get("gecorrigeerd_op", OffsetDateTime.class));
  }
}
