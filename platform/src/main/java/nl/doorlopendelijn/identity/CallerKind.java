package nl.doorlopendelijn.identity;

/** Which kind of realm issued the caller's token: it decides how the tenant is found. */
public enum CallerKind {
  /** A region's own realm: the issuer decides the tenant. */
  REGIO,
  /** The {@code coa} realm: the region comes from the path, allowed only where an agreement links the azc. */
  COA,
  /** The {@code platform} realm: operators, no region and no personal data. */
  PLATFORM
}
