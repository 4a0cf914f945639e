package nl.doorlopendelijn.dossiers.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The activities of a dossier and the one question asked of them: what happened last, on or before a day.
 *
 * <table>
 *   <caption>Sources of activity</caption>
 *   <tr><th>source</th><th>activity</th><th>days</th></tr>
 *   <tr><td>the timeline</td><td>every completed milestone ({@link Activiteit.MijlpaalAfgerond}); the
 *       driegesprek as a held gesprek ({@link Activiteit.GesprekGehouden})</td><td>the day it was done</td></tr>
 *   <tr><td>the timeline</td><td>voorinburgering in progress ({@link Activiteit.VoorinburgeringLoopt}): its start
 *       is done</td><td>from the start to the recorded end, else to the planned end (the due date of
 *       voorinburgering-einde)</td></tr>
 *   <tr><td>the contactlog (Werkplek 2/2)</td><td>the latest note ({@link Activiteit.NotitieGeschreven}), passed
 *       in beside the timeline</td><td>the day it was written</td></tr>
 * </table>
 */
public final class Activiteiten {

  private Activiteiten() {}

  /** The last day on or before a given day on which something happened, and what it was. */
  public record Laatste(Activiteit activiteit, LocalDate dag) {
    public Laatste {
      Objects.requireNonNull(activiteit, "activiteit");
      Objects.requireNonNull(dag, "dag");
    }
  }

  /** The timeline's own activities, in timeline order. */
  public static List<Activiteit> uitTijdlijn(Tijdlijn tijdlijn) {
    List<Activiteit> activiteiten = new ArrayList<>();
    for (GeplandeMijlpaal m : tijdlijn.mijlpalen()) {
      if (m.isAfgerond()) {
        activiteiten.add(m.type() == MijlpaalType.DRIEGESPREK
            ? new Activiteit.GesprekGehouden(m.type(), m.afgerond().datum())
            : new Activiteit.MijlpaalAfgerond(m.type(), m.afgerond().datum()));
      }
    }
    voorinburgering(tijdlijn).ifPresent(activiteiten::add);
    return List.copyOf(activiteiten);
  }

  /** Voorinburgering as a period, once its start is done; it runs to its recorded end, else its planned end. */
  static Optional<Activiteit> voorinburgering(Tijdlijn tijdlijn) {
    return tijdlijn.mijlpaal(MijlpaalType.VOORINBURGERING_START)
        .filter(GeplandeMijlpaal::isAfgerond)
        .map(start -> {
          LocalDate begin = start.afgerond().datum();
          LocalDate einde = tijdlijn.mijlpaal(MijlpaalType.VOORINBURGERING_EINDE)
              .map(GeplandeMijlpaal::datum)
              .filter(d -> !d.isBefore(begin))
              .orElse(begin);
          return new Activiteit.VoorinburgeringLoopt(begin, einde);
        });
  }

  /**
   * The last day on or before {@code dag} covered by one of the activities (a period that runs on past {@code dag}
   * gives {@code dag} itself), with the activity; empty when none had begun by then. Ties go to the first listed.
   */
  public static Optional<Laatste> laatsteOpOfVoor(Collection<? extends Activiteit> activiteiten, LocalDate dag) {
    Objects.requireNonNull(dag, "dag");
    return activiteiten.stream()
        .filter(a -> !a.begin().isAfter(dag))
        .map(a -> new Laatste(a, a.einde().isAfter(dag) ? dag : a.einde()))
        .reduce((a, b) -> b.dag().isAfter(a.dag()) ? b : a);
  }
}
