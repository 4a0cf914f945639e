package nl.doorlopendelijn.tenancy;

import java.util.List;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.identity.CallerKind;
import nl.doorlopendelijn.identity.Role;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where a COA liaison works, for everyone who asks (the region scope of a path, the azc's cross-region dossier
 * list and dashboard): the widest {@link CoaToegang} the {@link CoaRegionAccess} beans give, per active region.
 */
@Component
public class CoaRegios {

  /** A region and how far the liaison may enter it. */
  public record RegioToegang(Region regio, CoaToegang toegang) {}

  private final RegionRegistry registry;
  private final List<CoaRegionAccess> delen;

  CoaRegios(RegionRegistry registry, List<CoaRegionAccess> delen) {
    this.registry = registry;
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

  /** Every active region where the liaison sees anything (if only one dossier), with its access. */
  public Flux<RegioToegang> regios(Caller caller) {
    if (!isLiaison(caller)) {
      return Flux.empty();
    }
    return registry.all().filter(Region::active)
        .concatMap(r -> toegang(caller, r).map(t -> new RegioToegang(r, t)))
        .filter(rt -> rt.toegang() != CoaToegang.GEEN);
  }

  private static boolean isLiaison(Caller c) {
    return c != null && c.kind() == CallerKind.COA && c.has(Role.COA_LIAISON) && c.azcCode() != null;
  }
}
