package nl.doorlopendelijn.agreements;

import java.util.UUID;

/**
 * A version of an agreement became active because its last party signed. Written to the outbox
 * ({@link nl.doorlopendelijn.outbox.Outbox#publish}) in the signing transaction; heard after commit, at least once,
 * by {@link nl.doorlopendelijn.outbox.OutboxListener}s (the dossiers replan, the dashboard recomputes).
 *
 * @param oudeVersieId the version it supersedes (now {@code vervangen}), or {@code null} for a first version
 */
public record AfspraakVersieGeactiveerd(UUID tenantId, UUID afspraakId, UUID oudeVersieId, UUID nieuweVersieId) {}
