package nl.doorlopendelijn.dashboard.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.doorlopendelijn.identity.Accountstatus;
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
 * as the first of these holds: its token expired; its account was deactivated (every replica holds the set: {@link
 * Accountstatus}); its region is no longer active (this replica's registry changed,
 * also when another replica deactivated it: {@code tenancy.Replicas}); a COA liaison's access through an agreement
 * ended. Every second the token's exp and the region's status are looked at (in memory); on every change of the
 * registry and every {@code herkeuren} the whole access is checked again (an agreement can end by a step or run out
 * on a date; a liaison's check asks {@link CoaRegios}). Two tickers for every stream, as the heartbeat: a timer per
 * viewer would mean thousands of timers, each cancelled under the scheduler's lock.
 */
@Component
class StroomToegang {

  /** The reasons a stream ends, the data of its last event {@value SseStroom#EINDE}. */
  static final String TOKEN_VERLOPEN = "token-verlopen";
  static final String REGIO_NIET_ACTIEF = "regio-niet-actief";
  static final String TOEGANG_GEWIJZIGD = "toegang-gewijzigd";
  static final String ACCOUNT_GEDEACTIVEERD = "account-gedeactiveerd";
  private static final Duration SECONDE = Duration.ofSeconds(1);

  private final RegionRegistry registry;
  private final CoaRegios coaRegios;
  private final OverRegios overRegios;
  private final Accountstatus accounts;
  private final Flux<Long> seconden;
  private final Flux<Long> herkeuren;

  StroomToegang(RegionRegistry registry, CoaRegios coaRegios, OverRegios overRegios, Accountstatus accounts,
      DashboardInstellingen instellingen) {
    this.registry = registry;
    this.coaRegios = coaRegios;
    this.overRegios = overRegios;
    this.accounts = accounts;
    this.seconden = gedeeld(SECONDE);
    this.herkeuren = gedeeld(instellingen.herkeuren());
  }

  private static Flux<Long> gedeeld(Duration elke) {
    return Flux.interval(elke, elke, Schedulers.parallel()).onBackpressureDrop().publish().autoConnect();
  }

  /** Why the stream of a region's dashboard ends; never empty, but only once one of the reasons holds. */
  Mono<String> regio(RegionScope scope, Instant verlooptOp) {
    String slug = scope.region().slug();
    Supplier<Mono<String>> actief = () -> registry.bySlug(slug).filter(Region::active).map(r -> "")
        .defaultIfEmpty(REGIO_NIET_ACTIEF);
    Supplier<Mono<String>> alles = scope.coaToegang() == null ? actief
        : () -> registry.bySlug(slug).filter(Region::active)
            .flatMap(regio -> coaRegios.toegang(scope.caller(), regio)
                .map(toegang -> toegang.lijstEnDashboard() ? "" : TOEGANG_GEWIJZIGD))
            .defaultIfEmpty(REGIO_NIET_ACTIEF);
    return eerste(scope.caller(), verlooptOp, actief, alles);
  }

  /**
   * Why the stream of a liaison's azc dashboard ends: also when its regions are no longer those it opened with (an
   * agreement ended or came into force: she reconnects to the right set).
   */
  Mono<String> azc(Caller caller, Instant verlooptOp) {
    return regiosVan(caller).flatMap(bij -> eerste(caller, verlooptOp, () -> Mono.just(""),
        () -> regiosVan(caller).map(nu -> nu.equals(bij) ? "" : TOEGANG_GEWIJZIGD)));
  }

  private Mono<Set<String>> regiosVan(Caller caller) {
    return overRegios.voorCoa(caller, CoaToegang.VOLLEDIG).regios()
        .map(t -> t.regio().slug())
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The first reason: the token's end or a failed quick check (every second), or a failed full check (on every
   * registry change and every {@code herkeuren}). A check answers an empty string while access holds; a check that
   * errs (the database away a moment) does not end the stream.
   */
  private Mono<String> eerste(Caller caller, Instant verlooptOp, Supplier<Mono<String>> snel,
      Supplier<Mono<String>> alles) {
    Flux<String> elkeSeconde = seconden.onBackpressureDrop()
        .concatMap(tik -> verlooptOp != null && !Instant.now().isBefore(verlooptOp) ? Mono.just(TOKEN_VERLOPEN)
            : accounts.gedeactiveerd(caller) ? Mono.just(ACCOUNT_GEDEACTIVEERD)
            : snel.get().onErrorResume(e -> Mono.just("")), 1);
    Flux<String> opnieuw = Flux.merge(registry.herladen(), herkeuren)
        .onBackpressureLatest()
        .concatMap(tik -> alles.get().onErrorResume(e -> Mono.just("")), 1);
    return Flux.merge(elkeSeconde, opnieuw).filter(reden -> !reden.isEmpty()).next();
  }
}
