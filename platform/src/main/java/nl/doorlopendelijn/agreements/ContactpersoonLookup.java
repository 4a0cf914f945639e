package nl.doorlopendelijn.agreements;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Port to the contact directory: a party's contact must be an existing, active directory entry. Implemented by
 * the directory (or an adapter) once it is merged; until then a default that accepts any id is in place
 * (see {@code agreements.internal.DefaultContactpersoonLookup}).
 */
public interface ContactpersoonLookup {

  Mono<Boolean> bestaatEnIsActief(UUID contactpersoonId);
}
