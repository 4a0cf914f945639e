package nl.doorlopendelijn.dossiers.internal;

import nl.doorlopendelijn.agreements.AfspraakVersieGeactiveerd;
import nl.doorlopendelijn.agreements.Samenwerkingsafspraken;
import nl.doorlopendelijn.directory.Contactpersonen;
import nl.doorlopendelijn.directory.ContactpersoonVertrokken;
import nl.doorlopendelijn.dossiers.AfspraakNormen;
import nl.doorlopendelijn.dossiers.ContactpersoonStatusPort;
import nl.doorlopendelijn.dossiers.GeldendeAfspraak;
import nl.doorlopendelijn.dossiers.planning.ContactpersoonStatus;
import nl.doorlopendelijn.dossiers.planning.DriegesprekAnker;
import nl.doorlopendelijn.dossiers.planning.Normen;
import nl.doorlopendelijn.dossiers.planning.Scenario;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;
import reactor.core.publisher.Mono;

/**
 * How dossiers learn from the other modules: the norms of the agreement in force plan a dossier; the
 * contactpersonengids says whether the vaste contactpersoon is still there. (Where an azc's liaisons work is one
 * rule, {@link nl.doorlopendelijn.tenancy.CoaRegios}; {@link CoaDossierToegang} is this module's part.) Events
 * from those modules (a new agreement version, a contact who left) replan dossiers and raise signals.
 */
@Configuration(proxyBeanMethods = false)
class KoppelingenMetAndereModules {

  private static final Logger log = LoggerFactory.getLogger(KoppelingenMetAndereModules.class);

  @Bean
  AfspraakNormen normenUitSamenwerkingsafspraak(Samenwerkingsafspraken afspraken, RegionRegistry regios) {
    return (tenantId, gemeente, azc, datum) -> afspraken.actieveVoor(tenantId, gemeente, azc, datum)
        .map(a -> new GeldendeAfspraak(a.versieId(), Scenario.fromCode(a.scenario()), normen(a.normen())))
        // No agreement (yet) between this gemeente and azc: plan by the region's default norms.
        .switchIfEmpty(Mono.defer(() -> regios.all().filter(r -> r.id().equals(tenantId)).next()
            .map(r -> new GeldendeAfspraak(null, null, RegioNormen.van(r.descriptor().normen())))));
  }

  @Bean
  ContactpersoonStatusPort contactpersoonUitGids(Contactpersonen gids) {
    return id -> id == null ? Mono.just(ContactpersoonStatus.ONTBREEKT)
        : gids.isActive(id).map(actief -> actief ? ContactpersoonStatus.AANWEZIG : ContactpersoonStatus.VERTROKKEN)
            .defaultIfEmpty(ContactpersoonStatus.VERTROKKEN);
  }

  @Bean
  Gebeurtenissen dossierGebeurtenissen(DossierOnderhoud onderhoud) {
    return new Gebeurtenissen(onderhoud);
  }

  static Normen normen(nl.doorlopendelijn.agreements.AfspraakNormen n) {
    return new Normen(n.dagenTotKennismaking(), DriegesprekAnker.fromCode(n.driegesprek().anker()),
        n.driegesprek().dagen(), n.klantprofielUpdateDagenVoorVerhuizing(), n.bredeIntakeEnPipVoorVerhuizing(),
        n.voorinburgeringAangeboden(), n.rustperiodeRondVerhuizingDagen(), null);
  }

  /** After the other module's transaction commits; listeners run on an event loop, so they only subscribe. */
  static class Gebeurtenissen {
    private final DossierOnderhoud onderhoud;

    Gebeurtenissen(DossierOnderhoud onderhoud) {
      this.onderhoud = onderhoud;
    }

    /** Published by the agreements module after its transaction committed. */
    @EventListener
    void afspraakVersieGeactiveerd(AfspraakVersieGeactiveerd e) {
      if (e.oudeVersieId() == null) {
        return;
      }
      onderhoud.afspraakVersieGewijzigd(e.tenantId(), e.oudeVersieId(), e.nieuweVersieId())
          .subscribe(n -> log.info("{} dossier(s) naar afspraakversie {}", n, e.nieuweVersieId()),
              ex -> log.error("dossiers naar nieuwe afspraakversie mislukt", ex));
    }

    /** Published inside the directory's transaction: heard only once it commits. */
    @TransactionalEventListener
    void contactpersoonVertrokken(ContactpersoonVertrokken e) {
      onderhoud.contactpersoonVertrokken(e.contactpersoonId())
          .subscribe(n -> log.info("contactpersoon {} vertrokken: {} dossier(s) met signaal", e.contactpersoonId(), n),
              ex -> log.error("signaal contactpersoon-vertrokken op dossiers mislukt", ex));
    }
  }

}
