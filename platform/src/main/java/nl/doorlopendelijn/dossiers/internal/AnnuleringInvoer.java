package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import nl.doorlopendelijn.web.InvalidParam;

/** Cancelling a planned gesprek: why. */
@Schema(name = "GesprekAnnulering")
record AnnuleringInvoer(
    @Schema(description = "Waarom het gesprek niet doorgaat (verplicht)", maxLength = AnnuleringInvoer.MAX_REDEN)
    String reden) {

  static final int MAX_REDEN = 500;

  static List<InvalidParam> fouten(AnnuleringInvoer in) {
    List<InvalidParam> fouten = new ArrayList<>();
    if (in == null || in.reden() == null || in.reden().isBlank()) {
      fouten.add(new InvalidParam("reden", "required", "is verplicht"));
    } else if (in.reden().strip().length() > MAX_REDEN) {
      fouten.add(new InvalidParam("reden", "size", "mag hoogstens " + MAX_REDEN + " tekens zijn"));
    }
    return fouten;
  }

  @Override
  public String toString() {
    return "AnnuleringInvoer[***]";
  }
}
