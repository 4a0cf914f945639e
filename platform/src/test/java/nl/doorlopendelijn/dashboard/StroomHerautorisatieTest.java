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
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A live dashboard stream is re-authorised (issue 19), not only checked when it opens: it ends, with a last event
 * {@code einde} naming why, when its token expires. The deactivated region's case and the COA liaison's ended
 * agreement are in {@code TweeReplicasTest} (through another replica), the logout's in {@code StroomNaUitloggenTest}.
 * Figures go to docs/operations.md (issue-19 table).
 */
@PlatformTest
class StroomHerautorisatieTest {

  private static final TestIssuers ISSUERS = TestIssuers.shared();
  private static final String REGIO = TestIssuers.HART_VAN_BRABANT;

  @LocalServerPort
  int poort;

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
}
