package nl.doorlopendelijn.agreements.internal;

import java.util.UUID;
import nl.doorlopendelijn.agreements.AgreementSignals;
import nl.doorlopendelijn.agreements.ContactpersoonLookup;
import nl.doorlopendelijn.directory.Contactpersonen;
import nl.doorlopendelijn.directory.ContactpersoonVertrokken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import reactor.core.publisher.Mono;

/**
 * The agreements' link to the shared contactpersonengids: a party's contact must be an active directory entry, and
 * a contact who leaves their organisation raises a signal on every agreement that names them.
 */
@Component
class DirectoryContactpersonen implements ContactpersoonLookup {

  private static final Logger log = LoggerFactory.getLogger(DirectoryContactpersonen.class);

  private final Contactpersonen gids;
  private final AgreementSignals signalen;

  DirectoryContactpersonen(Contactpersonen gids, AgreementSignals signalen) {
    this.gids = gids;
    this.signalen = signalen;
  }

  @Override
  public Mono<Boolean> bestaatEnIsActief(UUID contactpersoonId) {
    return gids.isActive(contactpersoonId).defaultIfEmpty(false);
  }

  /** After the deactivation commits; the listener runs on the committing (event-loop) thread, so it only subscribes. */
  @TransactionalEventListener
  void vertrokken(ContactpersoonVertrokken event) {
    signalen.contactpersoonVertrokken(event.contactpersoonId())
        .subscribe(n -> log.info("contactpersoon {} vertrokken: {} signaal/signalen op samenwerkingsafspraken",
            event.contactpersoonId(), n), e -> log.error("signaal contactpersoon-vertrokken mislukt", e));
  }
}
