package nl.doorlopendelijn.notificaties.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import nl.doorlopendelijn.directory.Contactpersonen;
import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.notificaties.Bezorging;
import nl.doorlopendelijn.notificaties.NotificatieTeMailen;
import nl.doorlopendelijn.outbox.Outbox;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns a {@link Melding} into {@code notificatie} rows, in ONE tenant transaction of the dossier's region:
 * <ol>
 *   <li>the candidates, each once, without the actor (the entry her token is linked to) and without entries that
 *     have no confirmed link to a user (or left);</li>
 *   <li>per recipient her preference for the soort at this moment ({@link Bezorging#STANDAARD} when she set none),
 *     stored on the row;</li>
 *   <li>the row, unless this event already made one for her (unique on event and recipient: a redelivered event
 *     makes nothing twice, and publishes nothing twice);</li>
 *   <li>for a new row with {@link Bezorging#DIRECT}: {@link NotificatieTeMailen} through the outbox, in the same
 *     transaction (a rolled-back row is never mailed; a committed one always is, at least once).</li>
 * </ol>
 */
@Component
class NotificatieMaker {

  private final TenantTransactions tx;
  private final NotificatieStore store;
  private final Contactpersonen gids;
  private final Outbox outbox;
  private final Clock klok;

  NotificatieMaker(TenantTransactions tx, NotificatieStore store, Contactpersonen gids, Outbox outbox, Clock klok) {
    this.tx = tx;
    this.store = store;
    this.gids = gids;
    this.outbox = outbox;
    this.klok = klok;
  }

  /** Emits how many rows it made (0 for a redelivery). */
  Mono<Long> maak(Melding m, UUID gebeurtenis) {
    Mono<Optional<UUID>> actor = m.doorIssuer() == null || m.doorSubject() == null ? Mono.just(Optional.empty())
        : gids.gekoppeldAan(m.doorIssuer(), m.doorSubject()).map(Optional::of).defaultIfEmpty(Optional.empty());
    return tx.write(m.tenantId(), actor.flatMap(ik -> m.kandidaten()
        .filter(id -> id != null && !ik.equals(Optional.of(id)))
        .distinct()
        .concatMap(id -> gids.isGekoppeld(id).filter(Boolean::booleanValue).map(ja -> id))
        .concatMap(ontvanger -> maakVoor(m, ontvanger, gebeurtenis))
        .count()));
  }

  private Mono<UUID> maakVoor(Melding m, UUID ontvanger, UUID gebeurtenis) {
    OffsetDateTime nu = OffsetDateTime.now(klok);
    return store.voorkeuren(ontvanger).map(v -> v.get(m.soort()))
        .flatMap(bezorging -> store.voegToe(m, Ids.nieuw(), ontvanger, gebeurtenis, bezorging, nu)
            .flatMap(id -> bezorging == Bezorging.DIRECT
                ? outbox.publish(new NotificatieTeMailen(m.tenantId(), id)).thenReturn(id)
                : Mono.just(id)));
  }
}
