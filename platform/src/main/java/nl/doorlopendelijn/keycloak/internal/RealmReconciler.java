package nl.doorlopendelijn.keycloak.internal;

import java.time.Duration;
import nl.doorlopendelijn.keycloak.RegionRealms;
import nl.doorlopendelijn.tenancy.Region;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.util.retry.Retry;

/**
 * At start-up, recreates the realm of every active region onboarded through the API that Keycloak does not have
 * (e.g. a Keycloak with a fresh database, as in the demo). Only the realm's structure comes back (roles, user
 * profile, clients); its users and their credentials live in Keycloak's database, which needs its own backup.
 * Then, for every active region (as code or onboarded), the brokered identity providers of its realm are brought in
 * line with its descriptor: a provider added to {@code tenant.yaml} appears, a changed issuer, client or secret is
 * taken over, and mappers added by hand are removed ({@link BrokeredIdentityProviders}). The rest of an existing
 * realm (roles, clients, user profile) is not touched: realm files are imported once, so such changes are made in
 * Keycloak by hand (docs/operations.md).
 * Runs in the background: the platform serves meanwhile, and Keycloak being down only delays it.
 */
@Component
class RealmReconciler {

  private static final Logger log = LoggerFactory.getLogger(RealmReconciler.class);

  private final KeycloakAdminSettings settings;
  private final RegionRegistry registry;
  private final RegionRealms realms;

  RealmReconciler(KeycloakAdminSettings settings, RegionRegistry registry, RegionRealms realms) {
    this.settings = settings;
    this.registry = registry;
    this.realms = realms;
  }

  @EventListener(ApplicationReadyEvent.class)
  void reconcileOnStart() {
    if (!settings.configured()) {
      log.info("Keycloak-beheer niet geconfigureerd: realms van aangemelde regio's worden niet gecontroleerd");
      return;
    }
    registry.all()
        .filter(Region::active)
        .concatMap(region -> "api".equals(region.source())
            ? realms.provision(region.descriptor())
                .filter(Boolean::booleanValue)
                .doOnNext(created -> log.warn("Keycloak-realm van aangemelde regio {} ontbrak en is opnieuw "
                    + "aangemaakt (zonder gebruikers)", region.slug()))
                .map(created -> region)
            : realms.alignIdentityProviders(region.descriptor()).map(aligned -> region))
        .map(Region::slug)
        .retryWhen(Retry.backoff(20, Duration.ofSeconds(2)).maxBackoff(Duration.ofMinutes(1)))
        .subscribe(null, e -> log.error("realms van aangemelde regio's controleren mislukt", e));
  }
}
