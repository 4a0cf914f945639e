package nl.doorlopendelijn.dossiers.internal;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import nl.doorlopendelijn.dossiers.planning.Dossier;
import nl.doorlopendelijn.dossiers.planning.DossierStatus;

/**
 * One row of {@code dossier_mijlpaal}; {@code vorm} is the kennismaking's form (a code), or null. Who completed it:
 * {@code afgerondDoor} the pseudonymous subject, {@code afgerondDoorNaam} the name from the token at the time (V77);
 * {@code voor} what the completion changed in the dossier (status, actual moving date before it).
 */
record MijlpaalRij(String type, LocalDate vervaldatum, LocalDate afgerondOp, String afgerondDoor, String notitie,
    String vorm, String afgerondDoorNaam, Dossier.VoorAfronding voor) {

  static final String KOLOMMEN = "type, vervaldatum, afgerond_op, afgerond_door, notitie, vorm, afgerond_door_naam,"
      + " status_voor_afronding, verhuisdatum_voor_afronding";

  static MijlpaalRij van(Readable r) {
    String statusVoor = r.get("status_voor_afronding", String.class);
    return new MijlpaalRij(r.get("type", String.class), r.get("vervaldatum", LocalDate.class),
        r.get("afgerond_op", LocalDate.class), r.get("afgerond_door", String.class), r.get("notitie", String.class),
        r.get("vorm", String.class), r.get("afgerond_door_naam", String.class),
        new Dossier.VoorAfronding(statusVoor == null ? null : DossierStatus.van(statusVoor),
            r.get("verhuisdatum_voor_afronding", LocalDate.class)));
  }

  /** The same milestone open again (a completion undone): only its type and due date stay. */
  MijlpaalRij heropend() {
    return new MijlpaalRij(type, vervaldatum, null, null, null, null, null, Dossier.VoorAfronding.ONBEKEND);
  }

  /** The same completion on another day. */
  MijlpaalRij op(LocalDate datum) {
    return new MijlpaalRij(type, vervaldatum, datum, afgerondDoor, notitie, vorm, afgerondDoorNaam, voor);
  }
}
