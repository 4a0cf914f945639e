package nl.doorlopendelijn.dossiers.planning;

import java.util.List;
import java.util.Objects;

/**
 * What the signals need beyond the timeline.
 *
 * @param stilvalNaDagen days without activity after which a dossier that is still waiting for a house counts as
 *     stalled (region norm {@code stilvalNaDagen}; {@link Stilval})
 * @param activiteiten activities from outside the timeline (the contactlog); the timeline's own count by themselves
 */
public record SignaalConfig(int stilvalNaDagen, List<Activiteit> activiteiten, ContactpersoonStatus contactpersoon) {

  public SignaalConfig {
    Objects.requireNonNull(contactpersoon, "contactpersoon");
    activiteiten = activiteiten == null ? List.of() : List.copyOf(activiteiten);
    if (stilvalNaDagen < 1) {
      throw new IllegalArgumentException("stilvalNaDagen moet minstens 1 zijn: " + stilvalNaDagen);
    }
  }

  public static SignaalConfig standaard() {
    return new SignaalConfig(Stilval.STANDAARD_NA_DAGEN, List.of(), ContactpersoonStatus.AANWEZIG);
  }

  public SignaalConfig metStilvalNaDagen(int dagen) {
    return new SignaalConfig(dagen, activiteiten, contactpersoon);
  }

  public SignaalConfig metActiviteiten(List<Activiteit> elders) {
    return new SignaalConfig(stilvalNaDagen, elders, contactpersoon);
  }

  public SignaalConfig metContactpersoon(ContactpersoonStatus status) {
    return new SignaalConfig(stilvalNaDagen, activiteiten, status);
  }
}
