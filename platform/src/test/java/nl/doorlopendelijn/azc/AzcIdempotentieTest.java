package nl.doorlopendelijn.azc;

import static nl.doorlopendelijn.testsupport.IdempotentieProef.tel;

import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import nl.doorlopendelijn.testsupport.IdempotentieProef;
import nl.doorlopendelijn.testsupport.IdempotentieProef.Verzoek;
import nl.doorlopendelijn.testsupport.ModuleTest;
import nl.doorlopendelijn.testsupport.TestIssuers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The one Idempotency-Key rule on {@code POST /azc-locaties} (national scope): a repeat is not a 409 but the first answer. */
@ModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"keycloak", "web"})
@AutoConfigureWebTestClient(timeout = "30s")
class AzcIdempotentieTest {

  @Autowired
  WebTestClient web;

  private final String operator = TestIssuers.shared().platformOperator();

  private static String code() {
    return "AZC-SLEUTEL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  private Verzoek nieuweLocatie(String code) {
    return new Verzoek("/api/v1/azc-locaties", Map.of("code", code, "naam", "azc Sleutel", "plaats", "Test",
        "coaRegio", "Zuid"), operator);
  }

  private static IntSupplier locaties(String code) {
    return () -> tel(null, "select count(*) from azc_locatie where code = ?", code);
  }

  @Test
  void herhaaldAanmakenKrijgtHetEersteAntwoord() {
    String code = code();
    new IdempotentieProef(web).herhalingKrijgtHetEersteAntwoord(nieuweLocatie(code), 201, locaties(code));
  }

  @Test
  void dezelfdeSleutelMetEenAndereLocatieGeeft422() {
    String ander = code();
    new IdempotentieProef(web).anderVerzoekMetDezelfdeSleutelGeeft422(nieuweLocatie(code()), nieuweLocatie(ander),
        locaties(ander));
  }

  @Test
  void gelijktijdigeHerhalingenMakenEenLocatie() {
    String code = code();
    new IdempotentieProef(web).gelijktijdigeHerhalingenDoenHetWerkEenmaal(nieuweLocatie(code), 6, locaties(code));
  }
}
