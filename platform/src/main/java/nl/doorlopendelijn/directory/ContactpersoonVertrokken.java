package nl.doorlopendelijn.directory;

import java.time.Instant;
import java.util.UUID;

/**
 * A contactpersoon has left the organisation (was deactivated). Agreements and dossiers that name the person turn
 * this into a signal. Published through the outbox ({@link nl.doorlopendelijn.outbox.Outbox#publish}) in the
 * transaction that deactivates: listen with an {@link nl.doorlopendelijn.outbox.OutboxListener}, which hears it
 * after commit, at least once (make the work idempotent), retried until it succeeds; a rolled-back deactivation is
 * never seen.
 */
public record ContactpersoonVertrokken(UUID contactpersoonId, UUID organisatieId, Instant vertrokkenOp) {}
