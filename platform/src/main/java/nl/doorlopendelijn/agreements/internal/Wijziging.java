package nl.doorlopendelijn.agreements.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of an agreement's history: who did what when, and the values before and after (JSON text). */
record Wijziging(long id, OffsetDateTime tijdstip, String door, String actie, UUID versieId, String oud,
    String nieuw) {}
