package nl.doorlopendelijn.notificaties.internal;

import java.util.UUID;
import java.util.function.Function;
import nl.doorlopendelijn.directory.Contactpersonen;
import nl.doorlopendelijn.directory.Organisatie;
import nl.doorlopendelijn.dossiers.DossierAangemaakt;
import nl.doorlopendelijn.dossiers.GesprekGepland;
import nl.doorlopendelijn.dossiers.MijlpaalAfgerond;
import nl.doorlopendelijn.dossiers.SignaalOntstaan;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.dossiers.planning.SignaalType;
import nl.doorlopendelijn.notificaties.NotificatieSoort;
import nl.doorlopendelijn.outbox.OutboxListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who hears of what: one outbox listener per event of the dossiers, each turning it into a {@link Melding} for
 * {@link NotificatieMaker} (which drops the actor and unlinked entries, and makes each row once).
 *
 * <table>
 *   <caption>Soort and recipients</caption>
 *   <tr><th>event</th><th>soort</th><th>recipients</th></tr>
 *   <tr><td>{@link DossierAangemaakt}</td><td>nieuw-dossier</td><td>every linked entry of the organisation of the
 *     dossier's gemeente, and the vaste contactpersoon</td></tr>
 *   <tr><td>{@link GesprekGepland}</td><td>gesprek-gepland</td><td>the participants and buddy it names</td></tr>
 *   <tr><td>{@link SignaalOntstaan} te-laat</td><td>mijlpaal-te-laat</td><td>the vaste contactpersoon and the
 *     casemanager</td></tr>
 *   <tr><td>{@link SignaalOntstaan} verhuizing-zonder-klantprofiel</td><td>verhuizing-zonder-klantprofiel</td>
 *     <td>the casemanager (COA)</td></tr>
 *   <tr><td>{@link MijlpaalAfgerond} klantprofiel-update</td><td>klantprofiel-bijgewerkt</td><td>the vaste
 *     contactpersoon</td></tr>
 * </table>
 */
@Configuration(proxyBeanMethods = false)
class NotificatieListeners {

  @Bean
  OutboxListener<DossierAangemaakt> notificatiesBijNieuwDossier(NotificatieMaker maker, Contactpersonen gids) {
    return new Ontvanger<>("notificaties.dossier-aangemaakt", DossierAangemaakt.class, maker,
        e -> new Melding(e.tenantId(), NotificatieSoort.NIEUW_DOSSIER, e.dossierId(), e.dossiernummer(), null, null,
            Flux.concat(gids.organisatieVanGemeente(e.gemeenteCode()).filter(Organisatie::actief)
                    .flatMapMany(o -> gids.gekoppeldeVanOrganisatie(o.id())),
                Flux.fromStream(java.util.stream.Stream.ofNullable(e.vasteContactpersoonId()))),
            e.doorIssuer(), e.doorSubject()));
  }

  @Bean
  OutboxListener<GesprekGepland> notificatiesBijGesprek(NotificatieMaker maker) {
    return new Ontvanger<>("notificaties.gesprek-gepland", GesprekGepland.class, maker,
        e -> new Melding(e.tenantId(), NotificatieSoort.GESPREK_GEPLAND, e.dossierId(), e.dossiernummer(),
            e.gesprekId(), e.mijlpaal(), Flux.fromIterable(e.deelnemers()), e.doorIssuer(), e.doorSubject()));
  }

  @Bean
  OutboxListener<SignaalOntstaan> notificatiesBijSignaal(NotificatieMaker maker) {
    return new Ontvanger<>("notificaties.signaal-ontstaan", SignaalOntstaan.class, maker, e -> {
      if (SignaalType.TE_LAAT.code().equals(e.signaal())) {
        return new Melding(e.tenantId(), NotificatieSoort.MIJLPAAL_TE_LAAT, e.dossierId(), e.dossiernummer(), null,
            e.mijlpaal(), ids(e.vasteContactpersoonId(), e.casemanagerId()), null, null);
      }
      if (SignaalType.VERHUIZING_ZONDER_KLANTPROFIEL.code().equals(e.signaal())) {
        return new Melding(e.tenantId(), NotificatieSoort.VERHUIZING_ZONDER_KLANTPROFIEL, e.dossierId(),
            e.dossiernummer(), null, e.mijlpaal(), ids(e.casemanagerId()), null, null);
      }
      return null;
    });
  }

  @Bean
  OutboxListener<MijlpaalAfgerond> notificatiesBijAfgerondeMijlpaal(NotificatieMaker maker) {
    return new Ontvanger<>("notificaties.mijlpaal-afgerond", MijlpaalAfgerond.class, maker,
        e -> MijlpaalType.KLANTPROFIEL_UPDATE.code().equals(e.mijlpaal())
            ? new Melding(e.tenantId(), NotificatieSoort.KLANTPROFIEL_BIJGEWERKT, e.dossierId(), e.dossiernummer(),
                null, e.mijlpaal(), ids(e.vasteContactpersoonId()), e.doorIssuer(), e.doorSubject())
            : null);
  }

  private static Flux<UUID> ids(UUID... ids) {
    // (Flux.fromArray refuses null elements: an absent contact is left out first)
    return Flux.fromStream(java.util.Arrays.stream(ids).filter(java.util.Objects::nonNull).toList().stream());
  }

  /**
   * An outbox listener of one event type under a stable name (pending deliveries are matched by it); an event
   * that means nothing for the notificaties ({@code melding} answers null) is done at once.
   */
  record Ontvanger<E>(String name, Class<E> eventType, NotificatieMaker maker, Function<E, Melding> melding)
      implements OutboxListener<E> {
    @Override
    public Mono<Void> on(E event, UUID eventId) {
      return Mono.defer(() -> {
        Melding m = melding.apply(event);
        return m == null ? Mono.<Void>empty() : maker.maak(m, eventId).then();
      });
    }
  }
}
