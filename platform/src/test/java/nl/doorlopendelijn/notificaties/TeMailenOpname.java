package nl.doorlopendelijn.notificaties;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.doorlopendelijn.outbox.OutboxListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Test fixture (found by the component scan, in every platform test's one context): an outbox listener that counts
 * the {@link NotificatieTeMailen} events per notification. The outbox writes an event only for the listeners its
 * type has, so this one makes the events the notificaties publish visible whatever the mail part does with them.
 */
@Configuration(proxyBeanMethods = false)
public class TeMailenOpname {

  /** Deliveries heard per notification id (a redelivery of one event counts again). */
  public static final class Opname implements OutboxListener<NotificatieTeMailen> {
    private final Map<UUID, AtomicInteger> gehoord = new ConcurrentHashMap<>();

    @Override
    public Class<NotificatieTeMailen> eventType() {
      return NotificatieTeMailen.class;
    }

    @Override
    public String name() {
      return "test.notificatie-te-mailen";
    }

    @Override
    public Mono<Void> on(NotificatieTeMailen event, UUID eventId) {
      return Mono.fromRunnable(() -> gehoord.computeIfAbsent(event.notificatieId(), k -> new AtomicInteger())
          .incrementAndGet());
    }

    public int keren(UUID notificatieId) {
      AtomicInteger n = gehoord.get(notificatieId);
      return n == null ? 0 : n.get();
    }
  }

  @Bean
  Opname teMailenOpnameLuisteraar() {
    return new Opname();
  }
}
