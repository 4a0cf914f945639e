package nl.doorlopendelijn.keycloak.provisioning;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A user to create in a realm: one realm role (and any further ones, e.g. {@code tekenbevoegd} next to
 * {@code gemeente-medewerker}) and the user-profile attributes ({@code gemeente}, {@code azc}) that the tokens carry.
 */
public record RealmUserSpec(String username, String firstName, String lastName, String email, String realmRole,
                            Map<String, String> attributes, List<String> extraRoles) {

    public RealmUserSpec {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(realmRole, "realmRole");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        extraRoles = extraRoles == null ? List.of() : List.copyOf(extraRoles);
    }

    public RealmUserSpec(String username, String firstName, String lastName, String email, String realmRole,
                         Map<String, String> attributes) {
        this(username, firstName, lastName, email, realmRole, attributes, List.of());
    }

    /** Every realm role of the user, the main one first. */
    public List<String> realmRoles() {
        var all = new java.util.ArrayList<String>();
        all.add(realmRole);
        all.addAll(extraRoles);
        return List.copyOf(all);
    }
}
