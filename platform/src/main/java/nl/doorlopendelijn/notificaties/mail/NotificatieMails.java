package nl.doorlopendelijn.notificaties.mail;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.GesprekUitnodiging;
import nl.doorlopendelijn.notificaties.NotificatieSoort;
import nl.doorlopendelijn.notificaties.NotificatieTeMailen;
import nl.doorlopendelijn.outbox.OutboxListener;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A notificatie its recipient wants right away, as one mail: heard through the outbox after the transaction that
 * made it, at least once. Reads the row (tenant transaction), sends with the Message-ID
 * {@code <notificatieId@doorlopendelijn.nl>} (every repeat sends the same one: a mail client shows it once), then sets
 * {@code gemaild_op}. Already mailed: nothing. Sent but not marked (a crash, the database gone): the outbox delivers
 * again and the same mail goes out with the same Message-ID. A planned gesprek attaches its invitation.
 */
@Component
class NotificatieMails implements OutboxListener<NotificatieTeMailen> {

  private final TenantTransactions tx;
  private final MailStore store;
  private final MailOpbouw opbouw;
  private final GesprekUitnodiging uitnodigingen;
  private final Mailer mailer;
  private final Clock klok;

  NotificatieMails(TenantTransactions tx, MailStore store, MailOpbouw opbouw, GesprekUitnodiging uitnodigingen,
      Mailer mailer, Clock klok) {
    this.tx = tx;
    this.store = store;
    this.opbouw = opbouw;
    this.uitnodigingen = uitnodigingen;
    this.mailer = mailer;
    this.klok = klok;
  }

  @Override
  public Class<NotificatieTeMailen> eventType() {
    return NotificatieTeMailen.class;
  }

  @Override
  public String name() {
    return "notificaties.mail.notificatie";
  }

  @Override
  public Mono<Void> on(NotificatieTeMailen e, UUID eventId) {
    UUID tenant = e.tenantId();
    return tx.read(tenant, store.notificatie(tenant, e.notificatieId()))
        .filter(n -> n.gemaildOp() == null)
        .flatMap(n -> mail(n)
            .flatMap(mail -> mailer.verstuur(mail)
                .then(Mono.defer(() -> tx.write(tenant, store.gemaild(tenant, n.id(), klok.instant()))))))
        .then();
  }

  private Mono<Mail> mail(MailStore.Notificatie n) {
    return opbouw.ontvanger(n.ontvangerId(), "notificatie " + n.id())
        .zipWith(opbouw.regio(n.tenantId()))
        .flatMap(t -> {
          MailTeksten.Item item = opbouw.item(n, t.getT2());
          return uitnodiging(n, item.link()).map(ics -> new Mail(t.getT1().email(), MailTeksten.onderwerp(item),
              MailTeksten.tekst(t.getT1().naam(), item, ics.isPresent()), Mail.messageId(n.id()), ics.orElse(null)));
        });
  }

  private Mono<Optional<String>> uitnodiging(MailStore.Notificatie n, String link) {
    if (n.soort() != NotificatieSoort.GESPREK_GEPLAND || n.gesprekId() == null) {
      return Mono.just(Optional.empty());
    }
    return uitnodigingen.ics(n.tenantId(), n.dossierId(), n.gesprekId(), link).map(Optional::of)
        .defaultIfEmpty(Optional.empty());
  }
}
