package nl.doorlopendelijn.notificaties.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.notificaties.NotificatieSoort;

/** One notification as the caller's list shows it: what, about which dossier, in which region, when, read. */
@Schema(name = "Notificatie")
record NotificatieWeergave(UUID id, Regio regio, String soort, String soortNaam, Dossier dossier, UUID gesprekId,
    String mijlpaal, String mijlpaalNaam, OffsetDateTime aangemaaktOp, OffsetDateTime gelezenOp) {

  @Schema(name = "NotificatieRegio")
  record Regio(String slug, String naam) {}

  @Schema(name = "NotificatieDossier")
  record Dossier(UUID id, String nummer) {}

  static NotificatieWeergave van(MijnNotificaties.InRegio i) {
    NotificatieRij r = i.rij();
    String soortNaam = NotificatieSoort.vanCode(r.soort()).map(NotificatieSoort::label).orElse(r.soort());
    String mijlpaalNaam = r.mijlpaal() == null ? null : java.util.Arrays.stream(MijlpaalType.values())
        .filter(m -> m.code().equals(r.mijlpaal())).findFirst().map(MijlpaalType::label).orElse(r.mijlpaal());
    return new NotificatieWeergave(r.id(), new Regio(i.regio().slug(), i.regio().naam()), r.soort(), soortNaam,
        new Dossier(r.dossierId(), r.dossiernummer()), r.gesprekId(), r.mijlpaal(), mijlpaalNaam, r.aangemaaktOp(),
        r.gelezenOp());
  }
}
