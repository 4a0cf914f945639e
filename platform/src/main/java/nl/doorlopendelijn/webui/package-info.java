/**
 * The web pages: server-rendered Dutch pages (Thymeleaf, htmx) for people, logged in per region through its
 * Keycloak realm. The platform keeps the tokens in a session shared through PostgreSQL; the browser holds only a
 * session cookie. Pages read and change data only through the platform's own REST API (backend for frontend), with
 * the user's access token, so a page is exactly as authorised as the API. Nothing else uses this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webpagina's")
package nl.doorlopendelijn.webui;
