package nl.doorlopendelijn.dossiers;

import java.util.UUID;
import nl.doorlopendelijn.dossiers.internal.DossierOnderhoud;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Facts from elsewhere that change a dossier's signals, to call directly. No module does today: the directory's
 * {@code ContactpersoonVertrokken} reaches the dossiers through the outbox, and the module's own listener
 * ({@code dossiers.internal.KoppelingenMetAndereModules}) does the same as {@link #contactpersoonVertrokken}; tests use
 * this to raise the signal without the directory.
 */
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
