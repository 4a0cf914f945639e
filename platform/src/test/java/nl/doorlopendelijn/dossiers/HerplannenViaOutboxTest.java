package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.kernel.Tijdzone;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestAfspraken;
import nl.doorlopendelijn.testsupport.TestContactpersonen;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A new agreement version coming into force replans its dossiers through the outbox: published in the signing
 * transaction, delivered after commit, and retried when the replan fails (here: the database refuses the dossier
 * update once, a real failure of the real database), until it succeeds.
 */
@PlatformTest
class HerplannenViaOutboxTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String GEMEENTE = "GM0797";
  private static final String AZC = "AZC-OISTERWIJK";
  /** Today: the newest agreement in force is the one that plans, so other tests' agreements do not interfere. */
  private static final String VANDAAG = LocalDate.now(Tijdzone.NL).toString();
  private static final String PAD = "/api/v1/regios/" + HART_VAN_BRABANT + "/samenwerkingsafspraken";
  private static final String LUISTERAAR = "dossiers.afspraakversie-geactiveerd";
  private static final Duration RUIM = Duration.ofSeconds(30);

  @Autowired WebTestClient web;

  @Test
  void eenMisluktHerplannenWordtHerhaaldTotHetDossierDeNieuweVersieVolgt() {
    String v1 = TestAfspraken.actief(web, HART_VAN_BRABANT, AZC, GEMEENTE, VANDAAG);
    String heusden = issuers.gemeenteMedewerker(HART_VAN_BRABANT, GEMEENTE);
    Map<String, Object> dossier = new DossierApi(web).maak(heusden, HART_VAN_BRABANT, GEMEENTE, AZC,
        TestContactpersonen.nieuw());
    String dossierId = (String) dossier.get("id");
    assertThat(dossier.get("afspraakVersieId")).as("het dossier volgt eerst versie 1").isEqualTo(v1);

    String v2 = nieuweVersieTerOndertekening(v1);
    UUID v2Id = UUID.fromString(v2);
    owner("create or replace function proef_weiger_herplannen() returns trigger language plpgsql as $$"
        + " begin if new.afspraak_versie_id = '" + v2Id + "'::uuid then"
        + " raise exception 'proefstoring: herplannen geweigerd'; end if; return new; end $$");
    owner("create trigger proef_weiger_herplannen before update on dossier for each row"
        + " execute function proef_weiger_herplannen()");
    try {
      teken(v2, issuers.gemeenteMedewerker(HART_VAN_BRABANT, GEMEENTE), GEMEENTE);
      teken(v2, issuers.coaLiaison(AZC), AZC).expectBody().jsonPath("$.status").isEqualTo("actief");

      // the replan failed, was recorded for the operator, and the dossier still follows version 1
      await().atMost(RUIM).until(() -> aflevering(v2, "last_error") != null);
      // (the stored error is cut short: it names the refused update of the dossier, the trigger's text comes later)
      assertThat(aflevering(v2, "last_error")).contains("update dossier set");
      assertThat(aflevering(v2, "delivered_at")).isNull();
      assertThat(afspraakVersieVan(dossierId)).isEqualTo(v1);
    } finally {
      owner("drop trigger if exists proef_weiger_herplannen on dossier");
      owner("drop function if exists proef_weiger_herplannen()");
    }
    // the next attempt succeeds (made due now rather than after its backoff): the dossier now follows version 2
    query("update outbox set next_attempt_at = now() where listener = ? and payload ->> 'nieuweVersieId' = ?"
        + " and delivered_at is null returning id::text", LUISTERAAR, v2);
    await().atMost(RUIM).until(() -> aflevering(v2, "delivered_at") != null);
    assertThat(Integer.parseInt(aflevering(v2, "attempts"))).isGreaterThanOrEqualTo(2);
    assertThat(afspraakVersieVan(dossierId)).isEqualTo(v2);
    // tests end what they bring into force: other tests plan Heusden's dossiers with Oisterwijk too
    TestAfspraken.beeindig(web, HART_VAN_BRABANT, v2);
  }

  private String nieuweVersieTerOndertekening(String v1) {
    String coordinator = issuers.regioCoordinator(HART_VAN_BRABANT);
    String etag = web.get().uri(PAD + "/" + v1).headers(h -> h.setBearerAuth(coordinator)).exchange()
        .expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();
    Map<String, Object> body = Map.of(
        "azc", Map.of("code", AZC, "contactpersoonId", TestContactpersonen.nieuw(AZC).toString()),
        "gemeenten", List.of(Map.of("cbsCode", GEMEENTE,
            "contactpersoonId", TestContactpersonen.nieuw(AZC).toString())),
        "scenario", "snelle-start",
        "geldigVanaf", VANDAAG,
        "normen", Map.of("dagenTotKennismaking", 3),
        "afspraken", "Testafspraak, versie 2");
    @SuppressWarnings("unchecked")
    Map<String, Object> nieuw = web.put().uri(PAD + "/" + v1).headers(h -> {
      h.setBearerAuth(coordinator);
      h.setIfMatch(etag);
    }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
        .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    String v2 = (String) nieuw.get("id");
    web.post().uri(PAD + "/" + v2 + "/ter-ondertekening").headers(h -> h.setBearerAuth(coordinator))
        .exchange().expectStatus().isOk();
    return v2;
  }

  private WebTestClient.ResponseSpec teken(String versie, String token, String partij) {
    return web.post().uri(PAD + "/" + versie + "/ondertekeningen").headers(h -> h.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("partij", partij)).exchange()
        .expectStatus().isCreated();
  }

  private static String aflevering(String nieuweVersie, String kolom) {
    return query("select " + kolom + "::text from outbox where listener = ? and payload ->> 'nieuweVersieId' = ?",
        LUISTERAAR, nieuweVersie);
  }

  /** Through the API, as the coördinator: the dossier rows are behind row-level security (forced). */
  private String afspraakVersieVan(String dossierId) {
    return (String) web.get().uri("/api/v1/regios/" + HART_VAN_BRABANT + "/dossiers/" + dossierId)
        .headers(h -> h.setBearerAuth(issuers.regioCoordinator(HART_VAN_BRABANT))).exchange()
        .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("afspraakVersieId");
  }

  private static String query(String sql, String... args) {
    try (Connection c = TestDatabase.shared().connectAsOwner(); var q = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        q.setString(i + 1, args[i]);
      }
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void owner(String sql) {
    try (Connection c = TestDatabase.shared().connectAsOwner(); var q = c.createStatement()) {
      q.execute(sql);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
