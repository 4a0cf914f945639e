package nl.doorlopendelijn.dossiers.planning;

import java.util.Comparator;
import java.util.Objects;

/**
 * A signal about one dossier, with a Dutch description for the work list. {@code mijlpaal} is null
 * for signals about the dossier as a whole (stilval, contactpersoon).
 */
public record Signaal(SignaalType type, Urgentie urgentie, MijlpaalType mijlpaal, String omschrijving) {

  /** Most urgent first; then by kind of signal and by milestone, for a stable list. */
  public static final Comparator<Signaal> MEEST_URGENT_EERST =
      Comparator.comparing(Signaal::urgentie)
          .thenComparing(Signaal::type)
          .thenComparing(Signaal::mijlpaal, Comparator.nullsFirst(Comparator.naturalOrder()));

  public Signaal {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(urgentie, "urgentie");
    Objects.requireNonNull(omschrijving, "omschrijving");
  }
}
