package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.internal.DossierOnderhoud;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionOnboarding;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every table that holds data about a dossier is covered by all four ways the AVG asks for: kept out of the export
 * of a region (offboarding, downloaded by the platform operator, who sees no personal data), the purge of a region, the retention of a closed dossier, and the inzage. The tables are found in
 * the catalog, not listed here: {@code dossier} and every table with a {@code dossier_id} column or a foreign key to
 * {@code dossier}. A table added later is checked by this test as soon as it exists; one that the flows below leave
 * empty fails it too (extend the flow, so the table is really checked).
 */
@PlatformTest
class DossierGegevensOveralGedektTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = "/api/v1/regios/hart-van-brabant/dossiers";
  private static final UUID HVB_ID = Region.idFor(HART_VAN_BRABANT);

  @Autowired
  WebTestClient web;

  @Autowired
  RegionOnboarding regios;

  @Autowired
  DossierOnderhoud onderhoud;

  @Autowired
  Clock klok;

  @Autowired
  JsonMapper json;

  private final String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);

  @Test
  void elkeTabelMetDossiergegevensGaatMeeInExportVerwijderingBewaartermijnEnInzage() throws Exception {
    List<String> tabellen = dossierTabellen();
    assertThat(tabellen).contains("dossier", "dossier_mijlpaal", "dossier_hermatching", "dossier_advies",
        "dashboard_dossier_feit", "dossier_notitie", "dossier_notitie_versie", "notificatie", "dossier_overplaatsing");
    UUID id = volledigDossier();
    Map<String, Long> gevuld = DossierRijen.rijen(HVB_ID, id, tabellen);
    assertThat(gevuld).as("rijen per tabel voor het testdossier: een lege tabel wordt hier niet echt getoetst;"
        + " breid de stappen van volledigDossier() uit").allSatisfy((t, n) -> assertThat(n).as(t).isPositive());

    // 1. inzage: the dossier itself with who it is about, and every other table's rows about it
    JsonNode inzage = web.get().uri(HVB + "/{id}/inzage", id).headers(h -> h.setBearerAuth(coordinator))
        .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    assertThat(inzage.path("dossier").path("persoon").path("naam").asString()).isNotBlank();
    List<String> nietInInzage = new ArrayList<>();
    for (String t : tabellen) {
      long inDeInzage = t.equals("dossier") ? (inzage.path("dossier").path("id").asString().equals(id.toString())
          ? 1 : 0) : inzage.path("gegevens").path(t).size();
      if (inDeInzage != gevuld.get(t)) {
        nietInInzage.add(t + " (" + inDeInzage + " van " + gevuld.get(t) + ")");
      }
    }
    assertThat(nietInInzage).as("tabellen waarvan de inzage niet elke rij over het dossier toont").isEmpty();

    // 2. export of the region: none of these rows, and none of the person's data (the operator downloads it, and
    // sees no personal data: docs/security.md, "Export van een regio")
    List<String> export = regios.exportRows(HVB_ID).collectList().block(Duration.ofSeconds(60));
    String persoon = inzage.path("dossier").path("persoon").toString();
    // the dossier's id only in the audit trail (which objects were read or changed: no personal data by design)
    assertThat(export).filteredOn(r -> r.contains(id.toString()))
        .allSatisfy(r -> assertThat(json.readTree(r).path("tabel").asString()).isEqualTo("audit_record"));
    List<String> waarden = new ArrayList<>(List.of("COA-DEKKING",
        inzage.path("dossier").path("persoon").path("naam").asString()));
    inzage.path("dossier").path("persoon").properties().forEach(e -> {
      if (e.getValue().isString() && e.getValue().asString().length() >= 4) {
        waarden.add(e.getValue().asString());
      }
    });
    assertThat(persoon).isNotBlank();
    for (String waarde : waarden) {
      assertThat(export).as("de export van de regio bevat " + waarde).noneMatch(r -> r.contains(waarde));
    }
    assertThat(export).extracting(r -> json.readTree(r).path("tabel").asString()).doesNotContainAnyElementsOf(tabellen);
    assertThat(export.get(export.size() - 1)).contains("\"weggelaten\"", "\"dossier\"", "dashboard_dossier_feit");

    // 3. purge of a region: the same rows in a region of their own (deactivated, onboarded), then purged
    UUID wegRegio = kopieerNaarEigenRegio(id, tabellen);
    assertThat(DossierRijen.rijen(wegRegio, id, tabellen)).as("kopie").containsAllEntriesOf(gevuld);
    regios.purge(wegRegio, reactor.core.publisher.Mono.empty()).block(Duration.ofSeconds(60));
    assertThat(DossierRijen.rijen(wegRegio, id, tabellen)).as("na de verwijdering van de regio")
        .allSatisfy((t, n) -> assertThat(n).as(t).isZero());

    // 4. retention: after the region's period a closed dossier goes with every row about it
    assertThat(onderhoud.ruimOp(LocalDate.now(klok).plusDays(731)).block(Duration.ofSeconds(60)))
        .contains(id.toString());
    assertThat(DossierRijen.rijen(HVB_ID, id, tabellen)).as("na de bewaartermijn")
        .allSatisfy((t, n) -> assertThat(n).as(t).isZero());
  }

  /** dossier, and every base table with a dossier_id column or a foreign key to dossier. */
  static List<String> dossierTabellen() throws SQLException {
    TreeSet<String> namen = new TreeSet<>();
    namen.add("dossier");
    try (Connection c = TestDatabase.shared().connectAsOwner(); var st = c.createStatement();
        var rs = st.executeQuery("""
            select c.table_name from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
            where c.column_name = 'dossier_id' and c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
            union
            select child.relname from pg_constraint k join pg_class child on child.oid = k.conrelid
            where k.contype = 'f' and k.confrelid = to_regclass('dossier')""")) {
      while (rs.next()) {
        namen.add(rs.getString(1));
      }
    }
    return List.copyOf(namen);
  }

  /** A dossier with a row in every table: a person, a household, a milestone done, a re-match, advice, closed. */
  private UUID volledigDossier() throws SQLException {
    UUID vast = UUID.randomUUID();
    Map<String, Object> invoer = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", vast);
    invoer.put("huishouden", "HH-DEKKING-" + UUID.randomUUID().toString().substring(0, 8));
    invoer.put("coaReferentie", "COA-DEKKING");
    // the vaste contactpersoon linked to a user, so the new dossier is notified to her (issue 17: notificatie)
    DossierRijen.koppel(vast, issuers.issuer(HART_VAN_BRABANT), "dekking-");
    Map<String, Object> d = new DossierApi(web).maak(coordinator, HART_VAN_BRABANT, invoer);
    String id = (String) d.get("id");
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> DossierRijen.rijen(HVB_ID, UUID.fromString(id),
        List.of("notificatie")).get("notificatie") > 0);
    web.post().uri(HVB + "/{id}/mijlpalen/kennismaking/afrondingen", id).headers(h -> h.setBearerAuth(coordinator))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("notitie", "kennismaking gehad"))
        .exchange().expectStatus().isCreated();
    // a gesprek of the dossier (issue 15): its row goes everywhere the dossier goes
    web.post().uri(HVB + "/{id}/gesprekken", id).headers(h -> h.setBearerAuth(coordinator))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("soort", "driegesprek", "begintOp",
            java.time.OffsetDateTime.now(klok).plusDays(2).withNano(0).toString(), "vorm", "online"))
        .exchange().expectStatus().isCreated();
    invoer.put("gemeente", "GM0766");
    // a re-match needs a vaste contactpersoon of the new gemeente (or none)
    invoer.put("vasteContactpersoonId", nl.doorlopendelijn.testsupport.TestContactpersonen.vanGemeente("GM0766").toString());
    web.put().uri(HVB + "/{id}", id).headers(h -> {
      h.setBearerAuth(coordinator);
      h.setIfMatch("\"2\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(invoer).exchange().expectStatus().isOk();
    // a note in the contactlog, corrected by its author (its earlier text is kept: dossier_notitie_versie)
    String notitie = (String) web.post().uri(HVB + "/{id}/notities", id).headers(h -> h.setBearerAuth(coordinator))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("onderwerp", "Dekking", "tekst", "Eerste tekst"))
        .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
    web.put().uri(HVB + "/{id}/notities/{n}", id, notitie).headers(h -> {
      h.setBearerAuth(coordinator);
      h.setIfMatch("\"1\"");
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("onderwerp", "Dekking", "tekst", "Tweede tekst"))
        .exchange().expectStatus().isOk();
    // an overplaatsing to another region, answered "niet van ons" (issue 18): the sender's request row stays with
    // the dossier (dossier_overplaatsing)
    String verzoek = (String) web.post().uri(HVB + "/{id}/overplaatsingen", id)
        .headers(h -> h.setBearerAuth(coordinator)).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("regio", "noordoost-brabant", "gemeente", "GM1721", "reden", "Dekkingstest"))
        .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
    web.post().uri("/api/v1/regios/noordoost-brabant/overplaatsingen/{v}/weigering", verzoek)
        .headers(h -> h.setBearerAuth(issuers.regioCoordinator("noordoost-brabant")))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reden", "Niet van ons"))
        .exchange().expectStatus().isCreated();
    web.post().uri(HVB + "/{id}/sluitingen", id).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isCreated();
    return UUID.fromString(id);
  }



  /** A deactivated, onboarded region holding a copy of every row about the dossier (for a purge to remove). */
  private static UUID kopieerNaarEigenRegio(UUID id, List<String> tabellen) throws SQLException {
    UUID regio = UUID.randomUUID();
    String slug = "dekking-" + regio.toString().substring(0, 8);
    try (Connection c = TestDatabase.shared().connectAsOwner()) {
      try (var st = c.prepareStatement("""
          insert into regio (id, slug, naam, issuer, bron, status, descriptor)
          select ?, ?, 'Dekkingstest', 'http://dekking.invalid/realms/' || ?, 'api', 'gedeactiveerd',
                 descriptor || jsonb_build_object('slug', ?, 'naam', 'Dekkingstest')
          from regio where id = ?""")) {
        st.setObject(1, regio);
        st.setString(2, slug);
        st.setString(3, slug);
        st.setString(4, slug);
        st.setObject(5, HVB_ID);
        assertThat(st.executeUpdate()).isEqualTo(1);
      }
      List<String> volgorde = new ArrayList<>(tabellen);
      volgorde.remove("dossier");
      volgorde.add(0, "dossier");
      for (String t : volgorde) {
        String kolom = t.equals("dossier") ? "id" : "dossier_id";
        List<String> rijen = new ArrayList<>();
        DossierRijen.zetTenant(c, HVB_ID);
        try (var st = c.prepareStatement("select to_jsonb(x)::text from " + t + " x where tenant_id = ? and "
            + kolom + " = ?")) {
          st.setObject(1, HVB_ID);
          st.setObject(2, id);
          try (var rs = st.executeQuery()) {
            while (rs.next()) {
              rijen.add(rs.getString(1));
            }
          }
        }
        DossierRijen.zetTenant(c, regio);
        String kolommen = kolommen(c, t);
        for (String rij : rijen) {
          try (var st = c.prepareStatement("insert into " + t + " (" + kolommen + ") select " + kolommen
              + " from jsonb_populate_record(null::" + t
              + ", cast(? as jsonb) || jsonb_build_object('tenant_id', cast(? as text)))")) {
            st.setString(1, rij);
            st.setString(2, regio.toString());
            st.executeUpdate();
          }
        }
      }
    }
    return regio;
  }

  /** The columns a row can be inserted with (generated ones are left to the database). */
  private static String kolommen(Connection c, String tabel) throws SQLException {
    List<String> k = new ArrayList<>();
    try (var st = c.prepareStatement("select quote_ident(column_name) from information_schema.columns where"
        + " table_schema = current_schema() and table_name = ? and is_generated = 'NEVER' order by ordinal_position")) {
      st.setString(1, tabel);
      try (var rs = st.executeQuery()) {
        while (rs.next()) {
          k.add(rs.getString(1));
        }
      }
    }
    return String.join(", ", k);
  }

}
