package nl.doorlopendelijn.agreements;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The version of an agreement that is in force, as other modules plan with it.
 *
 * @param afspraakId the agreement (stable over its versions)
 * @param versieId the version in force; a dossier remembers it and moves on {@link AfspraakVersieGeactiveerd}
 * @param scenario {@code snelle-start}, {@code gecombineerde-aanpak}, {@code start-na-verhuizing} or {@code mengvorm}
 */
public record ActieveAfspraak(UUID tenantId, UUID afspraakId, UUID versieId, int versienummer, String azcCode,
    String scenario, AfspraakNormen normen, LocalDate geldigVanaf, LocalDate geldigTot) {}
