package nl.doorlopendelijn.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.SseOpname;
import nl.doorlopendelijn.testsupport.TestIssuers;
import nl.doorlopendelijn.testsupport.Wachten;
import nl.doorlopendelijn.tenancy.Replicas;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A live dashboard stream is re-authorised (issue 19), not only checked when it opens: it ends, with a last event
 * {@code einde} naming why, when its token expires and when its account is deactivated. The deactivated region's case and the COA liaison's ended
 * agreement are in {@code TweeReplicasTest} (through another replica), the logout's in {@code StroomNaUitloggenTest}.
 * Figures go to docs/operations.md (issue-19 table).
 */
@PlatformTest
class StroomHerautorisatieTest {

  private static final TestIssuers ISSUERS = TestIssuers.shared();
  private static final String REGIO = TestIssuers.HART_VAN_BRABANT;

  @LocalServerPort
  int poort;

  @Autowired
  DatabaseClient db;

  @Autowired
  TenantTransactions tx;

  @Autowired
  Replicas replicas;

  @Test
  void eenStroomEindigtAlsZijnTokenVerloopt() {
    Instant nu = Instant.now();
    Map<String, Object> claims = ISSUERS.claims(REGIO, "kortlevend-" + nu.toEpochMilli(),
        List.of("regio-coordinator"), Map.of(), nu, Duration.ofSeconds(3));
    String token = ISSUERS.sign(REGIO, claims);
    long exp = ((Number) claims.get("exp")).longValue() * 1000;
    try (SseOpname stroom = SseOpname.open(poort, "/api/v1/regios/" + REGIO + "/dashboard/stream",
        h -> h.setBearerAuth(token))) {
      assertThat(Wachten.tot(Duration.ofSeconds(10), () -> !stroom.events.isEmpty())).as("stream opened").isTrue();
      // its token lives 3 s: the stream ends then (the token's own check allows 60 s of clock skew on top)
      assertThat(stroom.wachtOpEinde(Duration.ofSeconds(3 + 10))).as("stream ended").isTrue();
      assertThat(stroom.laatste("einde")).isEqualTo("token-verlopen");
      assertThat(stroom.fout()).isNull();
      assertThat(stroom.eindeMillis()).isGreaterThanOrEqualTo(exp);
      System.out.printf("GEMETEN stroom eindigt %d ms na exp van het token%n", stroom.eindeMillis() - exp);
    }
  }

  @Test
  void eenStroomEindigtAlsZijnAccountWordtGedeactiveerd() {
    String subject = "wordt-gedeactiveerd-" + System.nanoTime();
    String andere = "blijft-" + System.nanoTime();
    String token = ISSUERS.token(REGIO, subject, List.of("regio-coordinator"), Map.of());
    String tokenAndere = ISSUERS.token(REGIO, andere, List.of("regio-coordinator"), Map.of());
    String pad = "/api/v1/regios/" + REGIO + "/dashboard/stream";
    try (SseOpname stroom = SseOpname.open(poort, pad, h -> h.setBearerAuth(token));
        SseOpname blijft = SseOpname.open(poort, pad, h -> h.setBearerAuth(tokenAndere))) {
      assertThat(Wachten.tot(Duration.ofSeconds(10), () -> !stroom.events.isEmpty() && !blijft.events.isEmpty()))
          .as("streams opened").isTrue();
      // as another replica deactivates her: the row, announced in the same transaction (tenancy.Replicas); this
      // replica learns it from the announcement, as from any other replica
      tx.platform(db.sql("insert into gedeactiveerd_account (issuer, subject, sinds) values (:i, :s, now())")
              .bind("i", ISSUERS.issuer(REGIO)).bind("s", subject).then()
              .then(replicas.meld(Replicas.Onderwerp.ACCOUNT, ISSUERS.issuer(REGIO))))
          .block(Duration.ofSeconds(10));
      long gedeactiveerd = System.currentTimeMillis();
      assertThat(stroom.wachtOpEinde(Duration.ofSeconds(10))).as("her stream ended").isTrue();
      assertThat(stroom.laatste("einde")).isEqualTo("account-gedeactiveerd");
      assertThat(stroom.fout()).isNull();
      System.out.printf("GEMETEN stroom van een gedeactiveerd account eindigt %d ms na de deactivering%n",
          stroom.eindeMillis() - gedeactiveerd);
      // the other account's stream goes on
      assertThat(blijft.wachtOpEinde(Duration.ofSeconds(2))).as("the other stream ended").isFalse();
    } finally {
      db.sql("delete from gedeactiveerd_account where subject = :s").bind("s", subject).then()
          .as(tx::platform).then(replicas.meld(Replicas.Onderwerp.ACCOUNT, ISSUERS.issuer(REGIO)))
          .block(Duration.ofSeconds(10));
    }
  }
}
