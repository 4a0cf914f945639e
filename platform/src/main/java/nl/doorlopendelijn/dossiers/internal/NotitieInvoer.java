package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import nl.doorlopendelijn.web.InvalidParam;

/**
 * A note of the contactlog as written or corrected ({@code POST …/notities}, {@code PUT …/notities/{notitieId}}):
 * what it is about and what it says. Both may touch health data (AVG art. 9): never in a log line, the history or
 * the audit log.
 */
@Schema(name = "NotitieInvoer")
record NotitieInvoer(
    @Schema(description = "Waar de notitie over gaat, kort (verplicht, hoogstens 120 tekens)",
        maxLength = MAX_ONDERWERP,
        requiredMode = Schema.RequiredMode.REQUIRED, example = "Driegesprek verzet") String onderwerp,
    @Schema(description = "De notitie zelf (verplicht, hoogstens 2000 tekens). Schrijf alleen wat nodig is voor de"
        + " overdracht; gezondheidsgegevens alleen als dat nodig is.", maxLength = MAX_TEKST,
        requiredMode = Schema.RequiredMode.REQUIRED, example = "Tolk Tigrinya geregeld voor dinsdag.") String tekst) {

  static final int MAX_ONDERWERP = 120;
  static final int MAX_TEKST = 2000;

  /** Never the onderwerp or text: they may hold health data. */
  @Override
  public String toString() {
    return "NotitieInvoer[***]";
  }

  String onderwerpSchoon() {
    return onderwerp.strip();
  }

  String tekstSchoon() {
    return tekst.strip();
  }

  /** Every error of the body at once. */
  static List<InvalidParam> fouten(NotitieInvoer in) {
    List<InvalidParam> fouten = new ArrayList<>();
    String onderwerp = in == null ? null : in.onderwerp();
    String tekst = in == null ? null : in.tekst();
    if (onderwerp == null || onderwerp.isBlank()) {
      fouten.add(new InvalidParam("onderwerp", "required", "is verplicht: waar gaat de notitie over?"));
    } else if (onderwerp.strip().length() > MAX_ONDERWERP) {
      fouten.add(new InvalidParam("onderwerp", "size", "mag hoogstens " + MAX_ONDERWERP + " tekens zijn"));
    }
    if (tekst == null || tekst.isBlank()) {
      fouten.add(new InvalidParam("tekst", "required", "is verplicht"));
    } else if (tekst.strip().length() > MAX_TEKST) {
      fouten.add(new InvalidParam("tekst", "size", "mag hoogstens " + MAX_TEKST + " tekens zijn"));
    }
    return fouten;
  }
}
