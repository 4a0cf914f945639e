package nl.doorlopendelijn.identity;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import reactor.core.publisher.Mono;

/** Access to the authenticated {@link Caller} of the current request. */
public final class Callers {

  private Callers() {}

  /** The current caller, or empty when the request is not authenticated with a platform token. */
  public static Mono<Caller> current() {
    return ReactiveSecurityContextHolder.getContext()
        .mapNotNull(ctx -> ctx.getAuthentication())
        .mapNotNull(auth -> auth.getPrincipal() instanceof Caller c ? c : null);
  }

  /**
   * When the current request's token expires ({@code exp}), or empty without one: what stays open past the request
   * (a live stream) ends then, and the client comes back with a fresh token.
   */
  public static Mono<java.time.Instant> tokenVerlooptOp() {
    return ReactiveSecurityContextHolder.getContext()
        .mapNotNull(ctx -> ctx.getAuthentication())
        .mapNotNull(auth -> auth.getCredentials() instanceof org.springframework.security.oauth2.core.OAuth2Token t
            ? t.getExpiresAt() : null);
  }
}
