package nl.doorlopendelijn.agreements;

import java.time.LocalDate;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Read API for other modules (e.g. dossiers): which agreement, and so which norms, apply. */
public interface Samenwerkingsafspraken {

  /**
   * The active agreement of a region between a gemeente and an azc that is valid on a date; empty when none.
   * Runs in (or joins) a transaction bound to {@code tenantId}.
   */
  Mono<ActieveAfspraak> actieveVoor(UUID tenantId, String gemeenteCode, String azcCode, LocalDate op);

  /** One version by id, whatever its status (a dossier planned by a superseded version can still read it). */
  Mono<ActieveAfspraak> versie(UUID tenantId, UUID versieId);
}
