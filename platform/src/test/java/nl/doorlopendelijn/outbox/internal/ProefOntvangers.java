package nl.doorlopendelijn.outbox.internal;

import nl.doorlopendelijn.outbox.OutboxListener;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Mono;

/**
 * Two listeners of {@link ProefGebeurtenis} for the outbox tests; one of them can be told to fail. Imported by
 * {@link OutboxTest} only; not a {@code @Configuration}, so no component scan (the platform's, the demo's) finds
 * them and no other context hears of them.
 */
class ProefOntvangers {

  record ProefGebeurtenis(String sleutel) {}

  record Ontvangst(UUID eventId, ProefGebeurtenis gebeurtenis) {}

  /** Records what it hears; fails as often as {@link #faalKeer} says for a key (or always, for -1). */
  static class Ontvanger implements OutboxListener<ProefGebeurtenis> {
    final String naam;
    final List<Ontvangst> gehoord = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> faalKeer = new ConcurrentHashMap<>();
    final AtomicInteger pogingen = new AtomicInteger();

    Ontvanger(String naam) {
      this.naam = naam;
    }

    @Override
    public Class<ProefGebeurtenis> eventType() {
      return ProefGebeurtenis.class;
    }

    @Override
    public String name() {
      return naam;
    }

    @Override
    public Mono<Void> on(ProefGebeurtenis event, UUID eventId) {
      return Mono.defer(() -> {
        pogingen.incrementAndGet();
        AtomicInteger nog = faalKeer.get(event.sleutel());
        if (nog != null && (nog.get() < 0 || nog.getAndDecrement() > 0)) {
          return Mono.error(new IllegalStateException("proefstoring voor " + event.sleutel()));
        }
        gehoord.add(new Ontvangst(eventId, event));
        return Mono.empty();
      });
    }

    List<Ontvangst> van(String sleutel) {
      return gehoord.stream().filter(o -> o.gebeurtenis().sleutel().equals(sleutel)).toList();
    }
  }

  @Bean
  Ontvanger eersteProefOntvanger() {
    return new Ontvanger("proef.eerste");
  }

  @Bean
  Ontvanger tweedeProefOntvanger() {
    return new Ontvanger("proef.tweede");
  }
}
