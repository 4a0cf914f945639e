package nl.doorlopendelijn.dossiers.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The SQL of an overplaatsing (issue 18): the two rows of a request ({@code dossier_overplaatsing}, one per side),
 * and the move of a dossier's rows from one tenant to the other. Every statement runs in the tenant its step binds
 * (row-level security as everywhere); the caller orders the steps.
 */
@Component
class OverplaatsingStore {

  /**
   * What the move does with each table that holds data about a dossier (the catalog's: {@code dossier} and every
   * table with a {@code dossier_id} column). A table missing here stops the move: a new table with dossier data is
   * never left behind at the sender unnoticed ({@code OverplaatsingTest} finds them in the catalog too).
   */
  enum Behandeling {
    /** Copied to the receiver (same ids) and deleted at the sender, in this order (references first). */
    MEE,
    /** Deleted at the sender, not copied: the sender's own (its notificaties, of its users). */
    WEG,
    /** Written by the move itself: the dashboard's fact (recomputed), the request rows. */
    EIGEN
  }

  static final Map<String, Behandeling> TABELLEN;

  static {
    Map<String, Behandeling> t = new LinkedHashMap<>();
    t.put("dossier", Behandeling.MEE);
    t.put("dossier_mijlpaal", Behandeling.MEE);
    t.put("dossier_hermatching", Behandeling.MEE);
    t.put("dossier_advies", Behandeling.MEE);
    t.put("dossier_gesprek", Behandeling.MEE);
    t.put("dossier_gebeurtenis", Behandeling.MEE);
    t.put("dossier_notitie", Behandeling.MEE);
    t.put("dossier_notitie_versie", Behandeling.MEE);
    t.put("notificatie", Behandeling.WEG);
    t.put("dashboard_dossier_feit", Behandeling.EIGEN);
    t.put("dossier_overplaatsing", Behandeling.EIGEN);
    TABELLEN = java.util.Collections.unmodifiableMap(t);
  }

  /** One side's row of a request. */
  record Rij(UUID tenantId, UUID id, String richting, UUID andereRegioId, UUID dossierId, String dossiernummer,
      String nieuwDossiernummer, String gemeenteCode, String azcCode, LocalDate koppelingsdatum, String voornamen,
      String achternaam, LocalDate geboortedatum, String coaReferentie, String reden, String status, String antwoord,
      OffsetDateTime aangevraagdOp, OffsetDateTime afgehandeldOp, int versie) {
    @Override
    public String toString() {
      return "Overplaatsing[" + id + ", " + richting + ", " + status + "]";
    }
  }

  private static final String KOLOMMEN = """
      tenant_id, id, richting, andere_regio_id, dossier_id, dossiernummer, nieuw_dossiernummer, gemeente_code,
      azc_code, koppelingsdatum, voornamen, achternaam, geboortedatum, coa_referentie, reden, status, antwoord,
      aangevraagd_op, afgehandeld_op, versie""";

  private final DatabaseClient db;

  OverplaatsingStore(DatabaseClient db) {
    this.db = db;
  }

  Mono<Void> voegToe(Rij r, String door) {
    GenericExecuteSpec spec = db.sql("""
            insert into dossier_overplaatsing (tenant_id, id, richting, andere_regio_id, dossier_id, dossiernummer,
              gemeente_code, azc_code, koppelingsdatum, voornamen, achternaam, geboortedatum, coa_referentie, reden,
              status, aangevraagd_door, aangevraagd_op)
            values (:tenant, :id, :richting, :ander, :dossier, :nummer, :gemeente, :azc, :koppeling, :voornamen,
              :achternaam, :geboortedatum, :coa, :reden, 'aangevraagd', :door, :op)""")
        .bind("tenant", r.tenantId()).bind("id", r.id()).bind("richting", r.richting())
        .bind("ander", r.andereRegioId()).bind("nummer", r.dossiernummer()).bind("gemeente", r.gemeenteCode())
        .bind("azc", r.azcCode()).bind("koppeling", r.koppelingsdatum()).bind("reden", r.reden())
        .bind("door", door).bind("op", r.aangevraagdOp());
    spec = nullable(spec, "dossier", r.dossierId(), UUID.class);
    spec = nullable(spec, "voornamen", r.voornamen(), String.class);
    spec = nullable(spec, "achternaam", r.achternaam(), String.class);
    spec = nullable(spec, "geboortedatum", r.geboortedatum(), LocalDate.class);
    spec = nullable(spec, "coa", r.coaReferentie(), String.class);
    return spec.fetch().rowsUpdated().then();
  }

  /** The open uitgaand request of a dossier, if any (the unique index allows one). */
  Mono<Rij> openVanDossier(UUID tenant, UUID dossierId) {
    return db.sql("select " + KOLOMMEN + " from dossier_overplaatsing where tenant_id = :tenant and dossier_id = :d"
            + " and richting = 'uitgaand' and status = 'aangevraagd'")
        .bind("tenant", tenant).bind("d", dossierId).map((row, meta) -> rij(row)).one();
  }

  /** This side's row, locked until the end of the transaction (a concurrent step waits, then sees the outcome). */
  Mono<Rij> vergrendel(UUID tenant, UUID id, String richting) {
    return db.sql("select " + KOLOMMEN + " from dossier_overplaatsing where tenant_id = :tenant and id = :id"
            + " and richting = :richting for update")
        .bind("tenant", tenant).bind("id", id).bind("richting", richting).map((row, meta) -> rij(row)).one();
  }

  /** This side's row as it is now, without a lock (a step locks the sender's row first, then this one). */
  Mono<Rij> lees(UUID tenant, UUID id, String richting) {
    return db.sql("select " + KOLOMMEN + " from dossier_overplaatsing where tenant_id = :tenant and id = :id"
            + " and richting = :richting")
        .bind("tenant", tenant).bind("id", id).bind("richting", richting).map((row, meta) -> rij(row)).one();
  }

  /** Closes this side's row with {@code status}: the personal fields go, the answer (a reason) stays. */
  Mono<Void> sluit(UUID tenant, UUID id, String status, String antwoord, String door, OffsetDateTime op,
      String nieuwNummer, UUID dossierId) {
    GenericExecuteSpec spec = db.sql("""
            update dossier_overplaatsing set status = :status, antwoord = :antwoord, afgehandeld_door = :door,
              afgehandeld_op = :op, nieuw_dossiernummer = :nummer, dossier_id = :dossier, voornamen = null,
              achternaam = null, geboortedatum = null, coa_referentie = null, versie = versie + 1
            where tenant_id = :tenant and id = :id""")
        .bind("tenant", tenant).bind("id", id).bind("status", status).bind("door", door).bind("op", op);
    spec = nullable(spec, "antwoord", antwoord, String.class);
    spec = nullable(spec, "nummer", nieuwNummer, String.class);
    spec = nullable(spec, "dossier", dossierId, UUID.class);
    return spec.fetch().rowsUpdated().then();
  }

  Mono<List<Rij>> lijst(UUID tenant, String richting, long offset, int limiet) {
    return db.sql("select " + KOLOMMEN + " from dossier_overplaatsing where tenant_id = :tenant and richting = :r"
            + " order by aangevraagd_op desc, id limit :limiet offset :offset")
        .bind("tenant", tenant).bind("r", richting).bind("limiet", limiet).bind("offset", offset)
        .map((row, meta) -> rij(row)).all().collectList();
  }

  Mono<Long> aantal(UUID tenant, String richting) {
    return db.sql("select count(*) as n from dossier_overplaatsing where tenant_id = :tenant and richting = :r")
        .bind("tenant", tenant).bind("r", richting).map((row, meta) -> row.get("n", Long.class)).one();
  }

  // ------------------------------------------------------------------------------------------- the move

  /** The catalog's tables with data about a dossier that {@link #TABELLEN} does not name (should be none). */
  Mono<Set<String>> onbekendeTabellen() {
    return db.sql("""
            select c.table_name as naam from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
            where c.column_name = 'dossier_id' and c.table_schema = current_schema() and t.table_type = 'BASE TABLE'""")
        .map((row, meta) -> row.get("naam", String.class)).all()
        .filter(t -> !TABELLEN.containsKey(t))
        .collect(TreeSet<String>::new, Set::add)
        .map(s -> (Set<String>) s);
  }

  /** Every row about the dossier in a {@link Behandeling#MEE} table, as JSON text, table by table in order. */
  Mono<List<Map.Entry<String, List<String>>>> leesMee(UUID tenant, UUID dossierId) {
    return Flux.fromIterable(TABELLEN.entrySet())
        .filter(e -> e.getValue() == Behandeling.MEE)
        .concatMap(e -> db.sql("select to_jsonb(x)::text as rij from " + e.getKey() + " x where x.tenant_id = :tenant"
                + " and x." + kolom(e.getKey()) + " = :id")
            .bind("tenant", tenant).bind("id", dossierId)
            .map((row, meta) -> row.get("rij", String.class)).all().collectList()
            .map(rijen -> Map.entry(e.getKey(), rijen)))
        .collectList();
  }

  /**
   * Writes the rows read by {@link #leesMee} under {@code tenant} (bound now), each with its tenant replaced and the
   * dossier's own row with {@code dossierWijziging} merged in (its new number and what the receiver starts afresh).
   */
  Mono<Void> schrijfMee(UUID tenant, List<Map.Entry<String, List<String>>> rijen, String dossierWijziging) {
    return Flux.fromIterable(rijen)
        .concatMap(e -> kolommen(e.getKey()).flatMap(kolommen -> Flux.fromIterable(e.getValue())
            .concatMap(rij -> db.sql("insert into " + e.getKey() + " (" + kolommen + ") select " + kolommen
                    + " from jsonb_populate_record(null::" + e.getKey() + ", cast(:rij as jsonb)"
                    + " || jsonb_build_object('tenant_id', cast(:tenant as text)) || cast(:extra as jsonb))")
                .bind("rij", rij).bind("tenant", tenant.toString())
                .bind("extra", e.getKey().equals("dossier") ? dossierWijziging : "{}")
                .fetch().rowsUpdated())
            .then()))
        .then();
  }

  /** Deletes every row about the dossier under {@code tenant}, referencing tables first, then the dossier. */
  Mono<Void> verwijder(UUID tenant, UUID dossierId) {
    List<String> volgorde = new ArrayList<>(TABELLEN.keySet());
    volgorde.remove("dashboard_dossier_feit"); // through the dashboard (its NOTIFY), by the caller
    volgorde.remove("dossier_overplaatsing"); // kept without the dossier: losVanDossier
    java.util.Collections.reverse(volgorde);
    return Flux.fromIterable(volgorde)
        .concatMap(t -> db.sql("delete from " + t + " where tenant_id = :tenant and " + kolom(t) + " = :id")
            .bind("tenant", tenant).bind("id", dossierId).fetch().rowsUpdated())
        .then();
  }

  /** The sender's requests of the dossier (this one and earlier answered ones) keep their answer, not the dossier. */
  Mono<Void> losVanDossier(UUID tenant, UUID dossierId) {
    return db.sql("update dossier_overplaatsing set dossier_id = null where tenant_id = :tenant and dossier_id = :id")
        .bind("tenant", tenant).bind("id", dossierId).fetch().rowsUpdated().then();
  }

  Mono<Void> vNummer(UUID tenant, UUID dossierId, VNummerVersleuteling.Versleuteld v) {
    GenericExecuteSpec spec = db.sql("update dossier set v_nummer_versleuteld = :inhoud, v_nummer_sleutel = :sleutel"
        + " where tenant_id = :tenant and id = :id").bind("tenant", tenant).bind("id", dossierId);
    spec = v == null ? spec.bindNull("inhoud", byte[].class).bindNull("sleutel", String.class)
        : spec.bind("inhoud", v.inhoud()).bind("sleutel", v.sleutelId());
    return spec.fetch().rowsUpdated().then();
  }

  private Mono<String> kolommen(String tabel) {
    return db.sql("select string_agg(quote_ident(column_name), ', ' order by ordinal_position) as k"
            + " from information_schema.columns where table_schema = current_schema() and table_name = :t"
            + " and is_generated = 'NEVER'")
        .bind("t", tabel).map((row, meta) -> row.get("k", String.class)).one();
  }

  private static String kolom(String tabel) {
    return tabel.equals("dossier") ? "id" : "dossier_id";
  }

  private static Rij rij(io.r2dbc.spi.Readable row) {
    return new Rij(row.get("tenant_id", UUID.class), row.get("id", UUID.class), row.get("richting", String.class),
        row.get("andere_regio_id", UUID.class), row.get("dossier_id", UUID.class),
        row.get("dossiernummer", String.class), row.get("nieuw_dossiernummer", String.class),
        row.get("gemeente_code", String.class), row.get("azc_code", String.class),
        row.get("koppelingsdatum", LocalDate.class), row.get("voornamen", String.class),
        row.get("achternaam", String.class), row.get("geboortedatum", LocalDate.class),
        row.get("coa_referentie", String.class), row.get("reden", String.class), row.get("status", String.class),
        row.get("antwoord", String.class), row.get("aangevraagd_op", OffsetDateTime.class),
        row.get("afgehandeld_op", OffsetDateTime.class), row.get("versie", Integer.class));
  }

  private static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String naam, T waarde, Class<T> type) {
    return waarde == null ? spec.bindNull(naam, type) : spec.bind(naam, waarde);
  }
}
