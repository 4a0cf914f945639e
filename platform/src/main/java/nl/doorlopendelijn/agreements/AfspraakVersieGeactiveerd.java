package nl.doorlopendelijn.agreements;

import java.util.UUID;

/**
 * Published after commit when a version of an agreement becomes active because its last party signed.
 *
 * @param oudeVersieId the version it supersedes (now {@code vervangen}), or {@code null} for a first version
 */
public record AfspraakVersieGeactiveerd(UUID tenantId, UUID afspraakId, UUID oudeVersieId, UUID nieuweVersieId) {}
