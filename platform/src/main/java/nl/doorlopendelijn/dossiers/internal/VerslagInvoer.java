package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.web.InvalidParam;

/** Recording a gesprek as held: who of its participants was there, whether the inburgeraar was, a short note. */
@Schema(name = "GesprekVerslag")
record VerslagInvoer(
    @ArraySchema(arraySchema = @Schema(description = "Wie van de deelnemers er was (ids uit de deelnemers van het"
        + " gesprek)")) List<UUID> aanwezig,
    @Schema(description = "Of de inburgeraar er was (verplicht)") Boolean inburgeraarAanwezig,
    @Schema(description = "Korte notitie", maxLength = VerslagInvoer.MAX_NOTITIE) String notitie) {

  static final int MAX_NOTITIE = 500;

  /** Every error at once; {@code deelnemers} are the gesprek's participants. */
  static List<InvalidParam> fouten(VerslagInvoer in, List<UUID> deelnemers) {
    List<InvalidParam> fouten = new ArrayList<>();
    if (in == null) {
      fouten.add(new InvalidParam("(body)", "required", "is verplicht"));
      return fouten;
    }
    if (in.inburgeraarAanwezig() == null) {
      fouten.add(new InvalidParam("inburgeraarAanwezig", "required", "is verplicht (ja of nee)"));
    }
    if (in.aanwezig() != null) {
      var gezien = new HashSet<UUID>();
      for (int i = 0; i < in.aanwezig().size(); i++) {
        UUID a = in.aanwezig().get(i);
        if (a == null || !deelnemers.contains(a)) {
          fouten.add(new InvalidParam("aanwezig[" + i + "]", "unknown", "is geen deelnemer van dit gesprek"));
        } else if (!gezien.add(a)) {
          fouten.add(new InvalidParam("aanwezig[" + i + "]", "duplicate", "staat al in de lijst"));
        }
      }
    }
    if (in.notitie() != null && in.notitie().length() > MAX_NOTITIE) {
      fouten.add(new InvalidParam("notitie", "size", "mag hoogstens " + MAX_NOTITIE + " tekens zijn"));
    }
    return fouten;
  }

  List<UUID> aanwezigen() {
    return aanwezig == null ? List.of() : List.copyOf(aanwezig);
  }

  String schoneNotitie() {
    return notitie == null || notitie.isBlank() ? null : notitie.strip();
  }

  @Override
  public String toString() {
    return "VerslagInvoer[" + aanwezigen().size() + "]";
  }
}
