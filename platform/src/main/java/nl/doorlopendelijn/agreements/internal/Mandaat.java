package nl.doorlopendelijn.agreements.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A mandaat recorded on one version of an agreement: gemeente {@code gemeente}, through its tekenbevoegde, lets the
 * region's coördinator sign this version for it, by the mandaatbesluit {@code kenmerk}. Names are as the tokens
 * carried them at the time.
 */
record Mandaat(UUID id, UUID versieId, String gemeente, String kenmerk, String verleendDoorNaam,
    OffsetDateTime verleendOp, String ingetrokkenDoorNaam, OffsetDateTime ingetrokkenOp, OffsetDateTime gebruiktOp) {

  boolean open() {
    return ingetrokkenOp == null;
  }

  boolean gebruikt() {
    return gebruiktOp != null;
  }
}
