package nl.doorlopendelijn.dossiers;

import java.util.UUID;

/**
 * A dossier moved to another region (issue 18: an overplaatsing, confirmed by the receiving region). Published
 * through the outbox in the receiving region's tenant, in the transaction of the move; ids and codes only.
 *
 * @param tenantId the receiving region, where the dossier is now
 * @param vanTenantId the sending region, which keeps nothing of it
 * @param dossierId the dossier (the same id in its new region)
 * @param dossiernummer its new number in the receiving region
 * @param vorigDossiernummer its number in the sending region
 * @param gemeenteCode CBS code of its gemeente in the receiving region
 * @param azcCode code of its azc-locatie
 */
public record DossierOvergeplaatst(UUID tenantId, UUID vanTenantId, UUID dossierId, String dossiernummer,
    String vorigDossiernummer, String gemeenteCode, String azcCode) {}
