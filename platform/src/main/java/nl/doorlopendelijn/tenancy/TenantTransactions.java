package nl.doorlopendelijn.tenancy;

import java.util.UUID;
import java.util.function.Function;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * The one way to touch tenant data: run the work in a transaction bound to one tenant. The transaction manager
 * sets {@code app.tenant_id} for exactly this transaction, and PostgreSQL row-level security shows and accepts
 * only that tenant's rows. Work that runs outside it sees no tenant rows at all.
 *
 * <p>One transaction belongs to one tenant: a cross-region view merges several of these, never nests them.
 */
@Component
public class TenantTransactions {

  /** Reactor context key under which the bound tenant travels to the transaction manager. */
  public static final Object TENANT_KEY = TenantTransactions.class.getName() + ".tenant";

  private final TransactionalOperator readOnly;
  private final TransactionalOperator readWrite;
  private final TransactionalOperator separate;

  public TenantTransactions(ReactiveTransactionManager transactionManager) {
    DefaultTransactionDefinition ro = new DefaultTransactionDefinition();
    ro.setReadOnly(true);
    this.readOnly = TransactionalOperator.create(transactionManager, ro);
    DefaultTransactionDefinition rw = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRED);
    this.readWrite = TransactionalOperator.create(transactionManager, rw);
    this.separate = TransactionalOperator.create(transactionManager,
        new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW));
  }

  public <T> Mono<T> read(UUID tenantId, Mono<T> work) {
    return readOnly.transactional(work).contextWrite(bind(tenantId));
  }

  public <T> Flux<T> readMany(UUID tenantId, Flux<T> work) {
    return readOnly.transactional(work).contextWrite(bind(tenantId));
  }

  public <T> Mono<T> write(UUID tenantId, Mono<T> work) {
    return readWrite.transactional(work).contextWrite(bind(tenantId));
  }

  public <T> Flux<T> writeMany(UUID tenantId, Flux<T> work) {
    return readWrite.transactional(work).contextWrite(bind(tenantId));
  }

  /** Platform-level work (no tenant bound): reference data and platform audit records only. */
  public <T> Mono<T> platform(Mono<T> work) {
    return readWrite.transactional(work).contextWrite(ctx -> ctx.delete(TENANT_KEY));
  }

  /**
   * Platform-level work in a transaction of its own, also when called inside another one: for a record that must
   * outlive the surrounding work when that rolls back (a refusal's audit record inside an Idempotency-Key's
   * transaction, see {@link Idempotentie}).
   */
  public <T> Mono<T> platformSeparately(Mono<T> work) {
    return separate.transactional(work).contextWrite(ctx -> ctx.delete(TENANT_KEY));
  }

  private static Function<Context, Context> bind(UUID tenantId) {
    if (tenantId == null) {
      throw new IllegalArgumentException("tenant id is required");
    }
    return ctx -> ctx.put(TENANT_KEY, tenantId);
  }
}
