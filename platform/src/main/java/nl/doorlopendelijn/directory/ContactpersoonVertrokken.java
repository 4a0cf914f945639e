package nl.doorlopendelijn.directory;

import java.time.Instant;
import java.util.UUID;

/**
 * A contactpersoon has left the organisation (was deactivated). Agreements and dossiers that name the person turn
 * this into a signal. Published inside the transaction that deactivates, through Spring's reactive
 * {@code TransactionalEventPublisher}: listen with {@code @TransactionalEventListener} (after commit, the default
 * phase) so a rolled-back deactivation is never seen. Listeners run on the committing thread, which is an event
 * loop: do not block there, hand reactive work off ({@code subscribe()}) or move it to a bounded-elastic scheduler.
 */
public record ContactpersoonVertrokken(UUID contactpersoonId, UUID organisatieId, Instant vertrokkenOp) {}
