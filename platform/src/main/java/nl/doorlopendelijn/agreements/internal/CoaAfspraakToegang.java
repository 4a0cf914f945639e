package nl.doorlopendelijn.agreements.internal;

import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.agreements.Samenwerkingsafspraken;
import nl.doorlopendelijn.tenancy.CoaRegionAccess;
import nl.doorlopendelijn.tenancy.Region;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Lets a COA liaison into a region only where an agreement of that region with the liaison's azc is past
 * {@code concept}. Runs on every COA request: one indexed EXISTS query (index on tenant_id, azc_code, status) in
 * that region's tenant-bound transaction, no cache to invalidate.
 */
@Component
class CoaAfspraakToegang implements CoaRegionAccess {

  private final Samenwerkingsafspraken afspraken;

  CoaAfspraakToegang(Samenwerkingsafspraken afspraken) {
    this.afspraken = afspraken;
  }

  @Override
  public Mono<Boolean> mayEnter(Caller coaLiaison, Region region) {
    String azc = coaLiaison.azcCode();
    if (azc == null || !coaLiaison.has(Role.COA_LIAISON)) {
      return Mono.just(false);
    }
    return afspraken.azcWerktMetRegio(region.id(), azc);
  }
}
