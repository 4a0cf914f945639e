package nl.doorlopendelijn.dossiers;

import java.time.LocalDate;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * PORT: which agreement version (and so which norms) plans a dossier of this gemeente and azc on this date.
 * Implemented by the agreements module; until then a default bean derives the norms from the region descriptor
 * (with a null version id). Called inside a tenant-bound transaction of {@code tenantId}.
 */
public interface AfspraakNormen {

  /** The agreement in force, or empty when there is none (the dossier then cannot be planned). */
  Mono<GeldendeAfspraak> voor(UUID tenantId, String gemeenteCode, String azcCode, LocalDate datum);
}
