package nl.doorlopendelijn.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * A job once a day at a time of day in the clock's zone (the platform's clock: Dutch time). The wait is computed
 * anew before every run rather than a fixed 24 hours, so the hour holds across summer time (the day between is 23 or
 * 25 hours) and a long run never shifts the next one. A day the platform was down at that time is not caught up:
 * each job works on what is due at its run.
 */
public final class Daily {

  private Daily() {}

  /** Runs {@code work} with that day's date every day at {@code time}, from the next one on, one run at a time. */
  public static <T> Flux<T> at(LocalTime time, Clock clock, Scheduler scheduler, Function<LocalDate, Mono<T>> work) {
    return Mono.defer(() -> Mono.delay(untilNext(clock, time), scheduler))
        .then(Mono.defer(() -> work.apply(LocalDate.now(clock))))
        .repeat();
  }

  static Duration untilNext(Clock clock, LocalTime time) {
    ZonedDateTime now = ZonedDateTime.now(clock);
    ZonedDateTime next = now.toLocalDate().atTime(time).atZone(clock.getZone());
    if (!next.isAfter(now)) {
      next = now.toLocalDate().plusDays(1).atTime(time).atZone(clock.getZone());
    }
    return Duration.between(now, next);
  }
}
