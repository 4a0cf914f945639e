package nl.doorlopendelijn.tenancy.internal;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.util.UUID;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Binds the tenant to each transaction right after BEGIN: {@code set_config('app.tenant_id', $1, true)}, with the
 * id as a bound parameter, local to the transaction so a pooled connection never carries it into the next one.
 * One extra round trip per transaction, on the hot path of every request; nothing else is needed per query.
 */
class TenantBoundTransactionManager extends R2dbcTransactionManager {

  static final String BIND_TENANT = "select set_config('app.tenant_id', $1, true)";

  TenantBoundTransactionManager(ConnectionFactory connectionFactory) {
    super(connectionFactory);
  }

  @Override
  protected Mono<Void> prepareTransactionalConnection(Connection con, TransactionDefinition definition) {
    return Mono.deferContextual(ctx -> ctx.<UUID>getOrEmpty(TenantTransactions.TENANT_KEY)
        .map(tenant -> Flux.from(con.createStatement(BIND_TENANT).bind(0, tenant.toString()).execute())
            .concatMap(result -> result.map((row, meta) -> 1))
            .then())
        .orElse(Mono.empty()));
  }
}
