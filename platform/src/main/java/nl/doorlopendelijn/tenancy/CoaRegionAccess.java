package nl.doorlopendelijn.tenancy;

import nl.doorlopendelijn.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * One module's part of {@link CoaToegang}: how far its data lets a COA liaison into a region (the agreements
 * module: an agreement in force or past concept; the dossiers module: an open dossier of the azc not yet moved).
 * {@link CoaRegios} combines them; without an implementation nobody enters.
 */
public interface CoaRegionAccess {

  Mono<CoaToegang> toegang(Caller coaLiaison, Region region);
}
