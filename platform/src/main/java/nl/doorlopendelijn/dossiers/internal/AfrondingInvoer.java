package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.doorlopendelijn.dossiers.planning.KennismakingVorm;
import nl.doorlopendelijn.web.InvalidParam;

/**
 * Marking a milestone done: when (default today), an optional short note and, for the kennismaking, how it took
 * place. The {@code vorm} values here are {@link KennismakingVorm#CODES} (held to them by a test).
 */
record AfrondingInvoer(
    @Schema(description = "Wanneer de mijlpaal is afgerond (standaard vandaag; niet in de toekomst)") LocalDate datum,
    @Schema(description = "Korte notitie", maxLength = MAX_NOTITIE) String notitie,
    @Schema(description = "Alleen bij de kennismaking: hoe die plaatsvond (kop koffie in de gemeente, bezoek aan het"
        + " azc, video of foto's van de gemeente, een medewerker als buddy)",
        allowableValues = {"kop-koffie", "bezoek-azc", "video-of-fotos", "buddy"}) String vorm) {

  static final int MAX_NOTITIE = 500;

  /**
   * Every error of the body at once. What depends on the dossier (the date against its koppeling, a form for a
   * milestone that has none) the dossier itself decides.
   */
  static List<InvalidParam> fouten(AfrondingInvoer in, LocalDate vandaag) {
    List<InvalidParam> fouten = new ArrayList<>();
    if (in == null) {
      return fouten;
    }
    if (in.datum() != null && in.datum().isAfter(vandaag)) {
      fouten.add(new InvalidParam("datum", "range", "mag niet in de toekomst liggen"));
    }
    if (in.notitie() != null && in.notitie().length() > MAX_NOTITIE) {
      fouten.add(new InvalidParam("notitie", "range", "mag hoogstens " + MAX_NOTITIE + " tekens zijn"));
    }
    if (in.vorm() != null && KennismakingVorm.vanCode(in.vorm()).isEmpty()) {
      fouten.add(new InvalidParam("vorm", "enum", "moet " + KennismakingVorm.opsomming() + " zijn"));
    }
    return fouten;
  }

  /** The form given, once {@link #fouten} found none. */
  KennismakingVorm kennismakingVorm() {
    return vorm == null ? null : KennismakingVorm.van(vorm);
  }
}
