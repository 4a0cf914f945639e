package nl.doorlopendelijn.dossiers.planning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the signals need beyond the timeline.
 *
 * @param stilvalNaDagen days without progress after which a dossier that is still waiting for a
 *     house counts as stalled (region norm {@code stilvalNaDagen})
 * @param laatsteVoortgang last recorded progress on the dossier, if any; done milestones count too
 */
public record SignaalConfig(int stilvalNaDagen, LocalDate laatsteVoortgang, ContactpersoonStatus contactpersoon) {

  public static final int STANDAARD_STILVAL_NA_DAGEN = 60;

  public SignaalConfig {
    Objects.requireNonNull(contactpersoon, "contactpersoon");
    if (stilvalNaDagen < 1) {
      throw new IllegalArgumentException("stilvalNaDagen moet minstens 1 zijn: " + stilvalNaDagen);
    }
  }

  public static SignaalConfig standaard() {
    return new SignaalConfig(STANDAARD_STILVAL_NA_DAGEN, null, ContactpersoonStatus.AANWEZIG);
  }

  public SignaalConfig metStilvalNaDagen(int dagen) {
    return new SignaalConfig(dagen, laatsteVoortgang, contactpersoon);
  }

  public SignaalConfig metLaatsteVoortgang(LocalDate datum) {
    return new SignaalConfig(stilvalNaDagen, datum, contactpersoon);
  }

  public SignaalConfig metContactpersoon(ContactpersoonStatus status) {
    return new SignaalConfig(stilvalNaDagen, laatsteVoortgang, status);
  }
}
