package nl.doorlopendelijn.dossiers.planning;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.doorlopendelijn.kernel.Inburgeringsstap;

/**
 * A mix of scenarios ("In de praktijk zijn mengvormen mogelijk"): which steps of the inburgering happen before the
 * move, the rest after it. The steps form a chain ({@link Inburgeringsstap}: brede intake, PIP-advies, PIP
 * vastgesteld, start inburgering), so only a leading part of it can come before the move: a PIP cannot be
 * vastgesteld before the brede intake has been held. The voorinburgering is no step of the chain (it is offered in
 * the azc whatever the mix, and follows the inburgeraar's consent); a mengvorm can let the brede intake wait for it
 * ("kun je de brede intake en het PIP-advies pas ná de voorinburgering laten beginnen").
 *
 * @param omschrijving the parties' own words for the mix
 * @param voorVerhuizing the chain's steps before the move (milestone types of the chain)
 * @param bredeIntakeNaVoorinburgering whether a brede intake before the move waits for the end of the voorinburgering
 */
public record Mengvorm(String omschrijving, Set<MijlpaalType> voorVerhuizing, boolean bredeIntakeNaVoorinburgering) {

  /** The inburgering chain in order; only these milestones can be moved to before the verhuizing. */
  public static final List<MijlpaalType> INBURGERINGSKETEN = Arrays.stream(Inburgeringsstap.values())
      .map(s -> MijlpaalType.fromCode(s.code())).toList();

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
    if (!Inburgeringsstap.isBeginVanDeKeten(voorVerhuizing.stream()
        .map(t -> Inburgeringsstap.vanCode(t.code()).orElseThrow()).toList())) {
      throw new IllegalArgumentException(
          "Een mengvorm plant een begin van de keten vóór de verhuizing, zonder gaten: " + voorVerhuizing);
    }
  }

  public Mengvorm(String omschrijving, Set<MijlpaalType> voorVerhuizing) {
    this(omschrijving, voorVerhuizing, false);
  }

  /** A mengvorm from the shared step codes (as an agreement or a dossier states it). */
  public static Mengvorm van(String omschrijving, Collection<Inburgeringsstap> voorVerhuizing,
      boolean bredeIntakeNaVoorinburgering) {
    return new Mengvorm(omschrijving, voorVerhuizing.stream().map(s -> MijlpaalType.fromCode(s.code()))
        .collect(() -> EnumSet.noneOf(MijlpaalType.class), Set::add, Set::addAll), bredeIntakeNaVoorinburgering);
  }
}
