package nl.doorlopendelijn.outbox.internal;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.doorlopendelijn.outbox.OutboxStand;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** How the outbox stands, for operators: totals over every tenant and the oldest failing deliveries. */
@Component
class OutboxStatus {

  static final int MAX_MISLUKTE = 100;

  private final OutboxStore store;
  private final RegionRegistry regios;

  OutboxStatus(OutboxStore store, RegionRegistry regios) {
    this.store = store;
    this.regios = regios;
  }

  public Mono<OutboxStand> stand() {
    Mono<Map<UUID, String>> namen = regios.all().collect(Collectors.toMap(Region::id, Region::slug));
    return namen.flatMap(n -> store.totalen().zipWith(
            store.mislukte(MAX_MISLUKTE, id -> OutboxDispatcher.PLATFORM.equals(id) ? "platform"
                : n.getOrDefault(id, id.toString())).collectList(),
            (t, mislukte) -> new OutboxStand(t.wachtend(), t.mislukt(), t.oudsteWachtendSinds(), mislukte)));
  }
}
