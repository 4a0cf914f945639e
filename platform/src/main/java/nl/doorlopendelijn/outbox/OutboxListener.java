package nl.doorlopendelijn.outbox;

import java.util.UUID;
import org.springframework.util.ClassUtils;
import reactor.core.publisher.Mono;

/**
 * Hears the events of one type after the transaction that published them committed. Delivery is at least once:
 * after a failure, a crash or a timeout the same event (same {@code eventId}) comes again, so the work must be
 * idempotent. Each listener has its own delivery: one listener failing does not repeat another's.
 *
 * @param <E> the event type (a record of ids and codes)
 */
public interface OutboxListener<E> {

  Class<E> eventType();

  /** The work; it starts its own transactions. An error (or a timeout) means: deliver again later. */
  Mono<Void> on(E event, UUID eventId);

  /** Stored with each delivery: keep it stable (renaming a listener leaves its pending deliveries unmatched). */
  default String name() {
    return ClassUtils.getUserClass(getClass()).getName();
  }
}
