package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * 503 (try again) only when the database cannot do the work now; a statement the database refuses for what it is
 * (a write in a read-only transaction, 25006; a syntax error; a check constraint) is the platform's fault: 500. Every
 * SQLSTATE class of PostgreSQL (appendix A of its manual), in each shape the error reaches the handler: as the
 * driver raises it (r2dbc-postgresql gives states it does not know a resource-failure class), and wrapped as Spring
 * translates it (a resource failure, or a failed transaction begin).
 */
class DatabaseOnbeschikbaarTest {

  private static final List<String> KLASSEN = List.of("00", "01", "02", "03", "08", "09", "0A", "0B", "0F", "0L",
      "0P", "0Z", "20", "21", "22", "23", "24", "25", "26", "27", "28", "2B", "2D", "2F", "34", "38", "39", "3B", "3D",
      "3F", "40", "42", "44", "53", "54", "55", "57", "58", "72", "F0", "HV", "P0", "XX");
  private static final Set<String> ONBESCHIKBAAR = Set.of("08", "28", "3D", "40", "53", "57", "58");

  private static final List<Function<String, Throwable>> VORMEN = List.of(
      state -> new R2dbcNonTransientResourceException("driver", state),
      state -> new R2dbcTransientResourceException("driver", state),
      state -> new R2dbcBadGrammarException("driver", state),
      state -> new DataAccessResourceFailureException("spring", new R2dbcNonTransientResourceException("d", state)),
      state -> new CannotCreateTransactionException("begin", new R2dbcNonTransientResourceException("d", state)));

  @Test
  void alleenEenDatabaseDieHetNuNietKanGeeft503() {
    List<String> fout = new ArrayList<>();
    int gevallen = 0;
    for (String klasse : KLASSEN) {
      for (String state : List.of(klasse + "000", klasse + "001", klasse + "P01")) {
        boolean verwacht = ONBESCHIKBAAR.contains(klasse) || ProblemWebExceptionHandler.TIMEOUT_SQLSTATES.contains(state);
        for (Function<String, Throwable> vorm : VORMEN) {
          gevallen++;
          Throwable t = vorm.apply(state);
          if (ProblemWebExceptionHandler.isDatabaseUnavailable(t) != verwacht) {
            fout.add(state + " " + t.getClass().getSimpleName() + ": verwacht " + (verwacht ? 503 : 500));
          }
        }
      }
    }
    for (String state : ProblemWebExceptionHandler.TIMEOUT_SQLSTATES) {
      for (Function<String, Throwable> vorm : VORMEN) {
        gevallen++;
        if (!ProblemWebExceptionHandler.isDatabaseUnavailable(vorm.apply(state))) {
          fout.add(state + " (a server timeout): verwacht 503");
        }
      }
    }
    assertThat(fout).as("%d cases", gevallen).isEmpty();
    assertThat(ProblemWebExceptionHandler.isDatabaseUnavailable(new R2dbcNonTransientResourceException("25006",
        "25006"))).as("the write in a read-only transaction of the repeat runs").isFalse();
  }

  @Test
  void zonderSqlstateBeslistHetSoortFout() {
    // a connection closed or refused before the server said anything: no SQLSTATE, the kind of error decides
    assertThat(ProblemWebExceptionHandler.isDatabaseUnavailable(new R2dbcNonTransientResourceException("closed")))
        .isTrue();
    assertThat(ProblemWebExceptionHandler.isDatabaseUnavailable(new DataAccessResourceFailureException("weg",
        new java.net.ConnectException("refused")))).isTrue();
    assertThat(ProblemWebExceptionHandler.isDatabaseUnavailable(new IllegalStateException("bug"))).isFalse();
    assertThat(ProblemWebExceptionHandler.isDatabaseUnavailable(new R2dbcException("no state") { })).isFalse();
  }
}
