package nl.doorlopendelijn.dossiers;

import java.util.UUID;

/**
 * A dossier was created. Published through the outbox ({@link nl.doorlopendelijn.outbox.Outbox#publish}) in the
 * transaction that creates it; heard after commit, at least once, by {@link nl.doorlopendelijn.outbox.OutboxListener}s
 * (the notificaties: "nieuw dossier voor je gemeente"). Ids and codes only, never personal data.
 *
 * @param dossiernummer the dossier's number (e.g. {@code HVB-2026-000123}), the one thing of it a mail may name
 * @param gemeenteCode CBS code of the dossier's gemeente
 * @param azcCode code of the dossier's azc-locatie
 * @param vasteContactpersoonId the gids entry chosen as vaste contactpersoon, or {@code null}
 * @param doorIssuer the token issuer of whoever created it (with {@code doorSubject}: she is not notified herself)
 * @param doorSubject the token's pseudonymous subject of whoever created it
 */
public record DossierAangemaakt(UUID tenantId, UUID dossierId, String dossiernummer, String gemeenteCode,
    String azcCode, UUID vasteContactpersoonId, String doorIssuer, String doorSubject) {}
