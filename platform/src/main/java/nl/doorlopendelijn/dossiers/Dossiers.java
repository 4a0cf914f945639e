package nl.doorlopendelijn.dossiers;

import java.util.UUID;
import nl.doorlopendelijn.dossiers.internal.DossierOnderhoud;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What other modules may ask of the dossiers directly. No module does today: a new version of an agreement in force
 * ({@code AfspraakVersieGeactiveerd}) reaches the dossiers through the outbox, and the module's own listener
 * ({@code dossiers.internal.KoppelingenMetAndereModules}) does the same replanning as {@link #afspraakVersieGewijzigd}.
 */
@Component
public class Dossiers {

  private final DossierOnderhoud onderhoud;

  Dossiers(DossierOnderhoud onderhoud) {
    this.onderhoud = onderhoud;
  }

  /**
   * Recomputes the open milestones of every open dossier the old agreement version planned, with the norms of the
   * agreement now in force (through {@link AfspraakNormen}); done milestones keep their dates. Emits how many
   * dossiers were replanned.
   */
  public Mono<Integer> afspraakVersieGewijzigd(UUID tenantId, UUID oudeVersieId, UUID nieuweVersieId) {
    return onderhoud.afspraakVersieGewijzigd(tenantId, oudeVersieId, nieuweVersieId);
  }
}
