package nl.doorlopendelijn.dashboard.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.tenancy.CoaRegios;
import nl.doorlopendelijn.tenancy.CoaToegang;
import nl.doorlopendelijn.tenancy.OverRegios;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.tenancy.RegionScope;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Re-authorises a live stream: access was checked when it opened, and it ends (with a last event naming why) as soon
 * as the first of these holds: its token expired; its region is no longer active (this replica's registry changed,
 * also when another replica deactivated it: {@code tenancy.Replicas}); a COA liaison's access through an agreement
 * ended. The region is checked on every change of the registry, and every {@code herkeuren} (an agreement can end
 * on a date as well as by a step); a region caller's check is in memory, a liaison's asks {@link CoaRegios}.
 */
@Component
class StroomToegang {

  /** The reasons a stream ends, the data of its last event {@value SseStroom#EINDE}. */
  static final String TOKEN_VERLOPEN = "token-verlopen";
  static final String REGIO_NIET_ACTIEF = "regio-niet-actief";
  static final String TOEGANG_GEWIJZIGD = "toegang-gewijzigd";

  private final RegionRegistry registry;
  private final CoaRegios coaRegios;
  private final OverRegios overRegios;
  private final Duration herkeuren;

  StroomToegang(RegionRegistry registry, CoaRegios coaRegios, OverRegios overRegios,
      DashboardInstellingen instellingen) {
    this.registry = registry;
    this.coaRegios = coaRegios;
    this.overRegios = overRegios;
    this.herkeuren = instellingen.herkeuren();
  }

  /** Why the stream of a region's dashboard ends; never empty, but only once one of the reasons holds. */
  Mono<String> regio(RegionScope scope, Instant verlooptOp) {
    return eerste(verlooptOp, () -> registry.bySlug(scope.region().slug())
        .filter(Region::active)
        .flatMap(regio -> scope.coaToegang() == null ? Mono.just("")
            : coaRegios.toegang(scope.caller(), regio)
                .map(toegang -> toegang.lijstEnDashboard() ? "" : TOEGANG_GEWIJZIGD))
        .defaultIfEmpty(REGIO_NIET_ACTIEF));
  }

  /**
   * Why the stream of a liaison's azc dashboard ends: also when its regions are no longer those it opened with (an
   * agreement ended or came into force: she reconnects to the right set).
   */
  Mono<String> azc(Caller caller, Instant verlooptOp) {
    return regiosVan(caller).flatMap(bij -> eerste(verlooptOp, () -> regiosVan(caller)
        .map(nu -> nu.equals(bij) ? "" : TOEGANG_GEWIJZIGD)));
  }

  private Mono<Set<String>> regiosVan(Caller caller) {
    return overRegios.voorCoa(caller, CoaToegang.VOLLEDIG).regios()
        .map(t -> t.regio().slug())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The first reason: the token's end, or a check (an empty string: still allowed) that no longer passes. */
  private Mono<String> eerste(Instant verlooptOp, java.util.function.Supplier<Mono<String>> check) {
    Mono<String> verlopen = verlooptOp == null ? Mono.never()
        : Mono.delay(wachttijd(verlooptOp), Schedulers.parallel()).thenReturn(TOKEN_VERLOPEN);
    Mono<String> ingetrokken = Flux.merge(registry.herladen(), Flux.interval(herkeuren, Schedulers.parallel()))
        .onBackpressureLatest()
        .concatMap(tik -> check.get().onErrorResume(e -> Mono.just("")), 1)
        .filter(reden -> !reden.isEmpty())
        .next();
    return Flux.merge(verlopen, ingetrokken).next();
  }

  /** Until the token's exp on the system clock, as the token's own check reads it (never negative). */
  private static Duration wachttijd(Instant verlooptOp) {
    Duration d = Duration.between(Instant.now(), verlooptOp);
    return d.isNegative() ? Duration.ZERO : d;
  }
}
