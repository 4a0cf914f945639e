package nl.doorlopendelijn.agreements;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Port to the contact directory: a party's contact must be an existing, active directory entry. Implemented by
 * {@code agreements.internal.DirectoryContactpersonen} over the contactpersonengids
 * ({@code directory.Contactpersonen}); an unknown id is not active.
 */
public interface ContactpersoonLookup {

  Mono<Boolean> bestaatEnIsActief(UUID contactpersoonId);
}
