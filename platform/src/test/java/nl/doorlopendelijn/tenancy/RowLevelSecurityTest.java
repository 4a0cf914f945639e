package nl.doorlopendelijn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.ModuleTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** What PostgreSQL itself lets the application role see and write: the last line of tenant isolation. */
@ModuleTest
class RowLevelSecurityTest {

  private static final UUID HART_VAN_BRABANT = Region.idFor("hart-van-brabant");
  private static final UUID NOORDOOST_BRABANT = Region.idFor("noordoost-brabant");

  @Test
  void zonderTenantZietDeApplicatieGeenEnkeleRij() throws SQLException {
    try (Connection c = TestDatabase.shared().connectAsApp()) {
      assertThat(cbsCodes(c)).isEmpty();
      try (var rs = c.createStatement().executeQuery("select count(*) from regio_azc")) {
        rs.next();
        assertThat(rs.getLong(1)).isZero();
      }
    }
  }

  @Test
  void metTenantAZietDeApplicatieAlleenRijenVanA() throws SQLException {
    try (Connection c = TestDatabase.shared().connectAsApp()) {
      c.setAutoCommit(false);
      bind(c, HART_VAN_BRABANT);
      assertThat(cbsCodes(c)).contains("GM0855", "GM0766").doesNotContain("GM0828", "GM0796").hasSize(9);
      c.rollback();
    }
  }

  @Test
  void rijVoorTenantBSchrijvenTerwijlAGebondenIsWordtGeweigerd() throws SQLException {
    try (Connection c = TestDatabase.shared().connectAsApp()) {
      c.setAutoCommit(false);
      bind(c, HART_VAN_BRABANT);
      try (PreparedStatement ps = c.prepareStatement(
          "insert into regio_gemeente (tenant_id, cbs_code, naam) values (?, 'GM9999', 'Nergensdorp')")) {
        ps.setObject(1, NOORDOOST_BRABANT);
        assertThatThrownBy(ps::executeUpdate).isInstanceOf(SQLException.class)
            .hasMessageContaining("row-level security");
      }
      c.rollback();
    }
  }

  @Test
  void rijenVanEenAndereTenantWijzigenRaaktNiets() throws SQLException {
    try (Connection c = TestDatabase.shared().connectAsApp()) {
      c.setAutoCommit(false);
      bind(c, HART_VAN_BRABANT);
      try (PreparedStatement ps = c.prepareStatement("update regio_gemeente set naam = 'gekaapt' where tenant_id = ?")) {
        ps.setObject(1, NOORDOOST_BRABANT);
        assertThat(ps.executeUpdate()).isZero();
      }
      try (PreparedStatement ps = c.prepareStatement("delete from regio_gemeente where tenant_id = ?")) {
        ps.setObject(1, NOORDOOST_BRABANT);
        assertThat(ps.executeUpdate()).isZero();
      }
      c.rollback();
    }
  }

  @Test
  void deApplicatierolBezitNietsEnKanRlsNietOmzeilen() throws SQLException {
    var db = TestDatabase.shared();
    try (Connection c = db.connectAsApp();
        PreparedStatement ps = c.prepareStatement(
            "select rolbypassrls, rolsuper, (select count(*) from pg_tables where tableowner = current_user) "
                + "from pg_roles where rolname = current_user");
        var rs = ps.executeQuery()) {
      rs.next();
      assertThat(rs.getBoolean(1)).as("bypassrls").isFalse();
      assertThat(rs.getBoolean(2)).as("superuser").isFalse();
      assertThat(rs.getLong(3)).as("owned tables").isZero();
    }
  }

  @Test
  void elkeTenantTabelHeeftGeforceerdeRlsEnTenantIdVooraanInDePrimaireSleutel() throws SQLException {
    try (Connection c = TestDatabase.shared().connectAsOwner();
        var rs = c.createStatement().executeQuery("""
            select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                   (select a.attname from pg_index i join pg_attribute a
                      on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                    where i.indrelid = c.oid and i.indisprimary) as first_pk_column
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind = 'r'
              and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
            """)) {
      List<String> tables = new ArrayList<>();
      while (rs.next()) {
        String table = rs.getString(1);
        tables.add(table);
        assertThat(rs.getBoolean(2)).as(table + " has RLS").isTrue();
        assertThat(rs.getBoolean(3)).as(table + " forces RLS").isTrue();
        assertThat(rs.getString(4)).as(table + " primary key starts with tenant_id").isEqualTo("tenant_id");
      }
      assertThat(tables).contains("regio_gemeente", "regio_azc", "audit_record");
    }
  }

  private static void bind(Connection c, UUID tenant) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      ps.setString(1, tenant.toString());
      ps.execute();
    }
  }

  private static List<String> cbsCodes(Connection c) throws SQLException {
    List<String> codes = new ArrayList<>();
    try (var rs = c.createStatement().executeQuery("select cbs_code from regio_gemeente")) {
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
    }
    return codes;
  }
}
