package nl.doorlopendelijn.dossiers.internal;

import java.util.UUID;
import java.util.function.Function;

import nl.doorlopendelijn.agreements.ActieveAfspraak;
import nl.doorlopendelijn.agreements.AfspraakMengvorm;
import nl.doorlopendelijn.agreements.AfspraakVersieGeactiveerd;
import nl.doorlopendelijn.agreements.Samenwerkingsafspraken;
import nl.doorlopendelijn.directory.Contactpersonen;
import nl.doorlopendelijn.directory.Contactpersoon;
import nl.doorlopendelijn.directory.Organisatie;
import nl.doorlopendelijn.directory.ContactpersoonVertrokken;
import nl.doorlopendelijn.dossiers.AfspraakNormen;
import nl.doorlopendelijn.dossiers.ContactpersoonStatusPort;
import nl.doorlopendelijn.dossiers.GeldendeAfspraak;
import nl.doorlopendelijn.dossiers.planning.ContactpersoonStatus;
import nl.doorlopendelijn.dossiers.planning.Mengvorm;
import nl.doorlopendelijn.dossiers.planning.Normen;
import nl.doorlopendelijn.outbox.OutboxListener;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How dossiers learn from the other modules: the norms of the agreement in force plan a dossier; the
 * contactpersonengids says whether the vaste contactpersoon is still there. (Where an azc's liaisons work is one
 * rule, {@link nl.doorlopendelijn.tenancy.CoaRegios}, asked across regions through
 * {@link nl.doorlopendelijn.tenancy.OverRegios}; {@link CoaDossierToegang} is this module's part.) Events
 * from those modules (a new agreement version, a contact who left) come through the outbox, after their
 * transaction committed, at least once and retried until the work succeeds; they replan dossiers and raise
 * signals.
 */
@Configuration(proxyBeanMethods = false)
class KoppelingenMetAndereModules {

  private static final Logger log = LoggerFactory.getLogger(KoppelingenMetAndereModules.class);

  @Bean
  AfspraakNormen normenUitSamenwerkingsafspraak(Samenwerkingsafspraken afspraken, RegionRegistry regios) {
    return (tenantId, gemeente, azc, datum) -> afspraken.actieveVoor(tenantId, gemeente, azc, datum)
        .map(a -> new GeldendeAfspraak(a.versieId(), a.scenario(), normen(a)))
        // No agreement (yet) between this gemeente and azc: plan by the region's default norms.
        .switchIfEmpty(Mono.defer(() -> regios.byId(tenantId)
            .map(r -> new GeldendeAfspraak(null, null, RegioNormen.van(r.descriptor().normen())))));
  }

  /**
   * The names a dashboard export shows: statuses and milestone types as the pages name them (a milestone as a
   * heading), azc's from the national list.
   */
  @Bean
  nl.doorlopendelijn.dashboard.DashboardNamen dashboardNamen(nl.doorlopendelijn.azc.AzcLocaties azcLocaties) {
    java.util.Map<String, String> statussen = new java.util.HashMap<>();
    for (var s : nl.doorlopendelijn.dossiers.planning.DossierStatus.values()) {
      statussen.put(s.code(), s.label());
    }
    java.util.Map<String, String> mijlpalen = new java.util.HashMap<>();
    for (var m : nl.doorlopendelijn.dossiers.planning.MijlpaalType.values()) {
      mijlpalen.put(m.code(), Character.toUpperCase(m.label().charAt(0)) + m.label().substring(1));
    }
    return () -> azcLocaties.all()
        .collectMap(nl.doorlopendelijn.azc.AzcLocatie::code, nl.doorlopendelijn.azc.AzcLocatie::naam)
        .map(azcs -> new nl.doorlopendelijn.dashboard.DashboardNamen.Woorden(statussen, mijlpalen, azcs));
  }

  @Bean
  ContactpersoonStatusPort contactpersoonUitGids(Contactpersonen gids) {
    return id -> id == null ? Mono.just(ContactpersoonStatus.ONTBREEKT)
        : gids.isActive(id).map(actief -> actief ? ContactpersoonStatus.AANWEZIG : ContactpersoonStatus.VERTROKKEN)
            .defaultIfEmpty(ContactpersoonStatus.VERTROKKEN);
  }

  /** The gids entries a dossier names or may name (vaste contactpersoon, casemanager), with their organisation. */
  @Bean
  GidsContacten gidsContacten(Contactpersonen gids) {
    return new GidsContacten() {
      @Override
      public Mono<GidsContact> contact(UUID id) {
        return gids.byId(id).flatMap(c -> gids.organisatie(c.organisatieId()).map(o -> gidsContact(c, o)));
      }

      @Override
      public Flux<GidsContact> kandidaten(Contactrol rol, String code) {
        Mono<Organisatie> organisatie = rol == Contactrol.VASTE_CONTACTPERSOON ? gids.organisatieVanGemeente(code)
            : gids.organisatieVanAzc(code);
        return organisatie.filter(Organisatie::actief)
            .flatMapMany(o -> gids.byOrganisatie(o.id()).map(c -> gidsContact(c, o)));
      }

      @Override
      public Mono<UUID> vanGebruiker(String issuer, String subject) {
        return gids.gekoppeldAan(issuer, subject);
      }
    };
  }

  static GidsContact gidsContact(Contactpersoon c, Organisatie o) {
    String code = switch (o.type()) {
      case GEMEENTE -> o.cbsCode();
      case AZC -> o.azcCode();
      case COA_REGIOKANTOOR, PARTNER -> null;
    };
    return new GidsContact(c.id(), c.naam(), c.functie(), o.naam(), o.type().code(), code, o.actief(),
        c.telefoon(), c.email(), c.getraindOp() != null, c.actief());
  }

  /** A new agreement version in force replans the dossiers the old one planned (idempotent: they are moved). */
  @Bean
  OutboxListener<AfspraakVersieGeactiveerd> dossiersNaarNieuweAfspraakversie(DossierOnderhoud onderhoud) {
    return new Ontvanger<>("dossiers.afspraakversie-geactiveerd", AfspraakVersieGeactiveerd.class,
        e -> e.oudeVersieId() == null ? Mono.empty()
            : onderhoud.afspraakVersieGewijzigd(e.tenantId(), e.oudeVersieId(), e.nieuweVersieId())
                .doOnNext(n -> log.info("{} dossier(s) naar afspraakversie {}", n, e.nieuweVersieId())).then());
  }

  /** A vaste contactpersoon who left raises the signal on every dossier they were on (idempotent: a mark). */
  @Bean
  OutboxListener<ContactpersoonVertrokken> dossiersBijVertrokkenContactpersoon(DossierOnderhoud onderhoud) {
    return new Ontvanger<>("dossiers.contactpersoon-vertrokken", ContactpersoonVertrokken.class,
        e -> onderhoud.contactpersoonVertrokken(e.contactpersoonId())
            .doOnNext(n -> log.info("contactpersoon {} vertrokken: {} dossier(s) met signaal", e.contactpersoonId(),
                n)).then());
  }

  /** The agreement's norms as the planner reads them; its mengvorm only where it says which steps come first. */
  static Normen normen(ActieveAfspraak a) {
    nl.doorlopendelijn.agreements.AfspraakNormen n = a.normen();
    AfspraakMengvorm m = a.mengvorm();
    return new Normen(n.dagenTotKennismaking(), n.driegesprekDagen(nl.doorlopendelijn.agreements.AfspraakNormen.NA_KOPPELING),
        n.driegesprekDagen(nl.doorlopendelijn.agreements.AfspraakNormen.VOOR_VERHUIZING),
        n.klantprofielUpdateDagenVoorVerhuizing(), n.bredeIntakeEnPipVoorVerhuizing(),
        new Normen.Voorinburgering(n.voorinburgering().dagenTotToestemming(), n.voorinburgering().dagenTotStart(),
            n.voorinburgering().duurDagen()),
        n.rustperiodeRondVerhuizingDagen(),
        m == null || !m.gestructureerd() ? null
            : Mengvorm.van(m.omschrijving(), m.voorVerhuizing(), m.bredeIntakeNaVoorinburgering()));
  }

  /** An outbox listener of one event type under a stable name (pending deliveries are matched by it). */
  record Ontvanger<E>(String name, Class<E> eventType, Function<E, Mono<Void>> werk) implements OutboxListener<E> {
    @Override
    public Mono<Void> on(E event, UUID eventId) {
      return Mono.defer(() -> werk.apply(event));
    }
  }
}
