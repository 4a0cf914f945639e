package nl.doorlopendelijn.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** A stored audit record, as read back (e.g. "who looked at this dossier"). */
public record AuditRecord(long id, OffsetDateTime tijdstip, String actor, String actorIssuer, String actie,
    String objectType, List<String> objectIds, String resultaat, String herkomst, String traceId,
    String verwerkingsactiviteit) {}
