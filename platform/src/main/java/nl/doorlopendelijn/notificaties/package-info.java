/**
 * Notificaties: what a user of the gids should know about, in the pages and by e-mail (issue 17). The module hears
 * the dossiers' outbox events ({@code dossiers} API package: a dossier created, a gesprek planned, a milestone
 * completed, a signal raised) and turns each into one {@code notificatie} row per recipient, in one tenant
 * transaction, idempotent on (event, recipient). A recipient is a contactpersonengids entry whose link to a user is
 * confirmed; the actor who caused it never gets it herself. The in-app list always holds every notification; the
 * recipient's preference per {@link nl.doorlopendelijn.notificaties.NotificatieSoort}
 * ({@link nl.doorlopendelijn.notificaties.Bezorging}) governs e-mail only: for every row delivered {@code direct}
 * the module publishes {@link nl.doorlopendelijn.notificaties.NotificatieTeMailen} in the same transaction, which
 * the mail part ({@code mail}) sends. Ids, codes and the dossier number only: never personal data of the
 * inburgeraar. REST: {@code /api/v1/mijn/notificaties} and {@code /api/v1/mijn/notificatievoorkeuren}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notificaties")
package nl.doorlopendelijn.notificaties;
