package nl.doorlopendelijn.dossiers.internal;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;

/** One row of {@code dossier_mijlpaal}; {@code vorm} is the kennismaking's form (a code), or null. */
record MijlpaalRij(String type, LocalDate vervaldatum, LocalDate afgerondOp, String afgerondDoor, String notitie,
    String vorm) {

  static MijlpaalRij van(Readable r) {
    return new MijlpaalRij(r.get("type", String.class), r.get("vervaldatum", LocalDate.class),
        r.get("afgerond_op", LocalDate.class), r.get("afgerond_door", String.class), r.get("notitie", String.class),
        r.get("vorm", String.class));
  }
}
