package nl.doorlopendelijn.keycloak.internal;

import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.doorlopendelijn.identity.Role;
import nl.doorlopendelijn.keycloak.RegionRealms.RealmAdminUnavailableException;
import nl.doorlopendelijn.keycloak.RegionUsers;
import nl.doorlopendelijn.keycloak.provisioning.RealmFactory;
import nl.doorlopendelijn.tenancy.Region;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@link RegionUsers} through the admin client ({@link KeycloakAdmin}). The accounts are made the way the first
 * coördinator's is ({@link Accounts#maak}); the invitation mail is Keycloak's own {@code execute-actions-email}
 * through the realm's SMTP settings ({@link KeycloakSmtpSettings}, brought up to date before each invitation).
 * Log lines name the user's Keycloak id, never her name or address.
 */
@Component
@EnableConfigurationProperties(KeycloakSmtpSettings.class)
class KeycloakAdminRegionUsers implements RegionUsers {

  private static final Logger log = LoggerFactory.getLogger(KeycloakAdminRegionUsers.class);

  /** The roles of a region realm, the only ones read and written here. */
  static final Set<Role> REGIO_ROLLEN =
      EnumSet.of(Role.REGIO_COORDINATOR, Role.GEMEENTE_MEDEWERKER, Role.TEKENBEVOEGD, Role.DASHBOARD_VIEWER);

  private final KeycloakAdmin keycloak;
  private final KeycloakSmtpSettings smtp;
  private final GedeactiveerdeAccounts gedeactiveerd;

  KeycloakAdminRegionUsers(KeycloakAdmin keycloak, KeycloakSmtpSettings smtp, GedeactiveerdeAccounts gedeactiveerd) {
    this.keycloak = keycloak;
    this.smtp = smtp;
    this.gedeactiveerd = gedeactiveerd;
  }

  @Override
  public Mono<UsersPage> list(Region region, long offset, int limit) {
    return keycloak.call("gebruikers van realm " + region.slug() + " lezen", () -> {
      RealmResource realm = realm(region);
      long total = realm.users().count();
      List<RegionUser> users = new ArrayList<>();
      int first = (int) Math.min(offset, Integer.MAX_VALUE);
      for (UserRepresentation u : realm.users().list(first, limit)) {
        if (u.getServiceAccountClientId() == null) {
          users.add(gebruiker(realm, u));
        }
      }
      return new UsersPage(users, total);
    });
  }

  @Override
  public Mono<RegionUser> get(Region region, String id) {
    return keycloak.call("gebruiker van realm " + region.slug() + " lezen",
        () -> vind(realm(region), id).map(u -> gebruiker(realm(region), u)))
        .flatMap(Mono::justOrEmpty);
  }

  @Override
  public Mono<RegionUser> invite(Region region, NewUser nieuw) {
    if (!smtp.configured()) {
      return Mono.error(new MailNotConfiguredException());
    }
    return keycloak.call("gebruiker in realm " + region.slug() + " uitnodigen", () -> {
      RealmResource realm = realm(region);
      smtpBijwerken(realm);
      String id = Accounts.maak(realm, nieuw.voornaam(), nieuw.achternaam(), nieuw.email(),
          nieuw.rollen().stream().map(Role::roleName).sorted().toList(), attributen(nieuw.gemeente()), null);
      try {
        realm.users().get(id).executeActionsEmail(Accounts.VERPLICHTE_ACTIES, (int) LINK_GELDIG.toSeconds());
      } catch (RuntimeException e) {
        // no mail, no account: she could never log in, and her address would be "in use"
        realm.users().get(id).remove();
        throw new RealmAdminUnavailableException("uitnodiging mailen mislukt: " + e.getMessage(), e);
      }
      log.info("gebruiker {} in realm {} uitgenodigd (mail met link door Keycloak verstuurd)", id, region.slug());
      return gebruiker(realm, realm.users().get(id).toRepresentation());
    });
  }

  @Override
  public Mono<RegionUser> change(Region region, String id, Set<Role> rollen, String gemeente) {
    return keycloak.call("gebruiker van realm " + region.slug() + " wijzigen", () -> {
      RealmResource realm = realm(region);
      Optional<UserRepresentation> gevonden = vind(realm, id);
      if (gevonden.isEmpty()) {
        return Optional.<RegionUser>empty();
      }
      UserRepresentation u = gevonden.get();
      Map<String, List<String>> attributen = new LinkedHashMap<>(u.getAttributes() == null ? Map.of()
          : u.getAttributes());
      attributen.remove(RealmFactory.GEMEENTE_ATTRIBUTE);
      attributen.putAll(attributen(gemeente));
      u.setAttributes(attributen);
      UserResource user = realm.users().get(id);
      user.update(u);
      Set<Role> nu = rollen(user);
      List<RoleRepresentation> weg = new ArrayList<>();
      List<RoleRepresentation> erbij = new ArrayList<>();
      for (Role rol : REGIO_ROLLEN) {
        if (nu.contains(rol) && !rollen.contains(rol)) {
          weg.add(realm.roles().get(rol.roleName()).toRepresentation());
        } else if (!nu.contains(rol) && rollen.contains(rol)) {
          erbij.add(realm.roles().get(rol.roleName()).toRepresentation());
        }
      }
      if (!weg.isEmpty()) {
        user.roles().realmLevel().remove(weg);
      }
      if (!erbij.isEmpty()) {
        user.roles().realmLevel().add(erbij);
      }
      log.info("gebruiker {} van realm {} gewijzigd (rollen {}, gemeente {})", id, region.slug(), rollen, gemeente);
      return Optional.of(gebruiker(realm, user.toRepresentation()));
    }).flatMap(Mono::justOrEmpty);
  }

  @Override
  public Mono<RegionUser> deactivate(Region region, String id) {
    // her tokens are refused first: even if Keycloak cannot be reached now, she is out (and a repeat finishes it)
    return get(region, id)
        .flatMap(u -> gedeactiveerd.deactiveer(region.issuer(), u.id()).thenReturn(u))
        .flatMap(u -> zetActief(region, id, false));
  }

  @Override
  public Mono<RegionUser> reactivate(Region region, String id) {
    return zetActief(region, id, true)
        .flatMap(u -> gedeactiveerd.heractiveer(region.issuer(), u.id()).thenReturn(u));
  }

  private Mono<RegionUser> zetActief(Region region, String id, boolean actief) {
    return keycloak.call("gebruiker van realm " + region.slug() + (actief ? " heractiveren" : " deactiveren"), () -> {
      RealmResource realm = realm(region);
      Optional<UserRepresentation> gevonden = vind(realm, id);
      if (gevonden.isEmpty()) {
        return Optional.<RegionUser>empty();
      }
      UserRepresentation u = gevonden.get();
      UserResource user = realm.users().get(id);
      if (!Boolean.valueOf(actief).equals(u.isEnabled())) {
        u.setEnabled(actief);
        user.update(u);
      }
      if (!actief) {
        user.logout(); // her sessions end: no refresh, no new token
      }
      log.info("gebruiker {} van realm {} {}", id, region.slug(), actief ? "geheractiveerd" : "gedeactiveerd");
      return Optional.of(gebruiker(realm, user.toRepresentation()));
    }).flatMap(Mono::justOrEmpty);
  }

  /** Brings the realm's SMTP settings to the configured ones (one read; a write only when they differ). */
  private void smtpBijwerken(RealmResource realm) {
    Map<String, String> gewenst = smtp.realmSettings();
    RealmRepresentation huidig = realm.toRepresentation();
    if (!gewenst.equals(huidig.getSmtpServer())) {
      RealmRepresentation update = new RealmRepresentation();
      update.setSmtpServer(gewenst);
      realm.update(update);
    }
  }

  /** Sets the SMTP settings of a region realm, for the start-up pass ({@link RealmSmtp}). */
  Mono<Void> smtpBijwerken(String slug) {
    return keycloak.call("e-mail van realm " + slug + " instellen", () -> {
      try {
        smtpBijwerken(keycloak.client().realm(slug));
      } catch (NotFoundException e) {
        return false; // a realm that is missing is the reconciler's
      }
      return true;
    }).then();
  }

  private RealmResource realm(Region region) {
    return keycloak.client().realm(region.slug());
  }

  private static Optional<UserRepresentation> vind(RealmResource realm, String id) {
    try {
      return Optional.of(realm.users().get(id).toRepresentation());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private static Map<String, List<String>> attributen(String gemeente) {
    return gemeente == null ? Map.of() : Map.of(RealmFactory.GEMEENTE_ATTRIBUTE, List.of(gemeente));
  }

  private static Set<Role> rollen(UserResource user) {
    Set<Role> rollen = EnumSet.noneOf(Role.class);
    for (RoleRepresentation r : user.roles().realmLevel().listAll()) {
      Role.fromRoleName(r.getName()).filter(REGIO_ROLLEN::contains).ifPresent(rollen::add);
    }
    return rollen;
  }

  private static RegionUser gebruiker(RealmResource realm, UserRepresentation u) {
    List<String> gemeente = u.getAttributes() == null ? null : u.getAttributes().get(RealmFactory.GEMEENTE_ATTRIBUTE);
    boolean uitgenodigd = u.getRequiredActions() != null && u.getRequiredActions().contains("UPDATE_PASSWORD");
    return new RegionUser(u.getId(), u.getFirstName(), u.getLastName(), u.getEmail(),
        rollen(realm.users().get(u.getId())), gemeente == null || gemeente.isEmpty() ? null : gemeente.get(0),
        Boolean.TRUE.equals(u.isEnabled()), uitgenodigd);
  }

  /** Whether invitations can be mailed at all. */
  boolean mailIngesteld() {
    return smtp.configured();
  }
}
