/**
 * Users of a region: the regio-coördinator invites, lists, changes (roles, gemeente), deactivates and reactivates
 * the users of her own region's realm ({@code /api/v1/gebruikers}), through the Keycloak adapter's
 * {@link nl.doorlopendelijn.keycloak.RegionUsers}. Which roles she may grant and which gemeente a user may be bound
 * to is one pure rule, {@link nl.doorlopendelijn.gebruikers.regels.Toekenningsregels}. Every action is audited with
 * the user's Keycloak id only, never her name or e-mail address.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gebruikers van een regio")
package nl.doorlopendelijn.gebruikers;
