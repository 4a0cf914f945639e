package nl.doorlopendelijn.keycloak.internal;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.doorlopendelijn.keycloak.RegionRealms.UserExistsException;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Creating an account in a realm, the one way: the region's first coördinator (platformbeheer) and every user a
 * coördinator invites. Username = the e-mail address in lower case; Keycloak's required action
 * {@code UPDATE_PASSWORD}; the realm roles added after the create (the admin API ignores them in it). Blocking:
 * call it inside {@link KeycloakAdmin#call}.
 */
final class Accounts {

  static final List<String> VERPLICHTE_ACTIES = List.of("UPDATE_PASSWORD");
  static final String BESTAAT_AL = "Er is in deze regio al een account met dit e-mailadres.";

  private Accounts() {}

  /** The username of an address: the address in lower case. */
  static String gebruikersnaam(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Creates the account and returns its Keycloak id. Signals {@link UserExistsException} when the realm has the
   * address (as username or e-mail) already.
   *
   * @param credential a temporary password, or {@code null} when Keycloak mails her a link to choose one
   */
  static String maak(RealmResource realm, String voornaam, String achternaam, String email, List<String> rollen,
      Map<String, List<String>> attributen, CredentialRepresentation credential) {
    String gebruikersnaam = gebruikersnaam(email);
    if (!realm.users().searchByEmail(gebruikersnaam, true).isEmpty()
        || !realm.users().searchByUsername(gebruikersnaam, true).isEmpty()) {
      throw new UserExistsException(BESTAAT_AL);
    }
    var user = new UserRepresentation();
    user.setUsername(gebruikersnaam);
    user.setEmail(gebruikersnaam);
    user.setFirstName(voornaam);
    user.setLastName(achternaam);
    user.setEnabled(true);
    // the address is the one the coördinator (or operator) was given; the mail with the link proves it anyway
    user.setEmailVerified(true);
    user.setRequiredActions(VERPLICHTE_ACTIES);
    if (!attributen.isEmpty()) {
      user.setAttributes(attributen);
    }
    if (credential != null) {
      user.setCredentials(List.of(credential));
    }
    String id;
    try (Response response = realm.users().create(user)) {
      if (response.getStatus() == 409) {
        throw new UserExistsException(BESTAAT_AL);
      }
      if (response.getStatus() != 201) {
        throw new WebApplicationException("user not created: " + response.getStatus(), response.getStatus());
      }
      id = CreatedResponseUtil.getCreatedId(response);
    }
    if (!rollen.isEmpty()) {
      List<RoleRepresentation> representaties = new ArrayList<>();
      for (String rol : rollen) {
        representaties.add(realm.roles().get(rol).toRepresentation());
      }
      realm.users().get(id).roles().realmLevel().add(representaties);
    }
    return id;
  }
}
