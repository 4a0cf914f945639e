package nl.doorlopendelijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** BlockHound is installed for the whole test run (see BlockHoundInstaller): blocking on a parallel thread fails. */
class BlockHoundTest {

  @Test
  void blokkerendeAanroepOpEenNietBlokkerendeThreadWordtBetrapt() {
    Mono<Object> blocking = Mono.fromCallable(() -> {
      Thread.sleep(5);
      return (Object) "klaar";
    }).subscribeOn(Schedulers.parallel());
    StepVerifier.create(blocking)
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(BlockingOperationError.class))
        .verify(Duration.ofSeconds(5));
  }

  @Test
  void blokkerendWerkOpBoundedElasticMagWel() {
    Mono<Object> allowed = Mono.fromCallable(() -> {
      Thread.sleep(5);
      return (Object) "klaar";
    }).subscribeOn(Schedulers.boundedElastic());
    StepVerifier.create(allowed).expectNext("klaar").verifyComplete();
  }
}
