/**
 * The API conventions every capability uses (NL API Design Rules): problem details (RFC 9457) for every error,
 * the {@code API-Version} header, and the problem types the modules throw.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API conventions", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.doorlopendelijn.web;
