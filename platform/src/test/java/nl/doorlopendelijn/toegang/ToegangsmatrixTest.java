package nl.doorlopendelijn.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import nl.doorlopendelijn.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11 §6: every operation of the OpenAPI document × every role × objects of the own and another gemeente,
 * region and azc, against the hand-written table {@code toegang/toegangsmatrix.csv}, with really signed tokens of
 * the suite's issuers. An operation of the document without a rule fails here by name.
 */
@PlatformTest
class ToegangsmatrixTest {

  @LocalServerPort
  int poort;

  @Test
  void elkeOperatieElkeRolElkObjectGeeftWatDeMatrixZegt() {
    MatrixUitvoering uitvoering = new MatrixUitvoering(poort, MatrixTokens.vanTestIssuers(),
        Toegangsmatrix.lees("toegang/toegangsmatrix.csv"));

    MatrixUitvoering.Resultaat r = uitvoering.voerUit(g -> true);

    String rapport = MatrixUitvoering.rapport(r);
    System.out.println(rapport);
    assertThat(r.tabelfouten()).as(rapport).isEmpty();
    assertThat(r.gevallen()).as("aantal gevallen").hasSizeGreaterThanOrEqualTo(1000);
    assertThat(r.afwijkingen()).as(rapport).isEmpty();
  }
}
