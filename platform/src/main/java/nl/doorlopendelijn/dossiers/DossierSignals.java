package nl.doorlopendelijn.dossiers;

import java.util.UUID;
import nl.doorlopendelijn.dossiers.internal.DossierOnderhoud;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Facts from elsewhere that change a dossier's signals. The directory module calls these. */
@Component
public class DossierSignals {

  private final DossierOnderhoud onderhoud;

  DossierSignals(DossierOnderhoud onderhoud) {
    this.onderhoud = onderhoud;
  }

  /**
   * The directory entry left its organisation: every dossier (any region) with this vaste contactpersoon gets the
   * signal "contactpersoon vertrokken" until a new one is assigned. Emits how many dossiers it touched.
   */
  public Mono<Integer> contactpersoonVertrokken(UUID contactpersoonId) {
    return onderhoud.contactpersoonVertrokken(contactpersoonId);
  }
}
