package nl.doorlopendelijn.dashboard.internal;

import java.time.Duration;
import nl.doorlopendelijn.dashboard.internal.DashboardDienst.Versie;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Turns a viewer's versions into server-sent events: event {@code dashboard} with the version as id and the view
 * as data, a comment every {@code hartslag} so proxies keep the connection and the client notices a dead one. A
 * viewer that cannot keep up gets the latest version only (each is a full state); a version equal to the previous
 * one for this viewer (a change they may not see) is not sent.
 */
final class SseStroom {

  static final String EVENT = "dashboard";
  /** The last event of a stream that its access ended for: data says why ({@link StroomToegang}). */
  static final String EINDE = "einde";

  private SseStroom() {}

  /**
   * ONE heartbeat ticker for every viewer: a timer per viewer would mean thousands of timers, and cancelling each
   * one (a viewer leaving) takes a lock in the scheduler's queue on the event loop.
   */
  static Flux<ServerSentEvent<String>> hartslagen(Duration hartslag, Scheduler scheduler) {
    return Flux.interval(hartslag, hartslag, scheduler)
        .map(tik -> ServerSentEvent.<String>builder().comment("hartslag").build())
        .onBackpressureDrop()
        .publish()
        .autoConnect();
  }

  /**
   * The stream until {@code einde} names a reason: then one last event {@value #EINDE} with the reason as data, and
   * the stream completes (a browser's EventSource reconnects, with a fresh token, or is refused).
   */
  static Flux<ServerSentEvent<String>> van(Flux<Versie> versies, Flux<ServerSentEvent<String>> hartslagen,
      Mono<String> einde) {
    Mono<ServerSentEvent<String>> laatste = einde
        .map(reden -> ServerSentEvent.builder(reden).event(EINDE).retry(java.time.Duration.ofSeconds(1)).build());
    return Flux.merge(van(versies, hartslagen), laatste).takeUntil(event -> EINDE.equals(event.event()));
  }

  static Flux<ServerSentEvent<String>> van(Flux<Versie> versies, Flux<ServerSentEvent<String>> hartslagen) {
    Flux<ServerSentEvent<String>> gebeurtenissen = versies
        .onBackpressureLatest()
        .distinctUntilChanged(versie -> versie.weergave().tekst())
        .map(versie -> ServerSentEvent.builder(versie.weergave().tekst()).id(versie.id()).event(EVENT).build());
    return Flux.merge(gebeurtenissen, hartslagen.onBackpressureDrop());
  }
}
