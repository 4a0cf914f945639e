package nl.doorlopendelijn.outbox.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.doorlopendelijn.outbox.OutboxListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The listeners of the application, looked up when first needed (listeners use services that themselves publish,
 * so they cannot be injected eagerly into the outbox).
 */
@Component
class OutboxOntvangers {

  private final ObjectProvider<OutboxListener<?>> provider;
  private volatile Map<String, OutboxListener<?>> opNaam;

  OutboxOntvangers(ObjectProvider<OutboxListener<?>> provider) {
    this.provider = provider;
  }

  /** The names of the listeners that hear an event of this type (or of a supertype). */
  List<String> voor(Class<?> eventType) {
    return alle().values().stream().filter(l -> l.eventType().isAssignableFrom(eventType))
        .map(OutboxListener::name).sorted().toList();
  }

  Optional<OutboxListener<?>> opNaam(String naam) {
    return Optional.ofNullable(alle().get(naam));
  }

  private Map<String, OutboxListener<?>> alle() {
    Map<String, OutboxListener<?>> m = opNaam;
    if (m == null) {
      m = provider.orderedStream().collect(Collectors.toUnmodifiableMap(OutboxListener::name, Function.identity()));
      opNaam = m;
    }
    return m;
  }
}
