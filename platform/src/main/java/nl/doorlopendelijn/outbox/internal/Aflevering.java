package nl.doorlopendelijn.outbox.internal;

import java.util.UUID;

/** One claimed delivery of one event to one listener. */
record Aflevering(UUID tenantId, UUID id, UUID eventId, String eventType, String listener, String payload,
    int poging) {}
