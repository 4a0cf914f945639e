/**
 * Identity: the one principal type ({@link nl.doorlopendelijn.identity.Caller}) that every capability works with.
 * Filled by the Keycloak adapter; depends on nothing else.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package nl.doorlopendelijn.identity;
