package nl.doorlopendelijn.outbox;

import reactor.core.publisher.Mono;

/**
 * The one way for a module to tell others that something happened: {@link #publish} writes the event in the
 * transaction of the change (one row per {@link OutboxListener} of its type); after commit the dispatcher delivers
 * it, retrying with backoff until each listener succeeds. Nothing is lost when the process dies in between: the
 * rows are in the database. A rolled-back change publishes nothing.
 */
public interface Outbox {

  /**
   * Records {@code event} in the current (tenant or platform) transaction. Fails when there is no transaction: an
   * event outside one could be delivered for a change that never committed. Events hold ids and codes, never
   * personal data; they are serialised as JSON.
   */
  Mono<Void> publish(Object event);
}
