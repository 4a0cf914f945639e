package nl.doorlopendelijn.dossiers;

import java.time.LocalDate;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * PORT: which agreement version (and so which norms) plans a dossier of this gemeente and azc on this date.
 * Answered by {@code dossiers.internal.KoppelingenMetAndereModules} from the agreements module
 * ({@code agreements.Samenwerkingsafspraken}, the version in force); without an agreement in force, from the region
 * descriptor's norms (version id null). Called inside a tenant-bound transaction of {@code tenantId}.
 */
public interface AfspraakNormen {

  /**
   * The agreement in force, else the region's own norms; empty only for a region the registry does not know (the
   * dossier then cannot be planned: 400 {@code geen-afspraak}).
   */
  Mono<GeldendeAfspraak> voor(UUID tenantId, String gemeenteCode, String azcCode, LocalDate datum);
}
