package nl.doorlopendelijn.tenancy;

import java.util.UUID;
import nl.doorlopendelijn.identity.Caller;

/**
 * A region named in a request path that the caller has been allowed to enter. Controllers take it as a
 * parameter; it only exists after the access check, so a handler cannot forget that check.
 */
public record RegionScope(Region region, Caller caller) {

  public UUID tenantId() {
    return region.id();
  }
}
