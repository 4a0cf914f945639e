package nl.doorlopendelijn.notificaties.mail;

import java.util.UUID;
import nl.doorlopendelijn.directory.Contactpersonen;
import nl.doorlopendelijn.directory.Contactpersoon;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.kernel.Codes;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What both kinds of mail need: the recipient's work address from the gids, the region (its name, its slug for the
 * link) and an item per notificatie. A recipient without a work address, or who left her organisation, gets no mail
 * (logged by id; the notificatie stays in the pages).
 */
@Component
class MailOpbouw {

  private static final Logger log = LoggerFactory.getLogger(MailOpbouw.class);

  private final Contactpersonen gids;
  private final RegionRegistry regios;
  private final String basisUrl;

  MailOpbouw(Contactpersonen gids, RegionRegistry regios,
      @Value("${doorlopendelijn.web.basis-url:http://localhost:8080}") String basisUrl) {
    this.gids = gids;
    this.regios = regios;
    this.basisUrl = basisUrl;
  }

  String basisUrl() {
    return basisUrl;
  }

  /** The recipient, when she can be mailed: active, with a work address. */
  Mono<Contactpersoon> ontvanger(UUID ontvangerId, String waarvoor) {
    return gids.byId(ontvangerId)
        .filter(c -> c.actief() && c.email() != null && !c.email().isBlank())
        .switchIfEmpty(Mono.fromRunnable(() -> log.info("{} niet gemaild: contactpersoon {} is vertrokken of heeft"
            + " geen e-mailadres", waarvoor, ontvangerId)));
  }

  Mono<Region> regio(UUID tenantId) {
    return regios.byId(tenantId)
        .switchIfEmpty(Mono.error(() -> new IllegalStateException("onbekende regio " + tenantId)));
  }

  MailTeksten.Item item(MailStore.Notificatie n, Region r) {
    // a code this build does not know (a newer replica wrote it) leaves the line out rather than the mail
    String mijlpaal = Codes.zoek(MijlpaalType.values(), MijlpaalType::code, n.mijlpaal()).map(MijlpaalType::label)
        .orElse(null);
    return new MailTeksten.Item(n.soort(), n.dossiernummer(), mijlpaal, r.naam(),
        MailTeksten.link(basisUrl, r.slug(), n.dossierId()));
  }
}
