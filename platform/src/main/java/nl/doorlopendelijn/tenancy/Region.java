package nl.doorlopendelijn.tenancy;

import java.util.UUID;

/**
 * A region (tenant) as the registry knows it.
 *
 * @param id the tenant id that every tenant row carries
 * @param issuer the resolved issuer URL of the region's realm
 * @param source {@code descriptor} (regions as code, from {@code tenants/}) or {@code api} (onboarded)
 */
public record Region(UUID id, String slug, String naam, String issuer, String source, String status,
    TenantDescriptor descriptor) {

  public boolean active() {
    return "actief".equals(status);
  }

  /** Stable id of a region, the same on every database, so demo data and links survive a rebuild. */
  public static UUID idFor(String slug) {
    return UUID.nameUUIDFromBytes(("doorlopendelijn:regio:" + slug).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
