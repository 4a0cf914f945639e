package nl.doorlopendelijn.dashboard.internal;

import java.time.Duration;
import nl.doorlopendelijn.dashboard.internal.DashboardDienst.Versie;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** Heartbeats and events of the live stream, in virtual time. */
class SseStroomTest {

  @Test
  void elkeVijftienSecondenEenHartslagEnElkeVersieAlsEvent() {
    StepVerifier.withVirtualTime(() -> {
          Sinks.Many<Versie> versies = Sinks.many().replay().all();
          versies.tryEmitNext(new Versie("7", Gerenderd.van("{\"a\":1}")));
          return SseStroom.van(versies.asFlux(), SseStroom.hartslagen(Duration.ofSeconds(15), Schedulers.parallel()));
        })
        .assertNext(e -> {
          org.assertj.core.api.Assertions.assertThat(e.id()).isEqualTo("7");
          org.assertj.core.api.Assertions.assertThat(e.event()).isEqualTo("dashboard");
          org.assertj.core.api.Assertions.assertThat(e.data()).isEqualTo("{\"a\":1}");
        })
        .expectNoEvent(Duration.ofSeconds(15).minusMillis(1))
        .thenAwait(Duration.ofMillis(1))
        .assertNext(e -> org.assertj.core.api.Assertions.assertThat(e.comment()).isEqualTo("hartslag"))
        .thenAwait(Duration.ofSeconds(15))
        .assertNext(e -> org.assertj.core.api.Assertions.assertThat(e.comment()).isEqualTo("hartslag"))
        .thenCancel()
        .verify(Duration.ofSeconds(5));
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
