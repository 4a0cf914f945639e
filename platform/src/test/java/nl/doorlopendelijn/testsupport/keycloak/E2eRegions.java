package nl.doorlopendelijn.testsupport.keycloak;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.doorlopendelijn.keycloak.provisioning.RealmFactory;
import nl.doorlopendelijn.keycloak.provisioning.RealmUserSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the end-to-end tests need beyond the launcher: a fresh region's descriptor, users, token claims. */
public final class E2eRegions {

  private static final JsonMapper JSON = new JsonMapper();

  private E2eRegions() {}

  /** A slug no other test uses. */
  public static String uniqueSlug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A synthetic region of three gemeenten around azc Budel, as an onboarding request body. */
  public static Map<String, Object> descriptor(String slug) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("slug", slug);
    d.put("naam", "De Kempen (test " + slug + ")");
    d.put("issuer", "{keycloak}/realms/" + slug);
    d.put("gemeenten", List.of(
        Map.of("cbsCode", "GM1724", "naam", "Bergeijk"),
        Map.of("cbsCode", "GM0770", "naam", "Eersel"),
        Map.of("cbsCode", "GM0823", "naam", "Oirschot")));
    d.put("azcLocaties", List.of("AZC-BUDEL"));
    d.put("regionaalAzc", "AZC-BUDEL");
    d.put("normen", Map.of(
        "dagenTotKennismaking", 7,
        "driegesprek", Map.of("anker", "na-koppeling", "dagen", 14),
        "klantprofielUpdateDagenVoorVerhuizing", 14));
    return d;
  }

  /**
   * A ready-to-use user in a realm (the admin API ignores realm roles in a create request: the role is added
   * afterwards). Blocking: test threads only.
   */
  public static void createUser(KeycloakLauncher keycloak, String realm, String username, String role,
      Map<String, String> attributes) {
    var spec = new RealmUserSpec(username, "Test", "Gebruiker", username + "@example.org", role, attributes);
    try (var admin = keycloak.adminClient()) {
      var users = admin.realm(realm).users();
      try (var response = users.create(RealmFactory.user(spec, DemoUsers.PASSWORD))) {
        if (response.getStatus() != 201) {
          throw new IllegalStateException("user " + username + " not created: " + response.getStatus());
        }
      }
      var id = users.searchByUsername(username, true).get(0).getId();
      var roleRepresentation = admin.realm(realm).roles().get(role).toRepresentation();
      users.get(id).roles().realmLevel().add(List.of(roleRepresentation));
    }
  }

  /** The payload of a JWT (not verified: for assertions about what Keycloak issued). */
  public static JsonNode claims(String jwt) {
    var payload = jwt.split("\\.")[1];
    return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
  }
}
