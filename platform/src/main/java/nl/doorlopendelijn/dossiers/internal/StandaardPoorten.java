package nl.doorlopendelijn.dossiers.internal;

import nl.doorlopendelijn.dossiers.AfspraakNormen;
import nl.doorlopendelijn.dossiers.AzcRegioToegang;
import nl.doorlopendelijn.dossiers.ContactpersoonStatusPort;
import nl.doorlopendelijn.dossiers.GeldendeAfspraak;
import nl.doorlopendelijn.dossiers.planning.ContactpersoonStatus;
import nl.doorlopendelijn.dossiers.planning.DriegesprekAnker;
import nl.doorlopendelijn.dossiers.planning.Normen;
import nl.doorlopendelijn.dossiers.planning.Scenario;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * TEMPORARY defaults for the ports of this module, until the modules that own the answers are merged:
 * <ul>
 *   <li>{@link AfspraakNormen}: norms from the region descriptor, no agreement version (→ agreements module);</li>
 *   <li>{@link ContactpersoonStatusPort}: every assigned contact person is there (→ directory module);</li>
 *   <li>{@link AzcRegioToegang}: every region whose descriptor lists the azc (→ agreements module: regions with an
 *       agreement with the azc).</li>
 * </ul>
 * Each steps aside for a real implementation (another bean of the port type); delete it once that is wired.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DossierInstellingen.class)
class StandaardPoorten {

  @Bean
  @ConditionalOnMissingBean(AfspraakNormen.class)
  AfspraakNormen normenUitRegiobeschrijving(RegionRegistry regios) {
    return (tenantId, gemeente, azc, datum) -> regios.all()
        .filter(r -> r.id().equals(tenantId))
        .next()
        .map(r -> new GeldendeAfspraak(null, null, normenVan(r.descriptor().normen())));
  }

  @Bean
  @ConditionalOnMissingBean(ContactpersoonStatusPort.class)
  ContactpersoonStatusPort iedereContactpersoonAanwezig() {
    return id -> Mono.just(id == null ? ContactpersoonStatus.ONTBREEKT : ContactpersoonStatus.AANWEZIG);
  }

  @Bean
  @ConditionalOnMissingBean(AzcRegioToegang.class)
  AzcRegioToegang azcUitRegiobeschrijving(RegionRegistry regios) {
    return azc -> regios.all().filter(Region::active).filter(r -> r.descriptor().azcLocaties().contains(azc));
  }

  /** The descriptor's norms on top of the standard norms (scenario-specific parts follow the dossier's scenario). */
  static Normen normenVan(TenantDescriptor.Normen n) {
    Normen basis = Normen.standaard(Scenario.GECOMBINEERDE_AANPAK);
    return new Normen(n.dagenTotKennismaking(), DriegesprekAnker.fromCode(n.driegesprek().anker()),
        n.driegesprek().dagen(), n.klantprofielUpdateDagenVoorVerhuizing(), basis.bredeIntakeEnPipVoorVerhuizing(),
        basis.voorinburgeringAangeboden(),
        n.rustperiodeRondVerhuizingDagen() != null ? n.rustperiodeRondVerhuizingDagen() : Normen.RUSTPERIODE_DAGEN,
        null);
  }
}
