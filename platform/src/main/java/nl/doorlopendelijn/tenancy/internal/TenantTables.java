package nl.doorlopendelijn.tenancy.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The tenant tables, found in the catalog rather than listed by hand, so export and purge keep covering tables
 * that later modules add: every base table of the schema with a {@code tenant_id} column.
 */
@Component
class TenantTables {

  /** The audit log outlives the tenant: it holds no personal data and records the purge itself. */
  static final String AUDIT_TABLE = "audit_record";

  record Table(String name, String quotedName) {}

  /**
   * What the export of a region holds: its configuration, its agreements and their history, and its audit trail
   * (which holds no personal data by design). The platform operator downloads it, and the operator sees no
   * personal data; there is no scheme yet for encrypting to a key the region holds. So the export is an allow-list:
   * a tenant table is in it only when named here (docs/security.md, "Export van een regio").
   */
  static final Set<String> IN_EXPORT = Set.of("regio_gemeente", "regio_azc", "samenwerkingsafspraak",
      "samenwerkingsafspraak_partij", "samenwerkingsafspraak_wijziging", "samenwerkingsafspraak_signaal",
      "samenwerkingsafspraak_mandaat", AUDIT_TABLE);

  /**
   * Tenant tables left out of the export, and why. A table in neither list is left out as well (fail safe);
   * {@code TenantTablesTest} fails until it is named in one of them.
   */
  static final Map<String, String> NIET_IN_EXPORT = Map.ofEntries(
      Map.entry("dossier", "persoonsgegevens van inburgeraars"),
      Map.entry("dossier_advies", "persoonsgegevens van inburgeraars"),
      Map.entry("dossier_gebeurtenis", "persoonsgegevens van inburgeraars"),
      Map.entry("dossier_gesprek", "persoonsgegevens van inburgeraars"),
      Map.entry("dossier_hermatching", "persoonsgegevens van inburgeraars"),
      Map.entry("dossier_mijlpaal", "persoonsgegevens van inburgeraars"),
      Map.entry("dossier_notitie", "persoonsgegevens van inburgeraars"),
      Map.entry("dossier_notitie_versie", "persoonsgegevens van inburgeraars"),
      Map.entry("dossier_nummering", "hoort bij de dossiers"),
      Map.entry("dossier_import", "technisch; het rapport van een import noemt COA-referenties (30 dagen bewaard)"),
      Map.entry("dossier_overplaatsing", "persoonsgegevens van inburgeraars (inkomend, zolang open)"),
      Map.entry("notificatie", "hoort bij de dossiers (wie over welk dossier wat hoorde)"),
      Map.entry("notificatie_dagoverzicht", "technisch; welke ontvanger op welke dag een dagoverzicht kreeg"),
      Map.entry("dashboard_dossier_feit", "een rij per dossier (herleidbaar tot een persoon)"),
      Map.entry("dossier_idempotentie", "technisch; bewaarde antwoorden bevatten dossiergegevens"),
      Map.entry("idempotentie", "technisch; bewaarde antwoorden kunnen persoonsgegevens bevatten"),
      Map.entry("samenwerkingsafspraak_idempotentie", "technisch (bewaarde antwoorden)"),
      Map.entry("outbox", "technisch; gebeurtenissen kunnen dossiergegevens bevatten"));

  private final DatabaseClient db;

  TenantTables(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Tenant tables with the referencing ones before those they reference (the order to delete in).
   *
   * @param withAudit whether {@value #AUDIT_TABLE} is included (export: yes; purge: never)
   */
  Flux<Table> inDeletionOrder(boolean withAudit) {
    Flux<Table> tables = db.sql("""
            select c.table_name as name, quote_ident(c.table_name) as quoted
            from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
            where c.column_name = 'tenant_id' and c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
            order by c.table_name
            """)
        .map((row, meta) -> new Table(row.get("name", String.class), row.get("quoted", String.class)))
        .all()
        .filter(t -> withAudit || !AUDIT_TABLE.equals(t.name()));
    Flux<String[]> references = db.sql("""
            select child.relname as child, parent.relname as parent
            from pg_constraint k
            join pg_class child on child.oid = k.conrelid
            join pg_class parent on parent.oid = k.confrelid
            where k.contype = 'f' and child.relnamespace = to_regnamespace(current_schema())
            """)
        .map((row, meta) -> new String[] {row.get("child", String.class), row.get("parent", String.class)})
        .all();
    // one after the other: inside a transaction both run on its one connection (SilenceBoundConnectionFactory)
    return tables.collectList()
        .flatMap(t -> references.collectList().map(r -> order(t, r)))
        .flatMapIterable(ordered -> ordered);
  }

  /** The tables of the export ({@link #IN_EXPORT}), in a stable order. */
  Flux<Table> inExport() {
    return inDeletionOrder(true).filter(t -> IN_EXPORT.contains(t.name()));
  }

  /** The tenant tables the export leaves out, by name (also those not classified yet). */
  Flux<String> nietInExport() {
    return inDeletionOrder(true).map(Table::name).filter(n -> !IN_EXPORT.contains(n)).sort();
  }

  /** Kahn's algorithm: a table comes after every table that references it; self-references are ignored. */
  static List<Table> order(List<Table> tables, List<String[]> references) {
    Map<String, Set<String>> referencedBy = new HashMap<>();
    Set<String> names = new HashSet<>();
    tables.forEach(t -> names.add(t.name()));
    for (String[] ref : references) {
      if (names.contains(ref[0]) && names.contains(ref[1]) && !ref[0].equals(ref[1])) {
        referencedBy.computeIfAbsent(ref[1], k -> new HashSet<>()).add(ref[0]);
      }
    }
    List<Table> ordered = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    List<Table> pending = new ArrayList<>(tables);
    while (!pending.isEmpty()) {
      Table next = pending.stream()
          .filter(t -> done.containsAll(referencedBy.getOrDefault(t.name(), Set.of())))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("foreign-key cycle between tenant tables: " + pending));
      ordered.add(next);
      done.add(next.name());
      pending.remove(next);
    }
    return ordered;
  }
}
