package nl.doorlopendelijn.dossiers.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.audit.AuditLog;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.web.RequestMetadata;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The dossier list in ONE statement: the page, the total ({@code count(*) over ()}), the precomputed signals, and
 * the audit record naming every dossier on the page (a data-modifying CTE). With the tenant-bound transaction a
 * list request costs 4 database round trips: BEGIN, set_config(app.tenant_id), this statement, COMMIT.
 * The audit record comes from {@link AuditLog#inStatement}: the record {@code AuditLog.record} writes, without the
 * round trip of a separate INSERT.
 */
@Component
class DossierLijstQuery {

  private static final String AUDIT_CTE =
      ", " + AuditLog.inStatement("pagina", "dossier", "warme-overdracht");

  /** One row of the list statement: the dossier's summary and the total of the whole list ({@code count(*) over ()}). */
  record LijstRij(DossierSamenvatting dossier, long totaal) {}

  /**
   * One dossier of the werkvoorraad: who it is about ({@code naam}: never in a log line), its two contacts, its
   * stored signals, its open milestones due soon or overdue ({@code [{type, vervaldatum}]}, null: none) and its
   * gesprekken still planned that begin before the end of the week ({@code [{id, soort, begintOp}]}, null: none),
   * as JSON.
   */
  record WerkRij(UUID id, String dossiernummer, String gemeenteCode, String azcCode, String status, String naam,
      LocalDate verwachteVerhuisdatum, LocalDate werkelijkeVerhuisdatum, UUID vasteContactpersoonId,
      UUID casemanagerId, String signalenJson, String mijlpalenJson, String gesprekkenJson) {

    @Override
    public String toString() {
      return "WerkRij[" + id + ", " + dossiernummer + "]";
    }
  }

  private final DatabaseClient db;

  DossierLijstQuery(DatabaseClient db) {
    this.db = db;
  }

  /** Runs inside a tenant-bound (read-write: it audits) transaction of {@code tenant}. */
  Mono<DossierPagina> pagina(UUID tenant, String regio, Zicht zicht, Lijstvraag v, Caller caller, RequestMetadata request,
      String actie) {
    return pagina(tenant, regio, zicht, v, caller, request, actie, java.util.Map.of());
  }

  /**
   * As above, with kenmerken for the audit record (an export: its filter and format; the statement adds the number
   * of rows it read).
   */
  Mono<DossierPagina> pagina(UUID tenant, String regio, Zicht zicht, Lijstvraag v, Caller caller, RequestMetadata request,
      String actie, java.util.Map<String, String> kenmerken) {
    StringBuilder where = new StringBuilder(" where d.tenant_id = :tenant").append(zicht.conditie());
    List<String[]> binds = new ArrayList<>();
    filter(where, binds, "d.gemeente_code = :gemeente", "gemeente", v.gemeente());
    filter(where, binds, "d.azc_code = :azc", "azc", v.azc());
    filter(where, binds, "d.status = :status", "status", v.status());
    filter(where, binds, "d.scenario = :scenario", "scenario", v.scenario());
    filter(where, binds, "d.signaal_types @> array[cast(:signaal as text)]", "signaal", v.signaal());
    if (v.contactpersoon() != null) {
      where.append(" and (d.vaste_contactpersoon_id = :contactpersoon or d.casemanager_id = :contactpersoon)");
    }
    zoek(where, binds, v.zoektekst());
    String order = Lijstvraag.SORTERINGEN.get(v.sorteer());
    String sql = "with pagina as (select d.id, d.dossiernummer, d.gemeente_code, d.azc_code, d.status, d.scenario,"
        + " d.koppelingsdatum, d.verwachte_verhuisdatum, d.werkelijke_verhuisdatum, d.vaste_contactpersoon_id,"
        + " d.casemanager_id, d.urgentste_signaal, d.signaal_types, d.versie, d.urgentie_rang, d.voornamen, d.achternaam,"
        + " count(*) over () as totaal"
        + " from dossier d" + where + " order by " + order + " limit :limit offset :offset)"
        + AUDIT_CTE
        + " select * from pagina order by " + order;
    GenericExecuteSpec spec = db.sql(sql).bind("tenant", tenant)
        .bind("limit", v.paginaGrootte()).bind("offset", (long) (v.pagina() - 1) * v.paginaGrootte());
    for (String[] b : binds) {
      spec = spec.bind(b[0], b[1]);
    }
    if (v.contactpersoon() != null) {
      spec = spec.bind("contactpersoon", v.contactpersoon());
    }
    spec = AuditLog.bindInStatement(zicht.bind(spec), caller, actie, kenmerken, request);
    return spec.map((row, meta) -> {
          String[] types = row.get("signaal_types", String[].class);
          return new LijstRij(new DossierSamenvatting(row.get("id", UUID.class), regio,
              row.get("dossiernummer", String.class), row.get("gemeente_code", String.class),
              row.get("azc_code", String.class), row.get("status", String.class), row.get("scenario", String.class),
              row.get("koppelingsdatum", LocalDate.class), row.get("verwachte_verhuisdatum", LocalDate.class),
              row.get("werkelijke_verhuisdatum", LocalDate.class), row.get("vaste_contactpersoon_id", UUID.class),
              row.get("casemanager_id", UUID.class), row.get("urgentste_signaal", String.class), types == null ? List.of() : Arrays.asList(types),
              row.get("versie", Integer.class),
              PersoonWeergave.naam(row.get("voornamen", String.class), row.get("achternaam", String.class))),
              row.get("totaal", Long.class));
        })
        .all()
        .collectList()
        .map(rows -> new DossierPagina(rows.stream().map(LijstRij::dossier).toList(),
            rows.isEmpty() ? -1 : rows.get(0).totaal()));
  }

  /** Only when a page beyond the end came back empty: the total then needs its own count. */
  Mono<Long> totaal(UUID tenant, Zicht zicht, Lijstvraag v) {
    Lijstvraag eerste = new Lijstvraag(v.gemeente(), v.azc(), v.status(), v.scenario(), v.signaal(),
        v.contactpersoon(), 1, 1, v.sorteer(), v.zoektekst());
    StringBuilder where = new StringBuilder(" where d.tenant_id = :tenant").append(zicht.conditie());
    List<String[]> binds = new ArrayList<>();
    filter(where, binds, "d.gemeente_code = :gemeente", "gemeente", eerste.gemeente());
    filter(where, binds, "d.azc_code = :azc", "azc", eerste.azc());
    filter(where, binds, "d.status = :status", "status", eerste.status());
    filter(where, binds, "d.scenario = :scenario", "scenario", eerste.scenario());
    filter(where, binds, "d.signaal_types @> array[cast(:signaal as text)]", "signaal", eerste.signaal());
    if (v.contactpersoon() != null) {
      where.append(" and (d.vaste_contactpersoon_id = :contactpersoon or d.casemanager_id = :contactpersoon)");
    }
    zoek(where, binds, eerste.zoektekst());
    GenericExecuteSpec spec = db.sql("select count(*) as n from dossier d" + where).bind("tenant", tenant);
    for (String[] b : binds) {
      spec = spec.bind(b[0], b[1]);
    }
    if (v.contactpersoon() != null) {
      spec = spec.bind("contactpersoon", v.contactpersoon());
    }
    return zicht.bind(spec).map((row, meta) -> row.get("n", Long.class)).one();
  }

  /**
   * The werkvoorraad of one region in ONE statement: every open (not closed) dossier the caller sees that has
   * something to do — a stored signal, an open milestone due by {@code mijlpaalTot} (overdue ones included), or an
   * expected move between {@code vandaag} and {@code verhuisTot} not yet confirmed, or a gesprek still planned that
   * begins before {@code gesprekTot} (one that has begun and is not recorded yet included) — with its signals, those
   * milestones and those gesprekken (as JSON text), and the audit record naming each of them. The milestones come
   * from their primary key per dossier (tenant, dossier, type), the gesprekken from {@code dossier_gesprek_gepland}
   * (V78), so the statement reads the region's open dossiers once.
   */
  Mono<List<WerkRij>> werkvoorraad(UUID tenant, Zicht zicht, Caller caller, RequestMetadata request,
      LocalDate vandaag, LocalDate mijlpaalTot, LocalDate verhuisTot, Instant gesprekTot) {
    String sql = "with pagina as (select d.id, d.dossiernummer, d.gemeente_code, d.azc_code, d.status,"
        + " d.voornamen, d.achternaam, d.verwachte_verhuisdatum, d.werkelijke_verhuisdatum,"
        + " d.vaste_contactpersoon_id, d.casemanager_id, d.signalen::text as s, m.mijlpalen, p.gesprekken"
        + " from dossier d left join lateral (select json_agg(json_build_object('type', o.type, 'vervaldatum',"
        + " o.vervaldatum) order by o.vervaldatum, o.type)::text as mijlpalen from dossier_mijlpaal o"
        + " where o.tenant_id = d.tenant_id and o.dossier_id = d.id and o.afgerond_op is null"
        + " and o.vervaldatum <= :mijlpaalTot) m on true"
        + " left join lateral (select json_agg(json_build_object('id', g.id, 'soort', g.soort, 'begintOp',"
        + " g.begint_op) order by g.begint_op, g.id)::text as gesprekken from dossier_gesprek g"
        + " where g.tenant_id = d.tenant_id and g.dossier_id = d.id and g.status = 'gepland'"
        + " and g.begint_op < :gesprekTot) p on true"
        + " where d.tenant_id = :tenant and d.status <> 'gesloten'" + zicht.conditie()
        + " and (d.urgentie_rang < " + SignaalOpslag.GEEN_SIGNAAL + " or m.mijlpalen is not null"
        + " or p.gesprekken is not null"
        + " or (d.werkelijke_verhuisdatum is null and d.verwachte_verhuisdatum between :vandaag and :verhuisTot)))"
        + AUDIT_CTE + " select * from pagina";
    GenericExecuteSpec spec = db.sql(sql).bind("tenant", tenant).bind("vandaag", vandaag)
        .bind("mijlpaalTot", mijlpaalTot).bind("verhuisTot", verhuisTot)
        .bind("gesprekTot", gesprekTot.atOffset(java.time.ZoneOffset.UTC));
    spec = audit(zicht.bind(spec), caller, request, "dossier.werkvoorraad");
    return spec.map((row, meta) -> new WerkRij(row.get("id", UUID.class), row.get("dossiernummer", String.class),
            row.get("gemeente_code", String.class), row.get("azc_code", String.class), row.get("status", String.class),
            PersoonWeergave.naam(row.get("voornamen", String.class), row.get("achternaam", String.class)),
            row.get("verwachte_verhuisdatum", LocalDate.class), row.get("werkelijke_verhuisdatum", LocalDate.class),
            row.get("vaste_contactpersoon_id", UUID.class), row.get("casemanager_id", UUID.class),
            row.get("s", String.class), row.get("mijlpalen", String.class), row.get("gesprekken", String.class)))
        .all().collectList();
  }

  /**
   * A search: the number or (part of) the name, both through {@code f_zoeknorm} (V10, the gids' normalisation:
   * case and diacritics do not count), as a bound parameter with LIKE's own characters escaped, never in the SQL.
   */
  private static void zoek(StringBuilder where, List<String[]> binds, String zoektekst) {
    if (zoektekst != null) {
      where.append(" and (d.zoeknaam like '%' || f_zoeknorm(:zoek) || '%' escape '\\'"
          + " or f_zoeknorm(d.dossiernummer) like '%' || f_zoeknorm(:zoek) || '%' escape '\\')");
      binds.add(new String[] {"zoek", zoektekst.strip().replaceAll("\\s+", " ").replace("\\", "\\\\")
          .replace("%", "\\%").replace("_", "\\_")});
    }
  }

  private static void filter(StringBuilder where, List<String[]> binds, String condition, String name, String value) {
    if (value != null) {
      where.append(" and ").append(condition);
      binds.add(new String[] {name, value});
    }
  }

  private static GenericExecuteSpec audit(GenericExecuteSpec spec, Caller caller, RequestMetadata request,
      String actie) {
    return AuditLog.bindInStatement(spec, caller, actie, request);
  }
}
