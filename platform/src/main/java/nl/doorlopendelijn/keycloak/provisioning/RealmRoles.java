package nl.doorlopendelijn.keycloak.provisioning;

/** Realm role names as they appear in {@code realm_access.roles}. */
public final class RealmRoles {

    public static final String REGIO_COORDINATOR = "regio-coordinator";
    public static final String GEMEENTE_MEDEWERKER = "gemeente-medewerker";
    public static final String DASHBOARD_VIEWER = "dashboard-viewer";
    /** Signing authority for one's gemeente, next to {@link #GEMEENTE_MEDEWERKER}. */
    public static final String TEKENBEVOEGD = "tekenbevoegd";
    public static final String COA_LIAISON = "coa-liaison";
    public static final String PLATFORM_OPERATOR = "platform-operator";

    private RealmRoles() {
    }
}
