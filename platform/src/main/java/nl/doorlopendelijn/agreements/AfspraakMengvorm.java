package nl.doorlopendelijn.agreements;

import java.util.List;
import nl.doorlopendelijn.kernel.Inburgeringsstap;

/**
 * A mengvorm as an agreement states it: which steps of the inburgering ({@link Inburgeringsstap}, a leading part of
 * the chain) come before the move, the rest after it, and whether a brede intake before the move waits for the end
 * of the voorinburgering.
 *
 * @param omschrijving the parties' own words for the mix
 * @param voorVerhuizing the steps before the move, in chain order; {@code null} for a mengvorm agreed before it could
 *     be stated as structure (its free text only): its dossiers then state their own mengvorm
 */
public record AfspraakMengvorm(String omschrijving, List<Inburgeringsstap> voorVerhuizing,
    boolean bredeIntakeNaVoorinburgering) {

  public AfspraakMengvorm {
    voorVerhuizing = voorVerhuizing == null ? null : List.copyOf(voorVerhuizing);
  }

  /** Whether the agreement says which steps come before the move (not only in words). */
  public boolean gestructureerd() {
    return voorVerhuizing != null;
  }
}
