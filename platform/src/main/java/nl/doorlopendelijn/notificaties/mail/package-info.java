/**
 * The e-mail of the notificaties (issue 17): {@link nl.doorlopendelijn.notificaties.NotificatieTeMailen} heard through
 * the outbox becomes one mail (Message-ID {@code <notificatieId@doorlopendelijn.nl>}, the same on every repeat), and
 * once a day every recipient who wants a digest gets one ({@code notificatie_dagoverzicht}, Message-ID
 * {@code <dagoverzichtId@doorlopendelijn.nl>}). Sent through Spring's {@code JavaMailSender} on
 * {@code Schedulers.boundedElastic()}, never on the event loop. A mail names the soort, the dossier NUMBER, the region
 * and a link to the dossier page; a planned gesprek brings its invitation (.ics). Never personal data of the
 * inburgeraar. See docs/operations.md (Notificaties per e-mail) and docs/security.md.
 */
package nl.doorlopendelijn.notificaties.mail;
