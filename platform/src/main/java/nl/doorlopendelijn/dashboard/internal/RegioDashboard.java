package nl.doorlopendelijn.dashboard.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * One region's live dashboard: the current {@link RegioStand} in memory, recomputed on request (a NOTIFY, the
 * clock, a reconnect) and published to ONE shared replaying sink that every viewer of the region subscribes to.
 *
 * <p>Requests are coalesced: the first waits {@code samenvoegen}, then one recompute runs; requests arriving
 * meanwhile collapse into one more recompute after it (never lost, never more than one queued). A recompute that
 * finds the same content publishes nothing.
 */
final class RegioDashboard {

  private static final Logger log = LoggerFactory.getLogger(RegioDashboard.class);
  private static final Duration EMIT_GEDULD = Duration.ofSeconds(1);

  private final String naam;
  private final int buffer;
  private final Clock klok;
  private final Sinks.Many<RegioStand> standen;
  private final Sinks.Many<Boolean> verzoeken = Sinks.many().unicast().onBackpressureBuffer();
  private final Disposable verwerking;
  private volatile RegioStand huidige;

  /** This incarnation's numbering ({@link RegioStand#reeks()}): a new one after every stop and start. */
  private final String reeks = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  RegioDashboard(String naam, Supplier<Mono<Inhoud>> lezer, Duration samenvoegen, Duration naFout, int buffer,
      Clock klok, Scheduler scheduler) {
    this.naam = naam;
    this.buffer = buffer;
    this.klok = klok;
    this.standen = Sinks.many().replay().limit(buffer);
    this.verwerking = verzoeken.asFlux()
        .onBackpressureLatest()
        .concatMap(verzoek -> Mono.delay(samenvoegen, scheduler)
            .then(Mono.defer(lezer::get))
            .doOnNext(this::publiceer)
            .onErrorResume(fout -> {
              log.warn("dashboard van {} niet herberekend, nieuwe poging over {}: {}", naam, naFout, fout.toString());
              Mono.delay(naFout, scheduler).subscribe(tik -> herbereken());
              return Mono.empty();
            }), 0)
        .subscribe();
  }

  /** Asks for a recompute; returns at once. */
  void herbereken() {
    verzoeken.emitNext(Boolean.TRUE, Sinks.EmitFailureHandler.busyLooping(EMIT_GEDULD));
  }

  private void publiceer(Inhoud inhoud) {
    RegioStand vorige = huidige;
    if (vorige != null && vorige.inhoud().equals(inhoud)) {
      return;
    }
    RegioStand nieuw = new RegioStand(inhoud, reeks, vorige == null ? 1 : vorige.volgnummer() + 1, klok.instant());
    huidige = nieuw;
    standen.emitNext(nieuw, Sinks.EmitFailureHandler.busyLooping(EMIT_GEDULD));
    log.debug("dashboard van {}: versie {}", naam, nieuw.volgnummer());
  }

  /** The current version; the first one once it is computed. */
  Mono<RegioStand> huidige() {
    RegioStand stand = huidige;
    return stand != null ? Mono.just(stand) : standen.asFlux().next();
  }

  long volgnummer() {
    RegioStand stand = huidige;
    return stand == null ? 0 : stand.volgnummer();
  }

  /**
   * The versions a viewer gets: with a {@code laatstGezien} id of this reeks that is still in the buffer, every later
   * version (the viewer misses nothing); otherwise (none, too old, unknown, or of another reeks: from before a restart
   * or from another replica) the current one; then every new one, live. Each version is a full state, so the latest
   * alone is always enough to be up to date.
   */
  Flux<RegioStand> vanaf(String laatstGezien) {
    long huidig = volgnummer();
    long oudsteInBuffer = Math.max(1, huidig - buffer + 1);
    Long gezien = nummerInDezeReeks(laatstGezien);
    boolean herhaal = gezien != null && gezien <= huidig && gezien >= oudsteInBuffer - 1;
    long vanaf = herhaal ? gezien + 1 : huidig;
    return standen.asFlux().filter(stand -> stand.volgnummer() >= vanaf);
  }

  /** The number of an id {@code <reeks>.<volgnummer>} of this reeks; {@code null} for any other id. */
  private Long nummerInDezeReeks(String id) {
    if (id == null || !id.startsWith(reeks + ".")) {
      return null;
    }
    try {
      return Long.parseLong(id.substring(reeks.length() + 1));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  void stop() {
    verwerking.dispose();
    standen.tryEmitComplete();
  }
}
