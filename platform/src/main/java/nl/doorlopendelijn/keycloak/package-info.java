/**
 * The Keycloak adapter: trusts one issuer per region (its realm) plus the {@code coa} and {@code platform} realms,
 * verifies tokens per issuer (lazily, so the platform starts while Keycloak is down), and maps
 * {@code realm_access.roles} and the {@code gemeente} / {@code azc} attributes into one
 * {@link nl.doorlopendelijn.identity.Caller}. Keycloak's own Spring adapters are discontinued: this is plain
 * Spring Security OAuth2, as Keycloak recommends.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Keycloak adapter")
package nl.doorlopendelijn.keycloak;
