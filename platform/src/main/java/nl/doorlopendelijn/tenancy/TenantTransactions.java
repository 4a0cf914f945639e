package nl.doorlopendelijn.tenancy;

import java.util.UUID;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
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
  private final DatabaseClient db;

  public TenantTransactions(ReactiveTransactionManager transactionManager) {
    this(transactionManager, null);
  }

  @org.springframework.beans.factory.annotation.Autowired
  public TenantTransactions(ReactiveTransactionManager transactionManager, DatabaseClient db) {
    this.db = db;
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

  /**
   * The one transaction that works in two tenants (issue 18: a dossier moving to another region, atomically). It
   * begins bound to {@code thuis} (or joins the caller's transaction of that tenant, e.g. an Idempotency-Key's) and
   * stays there; a step in the other tenant runs through {@link TweeRegios#in}, which rebinds
   * {@code app.tenant_id} (local to this transaction) for that step only and back to {@code thuis} after it. Row-level
   * security stays as it is: every statement still sees exactly one tenant, the one of its step. Steps must run one
   * after another (never zipped): they share the transaction's connection.
   */
  public <T> Mono<T> writeInTwee(UUID thuis, UUID ander, Function<TweeRegios, Mono<T>> werk) {
    if (thuis == null || ander == null || thuis.equals(ander) || db == null) {
      throw new IllegalArgumentException("two different tenants are required");
    }
    TweeRegios twee = new TweeRegios(thuis, ander, db);
    return readWrite.transactional(Mono.defer(() -> werk.apply(twee))).contextWrite(bind(thuis));
  }

  /** The two tenants of a {@link #writeInTwee} transaction; no other tenant can be bound through it. */
  public static final class TweeRegios {

    private static final String BIND = "select set_config('app.tenant_id', :tenant, true) as t";

    private final UUID thuis;
    private final UUID ander;
    private final DatabaseClient db;

    private TweeRegios(UUID thuis, UUID ander, DatabaseClient db) {
      this.thuis = thuis;
      this.ander = ander;
      this.db = db;
    }

    public UUID thuis() {
      return thuis;
    }

    public UUID ander() {
      return ander;
    }

    /** Runs {@code stap} bound to {@code tenant} (one of the two), then binds the transaction to thuis again. */
    public <T> Mono<T> in(UUID tenant, Mono<T> stap) {
      if (!tenant.equals(thuis) && !tenant.equals(ander)) {
        return Mono.error(new IllegalArgumentException("tenant is not one of this transaction's two"));
      }
      if (tenant.equals(thuis)) {
        return stap;
      }
      return bind(tenant)
          .then(stap.contextWrite(ctx -> ctx.put(TENANT_KEY, tenant)))
          .map(java.util.Optional::of)
          .defaultIfEmpty(java.util.Optional.empty())
          .flatMap(uitkomst -> bind(thuis).then(Mono.justOrEmpty(uitkomst)));
    }

    private Mono<Void> bind(UUID tenant) {
      return Mono.defer(() -> db.sql(BIND).bind("tenant", tenant.toString())
          .map((row, meta) -> 1).first().then());
    }
  }

  private static Function<Context, Context> bind(UUID tenantId) {
    if (tenantId == null) {
      throw new IllegalArgumentException("tenant id is required");
    }
    return ctx -> ctx.put(TENANT_KEY, tenantId);
  }
}
