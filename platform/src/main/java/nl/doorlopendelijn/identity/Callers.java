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
}
