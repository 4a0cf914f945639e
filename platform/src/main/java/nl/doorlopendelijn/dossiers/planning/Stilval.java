package nl.doorlopendelijn.dossiers.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Stilval as the seed means it: "Het wachten op een woning kan soms wel 6 tot 8 maanden duren. Dit kan betekenen dat
 * iemands inburgering lange tijd stilvalt." The one rule for the signal on the dossier ({@link Signalen}) and the
 * dashboard's figure (which stores {@link Oordeel#stilVanaf()} and compares it with its day).
 *
 * <table>
 *   <caption>The rule</caption>
 *   <tr><th>term</th><th>meaning</th></tr>
 *   <tr><td>waiting for a house</td><td>from the koppeling on, while the verhuizing is not done and the inburgering
 *       has not started (start-inburgering not done: in snelle start it starts before the move)</td></tr>
 *   <tr><td>activity</td><td>{@link Activiteiten}: a completed milestone, a held gesprek, every day of a
 *       voorinburgering in progress, and what other sources pass in</td></tr>
 *   <tr><td>stalled on day d</td><td>waiting for a house, and at least {@code naDagen} days between the last activity
 *       on or before d (else the koppeling) and d</td></tr>
 * </table>
 *
 * <p>The region sets {@code naDagen} ({@code normen.stilvalNaDagen}); without it {@link #STANDAARD_NA_DAGEN}.
 */
public final class Stilval {

  /**
   * Three months: half of the shortest wait the seed names (6 to 8 months), so the signal comes while at least as
   * much of the wait is still ahead to organise something in it; docs/dossiers.md gives the reasoning.
   */
  public static final int STANDAARD_NA_DAGEN = 90;

  private Stilval() {}

  /**
   * What the rule says of a dossier, as known on the day it was judged. Valid for every later day until something
   * new happens: a voorinburgering under way counts to its (planned) end, so nothing known changes with time alone.
   *
   * @param stilVanaf the first day on which the dossier counts as stalled; null when it is not waiting for a house
   * @param sinds the last day of activity (or the koppeling) the silence is counted from; null when not waiting
   * @param laatste the activity of that day; null when the count starts at the koppeling or when not waiting
   */
  public record Oordeel(LocalDate stilVanaf, LocalDate sinds, Activiteit laatste) {

    static final Oordeel WACHT_NIET = new Oordeel(null, null, null);

    public boolean wachtOpWoning() {
      return stilVanaf != null;
    }

    /** Whether the dossier is stalled on {@code dag} (a day on or after the one it was judged on). */
    public boolean stilOp(LocalDate dag) {
      return stilVanaf != null && !dag.isBefore(stilVanaf);
    }
  }

  /** Waiting for a house: not moved, and the inburgering has not started. */
  public static boolean wachtOpWoning(Tijdlijn tijdlijn) {
    boolean gestart = tijdlijn.mijlpaal(MijlpaalType.START_INBURGERING).map(GeplandeMijlpaal::isAfgerond).orElse(false);
    return !tijdlijn.isVerhuisd() && !gestart;
  }

  /**
   * Judges a dossier on {@code vandaag}.
   *
   * @param elders activities from outside the timeline (the contactlog); the timeline's own are derived here
   */
  public static Oordeel beoordeel(Tijdlijn tijdlijn, Collection<? extends Activiteit> elders, int naDagen,
      LocalDate vandaag) {
    Objects.requireNonNull(tijdlijn, "tijdlijn");
    Objects.requireNonNull(vandaag, "vandaag");
    if (naDagen < 1) {
      throw new IllegalArgumentException("stilvalNaDagen moet minstens 1 zijn: " + naDagen);
    }
    if (!wachtOpWoning(tijdlijn)) {
      return Oordeel.WACHT_NIET;
    }
    List<Activiteit> begonnen = new ArrayList<>();
    for (Activiteit a : Activiteiten.uitTijdlijn(tijdlijn)) {
      if (!a.begin().isAfter(vandaag)) {
        begonnen.add(a);
      }
    }
    for (Activiteit a : elders) {
      if (!a.begin().isAfter(vandaag)) {
        begonnen.add(a);
      }
    }
    // as known today: what has begun, each to its last day (a voorinburgering under way runs on to its end)
    Optional<Activiteiten.Laatste> laatste = Activiteiten.laatsteOpOfVoor(begonnen, LocalDate.MAX)
        .filter(l -> l.dag().isAfter(tijdlijn.koppelingsdatum()));
    LocalDate sinds = laatste.map(Activiteiten.Laatste::dag).orElse(tijdlijn.koppelingsdatum());
    return new Oordeel(sinds.plusDays(naDagen), sinds, laatste.map(Activiteiten.Laatste::activiteit).orElse(null));
  }
}
