package nl.doorlopendelijn.directory;

import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What other modules may ask the directory. Reads only; national data, so no tenant transaction is needed. */
public interface Contactpersonen {

  /** The contact, active or not (a departed contact stays readable for the agreements and dossiers naming it). */
  Mono<Contactpersoon> byId(UUID id);

  /** {@code true} while the person is with the organisation; {@code false} when departed or unknown. */
  Mono<Boolean> isActive(UUID id);

  /** {@code true} when the person is active and available for new dossiers. */
  Mono<Boolean> isAvailable(UUID id);

  /** The active contacts of an organisation, by name. */
  Flux<Contactpersoon> byOrganisatie(UUID organisatieId);

  Mono<Organisatie> organisatie(UUID id);

  /** The organisation of a gemeente (type gemeente, by its CBS code), active or not; empty when the gids has none. */
  Mono<Organisatie> organisatieVanGemeente(String cbsCode);

  /**
   * The entry a user is linked to by a confirmed claim (issue 14, {@code /mijn/contactpersoon}): the user by her
   * token's issuer and subject; empty while she has none or it waits for confirmation.
   */
  Mono<UUID> gekoppeldAan(String issuer, String subject);

  /**
   * Whether the entry is active and linked to a user by a confirmed claim (issue 17: only such an entry receives
   * notificaties); {@code false} when pending, unlinked, departed or unknown.
   */
  Mono<Boolean> isGekoppeld(UUID id);

  /** The active entries of an organisation that are linked to a user by a confirmed claim (their ids). */
  Flux<UUID> gekoppeldeVanOrganisatie(UUID organisatieId);

  /** The organisation of an azc-locatie (type azc, by its code), active or not; empty when the gids has none. */
  Mono<Organisatie> organisatieVanAzc(String azcCode);
}
