package nl.doorlopendelijn.dossiers.planning;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * The order of a werkvoorraad, and the urgency of each item that follows from it. Pure: no clock, no I/O.
 *
 * <ol>
 *   <li><b>Mine first</b>: items of dossiers where the caller is the vaste contactpersoon or the casemanager, then
 *       the others.</li>
 *   <li>Within each group, by <b>rank</b>:
 *     <ol start="0">
 *       <li>overdue milestones ({@link Werksoort#MIJLPAAL_TE_LAAT}), the longest overdue first (earliest due date);</li>
 *       <li>signals of urgency {@code hoog}, earliest date first, those without a date after them;</li>
 *       <li>what is coming ({@link Werksoort#komend()}: a milestone due within 7 days, a move within 14 days, a
 *           gesprek planned this week), soonest first;</li>
 *       <li>signals of urgency {@code middel}, then 4. of urgency {@code laag}, each earliest date first, without a
 *           date last.</li>
 *     </ol></li>
 *   <li>Ties: region (slug), dossiernummer, kind, subject (the milestone or signal code): a stable order, the same
 *       on every page.</li>
 * </ol>
 *
 * <p>Urgency of an item: overdue is {@code hoog}; a signal keeps its own; what is coming is {@code middel}. So the
 * urgency never rises further down a group.
 */
public final class Werkvolgorde {

  /** Milestones due within this many days from today (today included) are "binnenkort". */
  public static final int MIJLPAAL_BINNEN_DAGEN = 7;
  /** Moves expected within this many days from today (today included). */
  public static final int VERHUIZING_BINNEN_DAGEN = 14;

  private Werkvolgorde() {}

  /**
   * Where one item stands.
   *
   * @param mijn the caller is the dossier's vaste contactpersoon or casemanager
   * @param urgentie the signal's own urgency (only read for {@link Werksoort#SIGNAAL})
   * @param datum the due date, move date, gesprek date or signal date; null where there is none
   * @param onderwerp the milestone or signal code (a tie-breaker)
   */
  public record Plaats(boolean mijn, Werksoort soort, Urgentie urgentie, LocalDate datum, String regio,
      String dossiernummer, String onderwerp) {

    public Plaats {
      Objects.requireNonNull(soort, "soort");
      if (soort == Werksoort.SIGNAAL) {
        Objects.requireNonNull(urgentie, "urgentie van een signaal");
      }
      if (soort != Werksoort.SIGNAAL) {
        Objects.requireNonNull(datum, "datum van " + soort.code());
      }
    }
  }

  /** The rank of an item within its group (0 first). */
  public static int rang(Werksoort soort, Urgentie signaalUrgentie) {
    return switch (soort) {
      case MIJLPAAL_TE_LAAT -> 0;
      case MIJLPAAL_BINNENKORT, VERHUIZING, GESPREK -> 2;
      case SIGNAAL -> switch (signaalUrgentie) {
        case HOOG -> 1;
        case MIDDEL -> 3;
        case LAAG -> 4;
      };
    };
  }

  /** The urgency an item shows. */
  public static Urgentie urgentie(Werksoort soort, Urgentie signaalUrgentie) {
    return switch (soort) {
      case MIJLPAAL_TE_LAAT -> Urgentie.HOOG;
      case MIJLPAAL_BINNENKORT, VERHUIZING, GESPREK -> Urgentie.MIDDEL;
      case SIGNAAL -> signaalUrgentie;
    };
  }

  /** The whole order. */
  public static final Comparator<Plaats> VOLGORDE = Comparator
      .comparing((Plaats p) -> !p.mijn())
      .thenComparingInt(p -> rang(p.soort(), p.urgentie()))
      .thenComparing(Plaats::datum, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Plaats::regio, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Plaats::dossiernummer, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Plaats::soort)
      .thenComparing(Plaats::onderwerp, Comparator.nullsLast(Comparator.naturalOrder()));
}
