package nl.doorlopendelijn.agreements.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One entry of an agreement's history: who did what when, and the values before and after (JSON text); {@code door}
 * the pseudonymous subject, {@code doorNaam} the name the token carried then ({@code null}: the system, or no name).
 */
record Wijziging(long id, OffsetDateTime tijdstip, String door, String doorNaam, String actie, UUID versieId, String oud,
    String nieuw) {}
