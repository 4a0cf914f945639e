package nl.doorlopendelijn.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.doorlopendelijn.tenancy.internal.TenantTables.Table;
import nl.doorlopendelijn.testsupport.ModuleTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The purge and export of a region find every tenant table themselves, and may delete from each of them. */
@ModuleTest
class TenantTablesTest {

  @Autowired
  TenantTables tables;

  @Test
  void verwijzendeTabellenKomenVoorDeTabellenWaarnaarZeVerwijzen() {
    List<Table> given = List.of(table("dossier"), table("mijlpaal"), table("afspraak"), table("bijlage"));
    List<String[]> references = List.of(
        new String[] {"mijlpaal", "dossier"}, new String[] {"dossier", "afspraak"},
        new String[] {"bijlage", "mijlpaal"}, new String[] {"dossier", "dossier"},
        new String[] {"dossier", "regio"});

    assertThat(TenantTables.order(given, references)).extracting(Table::name)
        .containsExactly("bijlage", "mijlpaal", "dossier", "afspraak");
  }

  @Test
  void auditlogHoortBijDeExportMaarNooitBijDeVerwijdering() {
    assertThat(tables.inDeletionOrder(true).map(Table::name).collectList().block())
        .contains("audit_record", "regio_gemeente", "regio_azc");
    assertThat(tables.inDeletionOrder(false).map(Table::name).collectList().block())
        .contains("regio_gemeente", "regio_azc").doesNotContain("audit_record", "regio", "azc_locatie");
  }

  /** The export is an allow-list: every tenant table is named as in it or as left out (with why), never both. */
  @Test
  void elkeTenanttabelIsIngedeeldVoorDeExport() {
    List<String> alle = tables.inDeletionOrder(true).map(Table::name).collectList().block();
    assertThat(alle).as("tenant tables neither in TenantTables.IN_EXPORT nor in NIET_IN_EXPORT")
        .allMatch(t -> TenantTables.IN_EXPORT.contains(t) || TenantTables.NIET_IN_EXPORT.containsKey(t));
    assertThat(TenantTables.IN_EXPORT).doesNotContainAnyElementsOf(TenantTables.NIET_IN_EXPORT.keySet())
        .noneMatch(t -> t.startsWith("dossier") || t.contains("idempotentie") || t.equals("outbox"));
    assertThat(tables.inExport().map(Table::name).collectList().block())
        .containsExactlyInAnyOrderElementsOf(alle.stream().filter(TenantTables.IN_EXPORT::contains).toList());
  }

  /**
   * A module that adds a tenant table must grant delete to the application role, or a purge would fail; except the
   * agreements' history, which the purge empties through its function and which the role must not delete from (V98).
   */
  @Test
  void applicatieMagUitElkeTenanttabelVerwijderen() throws SQLException {
    List<String> withoutDelete = new ArrayList<>();
    List<String> historieMetDelete = new ArrayList<>();
    try (var c = TestDatabase.shared().connectAsApp()) {
      for (String name : tables.inDeletionOrder(false).map(Table::name).collectList().block()) {
        try (var st = c.prepareStatement("select has_table_privilege(quote_ident(?), 'DELETE')")) {
          st.setString(1, name);
          try (var rs = st.executeQuery()) {
            rs.next();
            boolean historie = DatabaseRegionOnboarding.AFSPRAKENHISTORIE.contains(name);
            if (!rs.getBoolean(1) && !historie) {
              withoutDelete.add(name);
            }
            if (rs.getBoolean(1) && historie) {
              historieMetDelete.add(name);
            }
          }
        }
      }
    }
    assertThat(withoutDelete).as("tenant tables without DELETE for the application role").isEmpty();
    assertThat(historieMetDelete).as("the agreements' history, deletable by the application role").isEmpty();
  }

  private static Table table(String name) {
    return new Table(name, "\"" + name + "\"");
  }
}
