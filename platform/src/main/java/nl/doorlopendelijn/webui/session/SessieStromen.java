package nl.doorlopendelijn.webui.session;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Ends a page's live stream (the dashboard proxied from the API) when its web session ends: at once when it ends on
 * this replica (logout, {@link PostgresSessionRepository#beeindigd()}), and within {@code stroom-herkeuren} when it
 * ended elsewhere (logout at another replica, the session's idle time ran out): then the session is no longer found.
 * Without this a stream would outlive the logout until its token expired.
 */
@Component
public class SessieStromen {

  private final PostgresSessionRepository sessies;
  private final Duration herkeuren;

  SessieStromen(PostgresSessionRepository sessies,
      @Value("${doorlopendelijn.web.stroom-herkeuren:PT10S}") Duration herkeuren) {
    this.sessies = sessies;
    this.herkeuren = herkeuren;
  }

  /** The stream for as long as the exchange's session lasts. */
  public <T> Flux<T> zolangIngelogd(ServerWebExchange exchange, Flux<T> stroom) {
    return exchange.getSession().flatMapMany(sessie -> {
      String id = sessie.getId();
      Mono<String> hier = sessies.beeindigd().filter(id::equals).next();
      Mono<Boolean> elders = Flux.interval(herkeuren, Schedulers.parallel())
          .onBackpressureDrop()
          .concatMap(tik -> sessies.findById(id).hasElement().onErrorReturn(true), 1)
          .filter(bestaat -> !bestaat)
          .next();
      return stroom.takeUntilOther(Flux.merge(hier, elders).next());
    });
  }
}
