package nl.doorlopendelijn.notificaties.mail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.doorlopendelijn.outbox.OutboxListener;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A digest ({@link Dagoverzichten}) as one mail listing its notificaties, oldest first, each with its soort, dossier
 * number and link; Message-ID {@code <dagoverzichtId@doorlopendelijn.nl>} on every repeat; then digest and notificaties
 * are marked mailed. Already mailed: nothing. At least once, as {@link NotificatieMails}.
 */
@Component
class DagoverzichtMails implements OutboxListener<DagoverzichtTeMailen> {

  private final TenantTransactions tx;
  private final MailStore store;
  private final MailOpbouw opbouw;
  private final Mailer mailer;
  private final Clock klok;

  DagoverzichtMails(TenantTransactions tx, MailStore store, MailOpbouw opbouw, Mailer mailer, Clock klok) {
    this.tx = tx;
    this.store = store;
    this.opbouw = opbouw;
    this.mailer = mailer;
    this.klok = klok;
  }

  @Override
  public Class<DagoverzichtTeMailen> eventType() {
    return DagoverzichtTeMailen.class;
  }

  @Override
  public String name() {
    return "notificaties.mail.dagoverzicht";
  }

  @Override
  public Mono<Void> on(DagoverzichtTeMailen e, UUID eventId) {
    UUID tenant = e.tenantId();
    return tx.read(tenant, store.dagoverzicht(tenant, e.dagoverzichtId())
            .filter(d -> d.gemaildOp() == null)
            .zipWhen(d -> store.vanDagoverzicht(tenant, d.id()).collectList()))
        .filter(t -> !t.getT2().isEmpty())
        .flatMap(t -> mail(t.getT1(), t.getT2())
            .flatMap(mail -> mailer.verstuur(mail).then(Mono.defer(() -> tx.write(tenant,
                store.dagoverzichtGemaild(tenant, t.getT1().id(), klok.instant()))))))
        .then();
  }

  private Mono<Mail> mail(MailStore.Dagoverzicht d, List<MailStore.Notificatie> notificaties) {
    return opbouw.ontvanger(d.ontvangerId(), "dagoverzicht " + d.id())
        .zipWith(opbouw.regio(d.tenantId()))
        .map(t -> {
          List<MailTeksten.Item> items = notificaties.stream().map(n -> opbouw.item(n, t.getT2())).toList();
          return new Mail(t.getT1().email(), MailTeksten.dagoverzichtOnderwerp(d.datum(), items.size()),
              MailTeksten.dagoverzichtTekst(t.getT1().naam(), d.datum(), items), Mail.messageId(d.id()), null);
        });
  }
}
