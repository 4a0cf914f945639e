/**
 * Onboarding and offboarding regions through the API ({@code /api/v1/beheer/regios}, platform operators only):
 * validate a descriptor, provision the region's Keycloak realm, register its rows, trust its issuer at once;
 * deactivate, export and purge. Regions defined in {@code tenants/} are regions as code and are refused here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Onboarding")
package nl.doorlopendelijn.onboarding;
