package nl.doorlopendelijn.directory.internal;

import java.util.UUID;
import nl.doorlopendelijn.directory.Contactpersoon;
import nl.doorlopendelijn.directory.Contactpersonen;
import nl.doorlopendelijn.directory.Organisatie;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The directory as other modules see it: reads only, no access check (the caller module decides). */
@Component
class ContactpersonenLezer implements Contactpersonen {

  private final ContactpersoonRepository contactpersonen;
  private final OrganisatieRepository organisaties;

  private final KoppelingRepository koppelingen;

  ContactpersonenLezer(ContactpersoonRepository contactpersonen, OrganisatieRepository organisaties,
      KoppelingRepository koppelingen) {
    this.contactpersonen = contactpersonen;
    this.organisaties = organisaties;
    this.koppelingen = koppelingen;
  }

  @Override
  public Mono<UUID> gekoppeldAan(String issuer, String subject) {
    return issuer == null || subject == null ? Mono.empty()
        : koppelingen.bevestigdVan(issuer, subject).map(Contactpersoon::id);
  }

  @Override
  public Mono<Boolean> isGekoppeld(UUID id) {
    return id == null ? Mono.just(false) : koppelingen.isBevestigd(id);
  }

  @Override
  public Flux<UUID> gekoppeldeVanOrganisatie(UUID organisatieId) {
    return koppelingen.bevestigdeVanOrganisatie(organisatieId);
  }

  @Override
  public Mono<Contactpersoon> byId(UUID id) {
    return contactpersonen.findById(id);
  }

  @Override
  public Mono<Boolean> isActive(UUID id) {
    return byId(id).map(Contactpersoon::actief).defaultIfEmpty(false);
  }

  @Override
  public Mono<Boolean> isAvailable(UUID id) {
    return byId(id).map(Contactpersoon::inzetbaar).defaultIfEmpty(false);
  }

  @Override
  public Flux<Contactpersoon> byOrganisatie(UUID organisatieId) {
    return contactpersonen.activeOf(organisatieId);
  }

  @Override
  public Mono<Organisatie> organisatie(UUID id) {
    return organisaties.findById(id);
  }

  @Override
  public Mono<Organisatie> organisatieVanGemeente(String cbsCode) {
    return organisaties.findByCode("cbs_code", cbsCode);
  }

  @Override
  public Mono<Organisatie> organisatieVanAzc(String azcCode) {
    return organisaties.findByCode("azc_code", azcCode);
  }
}
