package nl.doorlopendelijn.identity;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles the platform knows, by their Keycloak names. */
public enum Role {
  REGIO_COORDINATOR("regio-coordinator"),
  GEMEENTE_MEDEWERKER("gemeente-medewerker"),
  DASHBOARD_VIEWER("dashboard-viewer"),
  COA_LIAISON("coa-liaison"),
  /**
   * Signing authority for one's gemeente (next to {@link #GEMEENTE_MEDEWERKER}): only she signs an agreement for
   * the gemeente, or grants the coördinator a mandaat to sign it (docs/security.md, "Wie tekent").
   */
  TEKENBEVOEGD("tekenbevoegd"),
  PLATFORM_OPERATOR("platform-operator");

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }

  /** Spring Security authority, e.g. {@code ROLE_regio-coordinator}. */
  public String authority() {
    return "ROLE_" + roleName;
  }

  public static Optional<Role> fromRoleName(String name) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
  }
}
