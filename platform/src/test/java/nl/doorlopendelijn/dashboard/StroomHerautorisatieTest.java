package nl.doorlopendelijn.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.doorlopendelijn.testsupport.PlatformTest;
import nl.doorlopendelijn.testsupport.SseOpname;
import nl.doorlopendelijn.testsupport.TestAfspraken;
import nl.doorlopendelijn.testsupport.TestIssuers;
import nl.doorlopendelijn.testsupport.Wachten;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A live dashboard stream is re-authorised (issue 19), not only checked when it opens: it ends, with a last event
 * {@code einde} naming why, when its token expires, and when a COA liaison's agreement with the region ends (her
 * region's stream and her azc's). The deactivated region's case is in {@code TweeReplicasTest} (through another
 * replica), the logout's in {@code StroomNaUitloggenTest}. Figures go to docs/operations.md (issue-19 table).
 */
@PlatformTest
class StroomHerautorisatieTest {

  private static final TestIssuers ISSUERS = TestIssuers.shared();
  private static final String REGIO = TestIssuers.HART_VAN_BRABANT;
  /** An azc no other test makes agreements for: its liaison's access is this test's agreement alone. */
  private static final String AZC = "AZC-DALFSEN";

  @Autowired
  WebTestClient web;
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

  @Test
  void deStromenVanEenCoaContactpersoonEindigenAlsHaarAfspraakEindigt() {
    String afspraak = TestAfspraken.actief(web, REGIO, AZC, "GM0855", "2026-01-01");
    String token = ISSUERS.coaLiaison(AZC);
    try (SseOpname regio = SseOpname.open(poort, "/api/v1/regios/" + REGIO + "/dashboard/stream",
        h -> h.setBearerAuth(token));
        SseOpname azc = SseOpname.open(poort, "/api/v1/azc-locaties/" + AZC + "/dashboard/stream",
            h -> h.setBearerAuth(token))) {
      assertThat(Wachten.tot(Duration.ofSeconds(10), () -> !regio.events.isEmpty() && !azc.events.isEmpty()))
          .as("both streams opened").isTrue();
      assertThat(regio.beeindigd() || azc.beeindigd()).isFalse();
      TestAfspraken.beeindig(web, REGIO, afspraak);
      long beeindigd = System.nanoTime();
      // checked again every 5 s (doorlopendelijn.dashboard.herkeuren): limit ~10 x that
      assertThat(regio.wachtOpEinde(Duration.ofSeconds(50))).as("her region's stream ended").isTrue();
      assertThat(azc.wachtOpEinde(Duration.ofSeconds(50))).as("her azc's stream ended").isTrue();
      assertThat(regio.laatste("einde")).isEqualTo("toegang-gewijzigd");
      assertThat(azc.laatste("einde")).isEqualTo("toegang-gewijzigd");
      System.out.printf("GEMETEN stromen van de COA eindigen na einde afspraak: regio %d ms, azc %d ms%n",
          (regio.eindeNanos() - beeindigd) / 1_000_000, (azc.eindeNanos() - beeindigd) / 1_000_000);
    }
    // and she can no longer open one
    web.get().uri("/api/v1/regios/" + REGIO + "/dashboard/stream").headers(h -> h.setBearerAuth(token))
        .exchange().expectStatus().isNotFound();
  }
}
