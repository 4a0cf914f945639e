package nl.doorlopendelijn.dossiers.internal;

import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * PORT: the entries of the contactpersonengids a dossier names (its vaste contactpersoon and casemanager), and the
 * ones it may name. Answered from {@code directory.Contactpersonen} by {@link KoppelingenMetAndereModules}, like
 * {@link nl.doorlopendelijn.dossiers.ContactpersoonStatusPort}; national data, read outside the tenant.
 */
interface GidsContacten {

  /** The entry, active or not; empty when the gids does not know the id. */
  Mono<GidsContact> contact(UUID id);

  /**
   * The active contacts of the organisation a dossier's contact of {@code rol} comes from: the gemeente with CBS code
   * {@code code} (vaste contactpersoon) or the azc with code {@code code} (casemanager); none when the gids has no
   * such (active) organisation. By name.
   */
  Flux<GidsContact> kandidaten(Contactrol rol, String code);

  /**
   * The id of the gids entry the user (token issuer and subject) is linked to by a confirmed claim (issue 14); empty
   * without one. Her dossiers are those naming this entry as vaste contactpersoon or casemanager.
   */
  Mono<UUID> vanGebruiker(String issuer, String subject);
}
