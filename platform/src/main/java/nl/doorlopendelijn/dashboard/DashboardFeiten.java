package nl.doorlopendelijn.dashboard;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * How the dashboard learns of a dossier change. Call it INSIDE the tenant-bound write transaction of the change
 * ({@code TenantTransactions.write(tenantId, ...)}): the fact is stored in the same transaction and a PostgreSQL
 * NOTIFY is queued in it, so every dashboard replica hears of the change exactly when it commits, and not at all
 * when it rolls back. Outside such a transaction (or bound to another tenant) both methods fail.
 */
public interface DashboardFeiten {

  /** Inserts or replaces the facts of one dossier. */
  Mono<Void> registreer(DossierFeit feit);

  /** Forgets a dossier (deleted, or past its retention period). */
  Mono<Void> verwijder(UUID tenantId, UUID dossierId);
}
