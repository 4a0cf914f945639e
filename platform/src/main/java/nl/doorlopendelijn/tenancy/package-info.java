/**
 * Tenancy: regions (consortia of gemeenten) as tenants. Region descriptors from {@code tenants/}, the region
 * registry (issuer to region), the tenant-bound transaction every data access goes through, and the check that a
 * region named in a path is one the caller may enter.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy")
package nl.doorlopendelijn.tenancy;
