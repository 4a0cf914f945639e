package nl.doorlopendelijn.tenancy.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The database timeouts ({@code doorlopendelijn.database.*}, docs/operations.md "Database-tijdslimieten"). The
 * server-side ones (statement, lock, idle in transaction) reach PostgreSQL as connection parameters through
 * {@code spring.r2dbc.properties} in application.yaml, so they hold for every connection built from the connection
 * details: the pool's and the dashboard's LISTEN connection. This record is the client side: a server that went
 * silent never enforces its own statement_timeout, so the client gives up too.
 *
 * @param statementTimeout server-side statement_timeout: a statement running longer is cancelled (SQLSTATE 57014)
 * @param stilteMarge how much longer than the statement timeout the client waits for any answer from the server
 *     before it gives the connection up: long enough for the server's own cancel to arrive first
 * @param validatieNaRust a pooled connection idle longer than this is checked with one round trip before it is
 *     handed out (a busy connection is not: no extra round trip per request under load)
 * @param validatieTijd how long that check may take
 */
@ConfigurationProperties("doorlopendelijn.database")
record DatabaseTijdslimieten(Duration statementTimeout, Duration stilteMarge, Duration validatieNaRust,
    Duration validatieTijd) {

  DatabaseTijdslimieten {
    statementTimeout = statementTimeout == null ? Duration.ofSeconds(10) : statementTimeout;
    stilteMarge = stilteMarge == null ? Duration.ofSeconds(2) : stilteMarge;
    validatieNaRust = validatieNaRust == null ? Duration.ofSeconds(2) : validatieNaRust;
    validatieTijd = validatieTijd == null ? Duration.ofSeconds(2) : validatieTijd;
  }

  /** The longest the client waits for the next answer of the server on a statement. */
  Duration stilteGrens() {
    return statementTimeout.plus(stilteMarge);
  }
}
