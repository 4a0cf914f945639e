package nl.doorlopendelijn.notificaties.internal;

import java.util.UUID;
import nl.doorlopendelijn.notificaties.NotificatieSoort;
import reactor.core.publisher.Flux;

/**
 * What one event of the dossiers means for the notificaties: its soort, the dossier it is about, and who may hear
 * of it (before the rules: linked entries only, never the actor, each once).
 *
 * @param kandidaten the gids entries the event names or implies (may repeat; unlinked ones are dropped)
 * @param doorIssuer with {@code doorSubject}, the user who caused it (never notified), or null for the platform
 */
record Melding(UUID tenantId, NotificatieSoort soort, UUID dossierId, String dossiernummer, UUID gesprekId,
    String mijlpaal, Flux<UUID> kandidaten, String doorIssuer, String doorSubject) {}
