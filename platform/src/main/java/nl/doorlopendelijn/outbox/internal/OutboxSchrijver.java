package nl.doorlopendelijn.outbox.internal;

import java.util.UUID;
import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.outbox.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** {@link Outbox}: one row per listener in the current transaction; after commit the dispatcher is woken. */
@Component
class OutboxSchrijver implements Outbox {

  private final OutboxStore store;
  private final OutboxOntvangers ontvangers;
  private final OutboxDispatcher dispatcher;
  private final JsonMapper json;

  OutboxSchrijver(OutboxStore store, OutboxOntvangers ontvangers, OutboxDispatcher dispatcher, JsonMapper json) {
    this.store = store;
    this.ontvangers = ontvangers;
    this.dispatcher = dispatcher;
    this.json = json;
  }

  @Override
  public Mono<Void> publish(Object event) {
    return TransactionSynchronizationManager.forCurrentTransaction()
        .onErrorMap(NoTransactionException.class,
            e -> new IllegalStateException("Outbox.publish buiten een transactie: " + event.getClass().getName(), e))
        .flatMap(tx -> {
          var luisteraars = ontvangers.voor(event.getClass());
          if (luisteraars.isEmpty()) {
            return Mono.empty();
          }
          UUID eventId = Ids.nieuw();
          String payload = json.writeValueAsString(event);
          tx.registerSynchronization(new TransactionSynchronization() {
            @Override
            public Mono<Void> afterCommit() {
              return Mono.fromRunnable(dispatcher::wek);
            }
          });
          return store.schrijf(eventId, event.getClass().getName(), payload, luisteraars);
        });
  }
}
