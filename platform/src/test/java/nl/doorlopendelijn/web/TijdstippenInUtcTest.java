package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every moment the API answers is in UTC ({@code …Z}, docs/api.md), whatever the zone of the JVM it runs in:
 * r2dbc-postgresql gives a {@code timestamptz} the JVM's default offset, so a platform on a machine in
 * Europe/Amsterdam answered {@code +01:00} (found in issue 18 when the tests ran in that zone). Every answer is
 * written by the application's one {@link JsonMapper} (main code builds no other for answers: the idempotency
 * key's canonical form and the Keycloak realm files have their own), so the rule is tested on it.
 *
 * <p>(Changing the JVM's zone inside the running test did not show the old defect through the API — the pool's
 * connections were made before the change — so the test asks the mapper directly.)
 */
@PlatformTest
class TijdstippenInUtcTest {

  @Autowired
  JsonMapper json;

  /** The rule in the mapper: every offset the world uses, written as the same instant in UTC. */
  @Test
  void deMapperSchrijftElkeOffsetAlsHetzelfdeMomentInUtc() {
    Instant moment = Instant.parse("2026-03-29T00:30:00Z"); // the night the Dutch clocks go forward
    for (int kwartieren = -12 * 4; kwartieren <= 14 * 4; kwartieren++) {
      OffsetDateTime tijd = moment.atOffset(ZoneOffset.ofTotalSeconds(kwartieren * 15 * 60));
      String geschreven = json.writeValueAsString(tijd).replace("\"", "");
      assertThat(geschreven).as("offset %s", tijd.getOffset()).endsWith("Z");
      assertThat(OffsetDateTime.parse(geschreven).toInstant()).isEqualTo(moment);
      assertThat(json.writeValueAsString(tijd.atZoneSameInstant(ZoneId.of("Europe/Amsterdam")))
          .replace("\"", "")).isEqualTo(geschreven);
    }
  }
}
