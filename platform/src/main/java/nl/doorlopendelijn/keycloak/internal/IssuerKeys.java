package nl.doorlopendelijn.keycloak.internal;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The published keys (JWKS) of one trusted issuer, for {@code NimbusReactiveJwtDecoder.withJwkSource}.
 *
 * <ul>
 *   <li>A key set older than {@code period} is fetched again before it is used, so a key removed at the issuer is
 *       refused at most {@code period} (plus one fetch) after its removal.</li>
 *   <li>A token whose {@code kid} is not in the set makes a fetch too (a rotated-in key), but no fetch starts within
 *       {@code minInterval} of the previous one (of either kind), and concurrent requests share the one fetch under
 *       way. Tokens with made-up {@code kid}s therefore cost at most one fetch per interval, whatever their number;
 *       within the interval they are answered from the set at hand (401).</li>
 *   <li>A fetch that fails keeps the last good set in use until {@code keepOnFailure} after that set was fetched;
 *       after that, or when there never was a set, the keys are missing and the request gets 503.</li>
 * </ul>
 *
 * <p>Why our own: Spring Security's reactive JWK source ({@code ReactiveRemoteJWKSource}, behind
 * {@code withJwkSetUri}) keeps the set forever and fetches on every unknown {@code kid}, without limit (still so in
 * 7.0, spring-security#7474). Nimbus' {@code JWKSourceBuilder} has exactly these policies (time to live, rate limit,
 * outage tolerance), but it is blocking — an {@code HttpURLConnection} and locks that park the threads waiting for a
 * refresh — so on the event loop it is forbidden, and on {@code boundedElastic} every verification would hop threads
 * and a flood of made-up {@code kid}s would park the elastic threads behind its lock. Here the state is one immutable
 * value swapped atomically and the one fetch is a shared {@link Mono}: nothing waits but on that {@code Mono}. Its
 * defaults follow Nimbus' (5 min, 30 s).
 */
final class IssuerKeys {

  private static final Logger log = LoggerFactory.getLogger(IssuerKeys.class);

  /** What is known: the last good set and when it came, the start of the last fetch, the fetch under way. */
  private record State(JWKSet keys, Instant fetchedAt, Instant lastStart, Mono<JWKSet> inFlight) {
    static final State EMPTY = new State(null, null, null, null);
  }

  private final String issuer;
  private final Mono<String> download;
  private final Duration period;
  private final Duration minInterval;
  private final Duration keepOnFailure;
  private final Clock clock;
  private final AtomicReference<State> state = new AtomicReference<>(State.EMPTY);
  private final AtomicLong fetches = new AtomicLong();

  /**
   * @param download one GET of the issuer's JWKS document (it carries the timeout)
   * @param period how old a set may be when it is used
   * @param minInterval the least time between the starts of two fetches
   * @param keepOnFailure how long after its fetch a set stays in use while fetches fail (at least {@code period})
   */
  IssuerKeys(String issuer, Mono<String> download, Duration period, Duration minInterval, Duration keepOnFailure,
      Clock clock) {
    checkSettings(period, minInterval, keepOnFailure);
    this.issuer = issuer;
    this.download = download;
    this.period = period;
    this.minInterval = minInterval;
    this.keepOnFailure = keepOnFailure;
    this.clock = clock;
  }

  /** Refuses settings that cannot work, at start-up rather than at the first token. */
  static void checkSettings(Duration period, Duration minInterval, Duration keepOnFailure) {
    if (period.isNegative() || period.isZero() || minInterval.isNegative() || keepOnFailure.compareTo(period) < 0) {
      throw new IllegalArgumentException("JWKS settings: jwks-verversen " + period + " must be positive, "
          + "jwks-onbekende-kid-interval " + minInterval + " not negative, jwks-bewaren-bij-storing " + keepOnFailure
          + " at least jwks-verversen");
    }
  }

  /** The keys that may have signed this token (the decoder's key source): none when its {@code kid} is unknown. */
  Flux<JWK> select(SignedJWT jwt) {
    JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
    return current().flatMapMany(keys -> {
      List<JWK> found = selector.select(keys);
      if (!found.isEmpty()) {
        return Flux.fromIterable(found);
      }
      return afterUnknownKid(keys).flatMapIterable(selector::select);
    });
  }

  /**
   * Whether the key of a token verified earlier is still published (the verified-token cache asks on a hit). A token
   * without {@code kid} is not vouched for: it is verified again.
   */
  Mono<Boolean> stillPublished(Jwt jwt) {
    Object kid = jwt.getHeaders().get("kid");
    if (!(kid instanceof String id)) {
      return Mono.just(false);
    }
    return current().map(keys -> keys.getKeyByKeyId(id) != null);
  }

  /** How many fetches were started (for the logs and tests). */
  long fetches() {
    return fetches.get();
  }

  /** A set not older than the period, fetched now if need be; the last good set or an error if that fails. */
  private Mono<JWKSet> current() {
    return Mono.defer(() -> {
      State s = state.get();
      Instant now = clock.instant();
      if (s.keys() != null && now.isBefore(s.fetchedAt().plus(period))) {
        return Mono.just(s.keys());
      }
      return fetch(s, now);
    });
  }

  /** After a {@code kid} was not found in {@code seen}: a newer set, the fetch under way, a new one, or {@code seen}. */
  private Mono<JWKSet> afterUnknownKid(JWKSet seen) {
    return Mono.defer(() -> {
      State s = state.get();
      if (s.keys() != null && s.keys() != seen) {
        return Mono.just(s.keys());
      }
      Instant now = clock.instant();
      if (s.inFlight() == null && rateLimited(s, now)) {
        return Mono.just(seen);
      }
      return fetch(s, now);
    });
  }

  private boolean rateLimited(State s, Instant now) {
    return s.lastStart() != null && now.isBefore(s.lastStart().plus(minInterval));
  }

  /** Joins the fetch under way, or starts one unless the rate limit forbids it (then: the last good set, if kept). */
  private Mono<JWKSet> fetch(State s, Instant now) {
    if (s.inFlight() != null) {
      return s.inFlight();
    }
    if (rateLimited(s, now)) {
      return lastGood(s, now, null);
    }
    Mono<JWKSet> shared = download
        // parsing JSON is kept off the event loop
        .publishOn(Schedulers.boundedElastic())
        .map(IssuerKeys::parse)
        .map(this::fetched)
        .onErrorResume(this::failed)
        .cache();
    if (!state.compareAndSet(s, new State(s.keys(), s.fetchedAt(), now, shared))) {
      return Mono.defer(() -> fetch(state.get(), clock.instant())); // another request was first: join its fetch
    }
    fetches.incrementAndGet();
    // The fetch runs to its end even when every request waiting for it is cancelled (a client went away): its
    // result is the state of the next request. Errors are already turned into a result or logged below.
    shared.subscribe(keys -> { }, e -> { });
    return shared;
  }

  private JWKSet fetched(JWKSet keys) {
    Instant now = clock.instant();
    State before = state.getAndUpdate(s -> new State(keys, now, s.lastStart(), null));
    List<String> ids = kids(keys);
    if (before.keys() == null || !kids(before.keys()).equals(ids)) {
      // an operator rotating a key sees here when this replica learnt of it
      log.info("JWKS of {}: keys {}", issuer, ids);
    }
    return keys;
  }

  private static List<String> kids(JWKSet keys) {
    return keys.getKeys().stream().map(k -> String.valueOf(k.getKeyID())).sorted().toList();
  }

  private Mono<JWKSet> failed(Throwable e) {
    Instant now = clock.instant();
    State s = state.updateAndGet(old -> new State(old.keys(), old.fetchedAt(), old.lastStart(), null));
    log.warn("JWKS of {} could not be fetched: {}", issuer, e.toString());
    return lastGood(s, now, e);
  }

  private Mono<JWKSet> lastGood(State s, Instant now, Throwable cause) {
    if (s.keys() != null && now.isBefore(s.fetchedAt().plus(keepOnFailure))) {
      return Mono.just(s.keys());
    }
    return Mono.error(new IllegalStateException("keys of " + issuer + " could not be fetched"
        + (cause == null ? " (last attempt less than " + minInterval + " ago failed)" : ""), cause));
  }

  private static JWKSet parse(String body) {
    try {
      return JWKSet.parse(body);
    } catch (ParseException e) {
      throw new IllegalStateException("JWKS is not a JWK set: " + e.getMessage(), e);
    }
  }
}
