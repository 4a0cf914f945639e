package nl.doorlopendelijn.notificaties.internal;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code notificatie} (V82) as the recipient's list reads it. */
record NotificatieRij(UUID tenantId, UUID id, String soort, UUID dossierId, String dossiernummer, UUID gesprekId,
    String mijlpaal, OffsetDateTime aangemaaktOp, OffsetDateTime gelezenOp) {

  static final String KOLOMMEN = "tenant_id, id, soort, dossier_id, dossier_nummer, gesprek_id, mijlpaal,"
      + " aangemaakt_op, gelezen_op";

  static NotificatieRij van(Readable r) {
    return new NotificatieRij(r.get("tenant_id", UUID.class), r.get("id", UUID.class), r.get("soort", String.class),
        r.get("dossier_id", UUID.class), r.get("dossier_nummer", String.class), r.get("gesprek_id", UUID.class),
        r.get("mijlpaal", String.class), r.get("aangemaakt_op", OffsetDateTime.class),
        r.get("gelezen_op", OffsetDateTime.class));
  }
}
