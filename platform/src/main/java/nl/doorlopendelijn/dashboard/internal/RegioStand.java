package nl.doorlopendelijn.dashboard.internal;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * One version of a region's dashboard: its content, numbered by a per-region sequence within its reeks (together its
 * SSE event id and ETag, {@link #id()}), and the
 * views rendered from it so far, one per kind of viewer ({@link Zicht#sleutel()}), rendered once and then shared
 * by every request and every live viewer of that kind. Rendering includes the suppression audit, so it runs off the
 * event loop and is cached as its (replayed) result.
 */
final class RegioStand {

  private final Inhoud inhoud;
  private final String reeks;
  private final long volgnummer;
  private final Instant berekendOp;
  private final ConcurrentMap<String, Mono<Gerenderd>> weergaven = new ConcurrentHashMap<>();

  RegioStand(Inhoud inhoud, String reeks, long volgnummer, Instant berekendOp) {
    this.inhoud = inhoud;
    this.reeks = reeks;
    this.volgnummer = volgnummer;
    this.berekendOp = berekendOp;
  }

  Inhoud inhoud() {
    return inhoud;
  }

  long volgnummer() {
    return volgnummer;
  }

  /**
   * The numbering this version belongs to: each incarnation of a region's dashboard (a stop and start makes a new
   * one) numbers from 1 again, so a version is known by its reeks and its number together.
   */
  String reeks() {
    return reeks;
  }

  /**
   * The version's id, {@code <reeks>.<volgnummer>}: the number alone would name other content after a restart or on
   * another replica (each numbers from 1), and a viewer reconnecting with it would skip the version she lacks.
   */
  String id() {
    return reeks + "." + volgnummer;
  }

  Instant berekendOp() {
    return berekendOp;
  }

  /** The view of one kind, rendered (and audited) once by the first who asks; everyone later shares it. */
  Mono<Gerenderd> weergave(String sleutel, Function<String, Mono<Gerenderd>> render) {
    return weergaven.computeIfAbsent(sleutel, render);
  }
}
