package nl.doorlopendelijn.tenancy;

import java.util.UUID;
import nl.doorlopendelijn.identity.Caller;

/**
 * A region named in a request path that the caller has been allowed to enter. Controllers take it as a
 * parameter; it only exists after the access check, so a handler cannot forget that check.
 *
 * @param coaToegang for a COA liaison how far she entered ({@link CoaToegang}); {@code null} for region callers
 */
public record RegionScope(Region region, Caller caller, CoaToegang coaToegang) {

  /** The exchange attribute under which the resolver leaves the scope it made (e.g. for auditing a refusal). */
  public static final String ATTRIBUTE = RegionScope.class.getName();

  public RegionScope(Region region, Caller caller) {
    this(region, caller, null);
  }

  public UUID tenantId() {
    return region.id();
  }

  /**
   * Whether the caller may see the region's lists and dashboard as far as the region itself goes: region callers
   * yes (their role decides further), a COA liaison only with an agreement in force.
   */
  public boolean lijstEnDashboard() {
    return coaToegang == null || coaToegang.lijstEnDashboard();
  }
}
