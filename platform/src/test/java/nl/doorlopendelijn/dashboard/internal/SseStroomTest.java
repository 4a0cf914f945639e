package nl.doorlopendelijn.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.doorlopendelijn.dashboard.internal.DashboardDienst.Versie;
import nl.doorlopendelijn.testsupport.Opname;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

/** Heartbeats and events of the live stream, in virtual time (the test's own: see {@link Opname}). */
class SseStroomTest {

  @Test
  void elkeVijftienSecondenEenHartslagEnElkeVersieAlsEvent() {
    // the test's own virtual clock, never Reactor's global schedulers (see Opname)
    VirtualTimeScheduler tijd = VirtualTimeScheduler.create();
    Sinks.Many<Versie> versies = Sinks.many().replay().all();
    versies.tryEmitNext(new Versie("7", Gerenderd.van("{\"a\":1}")));
    try (Opname<ServerSentEvent<String>> stroom = Opname.van(
        SseStroom.van(versies.asFlux(), SseStroom.hartslagen(Duration.ofSeconds(15), tijd)))) {
      List<ServerSentEvent<String>> eerst = stroom.nieuw();
      assertThat(eerst).hasSize(1);
      assertThat(eerst.get(0).id()).isEqualTo("7");
      assertThat(eerst.get(0).event()).isEqualTo("dashboard");
      assertThat(eerst.get(0).data()).isEqualTo("{\"a\":1}");
      tijd.advanceTimeBy(Duration.ofSeconds(15).minusMillis(1));
      assertThat(stroom.nieuw()).isEmpty();
      tijd.advanceTimeBy(Duration.ofMillis(1));
      assertThat(stroom.nieuw()).extracting(ServerSentEvent::comment).containsExactly("hartslag");
      tijd.advanceTimeBy(Duration.ofSeconds(15));
      assertThat(stroom.nieuw()).extracting(ServerSentEvent::comment).containsExactly("hartslag");
    }
  }

  @Test
  void eenVersieDieVoorDezeKijkerNietsVerandertWordtNietVerstuurd() {
    Flux<Versie> versies = Flux.just(new Versie("1", Gerenderd.van("{\"x\":\"< 5\"}")),
        new Versie("2", Gerenderd.van("{\"x\":\"< 5\"}")), new Versie("3", Gerenderd.van("{\"x\":5}")));
    StepVerifier.create(SseStroom.van(versies, Flux.never()).take(2))
        .expectNextMatches(e -> "1".equals(e.id()))
        .expectNextMatches(e -> "3".equals(e.id()))
        .verifyComplete();
  }
}
