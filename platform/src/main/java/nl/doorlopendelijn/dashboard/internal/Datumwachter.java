package nl.doorlopendelijn.dashboard.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Announces each new day in the clock's zone (the platform's: Dutch time): the clock is read every {@code interval} on the given scheduler (a
 * virtual-time scheduler in tests), so midnight is noticed within one interval, also after a clock jump or DST.
 */
final class Datumwachter {

  private Datumwachter() {}

  static LocalDate vandaag(Clock klok) {
    return LocalDate.now(klok);
  }

  static Flux<LocalDate> dagwissels(Clock klok, Duration interval, Scheduler scheduler) {
    return Mono.fromSupplier(() -> vandaag(klok))
        .concatWith(Flux.interval(interval, scheduler).map(tik -> vandaag(klok)))
        .distinctUntilChanged()
        .skip(1);
  }
}
