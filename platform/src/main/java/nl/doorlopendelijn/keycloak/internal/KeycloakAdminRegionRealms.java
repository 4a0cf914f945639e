package nl.doorlopendelijn.keycloak.internal;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.keycloak.RegionRealms;
import nl.doorlopendelijn.keycloak.provisioning.RealmFactory;
import nl.doorlopendelijn.keycloak.provisioning.RegionRealmSpec;
import nl.doorlopendelijn.tenancy.IssuerSettings;
import nl.doorlopendelijn.tenancy.TenantDescriptor;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.doorlopendelijn.keycloak.provisioning.RealmRoles;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link RegionRealms} through {@code keycloak-admin-client}. That client blocks (RESTEasy), so every call runs on
 * {@link Schedulers#boundedElastic()}, bounded by a timeout. The realm is built by {@link RealmFactory}, the same
 * code that generates the committed realm files, so an onboarded region's realm looks like any other.
 */
@Component
@EnableConfigurationProperties(KeycloakAdminSettings.class)
class KeycloakAdminRegionRealms implements RegionRealms, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(KeycloakAdminRegionRealms.class);
  private static final List<String> VERPLICHTE_ACTIES = List.of("UPDATE_PASSWORD");

  private final KeycloakAdminSettings settings;
  private final String serverUrl;
  private final RealmFactory realms;
  private final BrokeredIdentityProviders brokers;
  private volatile Keycloak admin;

  KeycloakAdminRegionRealms(KeycloakAdminSettings settings, IssuerSettings issuers,
      org.springframework.core.env.Environment environment) {
    this.settings = settings;
    this.serverUrl = settings.url() != null ? settings.url() : issuers.baseUrl();
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
      var realm = admin().realm(slug);
      String gebruikersnaam = email.toLowerCase(java.util.Locale.ROOT);
      if (!realm.users().searchByEmail(gebruikersnaam, true).isEmpty()
          || !realm.users().searchByUsername(gebruikersnaam, true).isEmpty()) {
        throw new UserExistsException("Er is in deze regio al een account met dit e-mailadres.");
      }
      String wachtwoord = tijdelijkWachtwoord();
      var user = new UserRepresentation();
      user.setUsername(gebruikersnaam);
      user.setEmail(gebruikersnaam);
      user.setFirstName(voornaam);
      user.setLastName(achternaam);
      user.setEnabled(true);
      // No SMTP yet: the operator hands the address its temporary password; with SMTP, VERIFY_EMAIL and an
      // execute-actions e-mail replace that (docs/operations.md).
      user.setEmailVerified(true);
      user.setRequiredActions(VERPLICHTE_ACTIES);
      var credential = new CredentialRepresentation();
      credential.setType(CredentialRepresentation.PASSWORD);
      credential.setValue(wachtwoord);
      credential.setTemporary(true);
      user.setCredentials(List.of(credential));
      String id;
      try (Response response = realm.users().create(user)) {
        if (response.getStatus() == 409) {
          throw new UserExistsException("Er is in deze regio al een account met dit e-mailadres.");
        }
        if (response.getStatus() != 201) {
          throw new WebApplicationException("user not created: " + response.getStatus(), response.getStatus());
        }
        id = CreatedResponseUtil.getCreatedId(response);
      }
      // the admin API ignores realm roles in a create request: the role is added afterwards
      var role = realm.roles().get(RealmRoles.REGIO_COORDINATOR).toRepresentation();
      realm.users().get(id).roles().realmLevel().add(List.of(role));
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
    if (!settings.configured()) {
      return Mono.error(new RealmAdminUnavailableException(
          "Keycloak-beheer is niet geconfigureerd (doorlopendelijn.keycloak.admin.*)", null));
    }
    return Mono.fromCallable(work)
        .subscribeOn(Schedulers.boundedElastic())
        .timeout(settings.timeout())
        .onErrorMap(e -> e instanceof ProcessingException || e instanceof TimeoutException
                || e instanceof WebApplicationException,
            e -> new RealmAdminUnavailableException(what + " mislukt: " + e.getMessage(), e));
  }

  private Keycloak admin() {
    Keycloak current = admin;
    if (current == null || current.isClosed()) {
      synchronized (this) {
        if (admin == null || admin.isClosed()) {
          admin = KeycloakBuilder.builder().serverUrl(serverUrl).realm(settings.realm())
              .clientId(settings.clientId()).username(settings.username()).password(settings.password()).build();
        }
        current = admin;
      }
    }
    return current;
  }

  @Override
  public void destroy() {
    if (admin != null) {
      admin.close();
    }
  }
}
