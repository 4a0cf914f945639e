package nl.doorlopendelijn.keycloak.internal;

import jakarta.ws.rs.NotFoundException;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.keycloak.RegionRealms;
import nl.doorlopendelijn.keycloak.provisioning.RealmFactory;
import nl.doorlopendelijn.keycloak.provisioning.RegionRealmSpec;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import org.keycloak.admin.client.Keycloak;
import java.util.List;
import nl.doorlopendelijn.keycloak.provisioning.RealmRoles;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@link RegionRealms} through {@code keycloak-admin-client} ({@link KeycloakAdmin}: off the event loop, bounded by
 * a timeout). The realm is built by {@link RealmFactory}, the same
 * code that generates the committed realm files, so an onboarded region's realm looks like any other.
 */
@Component
class KeycloakAdminRegionRealms implements RegionRealms {

  private static final Logger log = LoggerFactory.getLogger(KeycloakAdminRegionRealms.class);
  private static final List<String> VERPLICHTE_ACTIES = Accounts.VERPLICHTE_ACTIES;

  private final KeycloakAdmin keycloak;
  private final RealmFactory realms;
  private final BrokeredIdentityProviders brokers;

  KeycloakAdminRegionRealms(KeycloakAdmin keycloak, org.springframework.core.env.Environment environment) {
    this.keycloak = keycloak;
    KeycloakAdminSettings settings = keycloak.settings();
    this.realms = new RealmFactory(settings.platformBaseUrl(),
        settings.webClientSecret() != null ? settings.webClientSecret() : willekeurigGeheim());
    // the secrets of the gemeenten's identity providers: environment variables (or properties) named in the descriptor
    this.brokers = new BrokeredIdentityProviders(realms, environment::getProperty);
  }

  /** A secret for the web client when none is configured: 32 random bytes from the one source. */
  private static String willekeurigGeheim() {
    byte[] b = new byte[32];
    Ids.willekeurig(b);
    return HexFormat.of().formatHex(b);
  }

  @Override
  public Mono<Boolean> provision(TenantDescriptor region) {
    return call("realm " + region.slug() + " aanmaken", () -> {
      boolean created = false;
      if (!exists(region.slug())) {
        var spec = new RegionRealmSpec(region.slug(), region.naam(),
            region.gemeenten().stream().map(TenantDescriptor.Gemeente::cbsCode).toList());
        admin().realms().create(realms.regionRealm(spec));
        log.info("Keycloak-realm {} aangemaakt", region.slug());
        created = true;
      }
      // the endpoints of a provider come from its discovery document, which needs the realm: after creating it
      brokers.align(admin().realm(region.slug()), region);
      return created;
    });
  }

  @Override
  public Mono<Boolean> alignIdentityProviders(TenantDescriptor region) {
    return call("identiteitsaanbieders van realm " + region.slug() + " bijwerken", () -> {
      if (!exists(region.slug())) {
        return false;
      }
      brokers.align(admin().realm(region.slug()), region);
      return true;
    });
  }

  @Override
  public Mono<Void> disable(String slug) {
    return call("realm " + slug + " uitschakelen", () -> {
      if (!exists(slug)) {
        return false;
      }
      var realm = admin().realm(slug);
      RealmRepresentation update = new RealmRepresentation();
      update.setEnabled(false);
      realm.update(update);
      // Sessions already open may still refresh until they are gone: end them now.
      realm.logoutAll();
      log.info("Keycloak-realm {} uitgeschakeld", slug);
      return true;
    }).then();
  }

  @Override
  public Mono<Uitnodiging> inviteCoordinator(String slug, String voornaam, String achternaam, String email) {
    return call("coördinator van realm " + slug + " aanmaken", () -> {
      String wachtwoord = tijdelijkWachtwoord();
      var credential = new CredentialRepresentation();
      credential.setType(CredentialRepresentation.PASSWORD);
      credential.setValue(wachtwoord);
      credential.setTemporary(true);
      // No mail here: the operator hands the address its temporary password (docs/operations.md)
      Accounts.maak(admin().realm(slug), voornaam, achternaam, email, List.of(RealmRoles.REGIO_COORDINATOR),
          java.util.Map.of(), credential);
      String gebruikersnaam = Accounts.gebruikersnaam(email);
      log.info("eerste regio-coördinator van realm {} aangemaakt (wachtwoord tijdelijk, niet gelogd)", slug);
      return new Uitnodiging(gebruikersnaam, wachtwoord, VERPLICHTE_ACTIES);
    });
  }

  /** 16 characters from an alphabet without look-alikes (0/O, 1/l/I): read aloud or typed over without error. */
  static String tijdelijkWachtwoord() {
    String alfabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    byte[] b = new byte[16];
    Ids.willekeurig(b);
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(alfabet.charAt(Byte.toUnsignedInt(x) % alfabet.length()));
    }
    return s.toString();
  }

  private boolean exists(String slug) {
    try {
      admin().realm(slug).toRepresentation();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private <T> Mono<T> call(String what, Callable<T> work) {
    return keycloak.call(what, work);
  }

  private Keycloak admin() {
    return keycloak.client();
  }
}
