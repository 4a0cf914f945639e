package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.doorlopendelijn.web.InvalidParam;

/**
 * Correcting a completed milestone ({@code POST .../mijlpalen/{type}/correcties}): why (required), and either the
 * corrected date or {@code ongedaanMaken: true} (the milestone is open again), never both.
 */
record CorrectieInvoer(
    @Schema(description = "Waarom de afronding wordt gecorrigeerd (verplicht)", maxLength = MAX_REDEN,
        requiredMode = Schema.RequiredMode.REQUIRED) String reden,
    @Schema(description = "De juiste afrondingsdatum (niet in de toekomst, niet vóór de koppelingsdatum); niet samen"
        + " met ongedaanMaken") LocalDate datum,
    @Schema(description = "true: de afronding was een vergissing, de mijlpaal is weer open; niet samen met datum")
    Boolean ongedaanMaken) {

  static final int MAX_REDEN = 500;

  @Override
  public String toString() {
    return "CorrectieInvoer[" + datum + ", " + ongedaanMaken + "]";
  }

  boolean ongedaan() {
    return Boolean.TRUE.equals(ongedaanMaken);
  }

  /** Every error of the body at once; what depends on the dossier (the koppelingsdatum) the dossier decides. */
  static List<InvalidParam> fouten(CorrectieInvoer in, LocalDate vandaag) {
    List<InvalidParam> fouten = new ArrayList<>();
    if (in == null) {
      fouten.add(new InvalidParam("reden", "required", "is verplicht: waarom wordt de afronding gecorrigeerd?"));
      fouten.add(new InvalidParam("datum", "required", "geef de juiste datum, of ongedaanMaken: true"));
      return fouten;
    }
    if (in.reden() == null || in.reden().isBlank()) {
      fouten.add(new InvalidParam("reden", "required", "is verplicht: waarom wordt de afronding gecorrigeerd?"));
    } else if (in.reden().strip().length() > MAX_REDEN) {
      fouten.add(new InvalidParam("reden", "range", "mag hoogstens " + MAX_REDEN + " tekens zijn"));
    }
    if (in.ongedaan() && in.datum() != null) {
      fouten.add(new InvalidParam("ongedaanMaken", "not-allowed",
          "niet samen met een datum: een correctie maakt ongedaan of geeft de juiste datum"));
    } else if (!in.ongedaan() && in.datum() == null) {
      fouten.add(new InvalidParam("datum", "required", "geef de juiste datum, of ongedaanMaken: true"));
    }
    if (in.datum() != null && in.datum().isAfter(vandaag)) {
      fouten.add(new InvalidParam("datum", "range", "mag niet in de toekomst liggen"));
    }
    return fouten;
  }
}
