package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.dashboard.ExportCijfers;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestAfspraken;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import nl.doorlopendelijn.web.TabularFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18, the export for the consortium: the caller's own dossier list and her dashboard as CSV and .xlsx, over
 * HTTP with real tokens. The list's file holds exactly the list's rows (its filters, its sort, every page, her rights);
 * the dashboard's file exactly the figures of the view the API gives her, suppressed as there; each export leaves
 * exactly one audit record with the filter, the format and the row count, and a refused one leaves none.
 */
@PlatformTest
class ExportApiTest {

  /** Agreements a test puts in force, ended after it: other tests count on azc Oisterwijk's advice for Tilburg. */
  private final List<String> afspraken = new java.util.ArrayList<>();

  @org.junit.jupiter.api.AfterEach
  void beeindigAfspraken() {
    afspraken.forEach(id -> TestAfspraken.beeindig(web, "hart-van-brabant", id));
    afspraken.clear();
  }

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String HVB = "/api/v1/regios/hart-van-brabant";

  @Autowired
  WebTestClient web;

  @Test
  void deExportIsDeLijstMetHaarFilterEnSorteringAlleRijenEnEenAuditRecord() throws Exception {
    DossierApi api = new DossierApi(web);
    String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);
    UUID cp = UUID.randomUUID();
    for (int i = 0; i < 3; i++) {
      api.maak(coordinator, "hart-van-brabant", "GM0855", "AZC-OISTERWIJK", cp);
    }
    String filter = "contactpersoon=" + cp + "&sorteer=-dossiernummer";
    List<Map<String, Object>> lijst = lijst(coordinator, filter);
    assertThat(lijst).hasSize(3);

    for (TabularFiles.Format formaat : TabularFiles.Format.values()) {
      String trace = DossierApi.nieuweTrace();
      EntityExchangeResult<byte[]> antwoord = export(coordinator, HVB + "/dossiers/export?formaat="
          + formaat.extension() + "&" + filter, trace, 200);
      HttpHeaders headers = antwoord.getResponseHeaders();
      assertThat(headers.getContentDisposition().getType()).isEqualTo("attachment");
      assertThat(headers.getContentDisposition().getFilename())
          .isEqualTo("dossiers-hart-van-brabant-" + LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL) + "."
              + formaat.extension());
      assertThat(headers.getCacheControl()).contains("no-store");
      assertThat(headers.getContentType().toString()).startsWith(formaat.mediaType());

      List<List<String>> rijen = TabularFiles.read(formaat, new ByteArrayInputStream(antwoord.getResponseBody()));
      assertThat(rijen.get(0)).startsWith("Dossiernummer", "Naam", "Gemeente", "Azc", "Status", "Scenario");
      assertThat(rijen.subList(1, rijen.size()).stream().map(r -> r.get(0)).toList())
          .as("the list's rows in the list's order").containsExactlyElementsOf(
              lijst.stream().map(d -> (String) d.get("dossiernummer")).toList());
      for (int i = 0; i < lijst.size(); i++) {
        List<String> rij = rijen.get(i + 1);
        assertThat(rij.get(1)).isEqualTo(lijst.get(i).get("naam"));
        assertThat(rij.subList(2, 5)).containsExactly("Tilburg", "azc Oisterwijk", "Gekoppeld");
        assertThat(rij.get(6)).isEqualTo(lijst.get(i).get("koppelingsdatum"));
        assertThat(rij.get(9)).as("the vaste contactpersoon by name").isNotBlank().isNotEqualTo("(niet in de gids)")
            .doesNotContain(cp.toString());
      }

      List<Audit> audit = audit(trace);
      assertThat(audit).as("one export, one record").hasSize(1);
      assertThat(audit.get(0).actie()).isEqualTo("dossier.exporteren");
      assertThat(audit.get(0).ids()).containsExactlyInAnyOrderElementsOf(
          lijst.stream().map(d -> (String) d.get("id")).toList());
      assertThat(audit.get(0).kenmerken()).containsEntry("formaat", formaat.extension()).containsEntry("aantal", "3")
          .containsEntry("contactpersoon", cp.toString()).containsEntry("sorteer", "-dossiernummer");
      assertThat(audit.get(0).kenmerken().toString()).as("no name in the audit")
          .doesNotContain(String.valueOf(lijst.get(0).get("naam")));
    }

    // without formaat, Accept decides; without either: Excel
    String trace = DossierApi.nieuweTrace();
    byte[] csv = web.get().uri(HVB + "/dossiers/export?" + filter).headers(h -> {
      h.setBearerAuth(coordinator);
      h.set("traceparent", DossierApi.traceparent(trace));
      h.set(HttpHeaders.ACCEPT, "text/csv");
    }).exchange().expectStatus().isOk().expectHeader().contentTypeCompatibleWith("text/csv")
        .expectBody().returnResult().getResponseBody();
    assertThat(TabularFiles.Format.sniff(csv)).isEqualTo(TabularFiles.Format.CSV);
    byte[] xlsx = export(coordinator, HVB + "/dossiers/export?" + filter, DossierApi.nieuweTrace(), 200)
        .getResponseBody();
    assertThat(TabularFiles.Format.sniff(xlsx)).isEqualTo(TabularFiles.Format.XLSX);
  }

  @Test
  void elkeKijkerKrijgtAlleenWatZijMagZienEnAlleRijen() throws Exception {
    afspraken.add(TestAfspraken.actief(web, "hart-van-brabant", "AZC-OISTERWIJK", "GM0855", "2026-01-01"));
    DossierApi api = new DossierApi(web);
    String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);
    UUID cp = UUID.randomUUID();
    api.maak(coordinator, "hart-van-brabant", "GM0855", "AZC-OISTERWIJK", cp);
    api.maak(coordinator, "hart-van-brabant", "GM0784", "AZC-GILZE", UUID.randomUUID());

    Map<String, String> kijkers = Map.of(issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855"), "Tilburg",
        issuers.coaLiaison("AZC-OISTERWIJK"), "azc Oisterwijk");
    for (var kijker : kijkers.entrySet()) {
      int kolom = kijker.getValue().startsWith("azc") ? 3 : 2;
      byte[] bestand = export(kijker.getKey(), HVB + "/dossiers/export?formaat=csv", DossierApi.nieuweTrace(), 200)
          .getResponseBody();
      List<List<String>> rijen = TabularFiles.read(TabularFiles.Format.CSV, new ByteArrayInputStream(bestand));
      long totaal = ((Number) ((Map<?, ?>) lijstAntwoord(kijker.getKey(), "paginaGrootte=1").get("paginering"))
          .get("totaalAantal")).longValue();
      assertThat(rijen).as("every page of her list").hasSize((int) totaal + 1);
      assertThat(rijen.subList(1, rijen.size())).isNotEmpty()
          .allSatisfy(r -> assertThat(r.get(kolom)).isEqualTo(kijker.getValue()));
    }
  }

  @Test
  void eenGeweigerdeExportLaatGeenAuditRecordAchter() throws Exception {
    String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);
    String trace = DossierApi.nieuweTrace();
    byte[] fout = export(coordinator, HVB + "/dossiers/export?formaat=pdf&status=onbekend", trace, 400)
        .getResponseBody();
    JsonNode probleem = JSON.readTree(fout);
    assertThat(probleem.get("invalidParams").findValuesAsString("name"))
        .containsExactlyInAnyOrder("query:status", "query:formaat");
    assertThat(audit(trace)).isEmpty();

    for (String token : List.of(issuers.dashboardViewer(HART_VAN_BRABANT), issuers.platformOperator(),
        issuers.coaLiaison("AZC-GILZE"))) {
      String t = DossierApi.nieuweTrace();
      export(token, HVB + "/dossiers/export?formaat=xlsx", t, 404);
      assertThat(audit(t)).isEmpty();
    }
    for (String pad : List.of(HVB + "/dashboard/export?formaat=csv",
        "/api/v1/azc-locaties/AZC-OISTERWIJK/dashboard/export?formaat=csv")) {
      String t = DossierApi.nieuweTrace();
      export(issuers.platformOperator(), pad, t, 404);
      export(issuers.coaLiaison("AZC-GILZE"), pad, t, 404);
      export(coordinator, pad.replace("formaat=csv", "formaat=doc"), t, 400);
      assertThat(audit(t)).isEmpty();
    }
  }

  @Test
  void hetDashboardBestandHoudtCelVoorCelDeCijfersVanDeWeergaveVoorElkeKijker() throws Exception {
    afspraken.add(TestAfspraken.actief(web, "hart-van-brabant", "AZC-OISTERWIJK", "GM0855", "2026-01-01"));
    DossierApi api = new DossierApi(web);
    String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);
    for (int i = 0; i < 6; i++) {
      api.maak(coordinator, "hart-van-brabant", i % 2 == 0 ? "GM0855" : "GM0766", "AZC-OISTERWIJK",
          UUID.randomUUID());
    }
    Map<String, String> kijkers = new java.util.LinkedHashMap<>();
    kijkers.put("volledig", coordinator);
    kijkers.put("eigen-gemeente", issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855"));
    kijkers.put("onderdrukt", issuers.dashboardViewer(HART_VAN_BRABANT));
    kijkers.put("eigen-azc", issuers.coaLiaison("AZC-OISTERWIJK"));
    // one format per viewer, in turn: both formats of every viewer's view are checked in memory
    // (WeergaveAuditTest); here the point is the HTTP path, the access and the audit record
    TabularFiles.Format[] formaten = TabularFiles.Format.values();
    int i = 0;
    for (var kijker : kijkers.entrySet()) {
      vergelijk(kijker.getValue(), HVB + "/dashboard", kijker.getKey(), "hart-van-brabant", formaten[i++ % 2]);
    }
    vergelijk(issuers.coaLiaison("AZC-OISTERWIJK"), "/api/v1/azc-locaties/AZC-OISTERWIJK/dashboard", "volledig",
        "AZC-OISTERWIJK", formaten[i % 2]);
  }

  /**
   * The view as JSON and its export, of one version (the ETag of the JSON and the version the
   * export's audit record names): a change in between is asked again.
   */
  private void vergelijk(String token, String pad, String zicht, String object, TabularFiles.Format formaat)
      throws Exception {
    boolean vergeleken = false;
    for (int poging = 0; poging < 10 && !vergeleken; poging++) {
      EntityExchangeResult<byte[]> json = web.get().uri(pad).headers(h -> h.setBearerAuth(token)).exchange()
          .expectStatus().isOk().expectBody().returnResult();
      JsonNode weergave = JSON.readTree(json.getResponseBody());
      assertThat(weergave.get("zicht").asString()).isEqualTo(zicht);
      String trace = DossierApi.nieuweTrace();
      byte[] bestand = export(token, pad + "/export?formaat=" + formaat.extension(), trace, 200).getResponseBody();
      List<Audit> audit = audit(trace);
      assertThat(audit).hasSize(1);
      assertThat(audit.get(0).actie()).isEqualTo("dashboard.exporteren");
      assertThat(audit.get(0).ids()).containsExactly(object);
      assertThat(audit.get(0).kenmerken()).containsEntry("formaat", formaat.extension())
          .containsEntry("zicht", zicht).containsKey("aantal");
      if (("\"" + audit.get(0).kenmerken().get("versie") + "\"").equals(json.getResponseHeaders().getETag())) {
        assertThat(ExportCijfers.zelfdeCijfers(weergave, formaat, bestand)).isGreaterThan(20);
        vergeleken = true;
      }
    }
    assertThat(vergeleken).as("%s %s: one version for the JSON and the file", zicht, formaat).isTrue();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> lijst(String token, String query) {
    return (List<Map<String, Object>>) lijstAntwoord(token, query + "&paginaGrootte=100").get("dossiers");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> lijstAntwoord(String token, String query) {
    return web.get().uri(HVB + "/dossiers?" + query).headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
  }

  private EntityExchangeResult<byte[]> export(String token, String pad, String trace, int status) {
    return web.get().uri(pad).headers(h -> {
      h.setBearerAuth(token);
      h.set("traceparent", DossierApi.traceparent(trace));
    }).exchange().expectStatus().isEqualTo(status).expectBody().returnResult();
  }

  record Audit(String actie, List<String> ids, Map<String, String> kenmerken) {}

  /** The audit records of one request (by its trace id). */
  @SuppressWarnings("unchecked")
  static List<Audit> audit(String trace) throws Exception {
    List<Audit> records = new ArrayList<>();
    try (Connection c = TestDatabase.shared().connectAsOwner();
        var ps = c.prepareStatement("select actie, object_ids, kenmerken::text from audit_record where trace_id = ?")) {
      ps.setString(1, trace);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String kenmerken = rs.getString(3);
          records.add(new Audit(rs.getString(1), Arrays.asList((String[]) rs.getArray(2).getArray()),
              kenmerken == null ? Map.of() : JSON.readValue(kenmerken, Map.class)));
        }
      }
    }
    return records;
  }
}
