package nl.doorlopendelijn.web;

import java.util.Optional;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * What the audit log needs to know about the request a piece of work belongs to: the W3C Trace Context trace id
 * and the origin (client address). Carried in the Reactor context by {@link RequestMetadataFilter}.
 */
public record RequestMetadata(String traceId, String origin) {

  static final Object KEY = RequestMetadata.class;

  public static final RequestMetadata NONE = new RequestMetadata(null, "intern");

  public static Mono<RequestMetadata> current() {
    return Mono.deferContextual(ctx -> Mono.just(from(ctx)));
  }

  public static RequestMetadata from(ContextView ctx) {
    return ctx.<RequestMetadata>getOrEmpty(KEY).orElse(NONE);
  }

  public Optional<String> trace() {
    return Optional.ofNullable(traceId);
  }
}
