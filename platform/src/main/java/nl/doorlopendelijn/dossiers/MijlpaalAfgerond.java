package nl.doorlopendelijn.dossiers;

import java.util.UUID;

/**
 * A milestone of a dossier was completed (through the API, or by recording its gesprek as held). Published through
 * the outbox in the transaction of the completion; heard after commit, at least once (the notificaties: for
 * {@code klantprofiel-update}, "klantprofiel bijgewerkt" to the vaste contactpersoon). A correction is not a
 * completion. Ids and codes only, never personal data.
 *
 * @param mijlpaal the milestone (a {@code MijlpaalType} code)
 * @param vasteContactpersoonId the dossier's vaste contactpersoon (gids entry) at that moment, or {@code null}
 * @param casemanagerId the dossier's casemanager (gids entry, COA) at that moment, or {@code null}
 * @param doorIssuer with {@code doorSubject}, whoever completed it (not notified herself)
 */
public record MijlpaalAfgerond(UUID tenantId, UUID dossierId, String dossiernummer, String mijlpaal,
    UUID vasteContactpersoonId, UUID casemanagerId, String doorIssuer, String doorSubject) {}
