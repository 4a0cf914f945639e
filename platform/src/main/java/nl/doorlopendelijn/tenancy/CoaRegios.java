package nl.doorlopendelijn.tenancy;

import java.util.List;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Role;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where a COA liaison works: the one rule, for everyone who asks. The region scope of a path asks for one region
 * ({@link #toegang}); the azc's cross-region agreements, dossier list and dashboard ask {@link OverRegios#voorCoa}
 * for the regions at the level they need, which asks this per region. The access is the widest
 * {@link CoaToegang} the {@link CoaRegionAccess} beans give.
 */
@Component
public class CoaRegios {

  /** A region and how far the liaison may enter it. */
  public record RegioToegang(Region regio, CoaToegang toegang) {}

  private final List<CoaRegionAccess> delen;

  CoaRegios(List<CoaRegionAccess> delen) {
    this.delen = delen;
  }

  /** {@link CoaToegang#GEEN} for anyone but a COA liaison with an azc, and for an inactive region. */
  public Mono<CoaToegang> toegang(Caller caller, Region regio) {
    if (!isLiaison(caller) || !regio.active()) {
      return Mono.just(CoaToegang.GEEN);
    }
    // one part after the other; once one gives full access the others are not asked
    return Flux.fromIterable(delen).concatMap(d -> d.toegang(caller, regio))
        .takeUntil(t -> t == CoaToegang.VOLLEDIG)
        .reduce(CoaToegang.GEEN, CoaToegang::ruimste);
  }

  private static boolean isLiaison(Caller c) {
    return c != null && c.kind() == CallerKind.COA && c.has(Role.COA_LIAISON) && c.azcCode() != null;
  }
}
