package nl.doorlopendelijn.directory;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.doorlopendelijn.outbox.OutboxListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Listens the way the agreements and dossiers do: through the outbox, after the deactivating transaction committed. */
@Component
class VertrokkenOntvanger implements OutboxListener<ContactpersoonVertrokken> {

  final List<ContactpersoonVertrokken> ontvangen = new CopyOnWriteArrayList<>();

  @Override
  public Class<ContactpersoonVertrokken> eventType() {
    return ContactpersoonVertrokken.class;
  }

  @Override
  public String name() {
    return "proef.contactpersoon-vertrokken";
  }

  @Override
  public Mono<Void> on(ContactpersoonVertrokken event, UUID eventId) {
    return Mono.fromRunnable(() -> ontvangen.add(event));
  }
}
