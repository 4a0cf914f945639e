package nl.doorlopendelijn.dossiers.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.planning.GesprekVorm;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import io.r2dbc.spi.Readable;

/** A row of {@code dossier_gesprek} (V78). */
record GesprekRij(UUID tenantId, UUID dossierId, UUID id, MijlpaalType soort, GesprekStatus status,
    Instant begintOp, Instant eindigtOp, GesprekVorm vorm, String locatie, List<UUID> deelnemers,
    boolean inburgeraarNeemtDeel, boolean tolkNodig, String taal, UUID buddyId, int volgnummer,
    List<UUID> aanwezig, Boolean inburgeraarAanwezig, String verslag, String annuleringsreden, int versie,
    OffsetDateTime aangemaaktOp, OffsetDateTime bijgewerktOp) {

  static final String KOLOMMEN = "g.tenant_id, g.dossier_id, g.id, g.soort, g.status, g.begint_op, g.eindigt_op,"
      + " g.vorm, g.locatie, g.deelnemers, g.inburgeraar_neemt_deel, g.tolk_nodig, g.taal, g.buddy_id, g.volgnummer,"
      + " g.aanwezig, g.inburgeraar_aanwezig, g.verslag, g.annuleringsreden, g.versie, g.aangemaakt_op,"
      + " g.bijgewerkt_op";

  static GesprekRij van(Readable r) {
    UUID[] aanwezig = r.get("aanwezig", UUID[].class);
    return new GesprekRij(r.get("tenant_id", UUID.class), r.get("dossier_id", UUID.class), r.get("id", UUID.class),
        MijlpaalType.fromCode(r.get("soort", String.class)), GesprekStatus.van(r.get("status", String.class)),
        r.get("begint_op", OffsetDateTime.class).toInstant(), r.get("eindigt_op", OffsetDateTime.class).toInstant(),
        GesprekVorm.van(r.get("vorm", String.class)), r.get("locatie", String.class),
        List.of(r.get("deelnemers", UUID[].class)), Boolean.TRUE.equals(r.get("inburgeraar_neemt_deel", Boolean.class)),
        Boolean.TRUE.equals(r.get("tolk_nodig", Boolean.class)), r.get("taal", String.class),
        r.get("buddy_id", UUID.class), r.get("volgnummer", Integer.class),
        aanwezig == null ? null : Arrays.asList(aanwezig), r.get("inburgeraar_aanwezig", Boolean.class),
        r.get("verslag", String.class), r.get("annuleringsreden", String.class), r.get("versie", Integer.class),
        r.get("aangemaakt_op", OffsetDateTime.class), r.get("bijgewerkt_op", OffsetDateTime.class));
  }

  @Override
  public String toString() {
    return "GesprekRij[" + id + ", " + soort + ", " + status + "]";
  }
}
