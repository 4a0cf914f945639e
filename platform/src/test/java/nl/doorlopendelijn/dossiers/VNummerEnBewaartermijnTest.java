package nl.doorlopendelijn.dossiers;

import static nl.doorlopendelijn.testsupport.TestIssuers.HART_VAN_BRABANT;
import static nl.doorlopendelijn.testsupport.TestIssuers.NOORDOOST_BRABANT;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.internal.DossierOnderhoud;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestDatabase;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** V-nummers: encrypted at rest, never in a log line; closed dossiers go after the region's retention period. */
@PlatformTest
class VNummerEnBewaartermijnTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String NOB = "/api/v1/regios/noordoost-brabant/dossiers";

  @Autowired
  private java.time.Clock klok;

  @Autowired
  WebTestClient web;

  @Autowired
  DossierOnderhoud onderhoud;

  @Test
  void eenRunMetVNummersLaatGeenVNummerInDeLogs() throws Exception {
    String vNummer = String.valueOf(1_000_000_000L + (long) (Math.random() * 8_999_999_999L));
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> vanger = new ListAppender<>();
    vanger.start();
    root.addAppender(vanger);
    Level oud = root.getLevel();
    root.setLevel(Level.DEBUG); // as chatty as the platform gets, wire-level SQL included
    String coordinator = issuers.regioCoordinator(NOORDOOST_BRABANT);
    try {
      Map<String, Object> invoer = DossierApi.invoer("GM0828", "AZC-OVERLOON", UUID.randomUUID());
      invoer.put("vNummer", vNummer);
      Map<String, Object> d = new DossierApi(web).maak(coordinator, "noordoost-brabant", invoer);
      String id = (String) d.get("id");
      assertThat(d.get("vNummer")).isEqualTo(vNummer);
      web.get().uri(NOB + "/{id}", id).headers(h -> h.setBearerAuth(coordinator)).exchange()
          .expectStatus().isOk().expectBody().jsonPath("$.vNummer").isEqualTo(vNummer);
      web.get().uri(NOB + "/{id}/inzage", id).headers(h -> h.setBearerAuth(coordinator)).exchange()
          .expectStatus().isOk().expectBody().jsonPath("$.dossier.vNummer").isEqualTo(vNummer);
      web.get().uri(NOB + "?paginaGrootte=5").headers(h -> h.setBearerAuth(coordinator)).exchange()
          .expectStatus().isOk();
      invoer.put("verwachteVerhuisdatum", LocalDate.now(nl.doorlopendelijn.kernel.Tijdzone.NL).plusMonths(2).toString());
      web.put().uri(NOB + "/{id}", id).headers(h -> {
        h.setBearerAuth(coordinator);
        h.setIfMatch("\"1\"");
      }).contentType(MediaType.APPLICATION_JSON).bodyValue(invoer).exchange().expectStatus().isOk()
          .expectBody().jsonPath("$.vNummer").isEqualTo(vNummer);
      // a rejected V-nummer is not echoed either
      invoer.put("vNummer", vNummer + "X");
      String fout = web.post().uri(NOB).headers(h -> h.setBearerAuth(coordinator))
          .contentType(MediaType.APPLICATION_JSON).bodyValue(invoer).exchange().expectStatus().isBadRequest()
          .expectBody(String.class).returnResult().getResponseBody();
      assertThat(fout).doesNotContain(vNummer);

      // at rest: ciphertext and key id, never the number
      try (Connection c = TestDatabase.shared().connectAsOwner();
          var ps = c.prepareStatement("select set_config('app.tenant_id', ?, false)");
          var q = c.prepareStatement("select v_nummer_versleuteld, v_nummer_sleutel, d::text from dossier d"
              + " where id = ?")) {
        ps.setString(1, Region.idFor("noordoost-brabant").toString());
        ps.execute();
        q.setObject(1, UUID.fromString(id));
        try (ResultSet rs = q.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain(vNummer);
          assertThat(rs.getString(2)).isEqualTo("test-2026");
          assertThat(rs.getString(3)).doesNotContain(vNummer);
        }
      }
    } finally {
      root.setLevel(oud);
      root.detachAppender(vanger);
    }
    assertThat(vanger.list).isNotEmpty();
    assertThat(vanger.list).noneSatisfy(e -> {
      assertThat(e.getFormattedMessage()).contains(vNummer);
    });
    assertThat(vanger.list.stream().filter(e -> e.getThrowableProxy() != null)
        .map(e -> e.getThrowableProxy().getMessage())).noneMatch(m -> m != null && m.contains(vNummer));
  }

  @Test
  void gesloteDossiersWordenNaDeBewaartermijnVanDeRegioVerwijderdMetEenAuditrecord() throws Exception {
    Map<String, Object> nob = new DossierApi(web).maak(issuers.regioCoordinator(NOORDOOST_BRABANT),
        "noordoost-brabant", "GM0828", "AZC-OISTERWIJK", UUID.randomUUID());
    Map<String, Object> hvb = new DossierApi(web).maak(issuers.regioCoordinator(HART_VAN_BRABANT),
        "hart-van-brabant", "GM0855", "AZC-OISTERWIJK", UUID.randomUUID());
    Map<String, Object> open = new DossierApi(web).maak(issuers.regioCoordinator(NOORDOOST_BRABANT),
        "noordoost-brabant", "GM0828", "AZC-OISTERWIJK", UUID.randomUUID());
    web.post().uri(NOB + "/{id}/sluitingen", nob.get("id"))
        .headers(h -> h.setBearerAuth(issuers.regioCoordinator(NOORDOOST_BRABANT))).exchange()
        .expectStatus().isCreated();
    web.post().uri("/api/v1/regios/hart-van-brabant/dossiers/{id}/sluitingen", hvb.get("id"))
        .headers(h -> h.setBearerAuth(issuers.regioCoordinator(HART_VAN_BRABANT))).exchange()
        .expectStatus().isCreated();

    // the day after noordoost-brabant's 365 days: its closed dossier goes; Hart van Brabant keeps 730 days
    // "today" as the platform reckons it (Europe/Amsterdam), not the JVM's zone: from 23:00 UTC they differ by a day
    LocalDate dag = LocalDate.now(klok).plusDays(366);
    List<String> weg = onderhoud.ruimOp(dag).block();
    assertThat(weg).contains((String) nob.get("id")).doesNotContain((String) hvb.get("id"), (String) open.get("id"));
    web.get().uri(NOB + "/{id}", nob.get("id"))
        .headers(h -> h.setBearerAuth(issuers.regioCoordinator(NOORDOOST_BRABANT))).exchange()
        .expectStatus().isNotFound();
    try (Connection c = TestDatabase.shared().connectAsOwner();
        var q = c.prepareStatement("select actor from audit_record where actie = 'dossier.verwijderen'"
            + " and object_ids @> array[cast(? as text)]")) {
      q.setString(1, (String) nob.get("id"));
      try (ResultSet rs = q.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("systeem");
      }
    }
    assertThat(DossierAuditTest.auditIdsVanActie("dossier.aanmaken", (String) nob.get("id"))).isEqualTo(1);
    assertThat(onderhoud.ruimOp(LocalDate.now(klok).plusDays(731)).block()).contains((String) hvb.get("id"));
  }
}
