package nl.doorlopendelijn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Least privilege (issue 20, V98): as the application role, no statement writes regio or azc_locatie directly, and
 * none deletes the agreements' history; the narrow functions that remain do their one thing, under their own
 * precondition. (The platform's own paths through them are shown by the onboarding, purge and azc tests.)
 */
@PlatformTest
class MinsteRechtenTest {

  static final String GEEN_RECHT = "42501";

  /** Every direct write the application role no longer has, on the tables it must not change itself. */
  static final List<String> VERBODEN = List.of(
      "insert into regio (id, slug, naam, issuer, bron, descriptor) values (gen_random_uuid(), 'gekaapt', 'x',"
          + " 'http://kwaad.invalid/realms/gekaapt', 'api', '{}')",
      "update regio set issuer = 'http://kwaad.invalid/realms/hart-van-brabant' where slug = 'hart-van-brabant'",
      "update regio set status = 'actief'",
      "delete from regio where slug = 'hart-van-brabant'",
      "insert into azc_locatie (code, naam, plaats, coa_regio) values ('AZC-GEKAAPT', 'x', 'x', 'x')",
      "update azc_locatie set naam = 'gekaapt' where code = 'AZC-OISTERWIJK'",
      "delete from azc_locatie where code = 'AZC-OISTERWIJK'",
      "delete from samenwerkingsafspraak",
      "delete from samenwerkingsafspraak_signaal",
      "delete from samenwerkingsafspraak_wijziging",
      "update samenwerkingsafspraak_wijziging set tenant_id = tenant_id");

  @Test
  void deApplicatierolSchrijftDezeTabellenNietZelf() throws SQLException {
    List<String> toegestaan = new ArrayList<>();
    try (Connection app = TestDatabase.shared().connectAsApp()) {
      for (String sql : VERBODEN) {
        app.setAutoCommit(false);
        bind(app, Region.idFor("hart-van-brabant"));
        try (var st = app.createStatement()) {
          st.executeUpdate(sql);
          toegestaan.add(sql);
        } catch (SQLException e) {
          assertThat(e.getSQLState()).as(sql).isEqualTo(GEEN_RECHT);
        } finally {
          app.rollback();
        }
      }
    }
    assertThat(toegestaan).isEmpty();
  }

  @Test
  void deFunctiesDoenHunEneDingOnderHunVoorwaarde() throws SQLException {
    String slug = "rechten-" + UUID.randomUUID().toString().substring(0, 8);
    UUID id = UUID.randomUUID();
    String code = "AZC-RECHTEN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String descriptor;
    try (Connection owner = TestDatabase.shared().connectAsOwner();
        var ps = owner.prepareStatement("select (descriptor || jsonb_build_object('slug', ?::text, 'naam',"
            + " 'Rechtentest'))::text from regio where slug = 'hart-van-brabant'")) {
      ps.setString(1, slug);
      try (var rs = ps.executeQuery()) {
        rs.next();
        descriptor = rs.getString(1); // a real descriptor: the registry reads every region it hears of
      }
    }
    try (Connection app = TestDatabase.shared().connectAsApp()) {
      assertThat(bool(app, "select regio_aanmelden(?::uuid, ?, 'Rechtentest', ?, ?::jsonb)", id.toString(), slug,
          "http://rechten.invalid/realms/" + slug, descriptor)).isTrue();
      assertThat(bool(app, "select regio_aanmelden(?::uuid, ?, 'Nog eens', ?, ?::jsonb)", id.toString(), slug,
          "http://rechten.invalid/realms/" + slug, descriptor)).as("a second time: nothing").isFalse();

      // the agreements' history is emptied only for a deactivated region, and only those tables
      app.setAutoCommit(false);
      bind(app, id);
      assertThatThrownBy(() -> bool(app, "select regio_afspraken_legen(?::uuid, 'samenwerkingsafspraak') > -1",
          id.toString())).as("still active").satisfies(e -> assertThat(((SQLException) e).getSQLState())
          .isEqualTo(GEEN_RECHT));
      app.rollback();
      app.setAutoCommit(true);
      assertThat(bool(app, "select regio_deactiveren(?)", slug)).isTrue();
      assertThat(bool(app, "select regio_deactiveren(?)", slug)).as("already").isFalse();
      app.setAutoCommit(false);
      bind(app, id);
      assertThatThrownBy(() -> bool(app, "select regio_afspraken_legen(?::uuid, 'dossier') > -1", id.toString()))
          .as("not a table of the history").satisfies(e -> assertThat(((SQLException) e).getSQLState())
          .isEqualTo(GEEN_RECHT));
      app.rollback();
      bind(app, id);
      for (String tabel : List.of("samenwerkingsafspraak_wijziging", "samenwerkingsafspraak_signaal",
          "samenwerkingsafspraak")) {
        assertThat(bool(app, "select regio_afspraken_legen(?::uuid, ?) = 0", id.toString(), tabel)).isTrue();
      }
      app.commit();
      app.setAutoCommit(true);
      assertThat(bool(app, "select regio_verwijderd(?::uuid)", id.toString())).isTrue();
      assertThat(bool(app, "select regio_verwijderd(?::uuid)", id.toString())).as("already").isFalse();
      // a region from a descriptor file is not deactivated through the API's function
      assertThat(bool(app, "select regio_deactiveren('hart-van-brabant')")).isFalse();

      assertThat(bool(app, "select azc_locatie_aanmaken(?, 'Rechten', 'Tilburg', 'Zuid', 'azc', null, null, null,"
          + " true)", code)).isTrue();
      assertThat(bool(app, "select azc_locatie_aanmaken(?, 'Nog eens', 'Tilburg', 'Zuid', 'azc', null, null, null,"
          + " true)", code)).isFalse();
      assertThat(bool(app, "select azc_locatie_wijzigen(?, 7, 'Oud', 'Tilburg', 'Zuid', 'azc', null, null, null,"
          + " true)", code)).as("not the version seen").isFalse();
      assertThat(bool(app, "select azc_locatie_wijzigen(?, 1, 'Nieuw', 'Tilburg', 'Zuid', 'azc', null, null, null,"
          + " true)", code)).isTrue();
    }
    try (Connection owner = TestDatabase.shared().connectAsOwner();
        var ps = owner.prepareStatement("select status from regio where id = ?::uuid")) {
      ps.setString(1, id.toString());
      try (var rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("verwijderd");
      }
    }
  }

  private static boolean bool(Connection c, String sql, String... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private static void bind(Connection c, UUID tenant) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      ps.setString(1, tenant.toString());
      ps.execute();
    }
  }
}
