package nl.doorlopendelijn.dossiers.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The milestones of one dossier in timeline order; those without a date come last. */
public record Tijdlijn(LocalDate koppelingsdatum, List<GeplandeMijlpaal> mijlpalen) {

  public Tijdlijn {
    Objects.requireNonNull(koppelingsdatum, "koppelingsdatum");
    mijlpalen = List.copyOf(mijlpalen);
  }

  public Optional<GeplandeMijlpaal> mijlpaal(MijlpaalType type) {
    return mijlpalen.stream().filter(m -> m.type() == type).findFirst();
  }

  public List<MijlpaalType> volgorde() {
    return mijlpalen.stream().map(GeplandeMijlpaal::type).toList();
  }

  /** The actual move date once moved, otherwise the expected one; empty while unknown. */
  public Optional<LocalDate> verhuisdatum() {
    return mijlpaal(MijlpaalType.VERHUIZING).map(GeplandeMijlpaal::datum);
  }

  public boolean isVerhuisd() {
    return mijlpaal(MijlpaalType.VERHUIZING).map(GeplandeMijlpaal::isAfgerond).orElse(false);
  }
}
