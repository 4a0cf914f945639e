package nl.doorlopendelijn.keycloak.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.Replicas;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.testsupport.Wachten;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A deactivated account's token is refused at once although it is still valid (issue 17), by one lookup in memory
 * after verification: on this replica at once, on another after its next read of {@code gedeactiveerd_account};
 * reactivated, the same token works again. Real tokens (TestIssuers), real database.
 */
@PlatformTest
class GedeactiveerdeAccountsTest {

  private static final TestIssuers issuers = TestIssuers.shared();
  private static final String PAD = "/api/v1/regios/hart-van-brabant";

  @Autowired
  WebTestClient web;
  @Autowired
  GedeactiveerdeAccounts accounts;
  @Autowired
  DatabaseClient db;
  @Autowired
  TenantTransactions tx;
  @Autowired
  Replicas replicas;

  @Test
  void eenGedeactiveerdAccountKrijgt401MetEenNogGeldigTokenEnNaHeractiverenWeer200() {
    String subject = "gebruiker-" + UUID.randomUUID();
    String token = issuers.token(TestIssuers.HART_VAN_BRABANT, subject, List.of("gemeente-medewerker"),
        Map.of("gemeente", "GM0766"));
    String issuer = issuers.issuer(TestIssuers.HART_VAN_BRABANT);
    web.get().uri(PAD).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
    // another replica, listening for announcements as every replica does (issue 19: no polling)
    GedeactiveerdeAccounts andereReplica = new GedeactiveerdeAccounts(db, tx, Clock.systemUTC(), replicas);
    andereReplica.start();

    accounts.deactiveer(issuer, subject).block();
    long gedeactiveerd = System.nanoTime();
    web.get().uri(PAD).headers(h -> h.setBearerAuth(token)).exchange()
        .expectStatus().isUnauthorized()
        .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    // another account of the same realm is not touched
    web.get().uri(PAD).headers(h -> h.setBearerAuth(issuers.regioCoordinator(TestIssuers.HART_VAN_BRABANT)))
        .exchange().expectStatus().isOk();

    // the other replica learns it from the announcement sent on commit (limit ~10 x the target of 1 s)
    assertThat(Wachten.tot(Duration.ofSeconds(10), () -> andereReplica.geweigerd(issuer, subject))).isTrue();
    System.out.printf("GEMETEN andere replica weigert gedeactiveerd account na %d ms%n",
        Wachten.msSinds(gedeactiveerd));
    assertThat(andereReplica.geweigerd(issuers.issuer(TestIssuers.NOORDOOST_BRABANT), subject)).isFalse();

    accounts.heractiveer(issuer, subject).block();
    web.get().uri(PAD).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk();
    assertThat(Wachten.tot(Duration.ofSeconds(10), () -> !andereReplica.geweigerd(issuer, subject))).isTrue();
    andereReplica.destroy();
  }

  @Test
  void deControleOpElkVerzoekIsEenOpzoekingInHetGeheugen() {
    GedeactiveerdeAccounts veel = new GedeactiveerdeAccounts(db, tx, Clock.systemUTC(), replicas);
    String issuer = issuers.issuer(TestIssuers.HART_VAN_BRABANT);
    // 500 deactivated accounts in the table, read as a replica reads them
    db.sql("insert into gedeactiveerd_account (issuer, subject, sinds) select :issuer, 'veel-' || g, now()"
        + " from generate_series(1, 500) g on conflict do nothing").bind("issuer", issuer).then().block();
    veel.lees().block();
    String[] subjects = new String[1024];
    for (int i = 0; i < subjects.length; i++) {
      subjects[i] = "actief-" + i;
    }
    // the fastest of 30 rounds: on a shared machine a round is often preempted, the fastest one is the lookup
    boolean gevonden = false;
    double snelste = Double.MAX_VALUE;
    int perRonde = 200_000;
    for (int ronde = 0; ronde < 30; ronde++) {
      long start = System.nanoTime();
      for (int i = 0; i < perRonde; i++) {
        gevonden |= veel.geweigerd(issuer, subjects[i & 1023]);
      }
      snelste = Math.min(snelste, (System.nanoTime() - start) / (double) perRonde);
    }
    System.out.printf("gedeactiveerde accounts: %.0f ns per opzoeking bij 500 gedeactiveerde accounts%n", snelste);
    assertThat(gevonden).isFalse();
    assertThat(veel.geweigerd(issuer, "veel-7")).isTrue();
    // a request costs hundreds of microseconds; the lookup (two hash lookups) stays far below one
    assertThat(snelste).isLessThan(1_000);
    db.sql("delete from gedeactiveerd_account where subject like 'veel-%'").then().block();
  }
}
