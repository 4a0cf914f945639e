package nl.doorlopendelijn.agreements.internal;

import java.util.UUID;
import nl.doorlopendelijn.agreements.AgreementSignals;
import nl.doorlopendelijn.agreements.ContactpersoonLookup;
import nl.doorlopendelijn.directory.Contactpersonen;
import nl.doorlopendelijn.directory.ContactpersoonVertrokken;
import nl.doorlopendelijn.outbox.OutboxListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The agreements' link to the shared contactpersonengids: a party's contact must be an active directory entry, and
 * a contact who leaves their organisation raises a signal on every agreement that names them.
 */
@Component
class DirectoryContactpersonen implements ContactpersoonLookup {

  private static final Logger log = LoggerFactory.getLogger(DirectoryContactpersonen.class);

  private final Contactpersonen gids;

  DirectoryContactpersonen(Contactpersonen gids) {
    this.gids = gids;
  }

  @Override
  public Mono<Boolean> bestaatEnIsActief(UUID contactpersoonId) {
    return gids.isActive(contactpersoonId).defaultIfEmpty(false);
  }

  /** Hears a departure through the outbox, after the deactivation committed; idempotent (a signal per party). */
  @Component
  static class Vertrokken implements OutboxListener<ContactpersoonVertrokken> {
    private final AgreementSignals signalen;

    Vertrokken(AgreementSignals signalen) {
      this.signalen = signalen;
    }

    @Override
    public Class<ContactpersoonVertrokken> eventType() {
      return ContactpersoonVertrokken.class;
    }

    @Override
    public String name() {
      return "agreements.contactpersoon-vertrokken";
    }

    @Override
    public Mono<Void> on(ContactpersoonVertrokken event, UUID eventId) {
      return signalen.contactpersoonVertrokken(event.contactpersoonId())
          .doOnNext(n -> log.info("contactpersoon {} vertrokken: {} signaal/signalen op samenwerkingsafspraken",
              event.contactpersoonId(), n))
          .then();
    }
  }
}
