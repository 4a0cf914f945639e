package nl.doorlopendelijn.dossiers.internal;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.doorlopendelijn.dossiers.planning.Mengvorm;
import nl.doorlopendelijn.kernel.Inburgeringsstap;

/**
 * A dossier's own mengvorm, as sent and shown: which steps of the inburgering come before the move (a leading part
 * of the chain, {@link Inburgeringsstap}), the rest after it. Only with {@code gekozenScenario} mengvorm; checked by
 * {@link DossierValidatie} with the rule agreements use too.
 */
@Schema(name = "DossierMengvorm")
record DossierMengvorm(
    @Schema(description = "De mengvorm in eigen woorden", maxLength = 2000) String omschrijving,
    @ArraySchema(schema = @Schema(allowableValues = {"brede-intake", "pip-advies", "pip-vastgesteld",
        "start-inburgering"}), arraySchema = @Schema(description = "De stappen vóór de verhuizing, een begin van de"
        + " keten brede-intake → pip-advies → pip-vastgesteld → start-inburgering; leeg: alles erna"))
    List<String> voorVerhuizing,
    @Schema(description = "Brede intake (vóór de verhuizing) pas na de voorinburgering; standaard false")
    Boolean bredeIntakeNaVoorinburgering) {

  /** The planner's mengvorm of a valid one. */
  Mengvorm alsMengvorm() {
    return Mengvorm.van(omschrijving.strip(),
        voorVerhuizing.stream().map(c -> Inburgeringsstap.vanCode(c).orElseThrow()).toList(),
        Boolean.TRUE.equals(bredeIntakeNaVoorinburgering));
  }

  /** As the API shows a stored one. */
  static DossierMengvorm van(Mengvorm m) {
    return m == null ? null : new DossierMengvorm(m.omschrijving(),
        Mengvorm.INBURGERINGSKETEN.stream().filter(m.voorVerhuizing()::contains).map(t -> t.code()).toList(),
        m.bredeIntakeNaVoorinburgering());
  }
}
