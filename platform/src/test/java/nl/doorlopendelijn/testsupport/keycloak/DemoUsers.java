package nl.doorlopendelijn.testsupport.keycloak;

import java.util.List;
import java.util.Map;

import nl.doorlopendelijn.keycloak.provisioning.RealmFactory;
import nl.doorlopendelijn.keycloak.provisioning.RealmRoles;
import nl.doorlopendelijn.keycloak.provisioning.RealmUserSpec;

/**
 * Demo accounts for the demo run and the tests. DEMO ONLY: every account has the password {@value #PASSWORD}; the
 * realm files used in production ({@code infra/keycloak/realms}) carry no users. Synthetic people, example.org mail.
 */
public final class DemoUsers {

    /** Demo-only password of every demo account. */
    public static final String PASSWORD = "demo";

    private static final Map<String, List<RealmUserSpec>> BY_REALM = Map.of(
            "hart-van-brabant", List.of(
                    user("hvb-coordinator", "Noor", "van den Heuvel", "hart-van-brabant.example.org",
                            RealmRoles.REGIO_COORDINATOR, Map.of()),
                    user("tilburg-medewerker", "Sanne", "de Wit", "tilburg.example.org",
                            RealmRoles.GEMEENTE_MEDEWERKER, Map.of(RealmFactory.GEMEENTE_ATTRIBUTE, "GM0855"),
                            RealmRoles.TEKENBEVOEGD),
                    user("dongen-medewerker", "Daan", "Verhoeven", "dongen.example.org",
                            RealmRoles.GEMEENTE_MEDEWERKER, Map.of(RealmFactory.GEMEENTE_ATTRIBUTE, "GM0766"),
                            RealmRoles.TEKENBEVOEGD),
                    user("hvb-viewer", "Bram", "Kuijpers", "hart-van-brabant.example.org",
                            RealmRoles.DASHBOARD_VIEWER, Map.of())),
            "noordoost-brabant", List.of(
                    user("nob-coordinator", "Fleur", "Smulders", "noordoost-brabant.example.org",
                            RealmRoles.REGIO_COORDINATOR, Map.of()),
                    user("oss-medewerker", "Joris", "van Erp", "oss.example.org",
                            RealmRoles.GEMEENTE_MEDEWERKER, Map.of(RealmFactory.GEMEENTE_ATTRIBUTE, "GM0828"),
                            RealmRoles.TEKENBEVOEGD),
                    user("nob-viewer", "Lotte", "Hendriks", "noordoost-brabant.example.org",
                            RealmRoles.DASHBOARD_VIEWER, Map.of())),
            RealmFactory.COA_REALM, List.of(
                    user("coa-oisterwijk", "Yara", "Mansour", "coa.example.org",
                            RealmRoles.COA_LIAISON, Map.of(RealmFactory.AZC_ATTRIBUTE, "AZC-OISTERWIJK")),
                    user("coa-overloon", "Tom", "Jacobs", "coa.example.org",
                            RealmRoles.COA_LIAISON, Map.of(RealmFactory.AZC_ATTRIBUTE, "AZC-OVERLOON"))),
            RealmFactory.PLATFORM_REALM, List.of(
                    user("operator", "Eva", "Bakker", "doorlopende-lijn.example.org",
                            RealmRoles.PLATFORM_OPERATOR, Map.of())));

    private DemoUsers() {
    }

    /** The demo accounts of a realm; none for a realm without demo accounts. */
    public static List<RealmUserSpec> of(String realm) {
        return BY_REALM.getOrDefault(realm, List.of());
    }

    private static RealmUserSpec user(String username, String firstName, String lastName, String mailDomain,
                                      String role, Map<String, String> attributes, String... extraRoles) {
        var email = username + "@" + mailDomain;
        return new RealmUserSpec(username, firstName, lastName, email, role, attributes, List.of(extraRoles));
    }
}
