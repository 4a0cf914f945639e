package nl.doorlopendelijn.keycloak.provisioning;

import java.util.Map;
import java.util.Objects;

/**
 * A user to create in a realm: one realm role and the user-profile attributes ({@code gemeente}, {@code azc}) that
 * the tokens carry.
 */
public record RealmUserSpec(String username, String firstName, String lastName, String email, String realmRole,
                            Map<String, String> attributes) {

    public RealmUserSpec {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(realmRole, "realmRole");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
