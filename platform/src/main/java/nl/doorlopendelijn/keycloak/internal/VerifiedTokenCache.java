package nl.doorlopendelijn.keycloak.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens that were verified, until they expire. Checking an RS256 signature is most of the CPU a simple
 * authenticated request costs, and a dashboard viewer or a page sends the same token many times. Identical bytes
 * carry the identical, already verified signature, so the answer cannot differ — as long as the key that signed
 * them is still published: on every hit {@code stillPublished} asks the issuer's current key set (one lookup in
 * memory, a refresh when the set is due), and a token whose key left the set is verified again, i.e. refused. A
 * token is never served from here after its {@code exp}, and failures are never kept. What the token means (roles,
 * whether its region is still active) is still mapped on every request, after this cache.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

  private final ReactiveJwtDecoder delegate;
  private final Function<Jwt, Mono<Boolean>> stillPublished;
  private final Cache<String, Jwt> verified;
  private final Clock clock;

  VerifiedTokenCache(ReactiveJwtDecoder delegate, Function<Jwt, Mono<Boolean>> stillPublished, int maximumSize,
      Duration maximumAge, Clock clock) {
    this.delegate = delegate;
    this.stillPublished = stillPublished;
    this.clock = clock;
    this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(maximumAge).build();
  }

  @Override
  public Mono<Jwt> decode(String token) {
    Jwt known = verified.getIfPresent(token);
    if (known != null) {
      Instant expires = known.getExpiresAt();
      if (expires != null && clock.instant().isBefore(expires)) {
        return stillPublished.apply(known).flatMap(published -> {
          if (published) {
            return Mono.just(known);
          }
          verified.invalidate(token);
          return verify(token);
        });
      }
      verified.invalidate(token);
    }
    return verify(token);
  }

  private Mono<Jwt> verify(String token) {
    return delegate.decode(token).doOnNext(jwt -> {
      if (jwt.getExpiresAt() != null) {
        verified.put(token, jwt);
      }
    });
  }
}
