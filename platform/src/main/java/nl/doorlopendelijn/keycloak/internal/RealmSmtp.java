package nl.doorlopendelijn.keycloak.internal;

import java.time.Duration;
import nl.doorlopendelijn.tenancy.RegionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.util.retry.Retry;

/**
 * At start-up, gives every active region's realm the configured SMTP settings ({@link KeycloakSmtpSettings}), so
 * Keycloak's own mails (the invitation, a password reset) go out. In the background, like {@link RealmReconciler};
 * an invitation brings the settings up to date again before it is sent.
 */
@Component
class RealmSmtp {

  private static final Logger log = LoggerFactory.getLogger(RealmSmtp.class);

  private final KeycloakAdminSettings admin;
  private final KeycloakSmtpSettings smtp;
  private final RegionRegistry registry;
  private final KeycloakAdminRegionUsers users;

  RealmSmtp(KeycloakAdminSettings admin, KeycloakSmtpSettings smtp, RegionRegistry registry,
      KeycloakAdminRegionUsers users) {
    this.admin = admin;
    this.smtp = smtp;
    this.registry = registry;
    this.users = users;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    if (!admin.configured() || !smtp.configured()) {
      log.info("geen SMTP-server of Keycloak-beheer ingesteld: de e-mail van de regiorealms wordt niet ingesteld");
      return;
    }
    registry.all()
        .filter(region -> region.active())
        .concatMap(region -> users.smtpBijwerken(region.slug()))
        // Keycloak may come up after the platform (the demo starts both at once; a cluster restarts them apart): try
        // again for about a quarter of an hour (2 s doubling to 1 min, 20 times). The whole pass repeats, which is
        // harmless: setting a realm's SMTP is idempotent. After that it waits for the next start, and says so.
        .retryWhen(Retry.backoff(20, Duration.ofSeconds(2)).maxBackoff(Duration.ofMinutes(1)))
        .subscribe(null, e -> log.error("e-mail van de regiorealms instellen mislukt", e));
  }
}
