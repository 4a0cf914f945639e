package nl.doorlopendelijn.tenancy;

import nl.doorlopendelijn.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * Decides whether a COA liaison may enter a region's paths. Implemented by the module that knows the agreements
 * (a liaison's azc needs a non-concept agreement with the region); without an implementation nobody may.
 */
public interface CoaRegionAccess {

  Mono<Boolean> mayEnter(Caller coaLiaison, Region region);
}
