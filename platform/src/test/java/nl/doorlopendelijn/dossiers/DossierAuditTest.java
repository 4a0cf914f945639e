package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * AVG / BIO 8.15.01: every dossier a request showed or changed is in that request's audit (found by its trace id)
 * exactly once, and nothing else is.
 */
@PlatformTest
class DossierAuditTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String HVB = "/api/v1/regios/hart-van-brabant/dossiers";

  @Autowired
  WebTestClient web;

  @Test
  void elkGetoondOfGewijzigdDossierStaatPreciesEenKeerInDeAuditVanHetVerzoek() throws Exception {
    DossierApi api = new DossierApi(web);
    String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);
    UUID cp = UUID.randomUUID();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add((String) api.maak(coordinator, "hart-van-brabant", "GM0855", "AZC-OISTERWIJK", cp).get("id"));
    }

    // read one
    String lees = DossierApi.nieuweTrace();
    web.get().uri(HVB + "/{id}", ids.get(0)).headers(h -> {
      h.setBearerAuth(coordinator);
      h.set("traceparent", DossierApi.traceparent(lees));
    }).exchange().expectStatus().isOk();
    assertThat(auditIds(lees)).containsExactly(ids.get(0));

    // list: a page of two, then the rest
    String lijst = DossierApi.nieuweTrace();
    List<String> pagina1 = lijstIds(coordinator, cp, 1, lijst);
    assertThat(pagina1).hasSize(2);
    assertThat(auditIds(lijst)).containsExactlyInAnyOrderElementsOf(pagina1);
    String lijst2 = DossierApi.nieuweTrace();
    List<String> pagina2 = lijstIds(coordinator, cp, 2, lijst2);
    assertThat(pagina2).hasSize(1).doesNotContainAnyElementsOf(pagina1);
    assertThat(auditIds(lijst2)).containsExactlyElementsOf(pagina2);

    // change
    String wijzig = DossierApi.nieuweTrace();
    Map<String, Object> invoer = DossierApi.invoer("GM0855", "AZC-OISTERWIJK", cp);
    invoer.put("verwachteVerhuisdatum", java.time.LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).plusMonths(4).toString());
    web.put().uri(HVB + "/{id}", ids.get(1)).headers(h -> {
      h.setBearerAuth(coordinator);
      h.setIfMatch("\"1\"");
      h.set("traceparent", DossierApi.traceparent(wijzig));
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(invoer).exchange().expectStatus().isOk();
    assertThat(auditIds(wijzig)).containsExactly(ids.get(1));

    // the coördinator reads who looked: the reads and the change above are there, by action
    List<String> acties = web.get().uri(HVB + "/{id}/audit", ids.get(1))
        .headers(h -> h.setBearerAuth(coordinator)).exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody().get("verwerkingen") instanceof List<?> l
        ? l.stream().map(r -> (String) ((Map<?, ?>) r).get("actie")).toList() : List.of();
    assertThat(acties).contains("dossier.aanmaken", "dossier.lijst", "dossier.wijzigen");

    // the inzage names the person's dossier and every look at it
    web.get().uri(HVB + "/{id}/inzage", ids.get(1)).headers(h -> h.setBearerAuth(coordinator))
        .exchange().expectStatus().isOk()
        .expectBody()
        .jsonPath("$.dossier.id").isEqualTo(ids.get(1))
        .jsonPath("$.dossier.mijlpalen.length()").value(n -> assertThat((Integer) n).isGreaterThan(5))
        .jsonPath("$.verwerkingen[?(@.actie == 'dossier.wijzigen')]").exists();

    // a gemeente-medewerker who sees the dossier may not read its audit trail
    web.get().uri(HVB + "/{id}/audit", ids.get(1))
        .headers(h -> h.setBearerAuth(issuers.gemeenteMedewerker(HART_VAN_BRABANT, "GM0855")))
        .exchange().expectStatus().isForbidden();
  }

  @SuppressWarnings("unchecked")
  private List<String> lijstIds(String token, UUID cp, int pagina, String trace) {
    Map<String, Object> body = web.get()
        .uri(HVB + "?contactpersoon={cp}&paginaGrootte=2&pagina={p}&sorteer=dossiernummer", cp, pagina)
        .headers(h -> {
          h.setBearerAuth(token);
          h.set("traceparent", DossierApi.traceparent(trace));
        }).exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    return ((List<Map<String, Object>>) body.get("dossiers")).stream().map(d -> (String) d.get("id")).toList();
  }

  /** Every object id in the audit records of one request, with repeats (so "exactly once" can be checked). */
  static List<String> auditIds(String traceId) throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection c = TestDatabase.shared().connectAsOwner();
        var ps = c.prepareStatement("select object_type, object_ids from audit_record where trace_id = ?")) {
      ps.setString(1, traceId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          assertThat(rs.getString(1)).isEqualTo("dossier");
          ids.addAll(Arrays.asList((String[]) rs.getArray(2).getArray()));
        }
      }
    }
    return ids;
  }

  /** How many audit records of this action name the object (audit records outlive the dossier). */
  static int auditIdsVanActie(String actie, String id) throws Exception {
    try (Connection c = TestDatabase.shared().connectAsOwner();
        var ps = c.prepareStatement("select count(*) from audit_record where actie = ? and object_ids @> array[cast(? as text)]")) {
      ps.setString(1, actie);
      ps.setString(2, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
