package nl.doorlopendelijn.dossiers.planning;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A mix of scenarios: which steps of the inburgering happen before the move. The steps form a chain
 * (brede intake, PIP-advies, PIP vastgesteld, start inburgering), so only a leading part of that
 * chain can come before the move: a PIP cannot be vastgesteld before the brede intake has been held.
 */
public record Mengvorm(String omschrijving, Set<MijlpaalType> voorVerhuizing) {

  /** The inburgering chain in order; only these milestones can be moved to before the verhuizing. */
  public static final List<MijlpaalType> INBURGERINGSKETEN =
      List.of(
          MijlpaalType.BREDE_INTAKE,
          MijlpaalType.PIP_ADVIES,
          MijlpaalType.PIP_VASTGESTELD,
          MijlpaalType.START_INBURGERING);

  public Mengvorm {
    Objects.requireNonNull(omschrijving, "omschrijving");
    Objects.requireNonNull(voorVerhuizing, "voorVerhuizing");
    voorVerhuizing = voorVerhuizing.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(voorVerhuizing));
    for (MijlpaalType type : voorVerhuizing) {
      if (!INBURGERINGSKETEN.contains(type)) {
        throw new IllegalArgumentException(
            "Alleen stappen van de inburgering kunnen vóór de verhuizing: " + type.code());
      }
    }
    // a leading part of the chain: no step before the move whose predecessor comes after it
    int stappen = voorVerhuizing.size();
    if (!Set.copyOf(INBURGERINGSKETEN.subList(0, stappen)).equals(voorVerhuizing)) {
      throw new IllegalArgumentException(
          "Een mengvorm plant een begin van de keten vóór de verhuizing, zonder gaten: "
              + voorVerhuizing);
    }
  }
}
