package nl.doorlopendelijn.dossiers;

import java.util.UUID;

/**
 * A signal came up on a dossier: it was not among the dossier's stored signals and now is (a
 * {@code SignaalType} code, with its milestone where it has one: {@code te-laat} per milestone). Published
 * through the outbox in the transaction that stores the dossier's signals, only on that transition from absent to
 * present: a recomputation that finds the same signal again (the daily job) publishes nothing; a signal that went
 * and comes back is new again. Published for the kinds someone is told about: {@code te-laat} and
 * {@code verhuizing-zonder-klantprofiel}. A signal is the platform's judgement, not a user's act: no actor. Ids and
 * codes only, never personal data.
 *
 * @param signaal the signal's code ({@code te-laat}, {@code verhuizing-zonder-klantprofiel})
 * @param mijlpaal the milestone it is about (a {@code MijlpaalType} code), or {@code null}
 * @param vasteContactpersoonId the dossier's vaste contactpersoon (gids entry), or {@code null}
 * @param casemanagerId the dossier's casemanager (gids entry, COA), or {@code null}
 */
public record SignaalOntstaan(UUID tenantId, UUID dossierId, String dossiernummer, String signaal, String mijlpaal,
    UUID vasteContactpersoonId, UUID casemanagerId) {}
